#pragma once

#include "library/libraryreindex.h"

#include <QMutex>
#include <QObject>

#include <atomic>

class QThread;

namespace Lectern::Core {

// LibraryReindex in the background: a worker thread with its own database connection re-reads
// the articles another reader read (newest first) while the library stays searchable.
//
// Threading: create, start and cancel from one thread (the GUI's); signals arrive there. The
// destructor cancels and waits for the worker.
class LibraryReindexer final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryReindexer(QObject *parent = nullptr);
    ~LibraryReindexer() override;

    // false when a run is going on.
    bool start(const QString &databasePath, const LibraryReindex::Options &options = {});
    void cancel();             // stops after the batch in progress; it is kept
    bool isRunning() const { return m_active; }
    bool wait(int msecs = -1); // for tests
    LibraryReindex::Report report() const; // complete once finished() was emitted

Q_SIGNALS:
    // done of total articles re-read; msecsLeft -1 while unknown.
    void progressed(int done, int total, qint64 msecsLeft);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_active = false;
    mutable QMutex m_mutex;
    LibraryReindex::Report m_report;
};

} // namespace Lectern::Core
