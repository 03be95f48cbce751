#include "document/documentmanager.h"

#include "document/articledocument.h"
#include "document/libraryindexer.h"
#include "document/articleloader.h"
#include "extract/extractor.h"
#include "library/librarystore.h"
#include "util/eventloopthen.h"

#include <QUndoGroup>
#include <QtConcurrent/QtConcurrentRun>

namespace Lectern::Core {

namespace {

// What the loading thread hands back to the manager's thread.
struct Loaded
{
    LoadResult result;
    QVariant prepared;
};

// The worker's part of openFile(): everything that may take long, on a thread of the pool.
std::shared_ptr<Loaded> loadOnWorker(const QString &path, const DocumentManager::OpenOptions &options)
{
    auto loaded = std::make_shared<Loaded>();
    loaded->result = loadArticle(path, options.model);
    if (!loaded->result.import.ok())
        return loaded;
    // Every article an editor opens goes into the library (its own connection, this thread).
    if (!options.databasePath.isEmpty()) {
        LibraryStore library;
        // Recorded as read by the reader's own extractor, so the library does not re-read it.
        library.setExtractor(std::make_shared<const Extractor>(currentGazetteer(), options.model));
        if (library.open(options.databasePath))
            library.indexArticle(*loaded->result.import.article, loaded->result.entities);
    }
    if (options.prepare)
        loaded->prepared = options.prepare(loaded->result);
    return loaded;
}

} // namespace

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
    , m_undoGroup(new QUndoGroup(this))
{
}

DocumentManager::~DocumentManager()
{
    // A worker still loading holds a continuation to this object; let it end first.
    for (QFuture<void> &running : m_running)
        running.waitForFinished();
}

void DocumentManager::warmUp()
{
    m_running.append(QtConcurrent::run(warmUpExtraction));
}

void DocumentManager::openFile(const QString &path, const OpenOptions &options)
{
    ++m_pending;
    Q_EMIT loadStarted(path);
    QFuture<std::shared_ptr<Loaded>> work = QtConcurrent::run(loadOnWorker, path, options);
    m_running.append(QFuture<void>(work));
    // The signals come later, from the event loop, even when the worker has already finished.
    thenOnEventLoop(work, this, [this, path, options](const std::shared_ptr<Loaded> &loaded) {
        m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        --m_pending;
        Q_EMIT loadFinished(path);
        adopt(loaded->result, options, &loaded->prepared);
    });
}

ArticleDocument *DocumentManager::openLoaded(const LoadResult &result, const OpenOptions &options)
{
    return adopt(result, options, nullptr);
}

ArticleDocument *DocumentManager::adopt(const LoadResult &result, const OpenOptions &options, QVariant *prepared)
{
    if (!result.import.ok()) {
        Q_EMIT loadFailed(result.path, result.import.error);
        return nullptr;
    }
    auto *document = new ArticleDocument(this);
    document->setContent(*result.import.article, result.entities);
    // What was prepared on the worker was made from the extractor's entities: stale once the
    // stored entity corrections (applied when the session attaches) changed them.
    bool entitiesChanged = false;
    const QMetaObject::Connection watch
        = connect(document, &ArticleDocument::entitiesChanged, this, [&entitiesChanged] { entitiesChanged = true; });

    LibraryIndexer *indexer = nullptr;
    ReviewSession *session = attachSession(document, options.databasePath, &indexer);
    m_documents.append(document);
    m_entries.append({document, session, indexer});
    connect(document, &QObject::destroyed, this, [this, document] { forget(document); });
    m_undoGroup->addStack(document->undoStack());
    mergeReviewFile(session, result, !options.databasePath.isEmpty());

    disconnect(watch);
    QVariant handedOver;
    if (prepared && !entitiesChanged)
        handedOver = std::move(*prepared);
    Q_EMIT documentOpened(document, result.path, handedOver);
    return document;
}

ReviewSession *DocumentManager::attachSession(ArticleDocument *document, const QString &databasePath,
                                              LibraryIndexer **indexer)
{
    auto *session = new ReviewSession(document, document);
    connect(session, &ReviewSession::storageFailed, this,
            [this, document](const QString &reason) { Q_EMIT storageFailed(document, reason); });
    connect(session, &ReviewSession::reanchored, this, [this, document](const auto &changes) {
        Q_EMIT annotationsReanchored(document, changes);
    });
    connect(session, &ReviewSession::reviewStateChanged, this,
            [this, document](ReviewState state) { Q_EMIT reviewStateChanged(document, state); });
    if (databasePath.isEmpty())
        return session;
    if (!session->openDatabase(databasePath))
        Q_EMIT databaseOpenFailed(document, session->errorString());
    else
        *indexer = new LibraryIndexer(document, databasePath); // the library follows the editor's corrections
    return session;
}

void DocumentManager::mergeReviewFile(ReviewSession *session, const LoadResult &result, bool withDatabase)
{
    // A review file brings its annotations and state along: they go through the one import rule
    // (nothing stored is moved or rewritten); without a database they are only shown.
    if (!result.reviewAnnotations.isEmpty()) {
        if (session->articleId() != 0)
            session->importAnnotations(result.reviewAnnotations); // a failure is reported by the session
        else
            session->showUnstoredAnnotations(result.reviewAnnotations);
    }
    if (result.reviewState && withDatabase)
        session->setReviewState(*result.reviewState); // a failure is reported by the session
}

bool DocumentManager::contains(const ArticleDocument *document) const
{
    return entry(document) != nullptr;
}

const DocumentManager::Entry *DocumentManager::entry(const ArticleDocument *document) const
{
    for (const Entry &e : m_entries)
        if (e.document == document)
            return &e;
    return nullptr;
}

ReviewSession *DocumentManager::session(const ArticleDocument *document) const
{
    const Entry *e = entry(document);
    return e ? e->session : nullptr;
}

LibraryIndexer *DocumentManager::indexer(const ArticleDocument *document) const
{
    const Entry *e = entry(document);
    return e ? e->indexer : nullptr;
}

void DocumentManager::setCurrentDocument(ArticleDocument *document)
{
    if (document && !contains(document))
        document = nullptr;
    m_undoGroup->setActiveStack(document ? document->undoStack() : nullptr);
    if (document == m_current)
        return;
    m_current = document;
    Q_EMIT currentChanged(document);
}

bool DocumentManager::closeDocument(ArticleDocument *document)
{
    if (!document || !contains(document))
        return false;
    if (m_current == document)
        setCurrentDocument(nullptr);
    Q_EMIT documentClosed(document);
    forget(document);
    document->deleteLater();
    return true;
}

void DocumentManager::forget(ArticleDocument *document)
{
    m_documents.removeOne(document);
    m_entries.removeIf([document](const Entry &e) { return e.document == document; });
    if (m_current == document) {
        m_current = nullptr;
        m_undoGroup->setActiveStack(nullptr);
        Q_EMIT currentChanged(nullptr);
    }
}

} // namespace Lectern::Core
