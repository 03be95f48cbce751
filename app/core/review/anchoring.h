#pragma once

#include "extract/entity.h"
#include "review/textanchor.h"

#include <QString>

namespace Lectern::Core::Anchoring {

// Builds the anchor of a selection. text is the article's NFC body text (Article::text()),
// utf16Start/utf16End a selection in QString indices (clamped, widened so that no surrogate pair
// is split). The anchor counts code points (TextOffsets).
TextAnchor anchorAt(const QString &text, qsizetype utf16Start, qsizetype utf16End);

// The anchor with its context bounded as anchorAt() makes it: the last TextAnchor::contextLength
// code points of prefix and the first contextLength of suffix (a selector needs tens of
// characters of context; a file may carry megabytes). exact and the positions are kept. Every
// anchor read from a file goes through this before it is stored or matched.
TextAnchor boundedContext(const TextAnchor &anchor);

// The UTF-16 span of an anchor's position selector in text (no verification of the quote).
Span toUtf16Span(const TextAnchor &anchor, const QString &text);

enum class Outcome {
    Unchanged, // the quote is where it was
    Moved,     // the same quote, found at another position
    Changed,   // the quote was edited; found by the fuzzy search
    Orphaned,  // not found well enough: the anchor is returned unchanged
};

struct Result
{
    Outcome outcome = Outcome::Orphaned;
    TextAnchor anchor; // the new anchor (the old one when orphaned)
    double score = 0;  // 1 for exact matches, the fuzzy score otherwise, 0 for orphans
};

// Scores below this are orphans. The score weighs the quote (0.55), prefix (0.175),
// suffix (0.175) and distance from the old position (0.1); each part is in [0, 1].
constexpr double minimumScore = 0.7;

// Finds an anchor in a new version of the text:
//  1. the old position, if the quote is there and its context agrees;
//  2. an exact search for the quote, ranked by how well prefix/suffix agree, then nearest to the
//     old position;
//  3. a bounded fuzzy search (approximate matching of the quote with at most 40% edits, in a
//     window around the old position), scored as above.
// newText and the anchor's strings are NFC-normalised first (TextFold::normalizeText), so the
// result's positions refer to the normalised text. The context is bounded first (boundedContext);
// the time is linear in the length of newText plus exact (the fuzzy search is skipped for quotes
// too long for its bounded table). Pure and thread-safe.
Result reanchor(const TextAnchor &anchor, const QString &newText);

QString outcomeName(Outcome outcome); // "unchanged", "moved", "changed", "orphaned"

} // namespace Lectern::Core::Anchoring
