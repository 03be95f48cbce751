#include "storage/database.h"

#include "storage/databasebackend.h"
#include "storage/storagelog.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <list>

namespace Lectern::Core {

namespace {

// The passwords typed for team servers (Database::setSessionPassword), in memory only.
struct SessionPasswords
{
    QMutex mutex;
    QHash<QString, QString> byServer;
};

SessionPasswords &sessionPasswords()
{
    static SessionPasswords passwords;
    return passwords;
}

QString passwordKey(const DatabaseLocation &location)
{
    const QString host = location.options().value(QStringLiteral("host"), location.host());
    return QStringList{host, QString::number(location.port()), location.databaseName(), location.userName()}.join(
        QChar(0x1f));
}

thread_local Database::OpenFailure t_openFailure = Database::OpenFailure::None;

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

// The connections of one Database, across threads.
struct Database::Registry
{
    QMutex mutex;
    QStringList names;
    int counter = 0;
};

// One thread's connection of one Database.
struct Database::ThreadState
{
    std::weak_ptr<Registry> registry;
    QString name;   // empty until the connection is opened
    int depth = 0;  // transaction nesting
    QString error;
    Failure failure = Failure::Other;
};

// Every Database's state on one thread; on thread exit its connections are removed.
struct Database::ThreadStates
{
    std::list<ThreadState> entries; // stable references

    ~ThreadStates()
    {
        for (const ThreadState &entry : entries) {
            const std::shared_ptr<Registry> registry = entry.registry.lock();
            if (!registry || entry.name.isEmpty())
                continue; // the Database is gone and removed its connections itself
            QMutexLocker lock(&registry->mutex);
            if (registry->names.removeOne(entry.name))
                dropConnection(entry.name);
        }
    }
};

Database::Database(const DatabaseLocation &location, bool readOnly, std::unique_ptr<DatabaseBackend> backend)
    : m_location(location)
    , m_readOnly(readOnly)
    , m_backend(std::move(backend))
    , m_namePrefix(QStringLiteral("lectern-db-%1-").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_registry(std::make_shared<Registry>())
    , m_schemaChangesAllowed(m_backend->migratesOnOpen())
{
}

Database::~Database()
{
    QMutexLocker lock(&m_registry->mutex);
    for (const QString &name : std::as_const(m_registry->names))
        dropConnection(name);
    m_registry->names.clear();
}

std::shared_ptr<Database> Database::open(const QString &location, Access access, QString *error, Failure *failure)
{
    if (failure)
        *failure = Failure::Other;
    QString detail;
    const auto parsed = DatabaseLocation::parse(location, &detail);
    if (!parsed) {
        if (error)
            *error = detail;
        return nullptr;
    }
    return open(*parsed, access, error, failure);
}

void Database::setSessionPassword(const DatabaseLocation &location, const QString &password)
{
    SessionPasswords &passwords = sessionPasswords();
    QMutexLocker lock(&passwords.mutex);
    if (password.isEmpty())
        passwords.byServer.remove(passwordKey(location));
    else
        passwords.byServer.insert(passwordKey(location), password);
}

bool Database::hasSessionPassword(const DatabaseLocation &location)
{
    SessionPasswords &passwords = sessionPasswords();
    QMutexLocker lock(&passwords.mutex);
    return passwords.byServer.contains(passwordKey(location));
}

QString Database::sessionPassword(const DatabaseLocation &location)
{
    SessionPasswords &passwords = sessionPasswords();
    QMutexLocker lock(&passwords.mutex);
    return passwords.byServer.value(passwordKey(location));
}

Database::OpenFailure Database::lastOpenFailure()
{
    return t_openFailure;
}

void Database::setLastOpenFailure(OpenFailure failure)
{
    t_openFailure = failure;
}

std::shared_ptr<Database> Database::open(const DatabaseLocation &location, Access access, QString *error,
                                          Failure *failure)
{
    t_openFailure = OpenFailure::Other;
    if (failure)
        *failure = Failure::Other;
    const bool readOnly = access == Access::ReadOnly;
    QString detail;
    std::unique_ptr<DatabaseBackend> backend = DatabaseBackend::create(location, readOnly, &detail);
    if (!backend || !backend->prepare(&detail)) {
        qCWarning(lcStorage) << detail;
        if (error)
            *error = detail;
        return nullptr;
    }
    std::shared_ptr<Database> db(new Database(location, readOnly, std::move(backend)));
    if (!db->connection().isValid()) {
        if (error)
            *error = db->errorString();
        if (failure)
            *failure = db->lastFailure();
        return nullptr;
    }
    qCDebug(lcStorage) << "opened" << db->displayName() << (readOnly ? "read-only" : "read-write");
    t_openFailure = OpenFailure::None;
    return db;
}

Database::ThreadState &Database::state() const
{
    thread_local ThreadStates states;
    std::list<ThreadState> &entries = states.entries;
    for (auto it = entries.begin(); it != entries.end();) {
        if (!it->registry.owner_before(m_registry) && !m_registry.owner_before(it->registry))
            return *it;
        it = it->registry.expired() ? entries.erase(it) : std::next(it);
    }
    entries.push_back(ThreadState{m_registry, {}, 0, {}, Failure::Other});
    return entries.back();
}

bool Database::fail(const QString &message) const
{
    state().error = message;
    qCWarning(lcStorage) << message;
    return false;
}

void Database::clearError() const
{
    state().error.clear();
}

QSqlDatabase Database::connection() const
{
    ThreadState &s = state();
    if (!s.name.isEmpty())
        return QSqlDatabase::database(s.name, false);
    QString name;
    {
        QMutexLocker lock(&m_registry->mutex);
        name = m_namePrefix + QString::number(++m_registry->counter);
    }
    QString error;
    bool unreachable = false;
    if (!m_backend->openConnection(name, &error, &unreachable)) {
        fail(error);
        s.failure = unreachable ? Failure::ConnectionLost : Failure::Other;
        return {};
    }
    {
        QMutexLocker lock(&m_registry->mutex);
        m_registry->names.append(name);
    }
    s.name = name;
    return QSqlDatabase::database(name, false);
}

QString Database::connectionName() const
{
    return state().name;
}

int Database::connectionCount() const
{
    QMutexLocker lock(&m_registry->mutex);
    return int(m_registry->names.size());
}

QString Database::errorString() const
{
    return state().error;
}

bool Database::exec(const QString &sql)
{
    QSqlDatabase db = connection();
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        // QPSQL closes a connection the server dropped: the next statement fails with no error.
        const Failure failure = db.isOpen() ? classify(q.lastError()) : Failure::ConnectionLost;
        fail(tr("A statement on the database %1 failed: %2").arg(displayName(), q.lastError().text()));
        state().failure = failure;
        return false;
    }
    state().failure = Failure::Other;
    return true;
}

Database::Failure Database::lastFailure() const
{
    return state().failure;
}

bool Database::begin()
{
    ThreadState &s = state();
    if (s.depth > 0) {
        ++s.depth;
        return true;
    }
    if (!exec(m_backend->beginStatement()))
        return false;
    s.depth = 1;
    return true;
}

bool Database::commit()
{
    ThreadState &s = state();
    if (s.depth > 1) {
        --s.depth;
        return true;
    }
    if (s.depth == 0)
        return fail(tr("A statement on the database %1 failed: %2").arg(displayName(), tr("no transaction to commit")));
    if (exec(QStringLiteral("COMMIT"))) {
        s.depth = 0;
        return true;
    }
    rollback();
    return false;
}

void Database::rollback()
{
    // Any failure undoes the whole (outer) transaction; the outer levels' commit() then fails.
    ThreadState &s = state();
    if (s.depth == 0)
        return;
    s.depth = 0;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Database::inTransaction() const
{
    return state().depth > 0;
}

bool Database::transaction(const std::function<bool()> &work)
{
    if (!begin())
        return false;
    if (!work()) {
        rollback();
        return false;
    }
    return commit();
}

Database::Failure Database::classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLSTATE classes (PostgreSQL; QSQLITE reports its own numeric codes, none of these).
    if (code == QStringLiteral("42501"))
        return Failure::PermissionDenied;
    if (code == QStringLiteral("40001") || code == QStringLiteral("40P01") || code == QStringLiteral("55P03"))
        return Failure::Concurrency;
    if (code.startsWith(QStringLiteral("08")) || code.startsWith(QStringLiteral("57P")))
        return Failure::ConnectionLost;
    const QString text = error.databaseText();
    if (error.type() == QSqlError::ConnectionError || text.contains(QStringLiteral("server closed the connection"))
        || text.contains(QStringLiteral("no connection to the server")))
        return Failure::ConnectionLost;
    if (text.contains(QStringLiteral("permission denied")) || text.contains(QStringLiteral("row-level security")))
        return Failure::PermissionDenied;
    return Failure::Other;
}

bool Database::checkIntegrity(QString *report) const
{
    QSqlDatabase db = connection();
    if (!db.isValid()) {
        if (report)
            *report = errorString();
        return false;
    }
    return m_backend->checkIntegrity(db, report);
}

qint64 Database::changeCounter() const
{
    QSqlDatabase db = connection();
    return db.isValid() ? m_backend->changeCounter(db) : -1;
}

} // namespace Lectern::Core
