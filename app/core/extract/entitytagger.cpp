#include "extract/entitytagger.h"

#include "extract/taggerdecoder.h"
#include "extract/taggermodel.h"
#include "extract/tokenrules.h"

#include <QHash>

#include <algorithm>

namespace Lectern::Core {

namespace {
constexpr int L = TaggerLabel::count;
constexpr int K = TaggerFeatures::perToken;
} // namespace

EntityTagger::Result EntityTagger::tag(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans) const
{
    Result result;
    const qsizetype n = tokens.size();
    result.outside.assign(size_t(n), 1.0f);
    if (n == 0)
        return result;
    // Per-thread buffers: an article's features run to megabytes, allocated once, not per call.
    thread_local std::vector<quint64> features;
    thread_local std::vector<float> emissions;
    thread_local std::vector<int> labels;
    thread_local std::vector<float> probs;
    m_features.compute(text, tokens, ruleSpans, features);
    emissions.assign(size_t(n) * L, 0.0f);
    for (int k = 0; k < K; ++k)
        m_model.prefetch(features[size_t(k)]);
    for (qsizetype i = 0; i < n; ++i) {
        float *e = emissions.data() + size_t(i) * L;
        const quint64 *f = features.data() + size_t(i) * K;
        if (i + 1 < n) // the weights are scattered in memory: ask for the next token's early
            for (int k = 0; k < K; ++k)
                m_model.prefetch(f[K + k]);
        for (int k = 0; k < K; ++k)
            m_model.addWeights(f[k], e);
    }
    std::vector<float> transitions(size_t(L + 1) * L);
    for (int from = 0; from <= L; ++from)
        for (int to = 0; to < L; ++to)
            transitions[size_t(from) * L + to] = m_model.transition(from, to);

    labels.assign(size_t(n), TaggerLabel::O);
    probs.assign(size_t(n) * L, 0.0f);
    const std::vector<qsizetype> starts = TaggerDecoder::sequenceStarts(tokens);
    for (size_t s = 0; s + 1 < starts.size(); ++s) {
        const qsizetype first = starts[s];
        const qsizetype len = starts[s + 1] - first;
        TaggerDecoder::viterbi(emissions.data() + size_t(first) * L, len, transitions.data(), labels.data() + first);
        TaggerDecoder::marginals(emissions.data() + size_t(first) * L, len, transitions.data(), probs.data() + size_t(first) * L);
    }
    for (qsizetype i = 0; i < n; ++i)
        result.outside[size_t(i)] = probs[size_t(i) * L + TaggerLabel::O];
    for (qsizetype i = 0; i < n;) {
        const int l = labels[size_t(i)];
        if (l == TaggerLabel::O) {
            ++i;
            continue;
        }
        TaggedSpan span;
        span.first = i;
        span.type = Type(TaggerLabel::typeOf(l));
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
    makeConsistent(tokens, result);
    return result;
}

void EntityTagger::makeConsistent(const QList<Token> &tokens, Result &result)
{
    // The most confident type of every multi-token name (or capitalised single word) tagged
    // with confidence; occurrences of the same words left untagged or typed less confidently
    // take it. Keyed by first token key, candidates checked by their token keys.
    struct Known
    {
        QStringList keys;
        Type type;
        float confidence;
    };
    QHash<QString, QList<Known>> byFirst;
    for (const TaggedSpan &s : std::as_const(result.spans)) {
        if (s.confidence < consistentConfidence || s.type == Type::Misc)
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
        const Known *best = nullptr;
        for (const Known &known : it.value()) {
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
