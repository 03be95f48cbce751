#include "library/batchpipeline.h"

#include "extract/extractor.h"
#include "import/articleimporter.h"
#include "library/librarylog.h"
#include "library/orderedworkqueue.h"
#include "library/readerversion.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <vector>

namespace Lectern::Core {

using AddOutcome = LibraryStore::AddOutcome;

BatchPipeline::FileRead BatchPipeline::readFile(const QString &path, const LibraryStore::KnownFile *known,
                                                const Extractor &extractor)
{
    FileRead r;
    r.item.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.item.error = QStringLiteral("The file does not exist.");
        return r;
    }
    if (!info.isFile()) {
        r.item.error = QStringLiteral("It is not a regular file.");
        return r;
    }
    const QString absolute = info.absoluteFilePath();
    r.mtime = info.lastModified().toMSecsSinceEpoch();
    r.size = info.size();
    if (known && known->mtime == r.mtime && known->size == r.size) {
        r.item.outcome = AddOutcome::Unchanged;
        r.item.articleId = known->articleId;
        return r;
    }
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly)) {
        r.item.error = file.errorString() + QLatin1Char('.');
        return r;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    r.bytes = bytes.size();
    r.hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (known && known->hash == r.hash) {
        r.item.outcome = AddOutcome::Unchanged;
        r.item.articleId = known->articleId;
        r.touched = true;
        return r;
    }
    LibraryStore::Loaded loaded{ArticleImporter::importBytes(bytes, absolute), {}, std::nullopt};
    if (!loaded.import.ok()) {
        r.item.error = loaded.import.error;
        return r;
    }
    loaded.entities = extractor.extract(*loaded.import.article);
    // Normalised and folded here, on the worker, so the writer only stores them.
    loaded.texts = LibraryStore::indexTexts(*loaded.import.article);
    r.loaded = std::move(loaded);
    return r;
}

std::shared_ptr<const Extractor> BatchPipeline::readerFor(const LibraryStore &store,
                                                          const std::shared_ptr<const Extractor> &extractor,
                                                          const std::optional<std::shared_ptr<const TaggerModel>> &model)
{
    const std::shared_ptr<const Extractor> base = extractor ? extractor : store.extractor();
    if (!model)
        return base;
    return std::make_shared<const Extractor>(base->gazetteer(), *model);
}

namespace {

// Writes one file's result with the store (inside the batch's transaction, if one is open).
BatchPipeline::Item write(LibraryStore &store, BatchPipeline::FileRead &r, const QString &readerVersion)
{
    BatchPipeline::Item item = r.item;
    if (r.touched) {
        if (!store.touchFile(item.articleId, r.mtime, r.size)) {
            item.outcome = AddOutcome::Failed;
            item.error = store.errorString();
        }
        return item;
    }
    if (!r.loaded)
        return item; // unchanged, or failed while reading
    const LibraryStore::AddResult result = store.storeLoaded(*r.loaded, QFileInfo(item.path).absoluteFilePath(),
                                                             r.hash, r.mtime, r.size, readerVersion);
    item.outcome = result.outcome;
    item.articleId = result.articleId;
    item.error = result.error;
    return item;
}

bool writesDatabase(const BatchPipeline::FileRead &r)
{
    return r.touched || r.loaded.has_value();
}

} // namespace

BatchPipeline::Report BatchPipeline::run(LibraryStore &store, const QStringList &files, const Options &options,
                                         const std::atomic<bool> *cancel, const Callbacks &callbacks)
{
    Report report;
    report.total = int(files.size());
    const QHash<QString, LibraryStore::KnownFile> known = store.knownFiles();
    const std::shared_ptr<const Extractor> reader = readerFor(store, options.extractor, options.model);
    const QString readerVersion = ReaderVersion::of(reader->model().get());
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());

    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    // A few files per worker ahead of the writer: enough to keep every core busy while the writer
    // commits, few enough that memory does not grow with the archive.
    OrderedWorkQueue<FileRead> queue(
        int(files.size()), threads * 4,
        [&files, &known, &reader](int i) {
            const QString absolute = QFileInfo(files.at(i)).absoluteFilePath();
            const auto found = known.constFind(absolute);
            return readFile(files.at(i), found == known.constEnd() ? nullptr : &*found, *reader);
        },
        &pool);

    auto count = [&report](const Item &item) {
        switch (item.outcome) {
        case AddOutcome::Added: ++report.added; break;
        case AddOutcome::Updated: ++report.updated; break;
        case AddOutcome::Unchanged: ++report.unchanged; break;
        case AddOutcome::Failed:
            report.failures.append({item.path, item.error});
            qCInfo(lcLibrary) << "import failed:" << item.path << item.error;
            break;
        }
    };

    std::vector<FileRead> batch;
    qint64 batchBytes = 0;
    QElapsedTimer batchClock;
    auto flush = [&] {
        if (batch.empty())
            return;
        QList<Item> items;
        items.reserve(qsizetype(batch.size()));
        bool whole = std::none_of(batch.begin(), batch.end(), writesDatabase) || store.reviewStore().begin();
        if (whole && std::any_of(batch.begin(), batch.end(), writesDatabase)) {
            for (FileRead &r : batch) {
                items.append(write(store, r, readerVersion));
                if (items.last().outcome == AddOutcome::Failed && writesDatabase(r)) {
                    whole = false; // the database refused: the batch's transaction is gone
                    break;
                }
            }
            whole = whole && store.reviewStore().commit();
            if (!whole) {
                store.reviewStore().rollback();
                qCWarning(lcLibrary) << "batch not committed, storing its files one by one:" << store.errorString();
            }
        } else if (whole) {
            for (FileRead &r : batch)
                items.append(r.item);
        }
        if (!whole) {
            // One transaction per file: the file the database refuses fails, the others are stored.
            items.clear();
            for (FileRead &r : batch)
                items.append(write(store, r, readerVersion));
        }
        for (const Item &item : std::as_const(items))
            count(item);
        batch.clear();
        batchBytes = 0;
        if (callbacks.committed)
            callbacks.committed(items);
    };

    Progress progress;
    progress.total = report.total;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        if (cancel && cancel->load()) {
            report.cancelled = progress.done < report.total;
            break;
        }
        std::optional<FileRead> r = queue.next();
        if (!r)
            break;
        ++progress.done;
        if (r->bytes > 0 || r->loaded) {
            ++progress.read;
            progress.bytes += r->bytes;
        }
        progress.path = r->item.path;
        if (batch.empty())
            batchClock.start();
        batchBytes += r->bytes;
        batch.push_back(std::move(*r));
        if (int(batch.size()) >= options.batchArticles || batchBytes >= options.batchBytes
            || batchClock.elapsed() >= options.batchMsecs)
            flush();
        progress.msecs = clock.elapsed();
        if (callbacks.progressed)
            callbacks.progressed(progress);
    }
    queue.stop();
    flush();
    return report;
}

} // namespace Lectern::Core
