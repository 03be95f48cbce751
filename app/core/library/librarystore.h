#pragma once

#include "article/article.h"
#include "extract/entity.h"
#include "import/importresult.h"
#include "library/librarytypes.h"
#include "review/annotationstore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Lectern::Core {

// The library: every imported article of the review database with its metadata, a full-text
// index and the people and organizations across articles. It lives in the same database as the
// AnnotationStore (its own tables: LibrarySchema, module "library"), works on the same Database
// (one connection per thread, one transaction) and uses the same article identity
// (canonical URL, else content hash; the same file or URL with new text is a new version of the
// same article, updated in place).
//
// Search runs on folded text (TextFold::foldForSearch, which keeps the length of the original)
// with FTS5's unicode61 tokenizer, so "nguyen van tung" finds "Nguyễn Văn Tùng" and "Hòa" finds
// "Hoà"; snippets are cut from the original text at the same offsets.
//
// Threading: one instance per thread; open(location) makes a Database of its own, open(database)
// shares one. Errors: functions return false / nullopt / empty and set errorString().
class Extractor;
class ForeignLibrary;

class LibraryStore final
{
public:
    enum class AddOutcome { Added, Updated, Unchanged, Failed };
    struct AddResult
    {
        AddOutcome outcome = AddOutcome::Failed;
        qint64 articleId = 0;
        QString error;       // Failed: a sentence without the file name
    };

    LibraryStore();
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    using Access = Database::Access;
    // Creates and migrates the database as needed (the review tables, then the library's);
    // ReadWrite also removes what an import killed by an older Lectern left beside it
    // ("<file>.import-<ms>" copies). ReadOnly writes nothing (listing and searching a database
    // one may not write; the comment index is not refreshed).
    bool open(const QString &location, Access access = Access::ReadWrite);
    // The same on an open Database, shared with other stores (and its reviewStore()).
    bool open(std::shared_ptr<Database> database);
    void close();
    bool isOpen() const;
    QString path() const { return m_reviewStore.path(); }
    QString errorString() const { return m_error; }
    AnnotationStore &reviewStore() { return m_reviewStore; }
    std::shared_ptr<Database> storage() const { return m_reviewStore.storage(); }

    // The extraction addFile() runs (the application passes currentExtractor(), with the user's
    // gazetteer and choice of tagger). Until set: the built-in gazetteers and the bundled model.
    void setExtractor(std::shared_ptr<const Extractor> extractor);
    // The one set, else the built-in gazetteers with the bundled model.
    std::shared_ptr<const Extractor> extractor() const;
    // Imports one file (import + extraction) unless it is unchanged since the last import
    // (same size and modification time, or same bytes).
    AddResult addFile(const QString &path);
    // Records an article already loaded (the reader calls this when it opens one).
    std::optional<qint64> indexArticle(const Article &article, const ExtractionResult &entities);

    qint64 articleCount() const;
    QList<LibraryEntry> list(const LibraryFilter &filter = {}) const;
    // One page of list() in the given order (librarypages.cpp), for the lazy Library table:
    // rows offset … offset + limit - 1; ties are broken by id, so pages never overlap.
    enum class SortKey { Newest, Title, Published, Site, State, OpenAnnotations, People, Figures };
    QList<LibraryEntry> listPage(const LibraryFilter &filter, int offset, int limit, SortKey key = SortKey::Newest,
                                 Qt::SortOrder order = Qt::DescendingOrder) const;
    qint64 count(const LibraryFilter &filter = {}) const;
    std::optional<LibraryEntry> entry(qint64 articleId) const;
    QStringList sites() const;
    QStringList tags() const;

    // Ranked full-text search over titles, bodies and annotation comments (see LibraryQuery for
    // the syntax). An empty or unsearchable query returns no hits and no error.
    // Hits are ranked by relevance (bm25), except for a query without OR, prefix or filter that
    // matches more than half of the library and at least newestFirstMinimum() articles: those
    // are listed newest first (published, then id), as the Library window lists them, with score
    // 0. Either way the same articles match; the limit keeps the first ones.
    QList<SearchHit> search(const QString &query, int limit = 50, const LibraryFilter &filter = {});
    static constexpr int kNewestFirstMinimum = 10000;
    int newestFirstMinimum() const { return m_newestFirstMinimum; }
    // 0: always rank by relevance. Tests lower it to see the newest-first order on a few articles.
    void setNewestFirstMinimum(int articles) { m_newestFirstMinimum = articles; }
    // Refolds the comment index of articles whose annotations changed (search() calls it).
    bool refreshComments();

    // Every article of the review database (ids ascending) and the body the library stored for
    // it (nullopt when it was never indexed, or on error). For learning from corrections.
    QList<qint64> articleIds() const;
    std::optional<QString> storedText(qint64 articleId) const;

    QList<LibraryEntity> entities(EntityKind type) const;
    QList<LibraryEntityArticle> entityArticles(qint64 entityId) const;

    // One self-contained SQLite file with everything (VACUUM INTO); an existing file is replaced.
    bool exportTo(const QString &file);
    struct ImportReport
    {
        int added = 0;      // articles new here, with their annotations
        int known = 0;      // already here (same identity): left as they are
        AnnotationImport::Report annotations; // of added articles and of known ones with the same text
        QStringList problems; // what could not be read or attached: non-empty means something was lost
        bool complete() const { return problems.isEmpty(); }
    };
    // Merges an exported library (someone else's file: see ForeignLibrary for what is checked
    // before anything is read) into this one. Each article is added with its library row, review
    // state and annotations in one transaction, so an import that is killed leaves whole articles
    // and the next run adds the rest. Known articles are left as they are; annotations go through
    // the import rule (AnnotationImport): nothing stored is moved or rewritten. nullopt (and
    // errorString()) when the file is refused and nothing was imported.
    // progress(done, total) after each article (total: the articles in the file).
    std::optional<ImportReport> importLibrary(const QString &file, const std::function<void(int, int)> &progress = {});
    // importLibrary() as a count of articles added; nullopt also when anything was lost.
    std::optional<int> importFrom(const QString &file);
    bool vacuum();

    // Batch import and re-index (librarystorebatch.cpp; BatchPipeline and LibraryReindexer call
    // these on their writer thread, inside transactions they open with reviewStore().begin()).
    struct KnownFile
    {
        qint64 articleId = 0;
        QString hash;        // SHA-256 of the file's bytes, hex
        qint64 mtime = 0;    // ms since 1970
        qint64 size = 0;
    };
    // Every file the library imported, by absolute path (what addFile() compares with).
    QHash<QString, KnownFile> knownFiles() const;
    // addFile()'s writing half: stores an article read from absolutePath (whose bytes hash to
    // fileHash) with its entities, and records the reader that read it (ReaderVersion), as one
    // transaction (or inside the caller's).
    // The texts stored and indexed for an article (NFC title and body, and their same-length
    // folds for the full-text index): indexTexts() makes them on any thread, so a batch import's
    // workers prepare them and the writer only stores them.
    struct IndexTexts
    {
        QString title;
        QString body;
        QString foldedTitle;
        QString foldedBody;
    };
    static IndexTexts indexTexts(const Article &article);
    struct Loaded
    {
        ImportResult import;
        ExtractionResult entities;
        std::optional<IndexTexts> texts; // indexTexts() of the article, when made already
    };
    AddResult storeLoaded(Loaded &loaded, const QString &absolutePath, const QString &fileHash, qint64 mtime,
                          qint64 size, const QString &readerVersion);
    // The file was touched, not changed: its new time, so the next run skips it unread.
    bool touchFile(qint64 articleId, qint64 mtime, qint64 size);
    // Articles read by another reader than readerVersion, newest first (published, then id).
    QList<qint64> staleArticles(const QString &readerVersion) const;
    qint64 staleCount(const QString &readerVersion) const;
    struct StoredArticle
    {
        qint64 id = 0;
        QString path;        // the file it was imported from, may be gone or changed
        QString fileHash;
        Article article;     // rebuilt from the stored text: title, url, site, authors, body
    };
    std::optional<StoredArticle> storedArticle(qint64 articleId) const;
    // Replaces the article's entities (the editor's corrections applied) and counts and records
    // readerVersion; the text and its search index stay as they are.
    bool updateEntities(qint64 articleId, const Article &article, const ExtractionResult &entities,
                        const QString &readerVersion);

private:
    bool migrate(Database &db);
    bool recordReaderVersion(qint64 articleId, const QString &readerVersion);
    QSqlDatabase database() const;
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail) const;
    bool writeArticle(qint64 id, const Article &article, const ExtractionResult &entities,
                      const QString &filePath, const QString &fileHash, qint64 mtime, qint64 size,
                      const IndexTexts *texts = nullptr);
    // The statement for `sql` on this store's connection, prepared on first use and kept until
    // close(): the writer runs the same few for every article. Reset (finish()) a SELECT after use.
    QSqlQuery &prepared(const QString &sql) const;
    bool hasAnnotations(qint64 articleId) const;
    bool writeEntities(qint64 id, const ExtractionResult &entities);
    QString commentsText(qint64 articleId) const;
    void removeImportLeftovers();
    bool importArticle(ForeignLibrary &source, qint64 sourceId, ImportReport *report);
    QString whereClause(const LibraryFilter &filter, QVariantList *binds) const;
    std::optional<bool> isBroadQuery(const QString &match) const; // nullopt: error (errorString())

    AnnotationStore m_reviewStore;
    std::shared_ptr<const Extractor> m_extractor;
    bool m_readOnly = false;
    int m_newestFirstMinimum = kNewestFirstMinimum;
    mutable QString m_error;
    struct Statement
    {
        QSqlQuery query;
        bool prepared = false;
    };
    mutable std::map<QString, Statement> m_statements; // nodes stay put: callers hold several

};

} // namespace Lectern::Core
