#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace Lectern::Gui {

// Tries a team server's review database off the GUI thread (a real connection and the schema
// check of the review tables) and reports the sentence the storage layer makes of the outcome:
// connected, or a wrong password, an unknown user or database, no permission, an unreachable
// server, a schema older or newer than this Lectern. When the server wants a password that
// libpq found nowhere (~/.pgpass, PGPASSWORD), or refused the one typed, the user is asked for
// one (a password field); the answer is kept for this session only, in memory
// (Core::Database::setSessionPassword), never in the settings, and the try is repeated.
// Runs on the GUI thread; `done` is called once, from the event loop, unless `context` is gone.
class TeamServerConnection final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    // parent: where the password prompt appears; the connection deletes itself when done.
    static void test(const QString &location, QWidget *parent, Done done);

private:
    TeamServerConnection(const QString &location, QWidget *parent, Done done);
    void attempt();
    void finished(bool ok, int failure, const QString &message);

    QString m_location;
    QPointer<QWidget> m_parent;
    Done m_done;
    bool m_refused = false;
};

} // namespace Lectern::Gui
