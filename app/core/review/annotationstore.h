#pragma once

#include "article/article.h"
#include "review/annotation.h"
#include "review/annotationimport.h"
#include "review/reviewstate.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <optional>

namespace Lectern::Core {

// The review database: articles, annotations, review states and versions, on a Database (the
// storage layer: connection per thread, SQLite settings, transactions). Every change is one
// transaction; the review tables are migrated forward on open (ReviewSchema, module "review";
// a database from a newer Lectern is refused, never touched).
//
// Articles are identified by canonical URL when known, else by content hash; an article whose
// URL (or, without URL, file path) matches a stored one but whose hash differs is a new version
// of it (registerArticle() reports it; the caller re-anchors, see ReviewSession).
//
// Threading: one instance per thread. open(location) makes a Database of its own (so two
// instances, windows or processes on one file see each other's commits, as two connections);
// open(database) shares one, with its connection and transaction on this thread (the library).
// Errors: functions return false / nullopt / empty and set errorString().
class AnnotationStore final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::AnnotationStore)
public:

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

    using Access = Database::Access;
    // Opens the database at `location` (a file path; see DatabaseLocation), creating the file
    // and folders if needed, and migrates the review tables. A new database file is made
    // readable by its owner only (0600). ReadOnly opens an existing database whose review tables
    // are current without writing anything to it (no journal-mode change, no migration):
    // listing and searching a database one may not write.
    bool open(const QString &location, Access access = Access::ReadWrite);
    // Works on an open Database shared with other stores; migrates (read-only: checks) the
    // review tables.
    bool open(std::shared_ptr<Database> database);
    bool isReadOnly() const { return m_db && m_db->isReadOnly(); }
    void close();
    bool isOpen() const;
    QString path() const { return m_db ? m_db->displayName() : QString(); }
    QString errorString() const { return m_error; }
    // The storage this store works on (nullptr when closed).
    std::shared_ptr<Database> storage() const { return m_db; }
    QString journalMode() const;    // SQLite: "wal" once open read-write
    bool checkIntegrity(QString *report = nullptr) const; // Database::checkIntegrity()
    // Changes whenever another connection commits (Database::changeCounter()): cheap change detection.
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

    // --- Shared rows on a team server (PostgreSQL, #17) ---
    // On a server every annotation and article carries a version, raised by the server on each
    // change; the comments and replies belong to the database role that made them, and the
    // server's row-level security decides who may change what (a refusal is a clear error, see
    // lastFailure()). On SQLite there are no versions (0) and the checked saves below are
    // ordinary saves.
    bool isServer() const;
    // The stored version of an annotation (0: none stored, or SQLite; -1: read error, lastFailure()).
    int annotationVersion(const QUuid &id) const;
    // The stored version of an article's review state (0 on SQLite; -1: error or unknown article).
    int reviewStateVersion(qint64 articleId) const;
    enum class SaveResult { Saved, Conflict, Failed };
    // A save refused because someone else saved first: both versions, nothing overwritten.
    struct Conflict
    {
        Annotation mine;          // what this save wanted (kept in annotation_conflicts)
        Annotation theirs;        // what the server holds now (empty id: deleted meanwhile)
        int basedOnVersion = 0;   // the version this save started from
        int serverVersion = 0;    // the version on the server (0: deleted)
    };
    // Saves `annotation` only when the stored one is still at `basedOnVersion` (0: it must not
    // exist yet); else nothing is written to the annotation, the refused version is recorded in
    // annotation_conflicts, *conflict gets both and Conflict is returned.
    SaveResult saveAnnotationIfCurrent(qint64 articleId, const Annotation &annotation, int basedOnVersion,
                                       Conflict *conflict);
    // The same for the review state; *theirs gets the state on the server when it conflicts.
    SaveResult setReviewStateIfCurrent(qint64 articleId, ReviewState state, int basedOnVersion,
                                       ReviewState *theirs, int *serverVersion = nullptr);
    // Why the last failure happened (permission, connection…), for a message of the caller's own.
    // After a failed open(): ConnectionLost when the server could not be reached.
    Database::Failure lastFailure() const { return m_failure; }

    // This thread's connection of the storage (invalid when closed).
    QSqlDatabase connection() const { return database(); }
    // Write transactions of the storage (Database::begin()); nested calls join the outermost
    // one, which alone commits (also across stores sharing the Database). rollback() at any level
    // undoes everything since the outermost begin().
    bool begin();
    bool commit();
    void rollback();

private:
    QSqlDatabase database() const;
    bool exec(const QString &sql);
    bool writeAnnotation(qint64 articleId, const Annotation &annotation);
    qint64 articleOfAnnotation(const QUuid &id) const; // 0: unknown
    bool renewReplyIds(Annotation &annotation) const;
    bool fail(const QString &what, const QString &detail);
    bool failStatement(const QString &what, const QSqlError &error);
    bool denied(const QString &what);
    // Server dialect (annotationstoreserver.cpp): writes only what changed, so a reviewer saving
    // a thread with others' replies touches none of theirs. basedOn < 0: no version check;
    // *conflict set (and true returned) when the stored version is not basedOn.
    bool writeAnnotationOnServer(qint64 articleId, const Annotation &annotation, int basedOn, bool *conflict);
    bool recordConflict(const Annotation &mine, int basedOn, int serverVersion);

    std::shared_ptr<Database> m_db;
    mutable QString m_error;
    mutable Database::Failure m_failure = Database::Failure::Other;
};

} // namespace Lectern::Core
