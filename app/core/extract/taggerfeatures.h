#pragma once

#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>
#include <QString>

#include <vector>

namespace Lectern::Core {

class Gazetteer;
class TaggerClusters;

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
    static constexpr int perToken = 53;

    // clusters: the model's word clusters (nullptr or empty: every word in cluster 0).
    explicit TaggerFeatures(const Gazetteer &gazetteer, const TaggerClusters *clusters = nullptr)
        : m_gazetteer(gazetteer), m_clusters(clusters)
    {
    }

    // out gets tokens.size() * perToken hashes. ruleSpans: the scanner's spans (sorted).
    // edges (optional) gets tokens.size() * edgeCount hashes (edgeFeatures; token 0's too).
    void compute(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans,
                 std::vector<quint64> &out, std::vector<quint64> *edges = nullptr) const;

    // The per-token values the feature templates combine (hashes of the token's forms, its
    // shape, gazetteer matches, the rule scanner's decision).
    struct Atom
    {
        quint64 key = 0;  // matchKey (lower case, tone placement folded)
        quint64 surf = 0; // as written
        quint64 fold = 0; // without diacritics
        quint64 pre2 = 0;
        quint64 suf2 = 0;
        quint64 suf3 = 0;
        quint32 gaz = 0;  // gazetteer matches (bits)
        quint8 shape = 0;
        quint8 flags = 0;
        quint8 rule = 0;  // the rule scanner's span kind and position over the token
        quint8 name = 0;  // surname / given name
        quint8 length = 0;
        quint8 trigger = 0; // the nearest title / cue / honorific before it in the clause, and how far
        quint8 head = 0;    // how far the nearest organization head before it in the clause is
        quint16 cluster = 0;
        quint8 doc = 0;     // what the article says about the same key anywhere (bits; 0 for punctuation)
    };
    // out gets one atom per token.
    void atoms(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans,
               std::vector<Atom> &out) const;
    // The atom of the positions before the first and after the last token.
    static const Atom &outside();

    // The templates in three groups, so a tagger can add the weights of the first two once per
    // distinct syllable (the union of the groups and the bias is exactly compute()'s features):
    //  - self: features of the token's own surface only (forms, affixes, shape, length);
    //  - neighbour: the features a token gives the tokens around it ([0, 3) to the next token,
    //    [3] to the one after, [4, 7) to the previous one, [7] to the one before);
    //  - context: the rest, in two parts: those of the window's small values only (shapes,
    //    rules, gazetteer matches, names, triggers: few distinct combinations, so a tagger can
    //    cache their sum per Signature) and the lexical ones (bigrams, words with shapes).
    static constexpr int selfCount = 10;
    static constexpr int neighbourCount = 8;
    static constexpr int signatureCount = 21;
    static constexpr int lexicalCount = 13;
    static constexpr int contextCount = signatureCount + lexicalCount;
    // Every value the signature features read, packed.
    struct Signature
    {
        quint64 a = 0, b = 0, c = 0;
        bool operator==(const Signature &o) const { return a == o.a && b == o.b && c == o.c; }
    };
    static Signature signatureOf(const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1, const Atom &n2);
    static void signatureFeatures(const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1, const Atom &n2, quint64 *out);
    static void lexicalFeatures(const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1, const Atom &n2, quint64 *out);
    static quint64 biasFeature();
    // The features of the transition from the token before c to c (label pairs conditioned on
    // the syllables): each weighs every (previous label, label) pair.
    static constexpr int edgeCount = 5;
    static void edgeFeatures(const Atom &p1, const Atom &c, quint64 *out);
    static void selfFeatures(const Atom &c, quint64 *out);
    static void neighbourFeatures(const Atom &a, quint64 *out);

    // A stable 64-bit hash of UTF-16 text (FNV-1a, then mixed).
    static quint64 hashText(QStringView text);

private:
    const Gazetteer &m_gazetteer;
    const TaggerClusters *m_clusters = nullptr;
};

} // namespace Lectern::Core
