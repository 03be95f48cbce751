#include "extract/taggerdecoder.h"

#include "extract/taggermodel.h"

#include <cmath>
#include <limits>

namespace Lectern::Core::TaggerDecoder {

namespace {
constexpr int L = TaggerLabel::count;
constexpr float impossible = -std::numeric_limits<float>::infinity();

} // namespace

void viterbi(const float *emissions, qsizetype n, const float *transitions, int *labels)
{
    if (n <= 0)
        return;
    std::vector<float> score(size_t(n) * L);
    std::vector<qint8> back(size_t(n) * L);
    for (int l = 0; l < L; ++l)
        score[l] = TaggerLabel::allowed(TaggerLabel::O, l) ? transitions[L * L + l] + emissions[l] : impossible;
    for (qsizetype i = 1; i < n; ++i) {
        const float *prev = score.data() + (i - 1) * L;
        for (int l = 0; l < L; ++l) {
            float best = impossible;
            int arg = 0;
            for (int p = 0; p < L; ++p) {
                if (!TaggerLabel::allowed(p, l))
                    continue;
                const float s = prev[p] + transitions[p * L + l];
                if (s > best) {
                    best = s;
                    arg = p;
                }
            }
            score[size_t(i) * L + l] = best + emissions[size_t(i) * L + l];
            back[size_t(i) * L + l] = qint8(arg);
        }
    }
    int best = 0;
    for (int l = 1; l < L; ++l)
        if (score[size_t(n - 1) * L + l] > score[size_t(n - 1) * L + best])
            best = l;
    for (qsizetype i = n - 1; i >= 0; --i) {
        labels[i] = best;
        best = back[size_t(i) * L + best];
    }
}

void marginals(const float *emissions, qsizetype n, const float *transitions, float *probs)
{
    if (n <= 0)
        return;
    // Scaled forward-backward in probability space: exponentiate each token's emissions once
    // (shifted by their maximum) and the transitions once; normalise every step.
    std::vector<double> expE(size_t(n) * L), alpha(size_t(n) * L), beta(size_t(n) * L);
    double expT[(L + 1) * L];
    float tmax = impossible;
    for (int k = 0; k < (L + 1) * L; ++k)
        tmax = std::max(tmax, transitions[k]);
    for (int from = 0; from <= L; ++from)
        for (int to = 0; to < L; ++to) {
            const int prev = from == L ? TaggerLabel::O : from;
            expT[from * L + to] = TaggerLabel::allowed(prev, to) ? std::exp(double(transitions[from * L + to] - tmax)) : 0.0;
        }
    for (qsizetype i = 0; i < n; ++i) {
        const float *e = emissions + size_t(i) * L;
        float m = e[0];
        for (int l = 1; l < L; ++l)
            m = std::max(m, e[l]);
        for (int l = 0; l < L; ++l)
            expE[size_t(i) * L + l] = std::exp(double(e[l] - m));
    }
    auto normalise = [](double *v) {
        double sum = 0;
        for (int l = 0; l < L; ++l)
            sum += v[l];
        if (sum > 0)
            for (int l = 0; l < L; ++l)
                v[l] /= sum;
    };
    for (int l = 0; l < L; ++l)
        alpha[l] = expT[L * L + l] * expE[l];
    normalise(alpha.data());
    for (qsizetype i = 1; i < n; ++i) {
        const double *prev = alpha.data() + size_t(i - 1) * L;
        double *cur = alpha.data() + size_t(i) * L;
        for (int l = 0; l < L; ++l) {
            double sum = 0;
            for (int p = 0; p < L; ++p)
                sum += prev[p] * expT[p * L + l];
            cur[l] = sum * expE[size_t(i) * L + l];
        }
        normalise(cur);
    }
    for (int l = 0; l < L; ++l)
        beta[size_t(n - 1) * L + l] = 1.0;
    for (qsizetype i = n - 2; i >= 0; --i) {
        const double *next = beta.data() + size_t(i + 1) * L;
        const double *en = expE.data() + size_t(i + 1) * L;
        double *cur = beta.data() + size_t(i) * L;
        for (int l = 0; l < L; ++l) {
            double sum = 0;
            for (int x = 0; x < L; ++x)
                sum += expT[l * L + x] * en[x] * next[x];
            cur[l] = sum;
        }
        normalise(cur);
    }
    for (qsizetype i = 0; i < n; ++i) {
        double p[L];
        double sum = 0;
        for (int l = 0; l < L; ++l)
            sum += p[l] = alpha[size_t(i) * L + l] * beta[size_t(i) * L + l];
        for (int l = 0; l < L; ++l)
            probs[size_t(i) * L + l] = sum > 0 ? float(p[l] / sum) : (l == TaggerLabel::O ? 1.0f : 0.0f);
    }
}

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
        }
        if (start)
            starts.push_back(i);
    }
    starts.push_back(n);
    return starts;
}

} // namespace Lectern::Core::TaggerDecoder
