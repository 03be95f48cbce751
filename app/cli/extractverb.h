#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern extract FILE...`: one JSON line per file (shared/eval/README.md contract).
// Exit 0 when every file was read, 1 when any failed (its line then carries "error"), 2 on usage errors.
int runExtract(const QStringList &arguments);

} // namespace Lectern::Cli
