#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern library SUBCOMMAND …` over the library in the review database
// (Settings::databasePath(), or --db PATH):
//   add PATH… [--progress]    import files and folders (recursively) on every core, committed in
//                             batches; unchanged files are skipped, so a run that was interrupted
//                             resumes; one line per file once committed ("added", "updated",
//                             "unchanged"), errors on stderr; exit 130 when interrupted (Ctrl+C)
//   reindex [--progress]      re-read the articles another extractor or model read (newest first)
//   search QUERY [--json] [--limit N]
//                             ranked full-text search ignoring diacritics, tone placement and đ/d;
//                             "quoted phrases", word* prefixes, OR; --json prints an array with
//                             snippet highlights in code points
//   list [--state draft|in-review|approved] [--site S] [--tag T] [--json]
//   export FILE | import FILE | vacuum
// Exit 0 on success, 1 when a file or the database failed, 2 on usage errors.
int runLibrary(const QStringList &arguments);

} // namespace Lectern::Cli
