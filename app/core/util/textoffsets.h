#pragma once

#include <QList>
#include <QString>

namespace Lectern::Core {

// The one place where QString UTF-16 indices and Unicode code-point offsets meet.
// Exports (JSON, W3C selectors) count code points; everything inside Qt counts UTF-16 units.
// The class is built once per text and answers in O(log n) (or O(1) for BMP-only text).
class TextOffsets final
{
public:
    explicit TextOffsets(const QString &text);

    // UTF-16 index -> code point offset. An index inside a surrogate pair maps to its code point.
    qsizetype toCodePoint(qsizetype utf16Index) const;
    // Code point offset -> UTF-16 index. Out-of-range offsets clamp to the text's ends.
    qsizetype toUtf16(qsizetype codePoint) const;

    qsizetype codePointLength() const { return m_codePoints; }
    qsizetype utf16Length() const { return m_utf16Length; }

    // Convenience for one-off conversions.
    static qsizetype codePointCount(QStringView text);

private:
    QList<qsizetype> m_astralUtf16; // UTF-16 index of the high surrogate of each astral char, ascending
    qsizetype m_utf16Length = 0;
    qsizetype m_codePoints = 0;
};

} // namespace Lectern::Core
