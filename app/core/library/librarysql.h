#pragma once

#include "library/librarytypes.h"

class QSqlQuery;

// Internal to the library module: the SELECT list of a LibraryEntry and its reader, shared by
// the LibraryStore source files. "a" is articles, "l" library_articles.
namespace Lectern::Core::LibrarySql {

extern const char *const entryColumns;
constexpr int entryColumnCount = 12; // the first column after entryColumns
LibraryEntry readEntry(const QSqlQuery &query);

} // namespace Lectern::Core::LibrarySql
