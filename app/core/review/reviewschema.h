#pragma once

#include "storage/migration.h"

namespace Lectern::Core::ReviewSchema {

// The review module's tables (articles, article_versions, annotations, annotation_tags,
// replies), as steps for Database::migrate(). Times are ISO 8601 UTC with milliseconds; offsets
// are code points of the NFC text. Released steps never change: a new schema is a new step.
inline constexpr auto module = "review";
QList<Migration> migrations();
inline int latestVersion() { return int(migrations().size()); }

} // namespace Lectern::Core::ReviewSchema
