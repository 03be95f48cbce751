#include "extract/taggerdecoder.h"

#include "extract/taggermodel.h"

#include <cmath>
#include <limits>

namespace Lectern::Core::TaggerDecoder {

namespace {
constexpr int L = TaggerLabel::count;
using R = double;
constexpr float impossible = -std::numeric_limits<float>::infinity();

// The allowed label pairs (97 of the 289 with BIOES): the loops visit only these. A forbidden
// pair scores -inf (Viterbi) or has the factor 0 (forward-backward), so leaving it out gives
// the same numbers, bit for bit.
struct Pairs
{
    int predCount[L] = {};
    qint8 pred[L][L] = {};    // allowed previous labels of each label, ascending
    qint16 predAt[L][L] = {}; // and the pair's index in TaggerLabel::pairs()
    int succCount[L] = {};
    qint8 succ[L][L] = {};    // allowed next labels of each label, ascending
    qint16 succAt[L][L] = {};
    int count = 0;
    const qint16 *all = nullptr; // from * L + to, ascending (TaggerLabel::pairs())
};

const Pairs &pairs()
{
    static const Pairs p = [] {
        Pairs p;
        p.count = TaggerLabel::pairCount();
        p.all = TaggerLabel::pairs();
        for (int j = 0; j < p.count; ++j) {
            const int from = p.all[j] / L, to = p.all[j] % L;
            p.pred[to][p.predCount[to]] = qint8(from);
            p.predAt[to][p.predCount[to]++] = qint16(j);
            p.succ[from][p.succCount[from]] = qint8(to);
            p.succAt[from][p.succCount[from]++] = qint16(j);
        }
        return p;
    }();
    return p;
}

} // namespace

void viterbi(const float *emissions, qsizetype n, const float *transitions, int *labels, const float *edges)
{
    if (n <= 0)
        return;
    // The BIO constraint as impossible transitions: the loops need no test.
    float trans[(L + 1) * L];
    for (int from = 0; from <= L; ++from)
        for (int to = 0; to < L; ++to)
            trans[from * L + to] = TaggerLabel::allowed(from == L ? TaggerLabel::O : from, to) ? transitions[from * L + to] : impossible;
    const Pairs &P = pairs();
    float pairTrans[L * L];
    for (int j = 0; j < P.count; ++j)
        pairTrans[j] = trans[P.all[j]];
    thread_local std::vector<float> score;
    thread_local std::vector<qint8> back;
    score.resize(size_t(n) * L);
    back.resize(size_t(n) * L);
    for (int l = 0; l < L; ++l)
        score[l] = trans[L * L + l] == impossible ? impossible : trans[L * L + l] + emissions[l];
    for (qsizetype i = 1; i < n; ++i) {
        const float *prev = score.data() + (i - 1) * L;
        float *cur = score.data() + i * L;
        qint8 *bp = back.data() + i * L;
        const float *e = emissions + size_t(i) * L;
        // the allowed pairs' scores in TaggerLabel::pairs() order: one contiguous add
        float local[L * L];
        const float *t = pairTrans;
        if (edges) {
            const float *x = edges + size_t(i) * P.count;
            for (int j = 0; j < P.count; ++j)
                local[j] = pairTrans[j] + x[j];
            t = local;
        }
        for (int l = 0; l < L; ++l) {
            float best = impossible;
            int arg = 0;
            const int count = P.predCount[l];
            const qint8 *pred = P.pred[l];
            const qint16 *at = P.predAt[l];
            for (int j = 0; j < count; ++j) {
                const int p = pred[j];
                const float s = prev[p] + t[at[j]];
                if (s > best) {
                    best = s;
                    arg = p;
                }
            }
            cur[l] = best + e[l];
            bp[l] = qint8(arg);
        }
    }
    int best = 0; // O: a sequence never ends inside an open name
    for (int l = 1; l < L; ++l)
        if (!TaggerLabel::isOpen(l) && score[size_t(n - 1) * L + l] > score[size_t(n - 1) * L + best])
            best = l;
    for (qsizetype i = n - 1; i >= 0; --i) {
        labels[i] = best;
        best = back[size_t(i) * L + best];
    }
}

namespace {
// exp(transition - largest transition) for every allowed pair, 0 for the BIO-forbidden ones.
inline void transitionFactors(const float *transitions, R *expT)
{
    float tmax = impossible;
    for (int k = 0; k < (L + 1) * L; ++k)
        tmax = std::max(tmax, transitions[k]);
    for (int from = 0; from <= L; ++from)
        for (int to = 0; to < L; ++to) {
            const int prev = from == L ? TaggerLabel::O : from;
            expT[from * L + to] = TaggerLabel::allowed(prev, to) ? std::exp(R(transitions[from * L + to] - tmax)) : R(0);
        }
}

// exp(emission - the token's largest emission) for every token and label.
inline void emissionFactors(const float *emissions, qsizetype n, R *expE)
{
    for (qsizetype i = 0; i < n; ++i) {
        const float *e = emissions + size_t(i) * L;
        float m = e[0];
        for (int l = 1; l < L; ++l)
            m = std::max(m, e[l]);
        R *x = expE + size_t(i) * L;
        for (int l = 0; l < L; ++l) {
            const float d = e[l] - m;
            x[l] = std::exp(R(d));
        }
    }
}

// Scales one token's L values to sum 1 (left as they are when they sum to 0).
inline void normalise(R *v)
{
    R sum = 0;
    for (int l = 0; l < L; ++l)
        sum += v[l];
    if (sum > 0) {
        const R inv = 1 / sum;
        for (int l = 0; l < L; ++l)
            v[l] *= inv;
    }
}

// exp(edge - the token's largest edge) for every token but the first (nullptr: no edges).
inline void edgeFactors(const float *edges, qsizetype n, R *expX)
{
    const Pairs &P = pairs(); // the others are never read
    for (qsizetype i = 1; i < n; ++i) {
        const float *x = edges + size_t(i) * P.count;
        float m = 0; // the forbidden pairs' 0
        for (int j = 0; j < P.count; ++j)
            m = std::max(m, x[j]);
        // Most pairs have no edge weight at a token (2 % of the weights are non-zero): they all
        // share exp(0 - m), computed once; the same expression as for the others, so the same bits.
        const R zero = m == 0 ? R(1) : std::exp(R(0.0f - m));
        R *out = expX + size_t(i) * P.count;
        for (int j = 0; j < P.count; ++j)
            out[j] = x[j] == 0 ? zero : std::exp(R(x[j] - m));
    }
}

// The forward pass: alpha of every token, normalised at each step.
inline void forward(const R *expE, const R *expT, qsizetype n, R *alpha, const R *expX)
{
    const Pairs &P = pairs();
    for (int l = 0; l < L; ++l)
        alpha[l] = expT[L * L + l] * expE[l];
    normalise(alpha);
    for (qsizetype i = 1; i < n; ++i) {
        const R *prev = alpha + size_t(i - 1) * L;
        R *cur = alpha + size_t(i) * L;
        const R *x = expE + size_t(i) * L;
        for (int l = 0; l < L; ++l)
            cur[l] = 0;
        for (int p = 0; p < L; ++p) {
            const R a = prev[p];
            const R *t = expT + p * L;
            const int count = P.succCount[p];
            const qint8 *succ = P.succ[p];
            if (expX) {
                const R *x = expX + size_t(i) * P.count;
                const qint16 *at = P.succAt[p];
                for (int j = 0; j < count; ++j) {
                    const int l = succ[j];
                    cur[l] += a * t[l] * x[at[j]];
                }
            } else {
                for (int j = 0; j < count; ++j) {
                    const int l = succ[j];
                    cur[l] += a * t[l];
                }
            }
        }
        for (int l = 0; l < L; ++l)
            cur[l] *= x[l];
        normalise(cur);
    }
}

// The backward pass: beta of every token, normalised at each step.
inline void backward(const R *expE, const R *expT, qsizetype n, R *beta, const R *expX)
{
    const Pairs &P = pairs();
    for (int l = 0; l < L; ++l)
        beta[size_t(n - 1) * L + l] = 1.0f;
    for (qsizetype i = n - 2; i >= 0; --i) {
        const R *next = beta + size_t(i + 1) * L;
        const R *en = expE + size_t(i + 1) * L;
        R *cur = beta + size_t(i) * L;
        R w[L];
        for (int x = 0; x < L; ++x)
            w[x] = en[x] * next[x];
        for (int l = 0; l < L; ++l) {
            const R *t = expT + l * L;
            R sum = 0;
            const int count = P.succCount[l];
            const qint8 *succ = P.succ[l];
            if (expX) {
                const R *ex = expX + size_t(i + 1) * P.count;
                const qint16 *at = P.succAt[l];
                for (int j = 0; j < count; ++j) {
                    const int x = succ[j];
                    sum += t[x] * ex[at[j]] * w[x];
                }
            } else {
                for (int j = 0; j < count; ++j) {
                    const int x = succ[j];
                    sum += t[x] * w[x];
                }
            }
            cur[l] = sum;
        }
        normalise(cur);
    }
}

// Each token's label probabilities from alpha * beta (outside with certainty when all are 0).
inline void posteriors(const R *alpha, const R *beta, qsizetype n, float *probs)
{
    for (qsizetype i = 0; i < n; ++i) {
        R p[L];
        R sum = 0;
        for (int l = 0; l < L; ++l)
            sum += p[l] = alpha[size_t(i) * L + l] * beta[size_t(i) * L + l];
        const R inv = sum > 0 ? 1 / sum : 0;
        for (int l = 0; l < L; ++l)
            probs[size_t(i) * L + l] = sum > 0 ? float(p[l] * inv) : (l == TaggerLabel::O ? 1.0f : 0.0f);
    }
}
} // namespace

void marginals(const float *emissions, qsizetype n, const float *transitions, float *probs, const float *edges)
{
    if (n <= 0)
        return;
    // Scaled forward-backward in probability space: exponentiate each token's emissions once
    // (shifted by their maximum) and the transitions once; normalise every step. Double
    // precision: the labels a path may take can score a hundred below the best one.
    thread_local std::vector<R> expE, alpha, beta;
    expE.resize(size_t(n) * L);
    alpha.resize(size_t(n) * L);
    beta.resize(size_t(n) * L);
    R expT[(L + 1) * L];
    transitionFactors(transitions, expT);
    emissionFactors(emissions, n, expE.data());
    thread_local std::vector<R> expX;
    if (edges) {
        expX.resize(size_t(n) * TaggerLabel::pairCount());
        edgeFactors(edges, n, expX.data());
    }
    const R *x = edges ? expX.data() : nullptr;
    forward(expE.data(), expT, n, alpha.data(), x);
    backward(expE.data(), expT, n, beta.data(), x);
    posteriors(alpha.data(), beta.data(), n, probs);
}

namespace {
// "TP", "Tp" (thành phố) and a single capital ASCII letter (an initial)
bool isAbbreviation(const Token &w)
{
    if (!w.isWord() || !w.isUpper())
        return false;
    if (w.key == QLatin1String("tp"))
        return true;
    return w.key.size() == 1 && w.key.at(0).unicode() < 128 && w.key.at(0).isLetter();
}
} // namespace

std::vector<qsizetype> sequenceStarts(const QList<Token> &tokens)
{
    std::vector<qsizetype> starts;
    const qsizetype n = tokens.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        bool start = i == 0 || t.is(Token::LineStart);
        if (!start && t.isWord()) {
            const Token &p = tokens.at(i - 1);
            start = p.isPunct(u'.') || p.isPunct(u'!') || p.isPunct(u'?') || p.isPunct(u'\u2026');
            // "TP. Hồ Chí Minh", "Robert E. Cashman": the full stop of an abbreviation ends no
            // sentence when it follows the word directly and a capitalised word comes next
            if (start && p.isPunct(u'.') && i >= 2 && !p.is(Token::SpaceBefore) && t.isUpper()
                && isAbbreviation(tokens.at(i - 2)))
                start = false;
        }
        if (start)
            starts.push_back(i);
    }
    starts.push_back(n);
    return starts;
}

} // namespace Lectern::Core::TaggerDecoder
