#pragma once

#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>
#include <QString>

#include <vector>

namespace Lectern::Core {

class Gazetteer;

// The features of the entity tagger, computed for every token of a text in one linear pass:
// the syllable as written, lower-cased and tone-folded, its shape, prefix and suffixes, a window
// of +-2 syllables with bigrams, punctuation and sentence position, gazetteer matches (places,
// organization heads, titles, honorifics, person cues, surnames, given names, the user's
// gazetteer), and the rule scanner's own decision over the token (so the model learns where the
// rules are right). Each feature is a 64-bit hash of its template and values, stable across
// runs and platforms (a model file stores these hashes). perToken features per token, flat.
// Thread-safe (reads the immutable gazetteer; per-thread caches only).
class TaggerFeatures final
{
public:
    static constexpr int perToken = 40;

    explicit TaggerFeatures(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    // out gets tokens.size() * perToken hashes. ruleSpans: the scanner's spans (sorted).
    void compute(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans,
                 std::vector<quint64> &out) const;

    // A stable 64-bit hash of UTF-16 text (FNV-1a, then mixed).
    static quint64 hashText(QStringView text);

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Lectern::Core
