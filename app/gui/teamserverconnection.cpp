#include "teamserverconnection.h"

#include "review/annotationstore.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "util/eventloopthen.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Lectern::Gui {

namespace {

struct Outcome
{
    bool ok = false;
    int failure = 0; // Core::Database::OpenFailure
    QString message;
};

// On a worker thread: its own store and connection, closed before returning.
Outcome tryServer(const QString &location)
{
    Outcome outcome;
    Core::AnnotationStore store;
    outcome.ok = store.open(location);
    outcome.failure = int(Core::Database::lastOpenFailure());
    if (!outcome.ok) {
        outcome.message = store.errorString();
        return outcome;
    }
    outcome.message = TeamServerConnection::tr("Connected to %1: its review database is ready for this version of Lectern.")
                          .arg(store.path());
    return outcome;
}

} // namespace

TeamServerConnection::TeamServerConnection(const QString &location, QWidget *parent, Done done)
    : QObject(parent)
    , m_location(location)
    , m_parent(parent)
    , m_done(std::move(done))
{
}

void TeamServerConnection::test(const QString &location, QWidget *parent, Done done)
{
    auto *connection = new TeamServerConnection(location, parent, std::move(done));
    connection->attempt();
}

void TeamServerConnection::attempt()
{
    const QString location = m_location;
    Core::thenOnEventLoop(QtConcurrent::run(tryServer, location), this, [this](const Outcome &outcome) {
        finished(outcome.ok, outcome.failure, outcome.message);
    });
}

void TeamServerConnection::finished(bool ok, int failure, const QString &message)
{
    using Failure = Core::Database::OpenFailure;
    const auto location = Core::DatabaseLocation::parse(m_location);
    const bool askable = !ok && location && m_parent
        && (Failure(failure) == Failure::PasswordNeeded || Failure(failure) == Failure::PasswordRefused);
    if (askable) {
        const QString user = location->userName().isEmpty() ? tr("your login name") : location->userName();
        const QString label = Failure(failure) == Failure::PasswordRefused && m_refused
            ? tr("The team server refused this password. Password of %1 on %2:").arg(user, location->displayName())
            : tr("The team server asks for a password. Password of %1 on %2 (kept until Lectern quits, never saved):")
                  .arg(user, location->displayName());
        m_refused = true;
        bool given = false;
        const QString password
            = QInputDialog::getText(m_parent, tr("Team Server Password"), label, QLineEdit::Password, QString(), &given);
        if (given && !password.isEmpty()) {
            Core::Database::setSessionPassword(*location, password);
            attempt();
            return;
        }
        if (Failure(failure) == Failure::PasswordRefused)
            Core::Database::setSessionPassword(*location, QString()); // a wrong one is not kept
    }
    if (m_done)
        m_done(ok, message);
    deleteLater();
}

} // namespace Lectern::Gui
