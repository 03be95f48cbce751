#include "extract/taggerclusters.h"

#include "extract/taggerfeatures.h"
#include "extract/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Lectern::Core {

namespace {
// Every text as a sequence of token key hashes (0 between lines: no context across them),
// with each hash's count and whether it is a word without digits.
void tokenStream(const QStringList &texts, std::vector<quint64> &stream, std::unordered_map<quint64, quint32> &counts,
                 std::unordered_map<quint64, bool> &isWord)
{
    for (const QString &text : texts) {
        const QList<Token> tokens = Tokenizer::tokenize(text);
        stream.push_back(0);
        for (const Token &t : tokens) {
            if (t.is(Token::LineStart))
                stream.push_back(0);
            const quint64 h = TaggerFeatures::hashText(t.key) | 1u; // never 0
            stream.push_back(h);
            ++counts[h];
            if (t.isWord() && !t.is(Token::HasDigit))
                isWord.emplace(h, true);
        }
    }
    stream.push_back(0);
}

// (count, hash) most frequent first, ties by hash: a fixed order whatever the map's.
std::vector<std::pair<quint32, quint64>> byFrequency(const std::unordered_map<quint64, quint32> &counts)
{
    std::vector<std::pair<quint32, quint64>> byCount;
    byCount.reserve(counts.size());
    for (const auto &[h, c] : counts)
        byCount.emplace_back(c, h);
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    return byCount;
}

// The vocabulary: the most frequent words (at least minCount times, at most vocabSize of them).
void chooseVocabulary(const std::vector<std::pair<quint32, quint64>> &byCount, const std::unordered_map<quint64, bool> &isWord,
                      const TaggerClusters::Options &options, std::vector<quint64> &vocab,
                      std::unordered_map<quint64, int> &vocabRow)
{
    for (const auto &[c, h] : byCount) {
        if (int(vocab.size()) >= options.vocabSize || c < quint32(options.minCount))
            break;
        if (!isWord.count(h))
            continue;
        vocabRow.emplace(h, int(vocab.size()));
        vocab.push_back(h);
    }
}

// Scales v (dims values) to unit length (all zero stays zero).
inline void normalise(float *v, int dims)
{
    double sum = 0;
    for (int d = 0; d < dims; ++d)
        sum += double(v[d]) * v[d];
    const float inv = sum > 0 ? float(1.0 / std::sqrt(sum)) : 0.0f;
    for (int d = 0; d < dims; ++d)
        v[d] *= inv;
}

// Every vocabulary word's left and right context counts (D dimensions each), square-rooted
// and normalised: V rows of 2 * D.
std::vector<float> contextVectors(const std::vector<quint64> &stream, const std::unordered_map<quint64, int> &vocabRow,
                                  const std::unordered_map<quint64, int> &contextDim, int D, int V)
{
    const int dims = 2 * D;
    std::vector<float> vec(size_t(V) * dims, 0.0f);
    for (size_t i = 1; i + 1 < stream.size(); ++i) {
        const auto row = vocabRow.find(stream[i]);
        if (row == vocabRow.end())
            continue;
        float *v = vec.data() + size_t(row->second) * dims;
        const auto left = contextDim.find(stream[i - 1]);
        if (left != contextDim.end())
            v[left->second] += 1;
        const auto right = contextDim.find(stream[i + 1]);
        if (right != contextDim.end())
            v[D + right->second] += 1;
    }
    for (int w = 0; w < V; ++w) {
        float *v = vec.data() + size_t(w) * dims;
        for (int d = 0; d < dims; ++d)
            v[d] = std::sqrt(v[d]);
        normalise(v, dims);
    }
    return vec;
}

// Assigns every word to its nearest centroid (largest dot product); true if any assignment changed.
inline bool assignNearest(const std::vector<float> &vec, const std::vector<float> &centroid, int V, int K, int dims,
                          std::vector<int> &assign)
{
    bool changed = false;
    for (int w = 0; w < V; ++w) {
        const float *v = vec.data() + size_t(w) * dims;
        int best = 0;
        float bestDot = -2;
        for (int k = 0; k < K; ++k) {
            const float *c = centroid.data() + size_t(k) * dims;
            float dot = 0;
            for (int d = 0; d < dims; ++d)
                dot += v[d] * c[d];
            if (dot > bestDot) {
                bestDot = dot;
                best = k;
            }
        }
        if (assign[size_t(w)] != best) {
            assign[size_t(w)] = best;
            changed = true;
        }
    }
    return changed;
}

// Moves every centroid with members to their normalised sum (sum and members are scratch).
inline void moveCentroids(const std::vector<float> &vec, const std::vector<int> &assign, int V, int K, int dims,
                          std::vector<double> &sum, std::vector<int> &members, std::vector<float> &centroid)
{
    std::fill(sum.begin(), sum.end(), 0.0);
    std::fill(members.begin(), members.end(), 0);
    for (int w = 0; w < V; ++w) {
        const int k = assign[size_t(w)];
        ++members[size_t(k)];
        const float *v = vec.data() + size_t(w) * dims;
        double *s = sum.data() + size_t(k) * dims;
        for (int d = 0; d < dims; ++d)
            s[d] += v[d];
    }
    for (int k = 0; k < K; ++k) {
        if (members[size_t(k)] == 0)
            continue; // keeps its centroid
        float *c = centroid.data() + size_t(k) * dims;
        for (int d = 0; d < dims; ++d)
            c[d] = float(sum[size_t(k) * dims + d]);
        normalise(c, dims);
    }
}

// Spherical k-means over the V word vectors, seeded with the K most frequent words: the cluster of every word.
std::vector<int> kMeans(const std::vector<float> &vec, int V, int K, int dims, int rounds)
{
    std::vector<float> centroid(size_t(K) * dims);
    std::copy_n(vec.data(), size_t(K) * dims, centroid.data()); // the K most frequent words
    std::vector<int> assign(static_cast<size_t>(V), -1);
    std::vector<double> sum(static_cast<size_t>(K) * dims, 0.0);
    std::vector<int> members(static_cast<size_t>(K), 0);
    for (int round = 0; round < rounds; ++round) {
        if (!assignNearest(vec, centroid, V, K, dims, assign))
            break;
        moveCentroids(vec, assign, V, K, dims, sum, members, centroid);
    }
    return assign;
}
} // namespace

TaggerClusters TaggerClusters::learn(const QStringList &texts, const Options &options)
{
    std::vector<quint64> stream;
    std::unordered_map<quint64, quint32> counts;
    std::unordered_map<quint64, bool> isWord;
    tokenStream(texts, stream, counts, isWord);
    const std::vector<std::pair<quint32, quint64>> byCount = byFrequency(counts);
    const int D = options.contextSize;
    std::unordered_map<quint64, int> contextDim;
    for (const auto &[c, h] : byCount) {
        if (int(contextDim.size()) >= D)
            break;
        contextDim.emplace(h, int(contextDim.size()));
    }
    std::unordered_map<quint64, int> vocabRow;
    std::vector<quint64> vocab;
    chooseVocabulary(byCount, isWord, options, vocab, vocabRow);
    const int V = int(vocab.size());
    const std::vector<float> vec = contextVectors(stream, vocabRow, contextDim, D, V);
    const std::vector<int> assign = kMeans(vec, V, std::min(options.clusters, V), 2 * D, options.rounds);
    std::vector<std::pair<quint64, quint16>> pairs;
    pairs.reserve(size_t(V));
    for (int w = 0; w < V; ++w)
        pairs.emplace_back(vocab[size_t(w)], quint16(assign[size_t(w)] + 1));
    std::sort(pairs.begin(), pairs.end());
    TaggerClusters out;
    for (const auto &[h, id] : pairs) {
        out.m_hashes.push_back(h);
        out.m_ids.push_back(id);
    }
    out.buildIndex();
    return out;
}

bool TaggerClusters::fromPairs(std::vector<quint64> hashes, std::vector<quint16> ids, TaggerClusters *out)
{
    if (hashes.size() != ids.size() || !std::is_sorted(hashes.begin(), hashes.end())
        || std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end()
        || std::find(ids.begin(), ids.end(), quint16(0)) != ids.end())
        return false;
    out->m_hashes = std::move(hashes);
    out->m_ids = std::move(ids);
    out->buildIndex();
    return true;
}

void TaggerClusters::buildIndex()
{
    m_slots.clear();
    m_mask = 0;
    if (m_hashes.empty())
        return;
    size_t size = 16;
    while (size < m_hashes.size() * 2)
        size *= 2;
    m_slots.assign(size, -1);
    m_mask = size - 1;
    for (size_t e = 0; e < m_hashes.size(); ++e) {
        size_t i = size_t(m_hashes[e]) & m_mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = qint32(e);
    }
}

} // namespace Lectern::Core
