#pragma once

#include "document/articleloader.h"
#include "document/reviewsession.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QUndoGroup;

namespace Lectern::Core {

class ArticleDocument;
class LibraryIndexer;
class TaggerModel;

// The open documents (in the spirit of Tiled's DocumentManager): loads articles and review
// files off the GUI thread, owns each ArticleDocument together with its ReviewSession (the link
// to the review database), its LibraryIndexer and its undo stack's membership in one QUndoGroup,
// and closes them. The reader's window only assembles widgets and reacts to the signals.
//
// Loading (openFile): import or review file, extraction and library indexing run on a worker
// thread (QtConcurrent::run), then the result is adopted here: a document is made, its session
// opens the database and re-anchors the stored annotations, a review file's annotations are
// merged through ReviewSession::importAnnotations() and its state applied, and documentOpened()
// is emitted; or loadFailed() with the reason, and nothing else happens. Errors are values and
// signals: the manager shows no UI.
//
// Ownership: the manager owns the documents; each document owns its session and indexer, so
// they go together. GUI thread only (the thread the manager lives in).
class DocumentManager final : public QObject
{
    Q_OBJECT
public:
    // How one article is opened (explicit per call: nothing is read from the settings here).
    struct OpenOptions
    {
        // The review database and library (Settings::databasePath() in the reader). Empty: no
        // database; the document is shown, a review file's annotations too, nothing is stored.
        QString databasePath;
        // The entity tagger (the user's learned model or the bundled one); null: the rules alone.
        std::shared_ptr<const TaggerModel> model;
        // Extra work for the loading thread after a successful load (the reader typesets the
        // article there). Its value reaches documentOpened() as `prepared`, unless the document's
        // entities changed while it was adopted (stored entity corrections), when it is dropped.
        std::function<QVariant(const LoadResult &)> prepare;

        // Progressive open (issue 21): an article whose text has at least this many UTF-16 units
        // is shown in two steps. First its first blocks (firstScreenOf(article, firstScreenChars))
        // are extracted and prepared alone (prepareFirstScreen, else prepare) and handed over in
        // firstScreenReady(); then the whole article is extracted, indexed and prepared, and
        // documentOpened() brings exactly what a non-progressive open gives (same text, entities,
        // annotations). 0: never (one step, as before).
        qsizetype progressiveFromChars = 0;
        qsizetype firstScreenChars = 64 * 1024;
        std::function<QVariant(const LoadResult &)> prepareFirstScreen;
    };

    // What the reader uses: progressive from 256 KB of text (below it the whole article is as quick).
    static constexpr qsizetype defaultProgressiveFromChars = 256 * 1024;

    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override; // waits for loads still running on worker threads

    // Starts loading path in the background and returns at once; loadStarted() now, then
    // loadFinished() and either documentOpened() or loadFailed().
    void openFile(const QString &path, const OpenOptions &options);
    // Adopts a result loaded elsewhere (a test's hand-made article, the CLI), synchronously: the
    // document, or null when result.import failed (loadFailed() is emitted). options.prepare is
    // not used.
    ArticleDocument *openLoaded(const LoadResult &result, const OpenOptions &options);
    // Starts warmUpExtraction() on a worker thread and returns at once (the reader calls it at
    // start-up, so the first article opened does not wait for the model to load).
    void warmUp();

    int pendingLoads() const { return m_pending; }
    // Abandons the loads of path still running (the user closed the tab of a progressive open):
    // each worker stops at its next stage, its result is dropped, and only loadFinished() is
    // emitted for it (no document, no failure, no further firstScreenReady()/loadProgressed()).
    // False when no load of path was running.
    bool cancelLoad(const QString &path);

    // In the order they were opened.
    const QList<ArticleDocument *> &documents() const { return m_documents; }
    bool contains(const ArticleDocument *document) const;
    // Null for a document this manager does not hold; the indexer also without a database.
    ReviewSession *session(const ArticleDocument *document) const;
    LibraryIndexer *indexer(const ArticleDocument *document) const;
    // Every open document's undo stack; the active one is the current document's.
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    ArticleDocument *currentDocument() const { return m_current; }
    // The document the user works on (the current tab): its stack becomes the active one.
    void setCurrentDocument(ArticleDocument *document);

    // documentClosed() first (views let go of it), then the document, its session and indexer
    // are deleted (deleteLater). False for a document this manager does not hold.
    bool closeDocument(ArticleDocument *document);

Q_SIGNALS:
    void loadStarted(const QString &path);
    // The worker's result arrived (success or not), before it is adopted.
    void loadFinished(const QString &path);
    // A progressive open's first screen (see OpenOptions::progressiveFromChars), before
    // documentOpened(): firstScreen.import holds the article's first blocks, firstScreen.entities
    // what they alone give (provisional: offsets are valid in the whole text, but the whole
    // article's extraction may differ there). No document exists yet: nothing can be annotated.
    void firstScreenReady(const QString &path, const Lectern::Core::LoadResult &firstScreen, const QVariant &prepared);
    // How far a progressive open is, 0–100, by stage (first screen, extraction, indexing, typesetting).
    void loadProgressed(const QString &path, int percent);
    // document is complete: session attached, review file merged. path as given to openFile().
    void documentOpened(Lectern::Core::ArticleDocument *document, const QString &path, const QVariant &prepared);
    // reason: the importer's or review file's message, for a message naming the file.
    void loadFailed(const QString &path, const QString &reason);
    void documentClosed(Lectern::Core::ArticleDocument *document);
    void currentChanged(Lectern::Core::ArticleDocument *document);

    // Each document's review session, forwarded with the document. The database could not be
    // opened (reason: the store's message): the document is shown without storage.
    void databaseOpenFailed(Lectern::Core::ArticleDocument *document, const QString &reason);
    void storageFailed(Lectern::Core::ArticleDocument *document, const QString &reason);
    void annotationsReanchored(Lectern::Core::ArticleDocument *document,
                               const QList<Lectern::Core::ReviewSession::ReanchorEntry> &changes);
    void reviewStateChanged(Lectern::Core::ArticleDocument *document, Lectern::Core::ReviewState state);

private:
    struct Entry
    {
        ArticleDocument *document = nullptr;
        ReviewSession *session = nullptr;
        LibraryIndexer *indexer = nullptr;
    };

    ArticleDocument *adopt(const LoadResult &result, const OpenOptions &options, QVariant *prepared);
    ReviewSession *attachSession(ArticleDocument *document, const QString &databasePath, LibraryIndexer **indexer);
    void mergeReviewFile(ReviewSession *session, const LoadResult &result, bool withDatabase);
    void forget(ArticleDocument *document);
    const Entry *entry(const ArticleDocument *document) const;

    QList<ArticleDocument *> m_documents;
    QList<Entry> m_entries;
    QUndoGroup *m_undoGroup;
    ArticleDocument *m_current = nullptr;
    QList<QFuture<void>> m_running;
    int m_pending = 0;
    // The loads running, with the flag their worker checks between stages.
    struct Running
    {
        QString path;
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    QList<Running> m_loads;
};

} // namespace Lectern::Core
