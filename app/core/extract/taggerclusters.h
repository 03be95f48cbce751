#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Lectern::Core {

// Word clusters for the entity tagger, learned from unlabeled text: syllables that occur
// between the same neighbours ("tỉnh", "huyện", "xã"; "Sở", "Bộ", "Ban") share a cluster, so the
// model generalises from the words it saw annotated to words it only saw in plain text.
//
// Learning: the vocabSize most frequent syllable keys (TextFold::matchKey) get a vector of the
// counts of their left and right neighbours among the contextSize most frequent tokens
// (square-rooted, unit length); spherical k-means with k clusters, seeded with the k most frequent
// words, a fixed number of rounds. Deterministic: the same texts in the same order give the same
// clusters (ties broken by the key hash, no hash-order iteration).
// Clusters are numbered 1..k; 0 means "not in the vocabulary".
// Immutable once built; read from any number of threads.
class TaggerClusters final
{
public:
    struct Options
    {
        int clusters = 160;
        int vocabSize = 10000;
        int contextSize = 200;
        int minCount = 5;
        int rounds = 10;
    };

    // The key hashes are TaggerFeatures::hashText of the token keys.
    static TaggerClusters learn(const QStringList &texts, const Options &options);
    // From stored pairs (hashes ascending, ids 1..65535); false when they are not.
    static bool fromPairs(std::vector<quint64> hashes, std::vector<quint16> ids, TaggerClusters *out);

    quint16 clusterOf(quint64 keyHash) const
    {
        if (m_slots.empty())
            return 0;
        size_t i = size_t(keyHash) & m_mask;
        for (;;) {
            const qint32 e = m_slots[i];
            if (e < 0)
                return 0;
            if (m_hashes[size_t(e)] == keyHash)
                return m_ids[size_t(e)];
            i = (i + 1) & m_mask;
        }
    }
    bool isEmpty() const { return m_hashes.empty(); }
    qsizetype size() const { return qsizetype(m_hashes.size()); }
    const std::vector<quint64> &hashes() const { return m_hashes; } // ascending
    const std::vector<quint16> &ids() const { return m_ids; }

private:
    void buildIndex();

    std::vector<quint64> m_hashes;
    std::vector<quint16> m_ids;
    std::vector<qint32> m_slots;
    size_t m_mask = 0;
};

} // namespace Lectern::Core
