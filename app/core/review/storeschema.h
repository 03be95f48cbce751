#pragma once

#include <QStringList>

namespace Lectern::Core::StoreSchema {

// The SQL statements that bring the review database from version `to - 1` to version `to`
// (1 = the first schema). Empty for unknown versions. Later features (the library: article
// lists, FTS5 search, cross-article entities) add versions here; existing ones never change.
QStringList migration(int to);

} // namespace Lectern::Core::StoreSchema
