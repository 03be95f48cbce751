#pragma once

#include <QFont>
#include <QStringList>

namespace Lectern::Core {

// The faces Lectern ships as resources (:/fonts, from Debian's fonts-noto-core and fonts-noto-mono,
// SIL Open Font License 1.1, resources/fonts/OFL.txt): Noto Serif for the body, Noto Sans for the
// printout's header, footer, legend and notes, Noto Sans Mono for the content hash. The printout
// and the reader use only these families, so a PDF never depends on the fonts a machine has.
class BundledFonts final
{
public:
    // Registers every bundled face with QFontDatabase once per process (later calls return the
    // first result at once). Needs a QGuiApplication. main() calls it at start-up; the render path
    // calls it too, so tests and other users of the core need not. Thread-safe.
    // False when a face could not be loaded (then Qt substitutes a system font).
    static bool ensureRegistered();

    // The resource paths of the bundled faces (":/fonts/NotoSerif-Regular.ttf", ...); each file is
    // named after the face's PostScript name, the name a PDF's font dictionary carries.
    static QStringList files();
    static QStringList postScriptNames();

    static QString serifFamily(); // "Noto Serif"
    static QString sansFamily();  // "Noto Sans"
    static QString monoFamily();  // "Noto Sans Mono"

    // A font of that family at pointSize, with the bundled fonts registered first.
    static QFont serif(qreal pointSize);
    static QFont sans(qreal pointSize, bool bold = false);
    static QFont mono(qreal pointSize);
};

} // namespace Lectern::Core
