#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace Lectern::Core {

// The labels of the entity tagger: BIO over persons, organizations, places and miscellaneous names.
namespace TaggerLabel {
enum : int { O = 0, BPer, IPer, BOrg, IOrg, BLoc, ILoc, BMisc, IMisc };
constexpr int count = 9;
inline bool isBegin(int l) { return l == BPer || l == BOrg || l == BLoc || l == BMisc; }
inline bool isInside(int l) { return l == IPer || l == IOrg || l == ILoc || l == IMisc; }
// BIO constraint: an I- label only continues a B- or I- label of its own type.
inline bool allowed(int prev, int cur) { return !isInside(cur) || (prev != O && (prev + 1) / 2 == (cur + 1) / 2); }
inline int typeOf(int l) { return (l + 1) / 2; } // 0 none, 1 person, 2 organization, 3 place, 4 misc
} // namespace TaggerLabel

// A trained linear-chain tagger: one weight per (feature, label), one per label transition.
// Features are 64-bit hashes (TaggerFeatures); the model keeps those that survived pruning,
// sorted, with int16 weights and one scale, and finds them with an open-addressing table.
//
// File format (little endian), version 1:
//   "LECTNER\0" magic (8 bytes), quint32 version, quint32 label count,
//   quint32 provenance length + provenance (UTF-8 JSON object),
//   quint32 feature count, float scale, float transitions[(labels+1) x labels] (row labels = start),
//   quint64 feature hashes[count] (ascending), qint16 weights[count x labels],
//   32 bytes SHA-256 of everything before.
// Immutable once built or loaded; read from any number of threads.
class TaggerModel final
{
public:
    static constexpr quint32 formatVersion = 1;

    // Builds a model from dense weights (training): hashes[i] has weights[i*labels .. +labels].
    // Rows whose largest |weight| is below minWeight are dropped.
    static std::shared_ptr<TaggerModel> fromWeights(const std::vector<quint64> &hashes, const std::vector<float> &weights,
                                                    const std::vector<float> &transitions, const QJsonObject &provenance,
                                                    float minWeight);

    // Parses a model file's bytes; on any error returns nullptr and sets *error to the reason
    // ("not a Lectern tagger model", "truncated", "checksum mismatch", "unsupported version 7").
    static std::shared_ptr<TaggerModel> fromBytes(const QByteArray &bytes, QString *error);
    static std::shared_ptr<TaggerModel> load(const QString &path, QString *error);
    QByteArray toBytes() const;
    bool save(const QString &path, QString *error) const;

    // The bundled model (:/models/lectern-ner.ltm), loaded once; nullptr when it is missing or
    // malformed (a warning in lcExtract; extraction then uses the rules alone).
    static std::shared_ptr<const TaggerModel> bundled();

    // Adds the weights of feature hash h to scores[0..labels) (nothing for unknown features).
    void addWeights(quint64 h, float *scores) const
    {
        const qint32 row = rowOf(h);
        if (row < 0)
            return;
        const qint16 *w = m_weights.data() + size_t(row) * TaggerLabel::count;
        for (int l = 0; l < TaggerLabel::count; ++l)
            scores[l] += w[l] * m_scale;
    }
    // Weight of label `to` after `from` (from == labels: sequence start).
    float transition(int from, int to) const { return m_transitions[size_t(from) * TaggerLabel::count + to]; }
    // Dense copy of the weights (continuing training from this model).
    float weight(qint32 row, int label) const { return m_weights[size_t(row) * TaggerLabel::count + label] * m_scale; }
    quint64 featureHash(qint32 row) const { return m_hashes[size_t(row)]; }

    qsizetype featureCount() const { return qsizetype(m_hashes.size()); }
    const QJsonObject &provenance() const { return m_provenance; }
    // Hex SHA-256 of the model file's bytes before the checksum (the model's identity).
    QString hash() const { return m_hash; }

private:
    qint32 rowOf(quint64 h) const
    {
        if (m_slots.empty())
            return -1;
        size_t i = size_t(h ^ (h >> 29)) & m_mask;
        for (;;) {
            const qint32 row = m_slots[i];
            if (row < 0)
                return -1;
            if (m_hashes[size_t(row)] == h)
                return row;
            i = (i + 1) & m_mask;
        }
    }
    void buildIndex();

    std::vector<quint64> m_hashes;
    std::vector<qint16> m_weights;
    std::vector<float> m_transitions;
    float m_scale = 1;
    std::vector<qint32> m_slots;
    size_t m_mask = 0;
    QJsonObject m_provenance;
    QString m_hash;
};

} // namespace Lectern::Core
