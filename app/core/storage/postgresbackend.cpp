#include "storage/postgresbackend.h"

#include "storage/database.h"
#include "storage/storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

namespace {

const QString kDriver = QStringLiteral("QPSQL");

// The URI's query parameters Lectern passes on to libpq ("host" is handled on its own).
const QStringList kPassedOptions = {
    QStringLiteral("application_name"), QStringLiteral("connect_timeout"), QStringLiteral("sslcert"),
    QStringLiteral("sslkey"), QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
    QStringLiteral("target_session_attrs"),
};

void drop(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A libpq conninfo value, single-quoted (QPSQL joins the options with spaces).
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool contains(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

PostgresBackend::PostgresBackend(const DatabaseLocation &location, bool readOnly)
    : m_location(location)
    , m_readOnly(readOnly)
{
}

bool PostgresBackend::prepare(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        *error = Database::tr("Cannot connect to the team server %1: the Qt PostgreSQL driver (QPSQL) is not "
                              "installed (Debian: libqt6sql6-psql).")
                     .arg(m_location.displayName());
        return false;
    }
    if (m_location.databaseName().isEmpty()) {
        *error = Database::tr("The PostgreSQL address %1 names no database: write it as "
                              "postgresql://user@host:port/database.")
                     .arg(m_location.displayName());
        return false;
    }
    const QMap<QString, QString> options = m_location.options();
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != QStringLiteral("host") && !kPassedOptions.contains(it.key())) {
            *error = Database::tr("The PostgreSQL address %1 has the option “%2”, which Lectern does not pass on "
                                  "(known: host, %3).")
                         .arg(m_location.displayName(), it.key(), kPassedOptions.join(QStringLiteral(", ")));
            return false;
        }
        if (it.value().contains(QLatin1Char(';'))) {
            *error = Database::tr("The PostgreSQL address %1 has a “;” in the option “%2”.")
                         .arg(m_location.displayName(), it.key());
            return false;
        }
    }
    return true;
}

namespace {

// Why libpq could not connect, from its message (its SQLSTATE is not passed on by QPSQL).
enum class ConnectReason { Password, NoUser, NoDatabase, NoAccess, Tls, Unreachable };

ConnectReason connectReason(const QString &detail)
{
    if (contains(detail, "password authentication failed") || contains(detail, "no password supplied")
        || contains(detail, "fe_sendauth"))
        return ConnectReason::Password;
    if (contains(detail, "role \"") && contains(detail, "does not exist"))
        return ConnectReason::NoUser;
    if (contains(detail, "database \"") && contains(detail, "does not exist"))
        return ConnectReason::NoDatabase;
    if (contains(detail, "permission denied") || contains(detail, "not permitted to log in")
        || contains(detail, "no pg_hba.conf entry") || contains(detail, "too many connections"))
        return ConnectReason::NoAccess;
    if (contains(detail, "SSL") && (contains(detail, "not support") || contains(detail, "certificate")))
        return ConnectReason::Tls;
    return ConnectReason::Unreachable; // refused, timed out, starting up, shutting down, no route
}

} // namespace

QString PostgresBackend::connectionMessage(const DatabaseLocation &location, const QString &detail)
{
    const QString server = location.displayName();
    const QString user = location.userName().isEmpty() ? Database::tr("(your login name)") : location.userName();
    QString sentence;
    switch (connectReason(detail)) {
    case ConnectReason::Password:
        sentence = Database::tr("The team server %1 refused the password of the user %2: put the right one in "
                                "~/.pgpass or PGPASSWORD (Lectern never stores it).")
                       .arg(server, user);
        break;
    case ConnectReason::NoUser:
        sentence = Database::tr("The team server %1 has no user %2: ask its administrator for an account.")
                       .arg(server, user);
        break;
    case ConnectReason::NoDatabase:
        sentence = Database::tr("The team server %1 has no database “%2”: check the address, or ask its "
                                "administrator to create it and run “lectern server init”.")
                       .arg(server, location.databaseName());
        break;
    case ConnectReason::NoAccess:
        sentence = Database::tr("The team server %1 does not let the user %2 connect to the database “%3”: ask "
                                "its administrator for access.")
                       .arg(server, user, location.databaseName());
        break;
    case ConnectReason::Tls:
        sentence = Database::tr("The secure (TLS) connection to the team server %1 failed: check the sslmode of "
                                "the address and the server's certificate.")
                       .arg(server);
        break;
    case ConnectReason::Unreachable:
        sentence = Database::tr("The team server %1 cannot be reached: it may be stopped or restarting, or the "
                                "network or the address may be wrong.")
                       .arg(server);
        break;
    }
    const QString trimmed = detail.simplified();
    return trimmed.isEmpty() ? sentence : sentence + QStringLiteral(" (") + trimmed + QLatin1Char(')');
}

bool PostgresBackend::openConnection(const QString &name, QString *error, bool *unreachable)
{
    QString detail;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
        const QMap<QString, QString> options = m_location.options();
        db.setHostName(options.value(QStringLiteral("host"), m_location.host()));
        if (m_location.port() > 0)
            db.setPort(m_location.port());
        db.setDatabaseName(m_location.databaseName());
        db.setUserName(m_location.userName());
        // Only a password the user typed in this session (memory only); else libpq finds it
        // (~/.pgpass, PGPASSFILE, PGPASSWORD).
        if (const QString typed = Database::sessionPassword(m_location); !typed.isEmpty())
            db.setPassword(typed);
        QStringList connect;
        if (!options.contains(QStringLiteral("connect_timeout")))
            connect << QStringLiteral("connect_timeout=10");
        if (!options.contains(QStringLiteral("application_name")))
            connect << QStringLiteral("application_name=lectern");
        for (const QString &key : kPassedOptions) {
            if (options.contains(key))
                connect << key + QLatin1Char('=') + conninfoValue(options.value(key));
        }
        db.setConnectOptions(connect.join(QLatin1Char(';')));
        ok = db.open();
        if (!ok) {
            detail = db.lastError().databaseText();
            if (detail.trimmed().isEmpty())
                detail = db.lastError().text();
            qCInfo(lcStorage) << "connecting to" << m_location.displayName() << "failed:" << detail.simplified();
        } else {
            QSqlQuery q(db);
            // The server's notices ("is not a member of role…") are not for the user's terminal.
            ok = q.exec(QStringLiteral("SET lock_timeout = '10s'")) && q.exec(QStringLiteral("SET client_min_messages = error"));
            if (ok && m_readOnly)
                ok = q.exec(QStringLiteral("SET default_transaction_read_only = on"));
            if (!ok)
                detail = q.lastError().text();
        }
    }
    if (ok)
        return true;
    drop(name);
    if (contains(detail, "no password supplied"))
        Database::setLastOpenFailure(Database::OpenFailure::PasswordNeeded);
    else if (contains(detail, "password authentication failed"))
        Database::setLastOpenFailure(Database::OpenFailure::PasswordRefused);
    else
        Database::setLastOpenFailure(Database::OpenFailure::Other);
    *error = connectionMessage(m_location, detail);
    *unreachable = connectReason(detail) == ConnectReason::Unreachable;
    return false;
}

bool PostgresBackend::readFormat(QSqlDatabase &, bool, int *legacyVersion, QString *)
{
    *legacyVersion = 0; // a server never had the single-number SQLite format
    return true;
}

bool PostgresBackend::writeFormat(QSqlDatabase &, QString *)
{
    return true;
}

bool PostgresBackend::checkIntegrity(QSqlDatabase &connection, QString *report)
{
    // The server checks its own pages; this only proves the connection answers.
    QSqlQuery q(connection);
    const bool ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
    if (report)
        *report = ok ? QStringLiteral("ok") : q.lastError().text();
    return ok;
}

qint64 PostgresBackend::changeCounter(QSqlDatabase &)
{
    return -1; // the server notifies instead (LISTEN/NOTIFY)
}

} // namespace Lectern::Core
