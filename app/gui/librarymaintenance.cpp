#include "librarymaintenance.h"

#include "library/librarystore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Lectern::Gui {

namespace {

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

LibraryMaintenance::LibraryMaintenance(QObject *parent)
    : QObject(parent)
{
}

LibraryMaintenance::~LibraryMaintenance()
{
    // A running job holds only its own connection and copies of the paths; wait so that the
    // database is not left half-written when the dialog closes.
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

template<typename Work>
bool LibraryMaintenance::run(Job job, Work work)
{
    if (m_busy)
        return false;
    m_busy = true;
    Q_EMIT started(job);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, job] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT finished(job, outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
    return true;
}

bool LibraryMaintenance::exportLibrary(const QString &database, const QString &target)
{
    return run(Job::Export, [database, target] {
        Outcome out;
        Core::LibraryStore store;
        if (!store.open(database)) {
            out.message = tr("The library could not be opened: %1").arg(store.errorString());
            return out;
        }
        out.ok = store.exportTo(target);
        out.message = out.ok ? tr("Library exported to %1 (%2 articles, %3).")
                                   .arg(QFileInfo(target).fileName())
                                   .arg(store.articleCount())
                                   .arg(QLocale().formattedDataSize(QFileInfo(target).size()))
                             : tr("The library could not be exported: %1").arg(store.errorString());
        return out;
    });
}

bool LibraryMaintenance::importLibrary(const QString &database, const QString &source)
{
    return run(Job::Import, [database, source] {
        Outcome out;
        Core::LibraryStore store;
        if (!store.open(database)) {
            out.message = tr("The library could not be opened: %1").arg(store.errorString());
            return out;
        }
        const std::optional<int> added = store.importFrom(source);
        out.ok = added.has_value();
        out.message = out.ok ? tr("%1 article(s) added from %2; articles already in the library were kept as they are.")
                                   .arg(*added)
                                   .arg(QFileInfo(source).fileName())
                             : tr("%1 could not be imported: %2").arg(QFileInfo(source).fileName(), store.errorString());
        return out;
    });
}

bool LibraryMaintenance::vacuumLibrary(const QString &database)
{
    return run(Job::Vacuum, [database] {
        Outcome out;
        Core::LibraryStore store;
        if (!store.open(database)) {
            out.message = tr("The library could not be opened: %1").arg(store.errorString());
            return out;
        }
        const qint64 before = databaseBytes(database);
        out.ok = store.vacuum();
        const QLocale locale;
        out.message = out.ok ? tr("Database compacted: %1 before, %2 now.")
                                   .arg(locale.formattedDataSize(before), locale.formattedDataSize(databaseBytes(database)))
                             : tr("The database could not be compacted: %1").arg(store.errorString());
        return out;
    });
}

} // namespace Lectern::Gui
