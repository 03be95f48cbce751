#pragma once

#include "extract/gazetteer.h"
#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>

namespace Lectern::Core {

// The left-to-right pass over the tokens that runs every recogniser at each position and
// keeps the longest non-overlapping match: user gazetteer entries first, then known
// organizations, places, organization heads, titles and cues, and names last (a name may
// use the cue found just before it). Linear in the number of tokens.
// Thread-safe (reads the immutable gazetteer only).
class EntityScanner final
{
public:
    explicit EntityScanner(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    // Spans in text order, non-overlapping.
    QList<ScanSpan> scan(const QString &text, const QList<Token> &tokens) const;

    // A title with its modifiers ("nguyên Phó Bí thư Thường trực") at index: length or 0.
    int titleAt(const QList<Token> &tokens, qsizetype index) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Lectern::Core
