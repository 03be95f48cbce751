#pragma once

#include <QStringList>

namespace Lectern::Gui {

// Organization/application name, domain and version: used by QSettings and QStandardPaths.
void setApplicationIdentity();

// Parses the GUI command line (--help, --version, --lang, FILE...), creates the QApplication,
// the translators and the main window, and runs the event loop. Returns the exit code.
// commands: the command-line verbs, for --help and the "unknown command" hint (main() passes
// Cli::verbs(); the GUI does not link the CLI).
int runGui(int &argc, char **argv, const QStringList &commands);

} // namespace Lectern::Gui
