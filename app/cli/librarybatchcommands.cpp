#include "librarybatchcommands.h"

#include "clioutput.h"
#include "progressline.h"
#include "library/batchimporter.h"
#include "library/batchpipeline.h"
#include "library/libraryreindex.h"
#include "library/librarystore.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <optional>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

struct LibraryVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::LibraryVerb)
};

const QString kPrefix = QStringLiteral("lectern library: ");
constexpr int kExitInterrupted = 130; // 128 + SIGINT, as shells report it

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int signal)
{
    g_interrupted = true;
    std::signal(signal, SIG_DFL); // a second Ctrl+C stops at once (what is committed stays)
}

// Ctrl+C and SIGTERM end the work cleanly while this lives.
class InterruptGuard final
{
public:
    InterruptGuard()
    {
        g_interrupted = false;
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

} // namespace

int addToLibrary(LibraryStore &store, const QStringList &paths, bool progress)
{
    const QStringList files = BatchImporter::collectFiles(paths);
    const InterruptGuard guard;
    std::optional<ProgressLine> line;
    if (progress)
        line.emplace(kPrefix, LibraryVerb::tr("files"));
    BatchPipeline::Callbacks callbacks;
    callbacks.committed = [&line](const QList<BatchPipeline::Item> &items) {
        if (line)
            line->finish(); // the bar goes on below these lines
        for (const BatchPipeline::Item &item : items) {
            switch (item.outcome) {
            case LibraryStore::AddOutcome::Added: writeOutLine(LibraryVerb::tr("added %1").arg(item.path)); break;
            case LibraryStore::AddOutcome::Updated: writeOutLine(LibraryVerb::tr("updated %1").arg(item.path)); break;
            case LibraryStore::AddOutcome::Unchanged: writeOutLine(LibraryVerb::tr("unchanged %1").arg(item.path)); break;
            case LibraryStore::AddOutcome::Failed:
                writeErrLine(QStringLiteral("lectern library: ") + item.path + QStringLiteral(": ") + item.error);
                break;
            }
        }
    };
    BatchPipeline::Progress last;
    callbacks.progressed = [&line, &last](const BatchPipeline::Progress &p) {
        last = p;
        if (line)
            line->update(p.done, p.total, p.articlesPerSecond(), p.megabytesPerSecond(), p.msecsLeft());
    };
    const BatchPipeline::Report report = BatchPipeline::run(store, files, {}, &g_interrupted, callbacks);
    if (line) {
        line->update(last.done, last.total, last.articlesPerSecond(), last.megabytesPerSecond(), last.msecsLeft(), true);
        line->finish();
    }
    writeErrLine(LibraryVerb::tr("%1 added, %2 updated, %3 unchanged, %4 failed")
                     .arg(report.added)
                     .arg(report.updated)
                     .arg(report.unchanged)
                     .arg(report.failures.size()));
    if (report.cancelled) {
        writeErrLine(kPrefix
                     + LibraryVerb::tr("interrupted after %1 of %2 files; they are stored: run the same command"
                                       " again to import the rest")
                           .arg(report.done())
                           .arg(report.total));
        return kExitInterrupted;
    }
    return !report.failures.isEmpty() || files.isEmpty() ? ExitFailure : ExitOk;
}

int reindexLibrary(LibraryStore &store, bool progress)
{
    const InterruptGuard guard;
    std::optional<ProgressLine> line;
    if (progress)
        line.emplace(kPrefix, LibraryVerb::tr("articles"));
    const LibraryReindex::Report report =
        LibraryReindex::run(store, {}, &g_interrupted, [&line](const LibraryReindex::Progress &p) {
            if (line)
                line->update(p.done, p.total, p.articlesPerSecond(), -1, p.msecsLeft());
        });
    line.reset();
    writeErrLine(LibraryVerb::tr("%1 of %2 articles re-read (%3), %4 failed")
                     .arg(report.done)
                     .arg(report.total)
                     .arg(report.readerVersion)
                     .arg(report.failed));
    if (report.cancelled) {
        writeErrLine(kPrefix + LibraryVerb::tr("interrupted: run the same command again to re-read the rest"));
        return kExitInterrupted;
    }
    return report.failed ? ExitFailure : ExitOk;
}

} // namespace Lectern::Cli
