#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Lectern::Core {

// Text hygiene shared by every importer.
class TextCleaner final
{
public:
    // One block's text as Lectern shows it: TextFold::normalizeText (NFC, 'Ð' fixed in Vietnamese
    // words, tone placement kept), invisible characters (ZWJ/ZWNJ, soft hyphen, BOM, word
    // joiner) and bidi controls removed, a zero width space made a word break, every run of white space (NBSP, tabs, line breaks) folded to one space, trimmed.
    static QString cleanLine(QStringView text);

    // Splits on any line break (\n, \r\n, \r, U+2028, U+2029, form feed). Lines are not cleaned.
    static QStringList splitLines(const QString &text);

    // The explicit bidirectional formatting characters (embeddings, overrides, isolates, marks):
    // in a one-line field they reorder what is shown ("GNP.exe" shown as "exe.PNG").
    static bool isBidiControl(QChar c);

    // A one-line field from any file (title, site, author or other name): terminal escape
    // sequences removed whole, then cleanLine() (control characters and line breaks made spaces,
    // bidi controls removed). The same rule for every importer, review files and libraries.
    static QString cleanOneLine(QStringView text);

    // True when the line has no visible character.
    static bool isBlank(QStringView text);
};

} // namespace Lectern::Core
