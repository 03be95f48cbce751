#pragma once

#include "article/article.h"
#include "review/annotation.h"
#include "review/annotationimport.h"
#include "review/reviewstate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Lectern::Core {

// The review database: SQLite through Qt SQL (QSQLITE), WAL journal, foreign keys on, every
// change in one IMMEDIATE transaction, schema versioned with PRAGMA user_version and migrated
// forward on open (a database from a newer Lectern is refused, never touched).
//
// Articles are identified by canonical URL when known, else by content hash; an article whose
// URL (or, without URL, file path) matches a stored one but whose hash differs is a new version
// of it (registerArticle() reports it; the caller re-anchors, see ReviewSession).
//
// Threading: one instance per thread. Each instance opens its own named connection, so two
// instances (threads, windows or processes) can share one file; they see each other's commits.
// Errors: functions return false / nullopt / empty and set errorString().
class AnnotationStore final
{
public:
    static constexpr int schemaVersion = 3; // 3: the library tables (app/core/library)

    struct ArticleRecord
    {
        qint64 id = 0;
        QString url;
        QString sourcePath;
        QString contentHash;
        QString title;
        ReviewState reviewState = ReviewState::Draft;
        bool created = false;     // registerArticle(): inserted just now
        bool newVersion = false;  // registerArticle(): known article, different text
        QString previousHash;     // the hash before a new version
    };

    AnnotationStore();
    ~AnnotationStore();
    AnnotationStore(const AnnotationStore &) = delete;
    AnnotationStore &operator=(const AnnotationStore &) = delete;

    enum class Access { ReadWrite, ReadOnly };
    // Opens (creating the file and folders if needed) and migrates up to targetVersion
    // (tests pass a lower one to build an old schema). A new database file is made readable by
    // its owner only (0600). ReadOnly opens an existing database of this schema version without
    // writing anything to it (no journal-mode change, no migration): listing and searching a
    // database one may not write.
    bool open(const QString &path, int targetVersion = schemaVersion, Access access = Access::ReadWrite);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int userVersion() const;        // PRAGMA user_version
    QString journalMode() const;    // "wal" once open
    bool checkIntegrity(QString *report = nullptr) const; // PRAGMA integrity_check == "ok"
    // Changes whenever another connection commits (PRAGMA data_version): cheap change detection.
    qint64 dataVersion() const;

    std::optional<ArticleRecord> findArticle(const Article &article) const;
    // Finds or inserts the article; records a new version when its text changed.
    std::optional<ArticleRecord> registerArticle(const Article &article);
    std::optional<ArticleRecord> articleById(qint64 id) const;
    bool setReviewState(qint64 articleId, ReviewState state);

    // Annotations of an article in text order (start, then end, then creation).
    QList<Annotation> annotations(qint64 articleId) const;
    std::optional<Annotation> annotation(const QUuid &id) const;
    // The same, from any connection holding this schema (a foreign library); nullopt on a read error.
    static std::optional<QList<Annotation>> readAnnotations(const QSqlDatabase &db, qint64 articleId, QString *error);
    qint64 annotationCount() const;
    // Insert or replace (by id) with its tags and replies, in one transaction. The article's own
    // edits only: an id that belongs to another article is refused, never moved.
    bool saveAnnotation(qint64 articleId, const Annotation &annotation);
    bool saveAnnotations(qint64 articleId, const QList<Annotation> &annotations);
    bool removeAnnotation(const QUuid &id);
    // Annotations from elsewhere, by the one import rule (AnnotationImport), in one transaction.
    // nullopt (and errorString()) when nothing was written.
    std::optional<AnnotationImport::Report> importAnnotations(qint64 articleId, const QList<Annotation> &incoming,
                                                              AnnotationImport::Mode mode = AnnotationImport::Mode::Add);
    // The content hashes this article has had (article_versions), oldest first.
    QStringList contentHashes(qint64 articleId) const;

    // The connection, for the library (same thread, same file: one connection, one set-up).
    QSqlDatabase connection() const { return database(); }
    // Write transactions (BEGIN IMMEDIATE); nested calls join the outermost one, which alone
    // commits. rollback() at any level undoes everything since the outermost begin().
    bool begin();
    bool commit();
    void rollback();

private:
    QSqlDatabase database() const;
    bool exec(const QString &sql);
    bool migrate(int targetVersion);
    bool writeAnnotation(qint64 articleId, const Annotation &annotation);
    qint64 articleOfAnnotation(const QUuid &id) const; // 0: unknown
    bool renewReplyIds(Annotation &annotation) const;
    bool fail(const QString &what, const QString &detail);

    QString m_connection;
    QString m_path;
    int m_depth = 0; // transaction nesting
    bool m_readOnly = false;
    mutable QString m_error;
};

} // namespace Lectern::Core
