#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Lectern::Core {

// One step of a module's schema. Each module that owns tables (review, library…) keeps the list
// of its own steps, numbered 1, 2, 3… in order, and passes it to Database::migrate() when it
// opens the database; Database records what is applied in schema_migrations(module, version,
// description, applied). A released step never changes: a new schema is a new step.
//
// A step runs inside one transaction together with its schema_migrations row: it is applied
// whole or not at all. `statements` run first, in order, then `run` (when set) on the same
// connection; `run` returns false and sets *error to fail the step.
struct Migration
{
    QString module;       // "review", "library": the owner of the tables
    int version = 0;      // 1-based, consecutive within the module
    QString description;  // one line, for schema_migrations and the log
    QStringList statements;
    std::function<bool(QSqlDatabase &connection, QString *error)> run;
    // SQLite files written before per-module versions kept one number for everything in
    // PRAGMA user_version (1–3). The user_version from which this step was already part of such a
    // file, so that it is recorded as applied instead of run again; 0: it never was.
    int legacyUserVersion = 0;
};

// A row of schema_migrations.
struct AppliedMigration
{
    QString module;
    int version = 0;
    QString description;
    QString applied; // ISO 8601 UTC
    friend bool operator==(const AppliedMigration &, const AppliedMigration &) = default;
};

} // namespace Lectern::Core
