#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern pdf FILE... -o OUT.pdf|DIR [--no-highlights] [--annotations] [--appendix] [--paper A4|Letter]
// [--grayscale]`: the editorial printout of each article as PDF, all in one process. One progress
// line per file on stderr. With several files, or when OUT is a directory, each PDF is DIR/NAME.pdf.
// Exit 0 all written, 1 any file failed (the others are still written), 2 usage error.
int runPdf(const QStringList &arguments);

} // namespace Lectern::Cli
