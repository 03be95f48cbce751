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

    // The same pass over the start positions [from, to) only, as scan() makes it when it reaches
    // token `from` with `spans` found before (appended to). Returns the position the pass stopped
    // at (>= to: a span may run past `to`). Lookahead reads every token. The pass depends on the
    // spans before only through one ending at from - 1 or later, so a range started with no spans
    // at a position scan() stops at, after spans that end before from - 1, gives what scan()
    // gives there: the extractor scans paragraph chunks in parallel on that ground.
    qsizetype scanRange(const QString &text, const QList<Token> &tokens, qsizetype from, qsizetype to,
                        QList<ScanSpan> &spans) const;

    // A title with its modifiers ("nguyên Phó Bí thư Thường trực") at index: length or 0.
    int titleAt(const QList<Token> &tokens, qsizetype index) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Lectern::Core
