#pragma once

namespace Lectern::Gui {

// Organization/application name, domain and version: used by QSettings and QStandardPaths.
void setApplicationIdentity();

// Parses the GUI command line (--help, --version, --lang, FILE...), creates the QApplication,
// the translators and the main window, and runs the event loop. Returns the exit code.
int runGui(int &argc, char **argv);

} // namespace Lectern::Gui
