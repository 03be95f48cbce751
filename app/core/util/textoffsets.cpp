#include "util/textoffsets.h"

#include <algorithm>

namespace Lectern::Core {

TextOffsets::TextOffsets(const QString &text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_astralUtf16.append(i);
            ++i;
        }
    }
    m_codePoints = m_utf16Length - m_astralUtf16.size();
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16Length);
    // Every astral character whose high surrogate lies before the index took two units for one
    // code point; an index on a low surrogate maps to that character's code point.
    const auto it = std::lower_bound(m_astralUtf16.cbegin(), m_astralUtf16.cend(), utf16Index);
    return utf16Index - (it - m_astralUtf16.cbegin());
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    codePoint = std::clamp<qsizetype>(codePoint, 0, m_codePoints);
    // Binary search over astral positions: the k-th astral char sits at code point astral[k] - k.
    qsizetype lo = 0, hi = m_astralUtf16.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_astralUtf16.at(mid) - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qsizetype TextOffsets::codePointCount(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace Lectern::Core
