#pragma once

#include "storage/databasebackend.h"

namespace Lectern::Core {

// Internal: a PostgreSQL server (the team server, #17) through Qt's QPSQL driver.
// The connection comes from the location: host (or ?host=/socket/folder), port, dbname, user and
// the libpq options Lectern passes on (sslmode, sslrootcert, sslcert, sslkey, connect_timeout,
// application_name, target_session_attrs). The password: one the user typed in this session
// (Database::setSessionPassword, memory only), else libpq reads it from ~/.pgpass (or
// PGPASSFILE) or PGPASSWORD, so nothing of it reaches Lectern's settings. Every
// connection: connect_timeout 10 s unless given (an unreachable server does not hang the caller),
// lock_timeout 10 s (a writer waits for another like SQLite's busy timeout, then fails cleanly);
// read-only: default_transaction_read_only, so the server itself refuses any write.
// Connection failures are translated sentences (wrong password, unknown user or database, no
// permission, server unreachable), the server's own words only after them.
class PostgresBackend final : public DatabaseBackend
{
public:
    PostgresBackend(const DatabaseLocation &location, bool readOnly);

    bool prepare(QString *error) override;
    bool openConnection(const QString &name, QString *error, bool *unreachable) override;
    bool readFormat(QSqlDatabase &connection, bool hasMigrationTable, int *legacyVersion, QString *error) override;
    bool writeFormat(QSqlDatabase &connection, QString *error) override;
    bool checkIntegrity(QSqlDatabase &connection, QString *report) override;
    qint64 changeCounter(QSqlDatabase &connection) override;
    // A shared server is migrated only by `lectern server init` (Database::setSchemaChangesAllowed).
    bool migratesOnOpen() const override { return false; }

    // The translated sentence for a failed connection to `location`, from libpq's message.
    static QString connectionMessage(const DatabaseLocation &location, const QString &libpqMessage);

private:
    const DatabaseLocation m_location;
    const bool m_readOnly;
};

} // namespace Lectern::Core
