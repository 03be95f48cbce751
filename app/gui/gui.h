#pragma once

#include <QStringList>

namespace Lectern::Gui {

class MainWindow;
class SingleInstance;

// Organization/application name, domain and version: used by QSettings and QStandardPaths.
void setApplicationIdentity();

// Parses the GUI command line (--help, --version, --lang, FILE...), creates the QApplication,
// the translators and the main window, and runs the event loop. Returns the exit code.
// commands: the command-line verbs (main() passes Cli::verbs()), named in --help and when a bare
// word is neither a file nor a verb; the GUI does not link the CLI.
int runGui(int &argc, char **argv, const QStringList &commands);

// What the running instance does with another launch's request: opens its files in tabs (or
// shows the tab of one open already) and comes to the front.
void receiveLaunches(SingleInstance *instance, MainWindow *window);

} // namespace Lectern::Gui
