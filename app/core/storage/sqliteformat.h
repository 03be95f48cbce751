#pragma once

// How a Lectern SQLite file says which storage format it has (PRAGMA user_version), for the
// code that reads such files without a Database (ForeignLibrary checks exported libraries):
// - 0: a new, empty file;
// - 1–3: written before per-module migrations, when one number covered every table (review 1,
//   review 2, then the library); Database::migrate() adopts such a file (Migration::legacyUserVersion);
// - moduleVersions: the versions are in schema_migrations. An older Lectern refuses such a file
//   as "written by a newer Lectern" instead of migrating it wrongly.
// Anything else was written by a newer Lectern and is refused.
namespace Lectern::Core::SqliteFormat {

inline constexpr int lastLegacyUserVersion = 3;
inline constexpr int moduleVersions = 100;

} // namespace Lectern::Core::SqliteFormat
