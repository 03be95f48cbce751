#pragma once

#include <QString>

namespace Lectern::Core {

// Where an annotation sits in the article, as the W3C Web Annotation model describes it:
// a TextQuoteSelector (exact text plus up to contextLength code points of context each side)
// and a TextPositionSelector (start/end in Unicode code points of the NFC body text, end exclusive).
// A plain value type; build one with Anchoring::anchorAt(), re-find it with Anchoring::reanchor().
struct TextAnchor
{
    static constexpr int contextLength = 32;

    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0; // code points
    qsizetype end = 0;   // code points, exclusive

    bool isNull() const { return exact.isEmpty() && start == 0 && end == 0; }
    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

} // namespace Lectern::Core
