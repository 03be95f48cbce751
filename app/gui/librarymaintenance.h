#pragma once

#include <QObject>
#include <QString>

namespace Lectern::Gui {

// The library database's housekeeping for Preferences: export to one file, merge an exported
// library, compact (VACUUM). Each job opens its own LibraryStore connection on a worker thread, so
// the dialog stays responsive on a large library; one job at a time. finished() arrives on the
// thread that owns this object with a sentence for the user (success or the reason it failed).
class LibraryMaintenance final : public QObject
{
    Q_OBJECT
public:
    enum class Job { Export, Import, Vacuum };
    Q_ENUM(Job)

    explicit LibraryMaintenance(QObject *parent = nullptr);
    ~LibraryMaintenance() override;

    bool isBusy() const { return m_busy; }

    // Return false (and do nothing) while another job runs. `database` is the library to work on.
    bool exportLibrary(const QString &database, const QString &target);
    bool importLibrary(const QString &database, const QString &source);
    bool vacuumLibrary(const QString &database);

Q_SIGNALS:
    void started(Lectern::Gui::LibraryMaintenance::Job job);
    void finished(Lectern::Gui::LibraryMaintenance::Job job, bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    template<typename Work>
    bool run(Job job, Work work);

    bool m_busy = false;
};

} // namespace Lectern::Gui
