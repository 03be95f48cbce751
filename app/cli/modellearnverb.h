#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern model learn --db DB [--base MODEL] [--epochs N] -o MODEL`: continues training the
// base model (the bundled one by default) on the entity corrections stored in a review
// database, one example per corrected article (its stored text with the names as corrected).
// Articles without stored text are reported on stderr and skipped. Exit 0 done, 1 failed
// (missing or unreadable database, malformed base, no corrections, unwritable output), 2 usage.
// arguments: "lectern model learn" first, then the options.
int runModelLearn(const QStringList &arguments);

} // namespace Lectern::Cli
