#pragma once

#include "article/article.h"
#include "extract/entity.h"
#include "review/annotation.h"
#include "review/reviewstate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Lectern::Core {

// A library file someone else made (LibraryStore::exportTo on another machine, or a file that
// only claims to be one), opened so that nothing in it runs and nothing in it is trusted:
// - read-only and immutable (SQLITE_OPEN_READONLY, URI "immutable=1": no lock, no journal, no
//   -wal/-shm files written beside it), in SQLite's defensive mode, with trusted_schema off,
//   triggers and views disabled and every string or blob capped at maxValueBytes;
// - before any table is read, sqlite_schema must hold exactly the objects this Lectern's schema
//   creates: every expected object a table (or index) with the expected definition, the one FTS5
//   table and its shadow tables, no view, no trigger, no other virtual table;
// - then PRAGMA integrity_check (a damaged file is refused, naming the tables that cannot be
//   read) and foreign_key_check (rows that belong to nothing are reported);
// - then every count and size is checked against the limits of a file import before a row is
//   used (figure and mention counts, text sizes, annotations, tags and replies per article).
// Rows are then read one article at a time.
//
// Threading: one instance per thread. Errors: open() returns false and sets errorString().
class ForeignLibrary final
{
public:
    static constexpr qsizetype maxValueBytes = 128 * 1024 * 1024;   // any one string or blob
    static constexpr qsizetype maxBodyChars = 64 * 1024 * 1024;     // ArticleImporter::maxFileSize
    static constexpr qsizetype maxFieldChars = 64 * 1024;           // title, URL, site, names, tags…
    static constexpr qsizetype maxNoteChars = 1024 * 1024;          // comment, quote, reply
    static constexpr qsizetype maxAnnotationsPerArticle = 100'000;  // WebAnnotationJson::maxAnnotations
    static constexpr qsizetype maxTagsPerAnnotation = 1'000;
    static constexpr qsizetype maxRepliesPerAnnotation = 10'000;
    static constexpr qsizetype maxPerKind = 10'000;                 // Extractor::maxPerKind
    static constexpr qsizetype maxMentionsPerArticle = 1'000'000;   // sum of mention counts

    struct ArticleRow
    {
        qint64 id = 0;
        Article article;
        ReviewState state = ReviewState::Draft;
        int figureCount = 0;
    };

    ForeignLibrary();
    ~ForeignLibrary();
    ForeignLibrary(const ForeignLibrary &) = delete;
    ForeignLibrary &operator=(const ForeignLibrary &) = delete;

    bool open(const QString &file);
    void close();
    QString errorString() const { return m_error; }
    // Problems found that do not refuse the file but lose rows (foreign_key_check).
    QStringList problems() const { return m_problems; }

    QList<qint64> articleIds() const; // articles with a library row, in id order
    std::optional<ArticleRow> article(qint64 id) const;
    std::optional<ExtractionResult> entities(qint64 id) const; // people and organizations; metrics sized
    std::optional<QList<Annotation>> annotations(qint64 id) const;

private:
    QSqlDatabase database() const;
    bool fail(const QString &what, const QString &detail) const;
    bool configure();
    bool checkSchema();
    bool checkIntegrity();
    bool checkBounds();
    QString readFailure(const QString &table) const;

    QString m_connection;
    QString m_file;
    QStringList m_problems;
    mutable QString m_error;
};

} // namespace Lectern::Core
