#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Lectern::Core {

class LibraryStore;
class Extractor;
class TaggerModel;

// Re-reads the stored articles that another reader (extractor revision or tagger model, see
// ReaderVersion) read, newest first, and replaces their entities, counts and people index; the
// text and the search index stay. The source is the article's file when it still holds the
// bytes that were imported, else the stored text. Extraction runs on a pool of worker threads;
// the calling thread writes, a few dozen articles per short transaction, so searches (other
// connections, WAL) are never held up for long. A run that stops part way leaves what it
// committed; the next run does the rest.
//
// Threading: run() blocks the calling thread, which owns the store; progress is called there.
class LibraryReindex final
{
public:
    struct Options
    {
        int threads = 0;          // 0: one per core
        int batchArticles = 64;
        // What reads the articles: null, the store's (LibraryStore::setExtractor); with `model`
        // set, that model (nullptr: the rules alone) over the same gazetteers.
        std::shared_ptr<const Extractor> extractor;
        std::optional<std::shared_ptr<const TaggerModel>> model;
    };
    struct Report
    {
        int total = 0;            // articles read by another reader when the run started
        int done = 0;             // re-read and stored
        int failed = 0;           // could not be stored (see the log)
        bool cancelled = false;
        QString readerVersion;    // the reader they were re-read with
    };
    struct Progress
    {
        int done = 0;
        int total = 0;
        qint64 msecs = 0;
        double articlesPerSecond() const { return msecs > 0 ? done * 1000.0 / double(msecs) : 0.0; }
        qint64 msecsLeft() const { return done > 0 ? qint64(double(total - done) * double(msecs) / double(done)) : -1; }
    };

    static Report run(LibraryStore &store, const Options &options, const std::atomic<bool> *cancel,
                      const std::function<void(const Progress &)> &progressed = {});
};

} // namespace Lectern::Core
