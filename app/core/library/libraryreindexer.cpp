#include "library/libraryreindexer.h"

#include "library/librarylog.h"
#include "library/librarystore.h"

#include <QThread>

namespace Lectern::Core {

LibraryReindexer::LibraryReindexer(QObject *parent)
    : QObject(parent)
{
}

LibraryReindexer::~LibraryReindexer()
{
    cancel();
    wait();
    delete m_thread;
}

bool LibraryReindexer::start(const QString &databasePath, const LibraryReindex::Options &options)
{
    if (m_active)
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    {
        QMutexLocker lock(&m_mutex);
        m_report = {};
    }
    m_thread = QThread::create([this, databasePath, options] {
        LibraryStore store;
        if (!store.open(databasePath)) {
            qCWarning(lcLibrary) << "re-index:" << store.errorString();
            return;
        }
        const LibraryReindex::Report report =
            LibraryReindex::run(store, options, &m_cancel, [this](const LibraryReindex::Progress &p) {
                Q_EMIT progressed(p.done, p.total, p.msecsLeft());
            });
        QMutexLocker lock(&m_mutex);
        m_report = report;
    });
    m_thread->setObjectName(QStringLiteral("lectern-reindex"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_active = false;
        Q_EMIT finished();
    });
    m_active = true;
    // Below the GUI and the reader's loading: the re-index is background work.
    m_thread->start(QThread::LowPriority);
    return true;
}

void LibraryReindexer::cancel()
{
    m_cancel = true;
}

bool LibraryReindexer::wait(int msecs)
{
    if (!m_thread)
        return true;
    const bool done = msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
    if (done)
        m_active = false;
    return done;
}

LibraryReindex::Report LibraryReindexer::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

} // namespace Lectern::Core
