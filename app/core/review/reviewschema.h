#pragma once

#include "storage/databaselocation.h"
#include "storage/migration.h"

namespace Lectern::Core::ReviewSchema {

// The review module's tables (articles, article_versions, annotations, annotation_tags,
// replies), as steps for Database::migrate(). Times are ISO 8601 UTC with milliseconds; offsets
// are code points of the NFC text. Released steps never change: a new schema is a new step.
inline constexpr auto module = "review";
QList<Migration> migrations();
inline int latestVersion() { return int(migrations().size()); }

// The same module on a PostgreSQL team server (reviewserverschema.cpp): the tables above with
// identity keys, plus a `version` on every shared row (raised by a trigger on each change), the
// `owner` (database role) of each comment and reply, annotation_conflicts (saves refused as
// conflicts), the group roles lectern_reviewer < lectern_editor < lectern_admin, their GRANTs
// and row-level security: a reviewer changes or deletes only the comments and replies they own,
// an editor changes anyone's comment (status, assignment, corrections) and the review state.
// Applied only by `lectern server init` (a shared server is never migrated on open).
QList<Migration> serverMigrations();
inline int latestServerVersion() { return int(serverMigrations().size()); }
QList<Migration> migrationsFor(DatabaseLocation::Backend backend);

// The group roles of a team server, by the name `lectern server grant` takes.
inline constexpr auto reviewerRole = "lectern_reviewer";
inline constexpr auto editorRole = "lectern_editor";
inline constexpr auto adminRole = "lectern_admin";

} // namespace Lectern::Core::ReviewSchema
