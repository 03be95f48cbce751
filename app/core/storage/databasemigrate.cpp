// Database: versioned migrations per module (schema_migrations).
#include "storage/database.h"

#include "storage/databasebackend.h"
#include "storage/storagelog.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Lectern::Core {

namespace {

const QString kLegacyModule = QStringLiteral("legacy");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool insertRow(QSqlDatabase &db, const QString &module, int version, const QString &description, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (module, version, description, applied) VALUES (?, ?, ?, ?)")
                  .arg(QLatin1String(Database::migrationTable)));
    q.addBindValue(module);
    q.addBindValue(version);
    q.addBindValue(description.isNull() ? QStringLiteral("") : description);
    q.addBindValue(nowIso());
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// The highest step of `steps` that a database of the given single schema number already holds.
int adoptedVersion(const QList<Migration> &steps, int legacy)
{
    int version = 0;
    for (const Migration &step : steps) {
        if (step.legacyUserVersion > 0 && step.legacyUserVersion <= legacy && step.version == version + 1)
            version = step.version;
    }
    return version;
}

} // namespace

bool Database::hasMigrationTable(QSqlDatabase &db) const
{
    return db.tables().contains(QLatin1String(migrationTable));
}

int Database::recordedVersion(const QString &module) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM %1 WHERE module = ?").arg(QLatin1String(migrationTable)));
    q.addBindValue(module);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    fail(tr("Cannot read the schema versions of the database %1: %2").arg(displayName(), q.lastError().text()));
    return -1;
}

int Database::moduleVersion(const QString &module) const
{
    QSqlDatabase db = connection();
    if (!db.isValid())
        return -1;
    if (!hasMigrationTable(db))
        return 0;
    return recordedVersion(module);
}

QList<AppliedMigration> Database::appliedMigrations() const
{
    QList<AppliedMigration> out;
    QSqlDatabase db = connection();
    if (!db.isValid() || !hasMigrationTable(db))
        return out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT module, version, description, applied FROM %1 ORDER BY module, version")
                    .arg(QLatin1String(migrationTable)))) {
        fail(tr("Cannot read the schema versions of the database %1: %2").arg(displayName(), q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

bool Database::readVersions(const QList<Migration> &migrations, QHash<QString, int> *versions, bool *recorded) const
{
    *recorded = false;
    QSqlDatabase db = connection();
    if (!db.isValid())
        return false;
    const bool hasTable = hasMigrationTable(db);
    int legacy = 0;
    QString error;
    if (!m_backend->readFormat(db, hasTable, &legacy, &error))
        return fail(error);
    if (hasTable) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT module, MAX(version) FROM %1 GROUP BY module").arg(QLatin1String(migrationTable))))
            return fail(tr("Cannot read the schema versions of the database %1: %2").arg(displayName(), q.lastError().text()));
        while (q.next())
            versions->insert(q.value(0).toString(), q.value(1).toInt());
        legacy = versions->value(kLegacyModule);
    }
    // A module not recorded yet in a database from before per-module versions: what adopting it
    // would record (read-only opens adopt nothing and read it as that version).
    QHash<QString, QList<Migration>> steps;
    for (const Migration &m : migrations)
        steps[m.module].append(m);
    *recorded = hasTable;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (versions->value(it.key()) == 0)
            *recorded = false;
        if (versions->value(it.key()) == 0 && legacy > 0)
            versions->insert(it.key(), adoptedVersion(it.value(), legacy));
    }
    return true;
}

bool Database::prepareBookkeeping(int *legacy)
{
    if (!begin())
        return false;
    QSqlDatabase db = connection();
    const bool hasTable = hasMigrationTable(db);
    QString error;
    auto abort = [&](const QString &message) {
        rollback();
        return fail(message);
    };
    if (!m_backend->readFormat(db, hasTable, legacy, &error))
        return abort(error);
    if (hasTable) {
        rollback(); // nothing written
        *legacy = recordedVersion(kLegacyModule);
        return *legacy >= 0;
    }
    const QString cannot = tr("Cannot prepare the database %1 for schema versions: %2");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE %1 ("
                               " module TEXT NOT NULL,"
                               " version INTEGER NOT NULL,"
                               " description TEXT NOT NULL,"
                               " applied TEXT NOT NULL,"
                               " PRIMARY KEY (module, version))")
                    .arg(QLatin1String(migrationTable))))
        return abort(cannot.arg(displayName(), q.lastError().text()));
    if (*legacy > 0
        && !insertRow(db, kLegacyModule, *legacy,
                      QStringLiteral("one schema version for every module, before per-module versions"), &error))
        return abort(cannot.arg(displayName(), error));
    if (!m_backend->writeFormat(db, &error))
        return abort(cannot.arg(displayName(), error));
    if (!commit())
        return false;
    if (*legacy > 0)
        qCInfo(lcStorage) << displayName() << "adopted from schema version" << *legacy;
    return true;
}

bool Database::migrateModule(const QString &module, const QList<Migration> &steps, int legacy)
{
    const int known = int(steps.size());
    const auto newer = [&](int version) {
        return fail(tr("The database %1 was written by a newer Lectern: its “%2” tables are at version %3, this "
                       "version knows up to %4.")
                        .arg(displayName(), module)
                        .arg(version)
                        .arg(known));
    };
    // Adopt what a database from before per-module versions already holds, then check.
    if (!begin())
        return false;
    int current = recordedVersion(module);
    if (current < 0) {
        rollback();
        return false;
    }
    if (current == 0 && legacy > 0) {
        current = adoptedVersion(steps, legacy);
        QSqlDatabase db = connection();
        QString error;
        for (int v = 1; v <= current; ++v) {
            if (!insertRow(db, module, v, steps.at(v - 1).description, &error)) {
                rollback();
                return fail(tr("Cannot record the schema versions of the database %1: %2").arg(displayName(), error));
            }
        }
    }
    if (current > known) {
        rollback();
        return newer(current);
    }
    if (!commit())
        return false;

    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        if (!begin())
            return false;
        // Another process may have applied it while we waited for the lock.
        const int now = recordedVersion(module);
        if (now < 0 || now >= step.version) {
            rollback();
            if (now < 0)
                return false;
            if (now > known)
                return newer(now);
            continue;
        }
        QSqlDatabase db = connection();
        QString error;
        bool ok = true;
        for (const QString &sql : step.statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                error = q.lastError().text();
                ok = false;
                break;
            }
        }
        if (ok && step.run)
            ok = step.run(db, &error);
        if (ok)
            ok = insertRow(db, module, step.version, step.description, &error);
        if (!ok) {
            rollback();
            return fail(tr("Cannot update the database %1: step %2 of the “%3” tables (%4) failed, nothing of it was "
                           "applied: %5")
                            .arg(displayName())
                            .arg(step.version)
                            .arg(module, step.description, error));
        }
        if (!commit())
            return false;
        qCInfo(lcStorage) << displayName() << "migrated" << module << "to version" << step.version;
    }
    return true;
}

bool Database::migrate(const QList<Migration> &migrations)
{
    // Each module's steps in version order; they must be numbered 1…n.
    QStringList modules;
    QHash<QString, QList<Migration>> steps;
    for (const Migration &m : migrations) {
        if (!steps.contains(m.module))
            modules.append(m.module);
        steps[m.module].append(m);
    }
    for (const QString &module : std::as_const(modules)) {
        QList<Migration> &list = steps[module];
        std::stable_sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).version != i + 1 || module.isEmpty() || module == kLegacyModule)
                return fail(tr("Internal error: the schema steps of “%1” are not numbered 1 to %2.")
                                .arg(module)
                                .arg(list.size()));
        }
    }
    // Read first: a current database (the usual case) is not locked for writing at all.
    QHash<QString, int> versions;
    bool recorded = false;
    if (!readVersions(migrations, &versions, &recorded))
        return false;
    bool current = true;
    for (const QString &module : std::as_const(modules)) {
        const int version = versions.value(module);
        const int known = int(steps.value(module).size());
        const bool server = backend() == DatabaseLocation::Backend::PostgreSql;
        if (version > known && server)
            return fail(tr("The team server %1 has a newer schema than this Lectern understands: its “%2” tables "
                           "are at version %3, this version knows up to %4. Update Lectern to work on it.")
                            .arg(displayName(), module)
                            .arg(version)
                            .arg(known));
        if (version > known)
            return fail(tr("The database %1 was written by a newer Lectern: its “%2” tables are at version %3, "
                           "this version knows up to %4.")
                            .arg(displayName(), module)
                            .arg(version)
                            .arg(known));
        if (version == 0 && server && !m_schemaChangesAllowed && !versions.isEmpty())
            return fail(tr("The team server %1 holds no “%2” tables: that part of Lectern is not kept on team servers "
                           "(use a local database file for it).")
                            .arg(displayName(), module));
        if (version == 0 && server && !m_schemaChangesAllowed)
            return fail(tr("The team server %1 has no Lectern tables yet: an administrator must run “lectern "
                           "server init --db %1” first.")
                            .arg(displayName()));
        if (version < known && server && !m_schemaChangesAllowed)
            return fail(tr("The team server %1 has an older schema: its “%2” tables are at version %3 and this "
                           "Lectern needs version %4. Nothing was changed; an administrator must run “lectern "
                           "server init --db %1” to update it.")
                            .arg(displayName(), module)
                            .arg(version)
                            .arg(known));
        if (version < known && m_readOnly)
            return fail(tr("The database %1 holds version %2 of the “%3” tables and this Lectern needs version "
                           "%4: open it once with write access to update it.")
                            .arg(displayName())
                            .arg(version)
                            .arg(module)
                            .arg(known));
        current = current && version == known;
    }
    if (m_readOnly || (current && recorded)) {
        clearError();
        return true;
    }
    int legacy = 0;
    if (!prepareBookkeeping(&legacy))
        return false;
    for (const QString &module : std::as_const(modules)) {
        if (!migrateModule(module, steps.value(module), legacy))
            return false;
    }
    clearError();
    return true;
}

} // namespace Lectern::Core
