#pragma once

#include "extract/scanspan.h"
#include "extract/taggerfeatures.h"
#include "extract/token.h"

#include <QList>
#include <QString>

#include <vector>

namespace Lectern::Core {

class Gazetteer;
class TaggerModel;

// Runs a TaggerModel over a text: features, Viterbi per sentence, label marginals for
// confidence, then a document-level pass that keeps labels consistent (a name tagged with
// confidence keeps its type at its other occurrences in the article). Linear in the text.
// Thread-safe (const; the model and gazetteer are immutable).
class EntityTagger final
{
public:
    enum class Type : quint8 { None = 0, Person = 1, Organization = 2, Place = 3, Misc = 4 };

    struct TaggedSpan
    {
        qsizetype first = 0; // token range, last exclusive
        qsizetype last = 0;
        Type type = Type::None;
        float confidence = 0; // the least marginal of the span's labels, 0..1
    };
    struct Result
    {
        QList<TaggedSpan> spans;     // sorted, non-overlapping
        std::vector<float> outside;  // per token: probability of being outside every name
    };

    EntityTagger(const TaggerModel &model, const Gazetteer &gazetteer);

    // ruleSpans: the EntityScanner's spans over the same tokens (they are features).
    Result tag(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans) const;

    // Confident names (>= this) spread to their other occurrences.
    static constexpr float consistentConfidence = 0.8f;

    // "Lula | da | Silva": two person spans with only a lower-case name particle between them
    // ("da", "de", "van", "von", "bin"…) on one line become one span (the least confidence of
    // the two; the particle is no longer outside). Part of tag(); public for tests.
    static void joinParticles(const QList<Token> &tokens, Result &result);

private:
    static void makeConsistent(const QList<Token> &tokens, Result &result);

    const TaggerModel &m_model;
    TaggerFeatures m_features;
};

} // namespace Lectern::Core
