#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Lectern::Core {

class Database;

// Another connection's changes, as the server announces them (PostgreSQL LISTEN/NOTIFY through
// QSqlDriver::subscribeToNotification). Listens on `channel` on the calling thread's connection
// of `database` (kept alive by the notifier); notified() is emitted from that thread's event
// loop, so the thread must run one. Where the backend has no notifications (SQLite) the notifier
// is inactive: poll Database::changeCounter() there instead.
class DatabaseNotifier final : public QObject
{
    Q_OBJECT
public:
    DatabaseNotifier(std::shared_ptr<Database> database, const QString &channel, QObject *parent = nullptr);
    ~DatabaseNotifier() override;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // fromThisConnection: the change was made on the connection that listens.
    void notified(const QString &payload, bool fromThisConnection);

private:
    std::shared_ptr<Database> m_database;
    QString m_channel;
    bool m_active = false;
    QString m_error;
};

} // namespace Lectern::Core
