#include "storage/databasebackend.h"

#include "storage/database.h"
#include "storage/sqlitebackend.h"

namespace Lectern::Core {

std::unique_ptr<DatabaseBackend> DatabaseBackend::create(const DatabaseLocation &location, bool readOnly, QString *error)
{
    switch (location.backend()) {
    case DatabaseLocation::Backend::Sqlite:
        return std::make_unique<SqliteBackend>(location, readOnly);
    case DatabaseLocation::Backend::PostgreSql:
        break;
    }
    *error = Database::tr("%1: PostgreSQL servers are not supported by this version of Lectern yet.")
                 .arg(location.displayName());
    return nullptr;
}

} // namespace Lectern::Core
