#pragma once

#include "library/librarystore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Lectern::Core {

class Extractor;
class TaggerModel;

// The batch import as a pipeline: reading, decoding and extraction of the files run on a pool of
// worker threads (one per core), at most a few files ahead of the writer, so memory stays bounded
// whatever the number of files; the calling thread is the one writer, and stores the articles in
// input order, hundreds per transaction (the search index is updated with them, in the same
// transaction).
//
// Interruption: a batch is committed whole or not at all, in input order, so a run that is
// cancelled, killed or loses power leaves the files before some point stored and none after it.
// The next run of the same import skips what is stored (same path, size and modification time;
// else same bytes) and goes on from there: no duplicate (an article's identity is its URL or
// content hash, see AnnotationStore) and no gap.
//
// Threading: run() blocks the calling thread, which owns the store; the callbacks are called on
// it. Errors: per file, in the report; a database that fails makes every file of the batch fail.
class BatchPipeline final
{
public:
    struct Options
    {
        int threads = 0;                     // worker threads; 0: one per core
        int batchArticles = 256;             // a transaction holds at most this many files,
        qint64 batchBytes = 16 << 20;        // of at most this many bytes in all,
        int batchMsecs = 1000;               // and is committed after at most this long
        // What reads the files: null, the store's (LibraryStore::setExtractor); with `model` set,
        // that model (nullptr: the rules alone) over the same gazetteers.
        std::shared_ptr<const Extractor> extractor;
        std::optional<std::shared_ptr<const TaggerModel>> model;
    };

    struct Item
    {
        QString path;
        LibraryStore::AddOutcome outcome = LibraryStore::AddOutcome::Failed;
        qint64 articleId = 0;
        QString error;                       // Failed: a sentence without the file name
    };

    struct Failure
    {
        QString path;
        QString reason;
    };
    struct Report
    {
        int total = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QList<Failure> failures;
        bool cancelled = false;
        int done() const { return added + updated + unchanged + int(failures.size()); }
    };

    // Where the import is, for progress bars: counts, and rate and time left from the files read
    // so far (files skipped unread, as unchanged, count as done but not in the rate).
    struct Progress
    {
        int done = 0;          // files handled (read or skipped), committed or about to be
        int total = 0;
        int read = 0;          // files read and extracted
        qint64 bytes = 0;      // bytes of the files read
        qint64 msecs = 0;      // since the start
        QString path;          // the file handled last
        double articlesPerSecond() const { return msecs > 0 ? read * 1000.0 / double(msecs) : 0.0; }
        double megabytesPerSecond() const { return msecs > 0 ? double(bytes) / 1e3 / double(msecs) : 0.0; }
        // -1 while unknown (nothing read yet).
        qint64 msecsLeft() const
        {
            return read > 0 && msecs > 0 ? qint64(double(total - done) * double(msecs) / double(read)) : -1;
        }
    };

    struct Callbacks
    {
        std::function<void(const Progress &)> progressed;      // after each file handled
        std::function<void(const QList<Item> &)> committed;    // after each batch, its files' outcomes
    };

    // Imports `files` (absolute paths, in this order) into the open store. `cancel` is read
    // between files: once set, what was handled is committed and run() returns.
    static Report run(LibraryStore &store, const QStringList &files, const Options &options,
                      const std::atomic<bool> *cancel, const Callbacks &callbacks);

    // One file, as a worker reads it: unchanged (known with the same size and time, or the same
    // bytes), failed with a reason, or loaded and extracted with `extractor`. Any thread.
    struct FileRead
    {
        Item item;
        std::optional<LibraryStore::Loaded> loaded;    // set when the file is to be stored
        bool touched = false;                // same bytes as stored, new time: record the time
        QString hash;
        qint64 mtime = 0;
        qint64 size = 0;
        qint64 bytes = 0;                    // bytes read (0 when skipped unread)
    };
    static FileRead readFile(const QString &path, const LibraryStore::KnownFile *known,
                             const Extractor &extractor);
    // The extractor options choose for the store (see Options::extractor).
    static std::shared_ptr<const Extractor> readerFor(const LibraryStore &store,
                                                      const std::shared_ptr<const Extractor> &extractor,
                                                      const std::optional<std::shared_ptr<const TaggerModel>> &model);
};

} // namespace Lectern::Core
