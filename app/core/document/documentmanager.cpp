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

// Reports to the manager's thread from the worker, unless the load was cancelled meanwhile. The
// manager outlives its workers (its destructor waits), and a posted call dies with it.
template <typename Fn>
void post(DocumentManager *manager, const std::shared_ptr<std::atomic_bool> &cancelled, Fn fn)
{
    QMetaObject::invokeMethod(
        manager, [cancelled, fn = std::move(fn)]() mutable { if (!*cancelled) fn(); }, Qt::QueuedConnection);
}

qsizetype textLength(const Article &article)
{
    qsizetype length = 0;
    for (const Block &b : article.blocks)
        length += b.text.size() + Article::blockSeparator().size();
    return length;
}

// The first screen of a progressive open: its blocks extracted and prepared alone.
void showFirstScreen(DocumentManager *manager, const std::shared_ptr<std::atomic_bool> &cancelled,
                     const QString &path, const Article &article, const DocumentManager::OpenOptions &options)
{
    LoadResult first;
    first.path = path;
    first.import = ImportResult::success(firstScreenOf(article, options.firstScreenChars));
    first.entities = Extractor(currentGazetteer(), options.model).extract(*first.import.article);
    const auto &prepare = options.prepareFirstScreen ? options.prepareFirstScreen : options.prepare;
    QVariant prepared = prepare ? prepare(first) : QVariant();
    post(manager, cancelled, [manager, path, first = std::move(first), prepared = std::move(prepared)] {
        Q_EMIT manager->firstScreenReady(path, first, prepared);
        Q_EMIT manager->loadProgressed(path, 5);
    });
}

// The worker's part of openFile(): everything that may take long, on a thread of the pool.
// Between stages it stops when the load was cancelled (the result is dropped then).
std::shared_ptr<Loaded> loadOnWorker(DocumentManager *manager, const QString &path,
                                     const DocumentManager::OpenOptions &options,
                                     const std::shared_ptr<std::atomic_bool> &cancelled)
{
    auto loaded = std::make_shared<Loaded>();
    loaded->result = readArticle(path);
    if (!loaded->result.import.ok())
        return loaded;
    const bool progressive = options.progressiveFromChars > 0
        && textLength(*loaded->result.import.article) >= options.progressiveFromChars;
    auto progressed = [&](int percent) {
        if (progressive)
            post(manager, cancelled, [manager, path, percent] { Q_EMIT manager->loadProgressed(path, percent); });
    };
    if (progressive)
        showFirstScreen(manager, cancelled, path, *loaded->result.import.article, options);
    if (*cancelled)
        return loaded;
    extractLoaded(loaded->result, options.model);
    progressed(50);
    if (*cancelled)
        return loaded;
    // Every article an editor opens goes into the library (its own connection, this thread).
    if (!options.databasePath.isEmpty()) {
        LibraryStore library;
        // Recorded as read by the reader's own extractor, so the library does not re-read it.
        library.setExtractor(std::make_shared<const Extractor>(currentGazetteer(), options.model));
        if (library.open(options.databasePath))
            library.indexArticle(*loaded->result.import.article, loaded->result.entities);
    }
    progressed(55);
    if (*cancelled)
        return loaded;
    if (options.prepare)
        loaded->prepared = options.prepare(loaded->result);
    progressed(100);
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
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_loads.append({path, cancelled});
    Q_EMIT loadStarted(path);
    QFuture<std::shared_ptr<Loaded>> work = QtConcurrent::run(loadOnWorker, this, path, options, cancelled);
    m_running.append(QFuture<void>(work));
    // The signals come later, from the event loop, even when the worker has already finished.
    thenOnEventLoop(work, this, [this, path, options, cancelled](const std::shared_ptr<Loaded> &loaded) {
        m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_loads.removeIf([&cancelled](const Running &r) { return r.cancelled == cancelled; });
        --m_pending;
        Q_EMIT loadFinished(path);
        if (!*cancelled)
            adopt(loaded->result, options, &loaded->prepared);
    });
}

bool DocumentManager::cancelLoad(const QString &path)
{
    bool any = false;
    for (const Running &r : std::as_const(m_loads)) {
        if (r.path == path && !*r.cancelled) {
            *r.cancelled = true;
            any = true;
        }
    }
    return any;
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
