#include "library/batchimporter.h"

#include "import/importformats.h"
#include "library/librarylog.h"
#include "library/librarystore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QThread>

namespace Lectern::Core {

namespace {

bool isArticleFile(const QFileInfo &info)
{
    return ImportFormats::isImportable(info.fileName());
}

} // namespace

BatchImporter::BatchImporter(QObject *parent)
    : QObject(parent)
{
}

BatchImporter::~BatchImporter()
{
    cancel();
    wait();
    delete m_thread;
}

QStringList BatchImporter::collectFiles(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        if (!seen.contains(path)) {
            seen.insert(path);
            files.append(path);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            add(info.absoluteFilePath());
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (isArticleFile(it.fileInfo()))
                found.append(it.fileInfo().absoluteFilePath());
        }
        found.sort();
        for (const QString &file : std::as_const(found))
            add(file);
    }
    return files;
}

bool BatchImporter::start(const QString &databasePath, const QStringList &paths)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    const QStringList files = collectFiles(paths);
    {
        QMutexLocker lock(&m_mutex);
        m_report = Report{};
        m_report.total = int(files.size());
    }
    m_thread = QThread::create([this, databasePath, files] { run(databasePath, files); });
    // Delivered in this object's thread once the worker is done: only then is the run over.
    connect(m_thread, &QThread::finished, this, [this] {
        m_active = false;
        Q_EMIT finished();
    });
    m_active = true;
    Q_EMIT started(int(files.size()));
    m_thread->start();
    return true;
}

void BatchImporter::run(const QString &databasePath, const QStringList &files)
{
    LibraryStore store;
    if (m_extractor)
        store.setExtractor(m_extractor);
    if (!store.open(databasePath)) {
        QMutexLocker lock(&m_mutex);
        for (const QString &file : files)
            m_report.failures.append({file, store.errorString()});
        return;
    }
    BatchPipeline::Callbacks callbacks;
    QElapsedTimer sinceRate;
    sinceRate.start();
    callbacks.progressed = [this, &sinceRate](const BatchPipeline::Progress &p) {
        Q_EMIT progressed(p.done, p.total, p.path);
        if (sinceRate.elapsed() >= 250 || p.done == p.total) {
            sinceRate.restart();
            Q_EMIT rateChanged(p.articlesPerSecond(), p.megabytesPerSecond(), p.msecsLeft());
        }
    };
    callbacks.committed = [this](const QList<BatchPipeline::Item> &items) {
        for (const BatchPipeline::Item &item : items)
            if (item.outcome == LibraryStore::AddOutcome::Failed)
                Q_EMIT fileFailed(item.path, item.error);
    };
    const BatchPipeline::Report report = BatchPipeline::run(store, files, BatchPipeline::Options{}, &m_cancel, callbacks);
    {
        QMutexLocker lock(&m_mutex);
        m_report = report;
    }
    store.close();
}

void BatchImporter::cancel()
{
    m_cancel = true;
}

bool BatchImporter::isRunning() const
{
    return m_active;
}

bool BatchImporter::wait(int msecs)
{
    if (!m_thread)
        return true;
    const bool done = msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
    if (done)
        m_active = false;
    return done;
}

BatchImporter::Report BatchImporter::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

} // namespace Lectern::Core
