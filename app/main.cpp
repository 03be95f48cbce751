// Lectern's entry point: application identity, then either a command-line verb or the GUI.
#include "cli.h"
#include "gui.h"
#include "render/bundledfonts.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    Lectern::Gui::setApplicationIdentity();

    if (argc > 1 && Lectern::Cli::isVerb(QString::fromLocal8Bit(argv[1]))) {
        // Verbs render text (PDF, QR) and need a QGuiApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Lectern::Gui::setApplicationIdentity();
        Lectern::Core::BundledFonts::ensureRegistered(); // the printout's faces, as in the GUI
        return Lectern::Cli::run(QGuiApplication::arguments().mid(1));
    }
    return Lectern::Gui::runGui(argc, argv, Lectern::Cli::verbs());
}
