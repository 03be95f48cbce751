#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern annotations SUBCOMMAND …` over the review database (Settings::databasePath(), or --db):
//   export FILE --format jsonld|csv|md [-o OUT]   the article's annotations (stdout without -o)
//   export FILE.docx --format docx -o OUT.docx    the draft with the annotations as Word comments
//                                                 (FILE.odt --format odt: OpenDocument annotations)
//   import FILE ANNOTATIONS.jsonld                W3C annotations into the database, re-anchored
//                                                 on FILE's text (upsert by id)
//   add FILE --start N --end N --comment TEXT [--tag T]… [--author NAME] [--repeat K]
//                                                 a comment on code points [N, N); each added id
//                                                 is printed after its transaction committed
//   list FILE                                     one JSON line per annotation
//   watch FILE [--count N] [--timeout S]          team server only: each change others commit to
//                                                 the article, as a JSON line, as it is announced
//   sync [--journal FILE]                         team server only: sends the offline journal; prints
//                                                 how many were sent, already there, conflicts,
//                                                 refused and pending; exit 0 only when none is left
// On a team server, `add` goes through the offline journal (--journal FILE, default: one per
// server in the data folder): while the server cannot be reached each comment is kept there
// durably, and its id printed once kept; the next add or sync sends the journal first, once.
// Exit 0 on success, 1 when a file or the database failed, 2 on usage errors.
int runAnnotations(const QStringList &arguments);

} // namespace Lectern::Cli
