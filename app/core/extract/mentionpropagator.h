#pragma once

#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Lectern::Core {

// Second pass over a text once the first names are known: every further occurrence of a name
// found with evidence (a full name, an organization, an abbreviation defined in parentheses
// "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank)", a byline name) becomes a mention too, and
// so do short forms of people ("Temer" for "Michel Temer", "Kim Thoa" for "Nguyễn Thị Kim
// Thoa") when they point to exactly one person. Linear in the number of tokens.
class MentionPropagator final
{
public:
    // Pairs of span first-token indices that name the same organization (a parenthesised
    // abbreviation and the name before it).
    using Links = QList<QPair<qsizetype, qsizetype>>;

    // spans: sorted, non-overlapping; gets the new spans, stays sorted. extraPeople: names known
    // from the article's metadata (authors, photographers).
    static Links propagate(const QList<Token> &tokens, QList<ScanSpan> &spans, const QStringList &extraPeople);
};

} // namespace Lectern::Core
