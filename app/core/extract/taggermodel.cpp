#include "extract/taggermodel.h"

#include "util/logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QResource>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Lectern::Core {

namespace {

constexpr char magic[8] = {'L', 'E', 'C', 'T', 'N', 'E', 'R', '\0'};
constexpr int hashBytes = 32;
constexpr int checksumBytes = 8;
// The trailer after the tables: version 4 stores the SHA-256 (the identity) and a checksum over
// everything before it, SHA included; versions 1 to 3 only the SHA-256, which is the check.
constexpr qint64 trailerBytes(quint32 version)
{
    return version >= 4 ? hashBytes + checksumBytes : hashBytes;
}

constexpr quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

// The integrity check of a version 4 file: a 64-bit multiply-rotate hash, four independent
// lanes of 8-byte words (about 1 instruction per byte where SHA-256 takes 60), so a damaged file
// is refused before its tables are read. Not a signature: the tables are bounds-checked anyway.
quint64 modelChecksum(const char *data, qsizetype size)
{
    constexpr quint64 k1 = 0x9E3779B97F4A7C15ULL; // odd constants with well-mixed bits
    constexpr quint64 k2 = 0xD6E8FEB86659FD93ULL;
    constexpr quint64 k3 = 0xA0761D6478BD642FULL;
    quint64 lane[4] = {k1, k2, k3, k1 ^ k2};
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    for (; i + 32 <= size; i += 32)
        for (int j = 0; j < 4; ++j)
            lane[j] = rotl(lane[j] + qFromLittleEndian<quint64>(p + i + 8 * j) * k2, 31) * k1;
    quint64 h = quint64(size) * k3;
    for (int j = 0; j < 4; ++j)
        h = rotl(h ^ (lane[j] * k2), 27) * k1 + k3;
    for (; i < size; ++i)
        h = rotl(h ^ (quint64(p[i]) * k1), 11) * k2;
    h ^= h >> 33;
    h *= k2;
    h ^= h >> 29;
    h *= k3;
    h ^= h >> 32;
    return h;
}
// Far more than a model trained on news needs; a larger count is a corrupt header.
constexpr quint32 maxFeatures = 8'000'000;
constexpr quint32 maxProvenance = 1 << 20;
constexpr quint32 maxClusterWords = 1 << 20;
// Bounds far above what training gives (weights are counts of perceptron steps): larger scales
// or transitions, NaN or infinite ones, would overflow the decoder's sums.
constexpr float maxScore = 1e7f;
bool plausibleScale(float scale)
{
    return scale > 0 && scale <= 1e3f; // NaN fails both
}

struct LabelPairs
{
    int count = 0;
    qint16 pairs[TaggerLabel::count * TaggerLabel::count] = {};
};

const LabelPairs &labelPairs()
{
    static const LabelPairs p = [] {
        LabelPairs p;
        for (int from = 0; from < TaggerLabel::count; ++from)
            for (int to = 0; to < TaggerLabel::count; ++to)
                if (TaggerLabel::allowed(from, to))
                    p.pairs[p.count++] = qint16(from * TaggerLabel::count + to);
        return p;
    }();
    return p;
}

} // namespace

quint64 TaggerModel::checksum(const char *data, qsizetype size)
{
    return modelChecksum(data, size);
}

int TaggerLabel::pairCount()
{
    return labelPairs().count;
}

const qint16 *TaggerLabel::pairs()
{
    return labelPairs().pairs;
}

std::shared_ptr<TaggerModel> TaggerModel::fromWeights(const std::vector<quint64> &hashes, const std::vector<float> &weights,
                                                      const std::vector<float> &transitions, const QJsonObject &provenance,
                                                      float minWeight, const TaggerClusters &clusters,
                                                      const std::vector<quint64> &edgeHashes,
                                                      const std::vector<float> &edgeWeights)
{
    constexpr int L = TaggerLabel::count;
    std::vector<size_t> keep;
    float largest = 0;
    for (size_t r = 0; r < hashes.size(); ++r) {
        float m = 0;
        for (int l = 0; l < L; ++l)
            m = std::max(m, std::fabs(weights[r * L + l]));
        if (m >= minWeight && m > 0) {
            keep.push_back(r);
            largest = std::max(largest, m);
        }
    }
    std::sort(keep.begin(), keep.end(), [&](size_t a, size_t b) { return hashes[a] < hashes[b]; });
    auto model = std::make_shared<TaggerModel>();
    model->m_scale = largest > 0 ? largest / 32767.0f : 1.0f;
    model->m_hashes.reserve(keep.size());
    std::vector<char> packed(keep.size() * L * 2); // the weights as the file stores them
    char *out = packed.data();
    for (const size_t r : keep) {
        model->m_hashes.push_back(hashes[r]);
        for (int l = 0; l < L; ++l, out += 2)
            qToLittleEndian<qint16>(qint16(std::lround(weights[r * L + l] / model->m_scale)), out);
    }
    constexpr int LL = L * L;
    std::vector<size_t> edges;
    float edgeLargest = 0;
    for (size_t r = 0; r < edgeHashes.size(); ++r) {
        float m = 0;
        for (int k = 0; k < LL; ++k)
            m = std::max(m, std::fabs(edgeWeights[r * LL + k]));
        if (m >= minWeight && m > 0) {
            edges.push_back(r);
            edgeLargest = std::max(edgeLargest, m);
        }
    }
    std::sort(edges.begin(), edges.end(), [&](size_t a, size_t b) { return edgeHashes[a] < edgeHashes[b]; });
    model->m_edgeScale = edgeLargest > 0 ? edgeLargest / 32767.0f : 1.0f;
    std::vector<char> packedEdges(edges.size() * LL * 2);
    out = packedEdges.data();
    for (const size_t r : edges) {
        model->m_edgeHashes.push_back(edgeHashes[r]);
        for (int k = 0; k < LL; ++k, out += 2)
            qToLittleEndian<qint16>(qint16(std::lround(edgeWeights[r * LL + k] / model->m_edgeScale)), out);
    }
    model->m_transitions = transitions;
    model->m_provenance = provenance;
    model->m_clusters = clusters;
    model->buildIndex(packed.data(), packedEdges.data());
    // The identity of a model is the hash of its bytes: serialise once to compute it.
    const QByteArray bytes = model->toBytes();
    model->m_hash = QString::fromLatin1(bytes.right(trailerBytes(formatVersion)).left(hashBytes).toHex());
    return model;
}

void TaggerModel::buildIndex(const char *weights, const char *edgeWeights)
{
    size_t size = 16;
    while (size * 2 < m_hashes.size() * 3) // load factor at most 2/3
        size *= 2;
    m_slots.assign(size, Slot());
    m_mask = size - 1;
    m_slotOf.resize(m_hashes.size());
    for (size_t r = 0; r < m_hashes.size(); ++r) {
        const quint64 h = m_hashes[r];
        size_t i = size_t(h) & m_mask;
        while (m_slots[i].check != 0)
            i = (i + 1) & m_mask;
        Slot &slot = m_slots[i];
        slot.check = quint32(h >> 32) | 1u;
        qFromLittleEndian<qint16>(weights + r * TaggerLabel::count * 2, TaggerLabel::count, slot.weights);
        m_slotOf[r] = quint32(i);
    }
    m_edgeSlots.clear();
    m_edgeSparse.clear();
    m_edgeFirst.assign(1, 0);
    m_edgeMask = 0;
    if (m_edgeHashes.empty())
        return;
    constexpr int LL = TaggerLabel::count * TaggerLabel::count;
    size = 16;
    while (size * 2 < m_edgeHashes.size() * 3)
        size *= 2;
    m_edgeSlots.assign(size, EdgeSlot());
    m_edgeMask = size - 1;
    for (size_t r = 0; r < m_edgeHashes.size(); ++r) {
        const quint64 h = m_edgeHashes[r];
        size_t i = size_t(h) & m_edgeMask;
        while (m_edgeSlots[i].check != 0)
            i = (i + 1) & m_edgeMask;
        EdgeSlot &slot = m_edgeSlots[i];
        slot.check = quint32(h >> 32) | 1u;
        slot.first = quint32(m_edgeSparse.size());
        const qint16 *pairs = TaggerLabel::pairs();
        const char *row = edgeWeights + r * LL * 2;
        for (int j = 0; j < m_pairCount; ++j)
            if (const qint16 w = qFromLittleEndian<qint16>(row + size_t(pairs[j]) * 2))
                m_edgeSparse.push_back(EdgeWeight{qint16(j), w});
        slot.count = quint32(m_edgeSparse.size()) - slot.first;
        m_edgeFirst.push_back(quint32(m_edgeSparse.size()));
    }
}

float TaggerModel::weight(qint32 row, int label) const
{
    return m_slots[m_slotOf[size_t(row)]].weights[label] * m_scale;
}

float TaggerModel::edgeWeight(qint32 row, int k) const
{
    const qint16 *pairs = TaggerLabel::pairs();
    for (quint32 i = m_edgeFirst[size_t(row)]; i < m_edgeFirst[size_t(row) + 1]; ++i)
        if (pairs[m_edgeSparse[i].pair] == k)
            return m_edgeSparse[i].weight * m_edgeScale;
    return 0; // a forbidden pair, or a weight of 0
}

QByteArray TaggerModel::toBytes() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s.writeRawData(magic, sizeof magic);
    const QByteArray prov = QJsonDocument(m_provenance).toJson(QJsonDocument::Compact);
    s << formatVersion << quint32(TaggerLabel::count) << quint32(prov.size());
    s.writeRawData(prov.constData(), int(prov.size()));
    s << quint32(m_clusters.size());
    for (const quint64 h : m_clusters.hashes())
        s << h;
    for (const quint16 c : m_clusters.ids())
        s << c;
    s << quint32(m_hashes.size()) << m_scale;
    for (const float t : m_transitions)
        s << t;
    for (const quint64 h : m_hashes)
        s << h;
    for (const quint32 i : m_slotOf)
        for (const qint16 w : m_slots[i].weights)
            s << w;
    s << quint32(m_edgeHashes.size()) << m_edgeScale;
    for (const quint64 h : m_edgeHashes)
        s << h;
    constexpr int LL = TaggerLabel::count * TaggerLabel::count;
    for (size_t r = 0; r + 1 < m_edgeFirst.size(); ++r) {
        qint16 row[LL] = {};
        for (quint32 i = m_edgeFirst[r]; i < m_edgeFirst[r + 1]; ++i)
            row[TaggerLabel::pairs()[m_edgeSparse[i].pair]] = m_edgeSparse[i].weight;
        for (const qint16 w : row)
            s << w;
    }
    out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    char sum[checksumBytes];
    qToLittleEndian<quint64>(modelChecksum(out.constData(), out.size()), sum);
    out.append(sum, checksumBytes);
    return out;
}

namespace {
// What a model file holds before its feature count: version, provenance and cluster table.
struct Header
{
    quint32 version = 0;
    QByteArray prov;
    std::vector<quint64> clusterHashes;
    std::vector<quint16> clusterIds;
    qint64 clusterBytes = 0; // the cluster table's size in the file
};

// Reads v.size() little-endian values from s in one block (not value by value: the model has
// millions of weights); a short read leaves s's status at ReadPastEnd.
template<typename T>
void readArray(QDataStream &s, std::vector<T> &v)
{
    const qint64 size = qint64(v.size()) * qint64(sizeof(T));
    if (size == 0)
        return;
    if (size > std::numeric_limits<int>::max() || s.readRawData(reinterpret_cast<char *>(v.data()), int(size)) != int(size)) {
        s.setStatus(QDataStream::ReadPastEnd);
        return;
    }
    qFromLittleEndian<T>(v.data(), qsizetype(v.size()), v.data());
}

// Reads the header that follows the magic from s (of a file of size bytes); the reason on
// failure (and its kind in *kind, left alone otherwise), else empty.
QString readHeader(QDataStream &s, qsizetype size, Header &h, TaggerModel::LoadError *kind)
{
    using LoadError = TaggerModel::LoadError;
    quint32 labels = 0, provLength = 0;
    s >> h.version >> labels >> provLength;
    if (h.version < 1 || h.version > TaggerModel::formatVersion) {
        *kind = h.version > TaggerModel::formatVersion ? LoadError::NewerFormat : LoadError::Corrupt;
        return QStringLiteral("unsupported model version %1 (this Lectern reads version %2)").arg(h.version).arg(TaggerModel::formatVersion);
    }
    if (labels != quint32(TaggerLabel::count)) {
        // Versions 1 and 2 were written with BIO labels (9); a current file with another count is damaged.
        *kind = h.version <= 2 ? LoadError::OlderFormat : LoadError::Corrupt;
        return QStringLiteral("model has %1 labels, expected %2").arg(labels).arg(TaggerLabel::count);
    }
    if (provLength > maxProvenance || qsizetype(provLength) > size)
        return QStringLiteral("truncated model file");
    h.prov = QByteArray(qsizetype(provLength), Qt::Uninitialized);
    if (s.readRawData(h.prov.data(), int(provLength)) != int(provLength))
        return QStringLiteral("truncated model file");
    quint32 clusterCount = 0;
    if (h.version >= 2) {
        s >> clusterCount;
        if (s.status() != QDataStream::Ok)
            return QStringLiteral("truncated model file");
        if (clusterCount > maxClusterWords || qint64(clusterCount) * 10 > size)
            return QStringLiteral("corrupt model file (cluster count %1)").arg(clusterCount);
        h.clusterHashes.resize(clusterCount);
        readArray(s, h.clusterHashes);
        h.clusterIds.resize(clusterCount);
        readArray(s, h.clusterIds);
    }
    h.clusterBytes = h.version >= 2 ? 4 + qint64(clusterCount) * 10 : 0;
    return {};
}
} // namespace

std::shared_ptr<TaggerModel> TaggerModel::fromBytes(const QByteArray &bytes, QString *error, LoadError *reason)
{
    LoadError kind = LoadError::Corrupt; // every failure below but the header's version checks
    if (reason)
        *reason = LoadError::None;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        if (reason)
            *reason = kind;
        return std::shared_ptr<TaggerModel>();
    };
    if (bytes.size() < qsizetype(sizeof magic) || !bytes.startsWith(QByteArray(magic, sizeof magic)))
        return fail(QStringLiteral("not a Lectern tagger model"));
    if (bytes.size() < qsizetype(sizeof magic) + 12 + hashBytes)
        return fail(QStringLiteral("truncated model file"));
    QDataStream s(bytes);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s.skipRawData(sizeof magic);
    Header header;
    if (const QString why = readHeader(s, bytes.size(), header, &kind); !why.isEmpty())
        return fail(why);
    quint32 features = 0;
    float scale = 0;
    s >> features >> scale;
    if (s.status() != QDataStream::Ok)
        return fail(QStringLiteral("truncated model file"));
    if (features > maxFeatures)
        return fail(QStringLiteral("corrupt model file (feature count %1)").arg(features));
    constexpr int L = TaggerLabel::count;
    constexpr int LL = L * L;
    const qint64 trailer = trailerBytes(header.version);
    qint64 expected = qint64(sizeof magic) + 12 + header.prov.size() + header.clusterBytes + 8 + qint64(L + 1) * L * 4
        + qint64(features) * 8 + qint64(features) * L * 2 + trailer;
    quint32 edges = 0;
    if (header.version >= 3) {
        // the edge section's count follows the emission weights
        const qint64 at = expected - trailer;
        if (bytes.size() < at + 8 + trailer)
            return fail(QStringLiteral("truncated model file"));
        edges = qFromLittleEndian<quint32>(bytes.constData() + at);
        if (edges > maxFeatures)
            return fail(QStringLiteral("corrupt model file (edge feature count %1)").arg(edges));
        expected += 8 + qint64(edges) * 8 + qint64(edges) * LL * 2;
    }
    if (expected > std::numeric_limits<int>::max()) // QDataStream counts in int
        return fail(QStringLiteral("corrupt model file (%1 bytes of tables)").arg(expected));
    if (bytes.size() < expected)
        return fail(QStringLiteral("truncated model file (%1 of %2 bytes)").arg(bytes.size()).arg(expected));
    if (bytes.size() > expected)
        return fail(QStringLiteral("corrupt model file (%1 bytes after the checksum)").arg(bytes.size() - expected));
    const QByteArrayView stored(bytes.constData() + expected - trailer, hashBytes); // the SHA-256, the identity
    if (header.version >= 4) {
        const qint64 covered = expected - checksumBytes;
        if (modelChecksum(bytes.constData(), covered) != qFromLittleEndian<quint64>(bytes.constData() + covered))
            return fail(QStringLiteral("model file checksum mismatch (the file is damaged)"));
    } else if (QCryptographicHash::hash(QByteArrayView(bytes.constData(), expected - hashBytes), QCryptographicHash::Sha256)
               != stored) {
        return fail(QStringLiteral("model file checksum mismatch (the file is damaged)"));
    }
    auto model = std::make_shared<TaggerModel>();
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(header.prov, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("model provenance is not a JSON object"));
    model->m_provenance = doc.object();
    if (!TaggerClusters::fromPairs(std::move(header.clusterHashes), std::move(header.clusterIds), &model->m_clusters))
        return fail(QStringLiteral("corrupt model file (cluster table)"));
    model->m_scale = scale;
    if (!plausibleScale(scale))
        return fail(QStringLiteral("corrupt model file (scale)"));
    model->m_transitions.resize(size_t(L + 1) * L);
    for (float &t : model->m_transitions)
        s >> t;
    // A NaN or infinite transition would leave the decoder without a best path.
    if (!std::all_of(model->m_transitions.begin(), model->m_transitions.end(), [](float t) { return std::fabs(t) <= maxScore; }))
        return fail(QStringLiteral("corrupt model file (transitions)"));
    model->m_hashes.resize(features);
    readArray(s, model->m_hashes);
    // The weight tables are read in place (the sizes were checked against the file's above).
    const char *weights = bytes.constData() + s.device()->pos();
    s.skipRawData(int(qint64(features) * L * 2));
    const char *edgeWeights = nullptr;
    if (header.version >= 3) {
        quint32 count = 0;
        s >> count >> model->m_edgeScale;
        if (!plausibleScale(model->m_edgeScale))
            return fail(QStringLiteral("corrupt model file (edge scale)"));
        model->m_edgeHashes.resize(edges);
        readArray(s, model->m_edgeHashes);
        edgeWeights = bytes.constData() + s.device()->pos();
        s.skipRawData(int(qint64(edges) * LL * 2));
        if (!std::is_sorted(model->m_edgeHashes.begin(), model->m_edgeHashes.end())
            || std::adjacent_find(model->m_edgeHashes.begin(), model->m_edgeHashes.end()) != model->m_edgeHashes.end())
            return fail(QStringLiteral("corrupt model file (edge table not sorted)"));
    }
    if (s.status() != QDataStream::Ok)
        return fail(QStringLiteral("truncated model file"));
    if (!std::is_sorted(model->m_hashes.begin(), model->m_hashes.end())
        || std::adjacent_find(model->m_hashes.begin(), model->m_hashes.end()) != model->m_hashes.end())
        return fail(QStringLiteral("corrupt model file (feature table not sorted)"));
    model->buildIndex(weights, edgeWeights);
    model->m_hash = QString::fromLatin1(stored.toByteArray().toHex());
    model->m_version = header.version;
    return model;
}

std::shared_ptr<TaggerModel> TaggerModel::load(const QString &path, QString *error, LoadError *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        if (reason)
            *reason = LoadError::Unreadable;
        return {};
    }
    if (file.size() > qint64(maxFeatures) * (26 + 170) + maxProvenance + qint64(maxClusterWords) * 10) {
        if (error)
            *error = QStringLiteral("model file too large");
        if (reason)
            *reason = LoadError::Corrupt;
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        if (reason)
            *reason = LoadError::Unreadable;
        return {};
    }
    return fromBytes(bytes, error, reason);
}

bool TaggerModel::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::shared_ptr<const TaggerModel> TaggerModel::bundled()
{
    static const std::shared_ptr<const TaggerModel> model = [] {
        QString error;
        // Read in place: an uncompressed resource is a view of the binary's data (no 8 MB copy).
        const QResource resource(QStringLiteral(":/models/lectern-ner.ltm"));
        auto m = resource.isValid() ? fromBytes(resource.uncompressedData(), &error) : nullptr;
        if (!resource.isValid())
            error = QStringLiteral("no model in the resources");
        if (!m)
            qCWarning(lcExtract) << "bundled tagger model not used:" << error;
        return std::shared_ptr<const TaggerModel>(m);
    }();
    return model;
}

} // namespace Lectern::Core
