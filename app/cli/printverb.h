#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern print FILE --printer NAME [--annotations] [--end-notes] [--no-highlights] [--grayscale]
// [--paper A4|Letter] [--db PATH]`: the editorial printout of one article on a system printer (CUPS
// on Linux), through QPrinter in native format and the same PrintRenderer as `lectern pdf`.
// Exit 0 the job was handed to the print system, 1 failed (unknown printer, file, database), 2 usage.
int runPrint(const QStringList &arguments);

} // namespace Lectern::Cli
