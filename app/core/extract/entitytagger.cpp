#include "extract/entitytagger.h"

#include "extract/taggerdecoder.h"
#include "extract/taggermodel.h"
#include "extract/tokenrules.h"

#include <QHash>

#include <algorithm>

namespace Lectern::Core {

namespace {
constexpr int L = TaggerLabel::count;
constexpr int C = TaggerFeatures::lexicalCount;
using Atom = TaggerFeatures::Atom;

// The weights a syllable contributes wherever it occurs: its own surface features, and the
// features it gives the tokens around it. Raw (unscaled) integer sums, so adding them in any
// order gives exactly the sum of the single features.
struct WordScores
{
    qint32 self[L] = {};
    qint32 asPrev[L] = {};  // to the token after it
    qint32 asPrev2[L] = {}; // to the token two after it
    qint32 asNext[L] = {};  // to the token before it
    qint32 asNext2[L] = {}; // to the token two before it
};

void scoreWord(const TaggerModel &model, const Atom &a, WordScores &w)
{
    quint64 f[TaggerFeatures::selfCount];
    TaggerFeatures::selfFeatures(a, f);
    for (const quint64 h : f)
        model.addRawWeights(h, w.self);
    quint64 nb[TaggerFeatures::neighbourCount];
    TaggerFeatures::neighbourFeatures(a, nb);
    for (int k = 0; k < 3; ++k)
        model.addRawWeights(nb[k], w.asPrev);
    model.addRawWeights(nb[3], w.asPrev2);
    for (int k = 4; k < 7; ++k)
        model.addRawWeights(nb[k], w.asNext);
    model.addRawWeights(nb[7], w.asNext2);
}

struct SignatureScores
{
    qint32 sum[L] = {};
};

void scoreSignature(const TaggerModel &model, const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1, const Atom &n2,
                    SignatureScores &w)
{
    quint64 f[TaggerFeatures::signatureCount];
    TaggerFeatures::signatureFeatures(p2, p1, c, n1, n2, f);
    for (const quint64 h : f)
        model.addRawWeights(h, w.sum);
}

inline quint64 mixKey(quint64 x)
{
    x = (x ^ (x >> 31)) * 0x7fb5d329728ea185ULL;
    return x ^ (x >> 27);
}

// Per thread: score sums already computed for one model (another model, or the same one
// reloaded, starts afresh), keyed by Key (a syllable's surface or a window's signature).
// News text has a few ten thousand distinct syllables and signatures.
template<typename Key, typename Scores>
class ScoreCache
{
public:
    // Before a text of n tokens: indices stay valid until the next call.
    void use(const TaggerModel &model, qsizetype n)
    {
        if (m_model != &model || m_hash != model.hash() || m_keys.size() + size_t(n) > maxEntries) {
            m_model = &model;
            m_hash = model.hash();
            m_keys.clear();
            m_scores.clear();
            m_slots.assign(size_t(1) << 12, -1);
        }
    }
    // Index of the entry for key; compute(Scores &) fills a new one.
    template<typename Compute>
    qint32 indexOf(const Key &key, quint64 hash, Compute compute)
    {
        if (m_keys.size() * 2 >= m_slots.size())
            grow();
        size_t i = size_t(hash) & (m_slots.size() - 1);
        for (;;) {
            const qint32 e = m_slots[i];
            if (e < 0)
                break;
            if (m_keys[size_t(e)].first == hash && m_keys[size_t(e)].second == key)
                return e;
            i = (i + 1) & (m_slots.size() - 1);
        }
        const qint32 e = qint32(m_keys.size());
        m_keys.emplace_back(hash, key);
        m_scores.emplace_back();
        compute(m_scores.back());
        m_slots[i] = e;
        return e;
    }
    const Scores &at(qint32 e) const { return m_scores[size_t(e)]; }

private:
    static constexpr size_t maxEntries = 1 << 15;
    void grow()
    {
        m_slots.assign(m_slots.size() * 2, -1);
        for (size_t e = 0; e < m_keys.size(); ++e) {
            size_t i = size_t(m_keys[e].first) & (m_slots.size() - 1);
            while (m_slots[i] >= 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = qint32(e);
        }
    }

    const TaggerModel *m_model = nullptr;
    QString m_hash;
    std::vector<std::pair<quint64, Key>> m_keys;
    std::vector<Scores> m_scores;
    std::vector<qint32> m_slots = std::vector<qint32>(size_t(1) << 12, -1);
};

using WordCache = ScoreCache<quint64, WordScores>;
using SignatureCache = ScoreCache<TaggerFeatures::Signature, SignatureScores>;
using TaggedSpan = EntityTagger::TaggedSpan;
using Result = EntityTagger::Result;

// Per token: its lexical context features (C each), and its syllable's and window's entries in the caches.
inline void indexTokens(const TaggerModel &model, const std::vector<Atom> &atoms, qsizetype n, std::vector<quint64> &context,
                        std::vector<qint32> &word, std::vector<qint32> &signature, WordCache &words,
                        SignatureCache &signatures)
{
    const Atom &out = TaggerFeatures::outside();
    auto at = [&](qsizetype i) -> const Atom & { return i < 0 || i >= n ? out : atoms[size_t(i)]; };
    context.resize(size_t(n) * C);
    word.resize(size_t(n));
    signature.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const Atom &p2 = at(i - 2), &p1 = at(i - 1), &c = atoms[size_t(i)], &n1 = at(i + 1), &n2 = at(i + 2);
        TaggerFeatures::lexicalFeatures(p2, p1, c, n1, n2, context.data() + size_t(i) * C);
        // a syllable's own features are those of its surface (shape and length follow from it)
        const quint64 surface = c.surf ^ (quint64(c.shape) << 56) ^ (quint64(c.length) << 48);
        word[size_t(i)] = words.indexOf(surface, mixKey(surface), [&](WordScores &w) { scoreWord(model, c, w); });
        const TaggerFeatures::Signature sig = TaggerFeatures::signatureOf(p2, p1, c, n1, n2);
        signature[size_t(i)] = signatures.indexOf(sig, mixKey(sig.a ^ mixKey(sig.b ^ mixKey(sig.c))),
                                                  [&](SignatureScores &w) { scoreSignature(model, p2, p1, c, n1, n2, w); });
    }
}

// Every token's label scores (n x L): bias, cached syllable and window sums, lexical features, scaled.
inline void scoreTokens(const TaggerModel &model, const std::vector<quint64> &context, const std::vector<qint32> &word,
                        const std::vector<qint32> &signature, const WordCache &words, const SignatureCache &signatures,
                        std::vector<float> &emissions)
{
    const qsizetype n = qsizetype(word.size());
    WordScores edge; // the positions outside the text
    scoreWord(model, TaggerFeatures::outside(), edge);
    qint32 bias[L] = {};
    model.addRawWeights(TaggerFeatures::biasFeature(), bias);
    auto scoresAt = [&](qsizetype i) -> const WordScores & { return i < 0 || i >= n ? edge : words.at(word[size_t(i)]); };

    emissions.resize(size_t(n) * L);
    const float scale = model.scale();
    for (int k = 0; k < C; ++k)
        model.prefetch(context[size_t(k)]);
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 *f = context.data() + size_t(i) * C;
        if (i + 1 < n) // the weights are scattered in memory: ask for the next token's early
            for (int k = 0; k < C; ++k)
                model.prefetch(f[C + k]);
        qint32 acc[L];
        const WordScores &c = scoresAt(i), &p1 = scoresAt(i - 1), &p2 = scoresAt(i - 2), &n1 = scoresAt(i + 1),
                         &n2 = scoresAt(i + 2);
        const SignatureScores &sig = signatures.at(signature[size_t(i)]);
        for (int l = 0; l < L; ++l)
            acc[l] = bias[l] + c.self[l] + p1.asPrev[l] + p2.asPrev2[l] + n1.asNext[l] + n2.asNext2[l] + sig.sum[l];
        for (int k = 0; k < C; ++k)
            model.addRawWeights(f[k], acc);
        float *e = emissions.data() + size_t(i) * L;
        for (int l = 0; l < L; ++l)
            e[l] = float(acc[l]) * scale;
    }
}

// Every token's edge scores (n x TaggerLabel::pairCount(); token 0's are not read), empty when
// the model has no edge features.
inline void scoreEdges(const TaggerModel &model, const std::vector<Atom> &atoms, qsizetype n, std::vector<float> &edges)
{
    if (model.edgeCount() == 0) {
        edges.clear();
        return;
    }
    const int pairs = TaggerLabel::pairCount();
    edges.resize(size_t(n) * size_t(pairs));
    const float scale = model.edgeScale();
    quint64 f[TaggerFeatures::edgeCount];
    for (qsizetype i = 1; i < n; ++i) {
        TaggerFeatures::edgeFeatures(atoms[size_t(i - 1)], atoms[size_t(i)], f);
        qint32 acc[L * L];
        std::fill_n(acc, pairs, 0);
        for (const quint64 h : f)
            model.addRawEdgeWeights(h, acc);
        float *x = edges.data() + size_t(i) * size_t(pairs);
        for (int j = 0; j < pairs; ++j)
            x[j] = float(acc[j]) * scale;
    }
}

// 1 for every token inside a person, organisation or place the rules found.
inline void markRuleNames(const QList<ScanSpan> &ruleSpans, qsizetype n, std::vector<quint8> &ruleName)
{
    ruleName.assign(size_t(n), 0);
    for (const ScanSpan &r : ruleSpans)
        if (r.kind == ScanSpan::Kind::Person || r.kind == ScanSpan::Kind::Organization || r.kind == ScanSpan::Kind::Place)
            for (qsizetype k = r.first; k < r.last && k < n; ++k)
                ruleName[size_t(k)] = 1;
}

// Viterbi labels per sentence, and marginals for the sentences with a model or rule name.
inline void decodeSentences(const QList<Token> &tokens, const std::vector<float> &emissions,
                            const std::vector<float> &transitions, const std::vector<float> &edges,
                            const std::vector<quint8> &ruleName, std::vector<int> &labels, std::vector<float> &probs)
{
    const std::vector<qsizetype> starts = TaggerDecoder::sequenceStarts(tokens);
    for (size_t s = 0; s + 1 < starts.size(); ++s) {
        const qsizetype first = starts[s];
        const qsizetype len = starts[s + 1] - first;
        const float *x = edges.empty() ? nullptr : edges.data() + size_t(first) * size_t(TaggerLabel::pairCount());
        TaggerDecoder::viterbi(emissions.data() + size_t(first) * L, len, transitions.data(), labels.data() + first, x);
        bool needed = false;
        for (qsizetype k = first; k < first + len && !needed; ++k)
            needed = labels[size_t(k)] != TaggerLabel::O || ruleName[size_t(k)];
        if (needed)
            TaggerDecoder::marginals(emissions.data() + size_t(first) * L, len, transitions.data(),
                                     probs.data() + size_t(first) * L, x);
        else
            for (qsizetype k = first; k < first + len; ++k)
                probs[size_t(k) * L + TaggerLabel::O] = 1.0f;
    }
}

// The labelled runs as spans, each with the least marginal of its labels.
inline void collectSpans(const std::vector<int> &labels, const std::vector<float> &probs, Result &result)
{
    const qsizetype n = qsizetype(labels.size());
    for (qsizetype i = 0; i < n;) {
        const int l = labels[size_t(i)];
        if (l == TaggerLabel::O) {
            ++i;
            continue;
        }
        TaggedSpan span;
        span.first = i;
        span.type = EntityTagger::Type(TaggerLabel::typeOf(l));
        float confidence = probs[size_t(i) * L + l];
        ++i;
        while (i < n && TaggerLabel::isInside(labels[size_t(i)]) && TaggerLabel::typeOf(labels[size_t(i)]) == int(span.type)) {
            confidence = std::min(confidence, probs[size_t(i) * L + labels[size_t(i)]]);
            ++i;
        }
        span.last = i;
        span.confidence = confidence;
        result.spans.append(span);
    }
}

// A name tagged with confidence: its token keys, and its most confident type.
struct Known
{
    QStringList keys;
    EntityTagger::Type type;
    float confidence;
};

// The confident names (not Misc) keyed by their first token key, each with its most confident type.
QHash<QString, QList<Known>> knownNames(const QList<Token> &tokens, const QList<TaggedSpan> &spans)
{
    QHash<QString, QList<Known>> byFirst;
    for (const TaggedSpan &s : spans) {
        if (s.confidence < EntityTagger::consistentConfidence || s.type == EntityTagger::Type::Misc)
            continue;
        QStringList keys;
        for (qsizetype k = s.first; k < s.last; ++k)
            keys.append(tokens.at(k).key);
        QList<Known> &list = byFirst[keys.first()];
        bool found = false;
        for (Known &known : list)
            if (known.keys == keys) {
                found = true;
                if (s.confidence > known.confidence) {
                    known.type = s.type;
                    known.confidence = s.confidence;
                }
            }
        if (!found)
            list.append(Known{keys, s.type, s.confidence});
    }
    return byFirst;
}

// The longest of candidates whose keys are the whole name at token i (no name word goes on
// either side on the line), or null.
const Known *longestMatch(const QList<Token> &tokens, qsizetype i, const QList<Known> &candidates)
{
    const qsizetype n = tokens.size();
    const Known *best = nullptr;
    for (const Known &known : candidates) {
        const qsizetype len = known.keys.size();
        if (i + len > n || (best && best->keys.size() >= len))
            continue;
        bool match = true;
        for (qsizetype k = 0; k < len && match; ++k)
            match = tokens.at(i + k).key == known.keys.at(k) && (k == 0 || TokenRules::continuesLine(tokens, i + k));
        // a longer name goes on ("Nguyễn Văn" of "Nguyễn Văn Nam" is not the name)
        if (match && i + len < n && TokenRules::isNameWord(tokens.at(i + len)) && TokenRules::continuesLine(tokens, i + len))
            match = false;
        if (match && i > 0 && TokenRules::isNameWord(tokens.at(i - 1)) && TokenRules::continuesLine(tokens, i))
            match = false;
        if (match)
            best = &known;
    }
    return best;
}

} // namespace

EntityTagger::EntityTagger(const TaggerModel &model, const Gazetteer &gazetteer)
    : m_model(model), m_features(gazetteer, &model.clusters())
{
}

EntityTagger::Result EntityTagger::tag(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans) const
{
    Result result;
    const qsizetype n = tokens.size();
    result.outside.assign(size_t(n), 1.0f);
    if (n == 0)
        return result;
    // Per-thread buffers: an article's features run to megabytes, allocated once, not per call.
    thread_local std::vector<Atom> atoms;
    thread_local std::vector<quint64> context;
    thread_local std::vector<qint32> word;
    thread_local std::vector<float> emissions;
    thread_local std::vector<int> labels;
    thread_local std::vector<float> probs;
    thread_local std::vector<qint32> signature;
    thread_local WordCache words;
    thread_local SignatureCache signatures;
    words.use(m_model, n);
    signatures.use(m_model, n);
    m_features.atoms(text, tokens, ruleSpans, atoms);
    indexTokens(m_model, atoms, n, context, word, signature, words, signatures);
    scoreTokens(m_model, context, word, signature, words, signatures, emissions);
    std::vector<float> transitions(size_t(L + 1) * L);
    for (int from = 0; from <= L; ++from)
        for (int to = 0; to < L; ++to)
            transitions[size_t(from) * L + to] = m_model.transition(from, to);

    labels.assign(size_t(n), TaggerLabel::O);
    probs.assign(size_t(n) * L, 0.0f);
    // Confidences are read over the model's names and the rules' names only: a sentence with
    // neither needs no marginals (its tokens stay outside with probability 1).
    thread_local std::vector<quint8> ruleName;
    markRuleNames(ruleSpans, n, ruleName);
    thread_local std::vector<float> edges;
    scoreEdges(m_model, atoms, n, edges);
    decodeSentences(tokens, emissions, transitions, edges, ruleName, labels, probs);
    for (qsizetype i = 0; i < n; ++i)
        result.outside[size_t(i)] = probs[size_t(i) * L + TaggerLabel::O];
    collectSpans(labels, probs, result);
    joinParticles(tokens, result);
    makeConsistent(tokens, result);
    return result;
}

void EntityTagger::joinParticles(const QList<Token> &tokens, Result &result)
{
    // "Lula | da | Silva", "Ludwig | van | Beethoven": the model ends a foreign person's name at
    // the lower-case particle inside it; two person names on one line with only such a particle
    // between them are one name.
    static const QStringList particles = {QStringLiteral("da"),  QStringLiteral("de"),  QStringLiteral("di"),
                                          QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("dos"),
                                          QStringLiteral("das"), QStringLiteral("van"), QStringLiteral("von"),
                                          QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("ter"),
                                          QStringLiteral("bin"), QStringLiteral("ibn")};
    QList<TaggedSpan> &spans = result.spans;
    for (qsizetype s = 0; s + 1 < spans.size();) {
        TaggedSpan &a = spans[s];
        const TaggedSpan &b = spans.at(s + 1);
        const bool join = a.type == Type::Person && b.type == Type::Person && b.first == a.last + 1
            && tokens.at(a.last).isWord() && !tokens.at(a.last).isUpper() && particles.contains(tokens.at(a.last).key)
            && TokenRules::continuesLine(tokens, a.last) && TokenRules::continuesLine(tokens, b.first);
        if (!join) {
            ++s;
            continue;
        }
        result.outside[size_t(a.last)] = 0.0f; // the particle
        a.last = b.last;
        a.confidence = std::min(a.confidence, b.confidence);
        spans.removeAt(s + 1);
    }
}

void EntityTagger::makeConsistent(const QList<Token> &tokens, Result &result)
{
    // The most confident type of every multi-token name (or capitalised single word) tagged
    // with confidence; occurrences of the same words left untagged or typed less confidently
    // take it. Keyed by first token key, candidates checked by their token keys.
    const QHash<QString, QList<Known>> byFirst = knownNames(tokens, result.spans);
    if (byFirst.isEmpty())
        return;
    const qsizetype n = tokens.size();
    std::vector<qsizetype> spanAt(size_t(n), -1);
    for (qsizetype s = 0; s < result.spans.size(); ++s)
        for (qsizetype k = result.spans.at(s).first; k < result.spans.at(s).last; ++k)
            spanAt[size_t(k)] = s;
    QList<TaggedSpan> added;
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        if (!t.isWord() || !t.isUpper())
            continue;
        const auto it = byFirst.constFind(t.key);
        if (it == byFirst.constEnd())
            continue;
        const Known *best = longestMatch(tokens, i, it.value());
        if (!best)
            continue;
        const qsizetype last = i + best->keys.size();
        const qsizetype s = spanAt[size_t(i)];
        bool uncovered = true;
        for (qsizetype k = i; k < last; ++k)
            uncovered = uncovered && spanAt[size_t(k)] < 0;
        if (uncovered) {
            added.append(TaggedSpan{i, last, best->type, best->confidence * 0.9f});
        } else if (s >= 0 && result.spans.at(s).first == i && result.spans.at(s).last == last
                   && result.spans.at(s).type != best->type && result.spans.at(s).confidence < best->confidence) {
            result.spans[s].type = best->type;
            result.spans[s].confidence = best->confidence * 0.9f;
        }
        i = last - 1;
    }
    if (added.isEmpty())
        return;
    result.spans.append(added);
    std::sort(result.spans.begin(), result.spans.end(), [](const TaggedSpan &a, const TaggedSpan &b) { return a.first < b.first; });
}

} // namespace Lectern::Core
