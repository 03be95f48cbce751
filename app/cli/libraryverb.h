#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern library SUBCOMMAND …` over the library in the review database
// (Settings::databasePath(), or --db PATH):
//   add PATH…                 import files and folders (recursively); unchanged files are skipped;
//                             one line per file ("added", "updated", "unchanged"), errors on stderr
//   search QUERY [--json] [--limit N]
//                             ranked full-text search ignoring diacritics, tone placement and đ/d;
//                             "quoted phrases", word* prefixes, OR; --json prints an array with
//                             snippet highlights in code points
//   list [--state draft|in-review|approved] [--site S] [--tag T] [--json]
//   export FILE | import FILE | vacuum
// Exit 0 on success, 1 when a file or the database failed, 2 on usage errors.
int runLibrary(const QStringList &arguments);

} // namespace Lectern::Cli
