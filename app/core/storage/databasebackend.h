#pragma once

#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Lectern::Core {

// Internal to the storage layer: what differs between SQL engines behind a Database. One
// instance per Database, read-only after prepare() (connections are opened from any thread).
// SQLite (SqliteBackend) and the PostgreSQL team server (PostgresBackend, #17).
class DatabaseBackend
{
public:
    virtual ~DatabaseBackend() = default;

    // The backend for a location, or nullptr and *error when this build cannot serve it.
    static std::unique_ptr<DatabaseBackend> create(const DatabaseLocation &location, bool readOnly, QString *error);

    // Once, before the first connection (driver present, file or folder made, …). The caller
    // opens the first connection right after, so a probe of the server can be left to it.
    virtual bool prepare(QString *error) = 0;
    // Adds and opens the named connection for the calling thread, with the session settings
    // applied (SQLite: pragmas); on failure nothing named `name` is left and *error says why;
    // *unreachable is set when the reason is that the server cannot be reached (stopped,
    // restarting, network gone: worth trying again later), not a refusal (password, rights).
    virtual bool openConnection(const QString &name, QString *error, bool *unreachable) = 0;
    // Opens a write transaction that takes its locks up front where the engine can.
    virtual QString beginStatement() const { return QStringLiteral("BEGIN"); }

    // What the database says about its format outside schema_migrations. *legacyVersion: the
    // single schema number of a database from before per-module versions (0: none). False and
    // *error when the format is one this build does not know (a newer Lectern's).
    virtual bool readFormat(QSqlDatabase &connection, bool hasMigrationTable, int *legacyVersion, QString *error) = 0;
    // Marks the database as using schema_migrations (in the transaction that creates it).
    virtual bool writeFormat(QSqlDatabase &connection, QString *error) = 0;

    // A structural check of the whole database; true where the engine has none.
    virtual bool checkIntegrity(QSqlDatabase &connection, QString *report) = 0;
    // A number that changes when another connection commits; -1 where the engine has none (a
    // server backend notifies instead).
    virtual qint64 changeCounter(QSqlDatabase &connection) = 0;
    // Whether an ordinary open brings the schema up to date (SQLite: the user's own file). A
    // shared server is only migrated on purpose (Database::setSchemaChangesAllowed()).
    virtual bool migratesOnOpen() const { return true; }
};

} // namespace Lectern::Core
