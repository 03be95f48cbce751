#pragma once

#include "extract/entity.h"
#include "extract/entitytagger.h"
#include "extract/scanspan.h"
#include "extract/token.h"

#include <QHash>
#include <QList>

namespace Lectern::Core {

class Gazetteer;

// Decides, span by span, between the tagger and the rules (internal to the extractor):
//  - the user's gazetteer always wins (source "user");
//  - titles, cues and honorifics stay rules (roles are bound from them);
//  - a name the model tags with confidence >= acceptConfidence replaces the rule spans it
//    overlaps (source "model"); a title the name starts inside ends where the name begins;
//  - a rule name the model does not overlap is kept unless the model is sure it is no name
//    (mean outside probability >= rejectOutside); its confidence is 1 - that probability.
// Without a tagger result every rule name is kept with a fixed confidence.
class TaggedSpanMerger final
{
public:
    struct Origin
    {
        float confidence = 1;
        MentionSource source = MentionSource::Rules;
    };
    // (UTF-16 start << 32 | end) of a mention -> where it came from
    using Origins = QHash<quint64, Origin>;

    static constexpr float acceptConfidence = 0.5f;
    static constexpr float rejectOutside = 0.85f;

    static quint64 keyOf(qsizetype start, qsizetype end) { return (quint64(start) << 32) | quint64(quint32(end)); }

    // tagged may be null (no model). Returns the merged spans (sorted, non-overlapping).
    static QList<ScanSpan> merge(const QList<Token> &tokens, const QList<ScanSpan> &rules, const EntityTagger::Result *tagged,
                                 const Gazetteer &gazetteer, Origins &origins);

    // Gives every mention of the result its origin; mentions added later (further occurrences,
    // short forms) take their entity's best origin.
    static void apply(const Origins &origins, ExtractionResult &result);
};

} // namespace Lectern::Core
