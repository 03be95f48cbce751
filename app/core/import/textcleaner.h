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
    // words, tone placement kept), invisible characters (ZWSP, ZWJ/ZWNJ, soft hyphen, BOM, word
    // joiner) removed, every run of white space (NBSP, tabs, line breaks) folded to one space, trimmed.
    static QString cleanLine(QStringView text);

    // Splits on any line break (\n, \r\n, \r, U+2028, U+2029, form feed). Lines are not cleaned.
    static QStringList splitLines(const QString &text);

    // True when the line has no visible character.
    static bool isBlank(QStringView text);
};

} // namespace Lectern::Core
