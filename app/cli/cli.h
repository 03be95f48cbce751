#pragma once

#include <QStringList>

namespace Lectern::Cli {

// The command-line verbs (`lectern extract|pdf|qr|annotations …`).
// isVerb() tells main() whether the first argument selects a verb; run() executes it and returns
// the process exit code (0 success, 1 a file failed, 2 usage error). Messages go to stderr, one line each.
bool isVerb(const QString &word);
QStringList verbs();
int run(const QStringList &arguments); // arguments[0] is the verb

} // namespace Lectern::Cli
