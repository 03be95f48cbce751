#pragma once

#include "extract/taggerclusters.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace Lectern::Core {

// The labels of the entity tagger over persons, organizations, places and miscellaneous names:
// O, then per type (1 person, 2 organization, 3 place, 4 misc) its positions in the name.
namespace TaggerLabel {
// BIOES: a name's last syllable (E-) and a one-syllable name (S-) have labels of their own, so
// the model learns where names end (tune organizations 0.753 -> 0.758 with BIO's features).
// The functions below also read BIO (positions = 2).
constexpr int positions = 4; // B(egin), I(nside), E(nd), S(ingle)
constexpr int O = 0;
constexpr int count = 1 + 4 * positions;
enum Position : int { Begin = 0, Inside = 1, End = 2, Single = 3 };
constexpr int label(int type, Position p) { return 1 + (type - 1) * positions + int(p); }
inline int typeOf(int l) { return l == O ? 0 : (l - 1) / positions + 1; } // 0 none, 1 person, 2 organization, 3 place, 4 misc
inline int positionOf(int l) { return (l - 1) % positions; }
// A label that continues the name of the label before it (I-, E-).
inline bool isInside(int l) { return l != O && (positionOf(l) == Inside || positionOf(l) == End); }
// A label after which the name must go on (B-, I- with BIOES; none with BIO).
inline bool isOpen(int l) { return positions == 4 && l != O && (positionOf(l) == Begin || positionOf(l) == Inside); }
// The constraint: a continuing label only follows an open or (BIO) any label of its own type;
// with BIOES, an open label is always continued.
inline bool allowed(int prev, int cur)
{
    if (isInside(cur))
        return prev != O && typeOf(prev) == typeOf(cur) && (positions == 2 || isOpen(prev));
    return !isOpen(prev);
}
// The allowed (from, to) label pairs as from * count + to, ascending (97 with BIOES): edge
// scores are kept for these only, in this order.
int pairCount();
const qint16 *pairs();
} // namespace TaggerLabel

// A trained linear-chain tagger: one weight per (feature, label), one per label transition.
// Features are 64-bit hashes (TaggerFeatures); the model keeps those that survived pruning,
// sorted, with int16 weights and one scale, and finds them with an open-addressing table.
//
// File format (little endian), version 4:
//   "LECTNER\0" magic (8 bytes), quint32 version, quint32 label count,
//   quint32 provenance length + provenance (UTF-8 JSON object),
//   quint32 cluster count, quint64 syllable key hashes[count] (ascending), quint16 clusters[count]
//   (the word clusters the features use; version 1 files have no such section and no clusters),
//   quint32 feature count, float scale, float transitions[(labels+1) x labels] (row labels = start),
//   quint64 feature hashes[count] (ascending), qint16 weights[count x labels],
//   (version 3:) quint32 edge feature count, float edge scale, quint64 edge hashes[count]
//   (ascending), qint16 edge weights[count x labels x labels] (from-label major),
//   32 bytes SHA-256 of everything before (the model's identity, hash()),
//   (version 4:) quint64 checksum of everything before, SHA-256 included (a 64-bit
//   multiply-rotate hash over 8-byte words: loading checks it instead of the SHA-256, which
//   cost 2/3 of the loading time; a version 3 file, which ends at the SHA-256, is still read and
//   checked with it). No checksum is a signature: a crafted file with a valid one is still
//   bounds-checked table by table.
// Edge features weigh a transition (previous label, label) given the syllables around it.
// Immutable once built or loaded; read from any number of threads.
class TaggerModel final
{
public:
    static constexpr quint32 formatVersion = 4;

    // Builds a model from dense weights (training): hashes[i] has weights[i*labels .. +labels].
    // Rows whose largest |weight| is below minWeight are dropped.
    static std::shared_ptr<TaggerModel> fromWeights(const std::vector<quint64> &hashes, const std::vector<float> &weights,
                                                    const std::vector<float> &transitions, const QJsonObject &provenance,
                                                    float minWeight, const TaggerClusters &clusters = {},
                                                    const std::vector<quint64> &edgeHashes = {},
                                                    const std::vector<float> &edgeWeights = {});

    // Why a model could not be loaded, for callers that act on it (the reader rebuilds a user's
    // model of an older format or a damaged one; it leaves a newer one or an unreadable file alone).
    enum class LoadError {
        None,
        Unreadable,  // the file cannot be opened or read (missing, permissions, I/O)
        OlderFormat, // written by an older Lectern: a format this one no longer reads (e.g. 9 BIO labels)
        NewerFormat, // written by a newer Lectern (a version above formatVersion)
        Corrupt,     // not a model, truncated, checksum mismatch, inconsistent tables
    };

    // Parses a model file's bytes; on any error returns nullptr and sets *error to the reason
    // ("not a Lectern tagger model", "truncated", "checksum mismatch", "unsupported version 7")
    // and *reason (optional) to its kind.
    static std::shared_ptr<TaggerModel> fromBytes(const QByteArray &bytes, QString *error, LoadError *reason = nullptr);
    static std::shared_ptr<TaggerModel> load(const QString &path, QString *error, LoadError *reason = nullptr);
    QByteArray toBytes() const;
    bool save(const QString &path, QString *error) const;

    // The bundled model (:/models/lectern-ner.ltm), loaded once; nullptr when it is missing or
    // malformed (a warning in lcExtract; extraction then uses the rules alone).
    static std::shared_ptr<const TaggerModel> bundled();

    // Adds the weights of feature hash h to scores[0..labels) (nothing for unknown features).
    void addWeights(quint64 h, float *scores) const
    {
        const Slot *slot = find(h);
        if (!slot)
            return;
        for (int l = 0; l < TaggerLabel::count; ++l)
            scores[l] += slot->weights[l] * m_scale;
    }
    // Adds the stored (unscaled) weights of feature hash h to acc[0..labels): sums of them are
    // exact, and times scale() they are the scores addWeights gives.
    void addRawWeights(quint64 h, qint32 *acc) const
    {
        const Slot *slot = find(h);
        if (!slot)
            return;
        for (int l = 0; l < TaggerLabel::count; ++l)
            acc[l] += slot->weights[l];
    }
    float scale() const { return m_scale; }
    // Adds the stored weights of edge feature h to acc[0..TaggerLabel::pairCount()), one per
    // allowed label pair in TaggerLabel::pairs() order (nothing if unknown); times edgeScale()
    // they are scores. (Forbidden pairs are never learned: their weights are 0.)
    void addRawEdgeWeights(quint64 h, qint32 *acc) const
    {
        if (m_edgeMask == 0 && m_edgeSlots.empty())
            return;
        const quint32 check = quint32(h >> 32) | 1u;
        for (size_t i = size_t(h) & m_edgeMask;; i = (i + 1) & m_edgeMask) {
            const EdgeSlot &slot = m_edgeSlots[i];
            if (slot.check == 0)
                return;
            if (slot.check == check) {
                const EdgeWeight *w = m_edgeSparse.data() + slot.first;
                const EdgeWeight *end = w + slot.count; // read once: acc may alias it
                for (; w != end; ++w)
                    acc[w->pair] += w->weight;
                return;
            }
        }
    }
    float edgeScale() const { return m_edgeScale; }
    qsizetype edgeCount() const { return qsizetype(m_edgeHashes.size()); }
    quint64 edgeHash(qint32 row) const { return m_edgeHashes[size_t(row)]; }
    // Pair k (from * count + to) of edge feature row (continuing training from this model).
    float edgeWeight(qint32 row, int k) const;
    // Starts loading the memory addWeights(h) will read (call a few features ahead).
    void prefetch(quint64 h) const { __builtin_prefetch(m_slots.data() + (size_t(h) & m_mask)); }
    // Weight of label `to` after `from` (from == labels: sequence start).
    float transition(int from, int to) const { return m_transitions[size_t(from) * TaggerLabel::count + to]; }
    // Dense copy of the weights (continuing training from this model).
    float weight(qint32 row, int label) const;
    quint64 featureHash(qint32 row) const { return m_hashes[size_t(row)]; }

    const TaggerClusters &clusters() const { return m_clusters; }
    qsizetype featureCount() const { return qsizetype(m_hashes.size()); }
    const QJsonObject &provenance() const { return m_provenance; }
    // Hex SHA-256 of the model file's bytes before it (the model's identity; stored in the file,
    // computed when the model is written).
    QString hash() const { return m_hash; }
    // The format version of the file the model was read from (formatVersion when built or written).
    quint32 version() const { return m_version; }
    // The version 4 checksum of size bytes (a file's last 8 bytes hold it over all the others).
    static quint64 checksum(const char *data, qsizetype size);

private:
    // The lookup table holds each feature's weights inline (one memory access per feature);
    // a slot is identified by the hash's high half, the index by its low bits.
    struct Slot
    {
        quint32 check = 0; // 0: empty
        qint16 weights[TaggerLabel::count] = {};
    };
    const Slot *find(quint64 h) const
    {
        const quint32 check = quint32(h >> 32) | 1u;
        size_t i = size_t(h) & m_mask;
        for (;;) {
            const Slot &slot = m_slots[i];
            if (slot.check == check)
                return &slot;
            if (slot.check == 0)
                return nullptr;
            i = (i + 1) & m_mask;
        }
    }
    struct EdgeSlot
    {
        quint32 check = 0; // 0: empty
        quint32 first = 0; // the feature's non-zero weights: m_edgeSparse[first, first + count)
        quint32 count = 0;
    };
    struct EdgeWeight // one non-zero weight of an allowed pair (2 % of the weights are non-zero)
    {
        qint16 pair; // index in TaggerLabel::pairs()
        qint16 weight;
    };
    int m_pairCount = TaggerLabel::pairCount();
    // Builds the lookup tables from the weights as the file stores them (little-endian qint16,
    // rows in hash order): features x labels, edge features x labels x labels. The tables are
    // all the model keeps of them (no second, dense copy).
    void buildIndex(const char *weights, const char *edgeWeights);

    std::vector<quint64> m_edgeHashes;
    std::vector<quint32> m_edgeFirst; // edge row r's weights: m_edgeSparse[m_edgeFirst[r], m_edgeFirst[r + 1])
    float m_edgeScale = 1;
    std::vector<EdgeSlot> m_edgeSlots;
    std::vector<EdgeWeight> m_edgeSparse;
    size_t m_edgeMask = 0;
    std::vector<quint64> m_hashes;
    std::vector<quint32> m_slotOf; // feature row -> its slot in m_slots
    std::vector<float> m_transitions;
    float m_scale = 1;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    QJsonObject m_provenance;
    TaggerClusters m_clusters;
    QString m_hash;
    quint32 m_version = formatVersion;
};

} // namespace Lectern::Core
