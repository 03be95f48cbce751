#include "storage/sqlitebackend.h"

#include "storage/database.h"
#include "storage/sqliteformat.h"
#include "storage/storagelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Lectern::Core {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

void drop(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool pragma(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// -1: the file cannot be read (not a database, or a WAL file one cannot share).
int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace

SqliteBackend::SqliteBackend(const DatabaseLocation &location, bool readOnly)
    : m_location(location)
    , m_readOnly(readOnly)
{
}

bool SqliteBackend::prepare(QString *error)
{
    const QString path = m_location.displayName();
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        *error = Database::tr("Cannot open the database %1: the Qt SQLite driver (QSQLITE) is not installed.").arg(path);
        return false;
    }
    if (m_location.isMemory())
        return true;
    const QFileInfo info(m_location.filePath());
    if (m_readOnly && !info.isFile()) {
        *error = Database::tr("Cannot open the database %1: the file does not exist.").arg(path);
        return false;
    }
    if (!m_readOnly && !QDir().mkpath(info.absolutePath())) {
        *error = Database::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    m_created = !info.exists();
    return true;
}

bool SqliteBackend::open(QSqlDatabase &db, bool immutable, QString *error)
{
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000")};
    if (m_readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(m_location.filePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_location.filePath());
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open())
        return true;
    *error = db.lastError().text();
    return false;
}

bool SqliteBackend::openConnection(const QString &name, QString *error, bool *unreachable)
{
    *unreachable = false; // a file is there or not: nothing to wait for
    const QString path = m_location.displayName();
    QString detail;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
        {
            QMutexLocker lock(&m_mutex);
            const bool first = !m_decided;
            m_decided = true;
            ok = open(db, m_immutable, &detail);
            if (ok && first && m_readOnly && !m_location.isMemory()) {
                // A WAL database in a folder one may not write has no -shm to share: with no
                // -wal either, everything is in the file itself, and it is read as immutable.
                const QFileInfo wal(m_location.filePath() + QStringLiteral("-wal"));
                if (userVersion(db) < 0 && !(wal.exists() && wal.size() > 0)) {
                    db.close();
                    m_immutable = true;
                    ok = open(db, true, &detail);
                    qCInfo(lcStorage) << "opened" << path << "as an immutable file (its folder is read-only)";
                }
            }
            if (ok && first && m_created) // the reviews are the editor's: not for other users of the machine
                QFile::setPermissions(m_location.filePath(), QFile::ReadOwner | QFile::WriteOwner);
        }
        if (ok && userVersion(db) < 0) {
            ok = false;
            detail = Database::tr("it is not an SQLite database");
        }
        // WAL lets a second window read while this one writes; FULL sync makes each committed
        // transaction durable even if the machine loses power right after. Read-only writes
        // nothing, not even the journal mode.
        if (ok && !m_readOnly && !m_location.isMemory())
            ok = pragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), &detail)
                && pragma(db, QStringLiteral("PRAGMA synchronous=FULL"), &detail);
        if (ok)
            ok = pragma(db, QStringLiteral("PRAGMA foreign_keys=ON"), &detail);
    }
    if (ok)
        return true;
    drop(name);
    *error = Database::tr("Cannot open the database %1: %2").arg(path, detail);
    return false;
}

bool SqliteBackend::readFormat(QSqlDatabase &connection, bool hasMigrationTable, int *legacyVersion, QString *error)
{
    *legacyVersion = 0;
    const int version = userVersion(connection);
    if (version < 0) {
        *error = Database::tr("Cannot read the version of the database %1.").arg(m_location.displayName());
        return false;
    }
    if (version == SqliteFormat::moduleVersions) {
        if (hasMigrationTable)
            return true;
        *error = Database::tr("The database %1 is damaged: its table of schema versions is missing.")
                     .arg(m_location.displayName());
        return false;
    }
    if (version <= SqliteFormat::lastLegacyUserVersion && !hasMigrationTable) {
        *legacyVersion = version;
        return true;
    }
    *error = Database::tr("The database %1 was written by a newer Lectern (storage format %2, unknown to this "
                          "version).")
                 .arg(m_location.displayName())
                 .arg(version);
    return false;
}

bool SqliteBackend::writeFormat(QSqlDatabase &connection, QString *error)
{
    return pragma(connection, QStringLiteral("PRAGMA user_version=%1").arg(SqliteFormat::moduleVersions), error);
}

bool SqliteBackend::checkIntegrity(QSqlDatabase &connection, QString *report)
{
    QSqlQuery q(connection);
    QStringList lines;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        lines << q.lastError().text();
    while (q.next())
        lines << q.value(0).toString();
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

qint64 SqliteBackend::changeCounter(QSqlDatabase &connection)
{
    QSqlQuery q(connection);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace Lectern::Core
