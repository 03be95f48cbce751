#include "library/libraryreindex.h"

#include "extract/extractor.h"
#include "import/articleimporter.h"
#include "library/batchpipeline.h"
#include "library/librarylog.h"
#include "library/librarystore.h"
#include "library/orderedworkqueue.h"
#include "library/readerversion.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QThreadPool>

#include <vector>

namespace Lectern::Core {

namespace {

struct Reread
{
    qint64 id = 0;
    Article article;
    ExtractionResult entities;
};

Reread reread(LibraryStore::StoredArticle stored, const Extractor &extractor)
{
    Reread r;
    r.id = stored.id;
    if (!stored.path.isEmpty() && !stored.fileHash.isEmpty()) {
        QFile file(stored.path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            if (hash == stored.fileHash) {
                ImportResult imported = ArticleImporter::importBytes(bytes, stored.path);
                if (imported.ok()) {
                    r.article = std::move(*imported.article);
                    r.entities = extractor.extract(r.article);
                    return r;
                }
            }
        }
    }
    // The file is gone or changed since (`library add` imports the new text): the stored one.
    r.article = std::move(stored.article);
    r.entities = extractor.extract(r.article);
    return r;
}

} // namespace

LibraryReindex::Report LibraryReindex::run(LibraryStore &store, const Options &options, const std::atomic<bool> *cancel,
                                           const std::function<void(const Progress &)> &progressed)
{
    Report report;
    const std::shared_ptr<const Extractor> reader = BatchPipeline::readerFor(store, options.extractor, options.model);
    report.readerVersion = ReaderVersion::of(reader->model().get());
    const QList<qint64> ids = store.staleArticles(report.readerVersion);
    report.total = int(ids.size());
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const int batch = std::max(1, options.batchArticles);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    Progress progress;
    progress.total = report.total;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        // The chunk's texts are read here (this thread owns the connection), extracted there.
        std::vector<LibraryStore::StoredArticle> inputs;
        const qsizetype end = std::min<qsizetype>(ids.size(), start + batch);
        report.done += int(end - start); // less the ones that fail below; a removed one is done
        for (qsizetype i = start; i < end; ++i)
            if (std::optional<LibraryStore::StoredArticle> stored = store.storedArticle(ids.at(i)))
                inputs.push_back(std::move(*stored));
        OrderedWorkQueue<Reread> queue(
            int(inputs.size()), threads * 4, [&inputs, &reader](int i) { return reread(inputs[size_t(i)], *reader); }, &pool);
        std::vector<Reread> results;
        while (std::optional<Reread> r = queue.next())
            results.push_back(std::move(*r));
        auto store1 = [&](const Reread &r) {
            return store.updateEntities(r.id, r.article, r.entities, report.readerVersion);
        };
        bool whole = store.reviewStore().begin();
        for (const Reread &r : results) {
            if (!whole)
                break;
            whole = store1(r);
        }
        whole = whole && store.reviewStore().commit();
        int stored = int(results.size());
        if (!whole) {
            store.reviewStore().rollback();
            stored = 0;
            for (const Reread &r : results) {
                if (store1(r))
                    ++stored;
                else
                    qCWarning(lcLibrary) << "re-index: article" << r.id << store.errorString();
            }
        }
        report.done -= int(results.size()) - stored;
        report.failed += int(results.size()) - stored;
        progress.done = report.done + report.failed;
        progress.msecs = clock.elapsed();
        if (progressed)
            progressed(progress);
    }
    return report;
}

} // namespace Lectern::Core
