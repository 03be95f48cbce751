#include "storage/databasebackend.h"

#include "storage/database.h"
#include "storage/postgresbackend.h"
#include "storage/sqlitebackend.h"

namespace Lectern::Core {

std::unique_ptr<DatabaseBackend> DatabaseBackend::create(const DatabaseLocation &location, bool readOnly, QString *error)
{
    switch (location.backend()) {
    case DatabaseLocation::Backend::Sqlite:
        return std::make_unique<SqliteBackend>(location, readOnly);
    case DatabaseLocation::Backend::PostgreSql:
        return std::make_unique<PostgresBackend>(location, readOnly);
    }
    *error = Database::tr("%1: unknown kind of database.").arg(location.displayName());
    return nullptr;
}

} // namespace Lectern::Core
