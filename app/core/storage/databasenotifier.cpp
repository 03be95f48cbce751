#include "storage/databasenotifier.h"

#include "storage/database.h"
#include "storage/storagelog.h"

#include <QSqlDriver>
#include <QVariant>

namespace Lectern::Core {

DatabaseNotifier::DatabaseNotifier(std::shared_ptr<Database> database, const QString &channel, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_channel(channel)
{
    if (!m_database) {
        m_error = tr("No database to listen to.");
        return;
    }
    QSqlDatabase db = m_database->connection();
    QSqlDriver *driver = db.isValid() ? db.driver() : nullptr;
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_error = tr("The database %1 does not announce changes.").arg(m_database->displayName());
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == m_channel)
                    Q_EMIT notified(payload.toString(), source == QSqlDriver::SelfSource);
            });
    m_active = driver->subscribeToNotification(m_channel);
    if (!m_active)
        m_error = tr("Cannot listen to the changes on %1.").arg(m_database->displayName());
    qCDebug(lcStorage) << "listening on" << m_channel << m_active;
}

DatabaseNotifier::~DatabaseNotifier()
{
    if (!m_active)
        return;
    QSqlDatabase db = m_database->connection();
    if (db.isValid() && db.driver())
        db.driver()->unsubscribeFromNotification(m_channel);
}

} // namespace Lectern::Core
