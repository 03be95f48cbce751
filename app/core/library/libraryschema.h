#pragma once

#include "storage/migration.h"

namespace Lectern::Core::LibrarySchema {

// The library module's tables (library_articles, library_fts, library_entities,
// library_mentions and the triggers that mark an article's comment index stale), as steps for
// Database::migrate(). They refer to the review module's articles and annotations, so the review
// steps run first: withDependencies() is the list a LibraryStore migrates.
inline constexpr auto module = "library";
QList<Migration> migrations();
QList<Migration> withDependencies();
inline int latestVersion() { return int(migrations().size()); }

} // namespace Lectern::Core::LibrarySchema
