#pragma once

#include "library/batchpipeline.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Lectern::Core {

class Extractor;

// Imports many files into the library in the background: a BatchPipeline (reading and extraction
// on every core, one writer committing in batches) runs on a worker thread with its own database
// connection. Folders are walked recursively for article files (the extensions of ImportFormats:
// text, HTML, Markdown, PDF, Word, OpenDocument); files named explicitly are always tried. A file
// that fails is reported with its reason and the others go on; unchanged files are skipped, so an
// import that was cancelled or killed resumes where it stopped when started again.
//
// Threading: create, start and cancel from one thread (the GUI's); signals arrive there.
// The destructor cancels and waits for the worker.
class BatchImporter final : public QObject
{
    Q_OBJECT

public:
    using Failure = BatchPipeline::Failure;
    using Report = BatchPipeline::Report;

    explicit BatchImporter(QObject *parent = nullptr);
    ~BatchImporter() override;

    // The files an import of `paths` would read, sorted, without duplicates.
    static QStringList collectFiles(const QStringList &paths);

    // The extraction each file goes through (LibraryStore::setExtractor); set before start().
    void setExtractor(std::shared_ptr<const Extractor> extractor) { m_extractor = std::move(extractor); }
    // Starts importing into the database at databasePath; false when an import is running.
    bool start(const QString &databasePath, const QStringList &paths);
    void cancel();             // stops soon; the files handled so far are committed
    bool isRunning() const;    // true from start() until finished() is emitted (or wait() returned)
    bool wait(int msecs = -1); // for tests and the CLI
    Report report() const;     // complete once finished() was emitted

Q_SIGNALS:
    void started(int total);
    void progressed(int done, int total, const QString &path);
    // At most a few times a second: the speed so far and the time left (-1: not known yet).
    void rateChanged(double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft);
    void fileFailed(const QString &path, const QString &reason);
    void finished();

private:
    void run(const QString &databasePath, const QStringList &files);

    QThread *m_thread = nullptr;
    std::shared_ptr<const Extractor> m_extractor;
    std::atomic<bool> m_cancel{false};
    bool m_active = false;     // from start() until the worker's end reached this thread
    mutable QMutex m_mutex;
    Report m_report;
};

} // namespace Lectern::Core
