#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern server SUBCOMMAND --db postgresql://user@host:port/database` administers a team
// server (ReviewServer), connecting as the address's user (password from ~/.pgpass or PGPASSWORD):
//   init                               creates the review schema, the roles lectern_reviewer,
//                                      lectern_editor, lectern_admin and their row-level security,
//                                      or migrates an older schema (a newer one is refused)
//   grant USER reviewer|editor|admin   makes the server user USER a member of that role only
// Exit 0 on success, 1 when the server refused or failed, 2 on usage errors.
int runServer(const QStringList &arguments);

} // namespace Lectern::Cli
