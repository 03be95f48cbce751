#include "extract/taggerclusters.h"

#include "extract/taggerfeatures.h"
#include "extract/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Lectern::Core {

TaggerClusters TaggerClusters::learn(const QStringList &texts, const Options &options)
{
    // Every text as a sequence of token key hashes (0 between lines: no context across them).
    std::vector<quint64> stream;
    std::unordered_map<quint64, quint32> counts;
    std::unordered_map<quint64, bool> isWord;
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
    // Most frequent first, ties by hash: a fixed order whatever the map's.
    std::vector<std::pair<quint32, quint64>> byCount;
    byCount.reserve(counts.size());
    for (const auto &[h, c] : counts)
        byCount.emplace_back(c, h);
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const int D = options.contextSize;
    std::unordered_map<quint64, int> contextDim;
    for (const auto &[c, h] : byCount) {
        if (int(contextDim.size()) >= D)
            break;
        contextDim.emplace(h, int(contextDim.size()));
    }
    std::unordered_map<quint64, int> vocabRow;
    std::vector<quint64> vocab;
    for (const auto &[c, h] : byCount) {
        if (int(vocab.size()) >= options.vocabSize || c < quint32(options.minCount))
            break;
        if (!isWord.count(h))
            continue;
        vocabRow.emplace(h, int(vocab.size()));
        vocab.push_back(h);
    }
    const int V = int(vocab.size());
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
    auto normalise = [dims](float *v) {
        double sum = 0;
        for (int d = 0; d < dims; ++d)
            sum += double(v[d]) * v[d];
        const float inv = sum > 0 ? float(1.0 / std::sqrt(sum)) : 0.0f;
        for (int d = 0; d < dims; ++d)
            v[d] *= inv;
    };
    for (int w = 0; w < V; ++w) {
        float *v = vec.data() + size_t(w) * dims;
        for (int d = 0; d < dims; ++d)
            v[d] = std::sqrt(v[d]);
        normalise(v);
    }
    const int K = std::min(options.clusters, V);
    std::vector<float> centroid(size_t(K) * dims);
    std::copy_n(vec.data(), size_t(K) * dims, centroid.data()); // the K most frequent words
    std::vector<int> assign(static_cast<size_t>(V), -1);
    std::vector<double> sum(static_cast<size_t>(K) * dims, 0.0);
    std::vector<int> members(static_cast<size_t>(K), 0);
    for (int round = 0; round < options.rounds; ++round) {
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
        if (!changed)
            break;
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
            normalise(c);
        }
    }
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
