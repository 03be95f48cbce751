#pragma once

#include "storage/databasebackend.h"

#include <QMutex>

#include <atomic>

namespace Lectern::Core {

// Internal: SQLite through Qt's QSQLITE driver.
// Every connection: busy timeout 10 s (a writer waits for another instead of failing), foreign
// keys on. Read-write: WAL journal (a second window or process reads while one writes) and
// synchronous=FULL (a committed transaction survives a power cut); a new file is made readable
// by its owner only (0600) and its folders are created. Read-only: SQLITE_OPEN_READONLY, nothing
// is written, not even the journal mode; a file in a folder one may not write (no -shm can be
// made) and with no -wal beside it is opened as an immutable file.
class SqliteBackend final : public DatabaseBackend
{
public:
    SqliteBackend(const DatabaseLocation &location, bool readOnly);

    bool prepare(QString *error) override;
    bool openConnection(const QString &name, QString *error, bool *unreachable) override;
    QString beginStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    bool readFormat(QSqlDatabase &connection, bool hasMigrationTable, int *legacyVersion, QString *error) override;
    bool writeFormat(QSqlDatabase &connection, QString *error) override;
    bool checkIntegrity(QSqlDatabase &connection, QString *report) override;
    qint64 changeCounter(QSqlDatabase &connection) override;

private:
    bool open(QSqlDatabase &db, bool immutable, QString *error);

    const DatabaseLocation m_location;
    const bool m_readOnly;
    QMutex m_mutex;                      // the first connection's decisions below
    bool m_decided = false;
    std::atomic<bool> m_immutable = false;
    bool m_created = false;              // the file did not exist before prepare()
};

} // namespace Lectern::Core
