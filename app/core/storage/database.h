#pragma once

#include "storage/databaselocation.h"
#include "storage/migration.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Lectern::Core {

class DatabaseBackend;

// One database (an SQLite file, or a PostgreSQL team server: #17) and its connections. Every
// store of a database (AnnotationStore, LibraryStore…) works through one shared Database, so on
// one thread they use one connection and one transaction.
//
// Connections: one named QSqlDatabase per thread, opened on the thread's first use with the
// backend's settings (SQLite: WAL, synchronous=FULL, foreign keys, 10 s busy timeout; see
// SqliteBackend), removed when that thread ends or when the Database is destroyed, whichever
// comes first. Qt SQL connections may only be used on the thread that made them: connection()
// always returns the calling thread's own.
//
// Schema: each module migrates its own tables with a list of Migrations (migration.h); the
// applied steps are kept in schema_migrations. A database whose module is at a version newer
// than the steps this build has is refused, never touched. An SQLite file from before
// per-module versions (PRAGMA user_version 1–3) is adopted: its number is kept as the row
// ("legacy", N) and each module records the steps it already had (Migration::legacyUserVersion)
// when it first migrates, so a module registered later is adopted from the same number.
//
// Errors: functions return false / -1 / an invalid QSqlDatabase and set errorString(), a
// translated sentence that names the database (kept per thread, like the connection).
//
// Threading: open() and every member may be called from any thread. Destroy the Database once
// no other thread still uses it (the stores hold it by shared_ptr).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::Database)
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens the database at `location` (see DatabaseLocation::parse) and the calling thread's
    // connection. ReadWrite creates an SQLite file (and its folders) that does not exist yet.
    // ReadOnly writes nothing: no file, no journal change, no migration (migrate() then only
    // checks that the schema is current). nullptr and *error (translated) on failure; *failure
    // (when given) is ConnectionLost when a server could not be reached (worth trying again
    // later), else Other.
    enum class Failure;
    static std::shared_ptr<Database> open(const QString &location, Access access, QString *error,
                                          Failure *failure = nullptr);
    static std::shared_ptr<Database> open(const DatabaseLocation &location, Access access, QString *error,
                                          Failure *failure = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseLocation &location() const { return m_location; }
    DatabaseLocation::Backend backend() const { return m_location.backend(); }
    QString displayName() const { return m_location.displayName(); }
    bool isReadOnly() const { return m_readOnly; }

    // The calling thread's connection, opened now if it is the thread's first use; an invalid
    // QSqlDatabase (and errorString()) when it cannot be opened.
    QSqlDatabase connection() const;
    // The calling thread's connection name ("lectern-db-<uuid>-<n>"), empty before first use.
    QString connectionName() const;
    // How many threads have a connection open (tests, diagnostics).
    int connectionCount() const;

    // This thread's last error (empty after a success that cleared it: open, migrate).
    QString errorString() const;

    // Runs one statement on this thread's connection.
    bool exec(const QString &sql);

    // Write transactions on this thread's connection. Nested calls join the outermost one,
    // which alone commits; rollback() at any level undoes everything since the outermost
    // begin() and the outer levels' commit() then fail. SQLite takes the write lock at begin
    // (BEGIN IMMEDIATE): two writers wait (busy timeout) instead of deadlocking.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const;
    // begin(), work(), then commit(), or rollback() when work() returns false.
    bool transaction(const std::function<bool()> &work);

    // Brings the modules of `migrations` (each module's steps 1…n in order) up to date: the
    // steps not applied yet run in order, each in its own transaction with its
    // schema_migrations row; a failing step is rolled back whole and stops the migration
    // (errorString() names the module, the step and the reason). A module already at a version
    // above its last step is refused (a newer Lectern wrote it). Another process migrating at
    // the same time is waited for, and what it applied is not applied twice. Read-only: nothing
    // is written and a schema that is not current is refused.
    bool migrate(const QList<Migration> &migrations);
    // The module's version in this database: 0 for none, -1 on error.
    int moduleVersion(const QString &module) const;
    // schema_migrations, by module then version.
    QList<AppliedMigration> appliedMigrations() const;
    static constexpr auto migrationTable = "schema_migrations";
    // Whether migrate() may change the schema. An SQLite file is the user's own and is brought up
    // to date on open (the default: true); a shared PostgreSQL server is never migrated silently
    // (default: false): migrate() then only checks, and an older or newer schema is refused with
    // a sentence telling an administrator to run `lectern server init`, or the user to update.
    void setSchemaChangesAllowed(bool allowed) { m_schemaChangesAllowed = allowed; }
    bool schemaChangesAllowed() const { return m_schemaChangesAllowed; }

    // What a failed statement means, for a message of one's own (the driver's words are for the
    // log): the server refused it for lack of rights (PostgreSQL: GRANTs, row-level security), a
    // concurrent change won (serialization failure, deadlock), or the connection is gone (or
    // could not be made: the server is stopped, restarting or out of reach).
    enum class Failure { Other, PermissionDenied, Concurrency, ConnectionLost };
    static Failure classify(const QSqlError &error);
    // What this thread's last failed exec()/begin()/commit()/connection() meant (Other after a
    // success).
    Failure lastFailure() const;

    // The engine's structural check of the whole database (SQLite: PRAGMA integrity_check is
    // "ok"); *report gets what it said.
    bool checkIntegrity(QString *report = nullptr) const;
    // Changes whenever another connection commits (SQLite: PRAGMA data_version): cheap change
    // detection; -1 where the backend has none.
    qint64 changeCounter() const;

    // A team server's password the user typed (a prompt), for the connections opened from now
    // on to that server, database and user (the location's options do not matter). Kept in this
    // process's memory only: never written, never logged. Without one libpq looks in its usual
    // places (~/.pgpass, PGPASSFILE, PGPASSWORD). An empty password forgets it. Any thread.
    static void setSessionPassword(const DatabaseLocation &location, const QString &password);
    static bool hasSessionPassword(const DatabaseLocation &location);
    static QString sessionPassword(const DatabaseLocation &location); // the backends' (internal)
    // Why the calling thread's last failed open() (or first connection) failed, where the GUI
    // acts on it: the server wants a password and none was found (ask for one), or it refused the
    // one given (ask again). Other: any other reason (errorString() says it); None after success.
    enum class OpenFailure { None, PasswordNeeded, PasswordRefused, Other };
    static OpenFailure lastOpenFailure();
    static void setLastOpenFailure(OpenFailure failure); // the backends' (internal)

private:
    struct Registry;
    struct ThreadState;
    struct ThreadStates;
    Database(const DatabaseLocation &location, bool readOnly, std::unique_ptr<DatabaseBackend> backend);
    ThreadState &state() const;
    bool fail(const QString &message) const;
    void clearError() const;
    bool hasMigrationTable(QSqlDatabase &db) const;
    bool readVersions(const QList<Migration> &migrations, QHash<QString, int> *versions, bool *recorded) const;
    bool prepareBookkeeping(int *legacy);
    bool migrateModule(const QString &module, const QList<Migration> &steps, int legacy);
    int recordedVersion(const QString &module) const; // -1 on error

    const DatabaseLocation m_location;
    const bool m_readOnly;
    const std::unique_ptr<DatabaseBackend> m_backend;
    const QString m_namePrefix;
    std::shared_ptr<Registry> m_registry;
    std::atomic<bool> m_schemaChangesAllowed = true;
};

} // namespace Lectern::Core
