#include "extract/taggertrainer.h"

#include "extract/entityscanner.h"
#include "extract/taggerdecoder.h"
#include "extract/taggerfeatures.h"
#include "extract/taggermodel.h"
#include "extract/tokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Lectern::Core {

namespace {
constexpr int L = TaggerLabel::count;
constexpr int K = TaggerFeatures::perToken;
constexpr int E = TaggerFeatures::edgeCount;
constexpr int LL = L * L;

int typeNumber(TaggerTrainer::SpanType t)
{
    switch (t) {
    case TaggerTrainer::SpanType::Person: return 1;
    case TaggerTrainer::SpanType::Organization: return 2;
    case TaggerTrainer::SpanType::Place: return 3;
    case TaggerTrainer::SpanType::Misc: return 4;
    }
    return 1;
}

// Code point offset -> UTF-16 index for one text (offsets beyond the end map to its length).
std::vector<qsizetype> codePointIndex(const QString &text)
{
    std::vector<qsizetype> index;
    index.reserve(size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        index.push_back(i);
    }
    index.push_back(text.size());
    return index;
}
} // namespace

TaggerTrainer::TaggerTrainer(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

TaggerTrainer::~TaggerTrainer() = default;

qsizetype TaggerTrainer::tokenCount() const
{
    qsizetype n = 0;
    for (const Doc &d : m_docs)
        n += qsizetype(d.gold.size());
    return n;
}

qint32 TaggerTrainer::rowFor(quint64 hash)
{
    const auto [it, inserted] = m_rowOf.try_emplace(hash, qint32(m_hashOf.size()));
    if (inserted) {
        m_hashOf.push_back(hash);
        m_count.push_back(0);
    }
    ++m_count[size_t(it->second)];
    return it->second;
}

qint32 TaggerTrainer::edgeRowFor(quint64 hash)
{
    const auto [it, inserted] = m_edgeRowOf.try_emplace(hash, qint32(m_edgeHashOf.size()));
    if (inserted) {
        m_edgeHashOf.push_back(hash);
        m_edgeCount.push_back(0);
    }
    ++m_edgeCount[size_t(it->second)];
    return it->second;
}

void TaggerTrainer::addDocument(const QString &text, const QList<LabeledSpan> &spans)
{
    Doc doc;
    doc.text = text;
    doc.spans = spans;
    featurize(doc);
    m_docs.push_back(std::move(doc));
}

void TaggerTrainer::setClusters(const TaggerClusters &clusters)
{
    m_clusters = clusters;
    refeaturize();
}

void TaggerTrainer::learnClusters(const QStringList &unlabeled, const TaggerClusters::Options &options)
{
    QStringList texts = unlabeled;
    for (const Doc &d : m_docs)
        texts.append(d.text);
    setClusters(TaggerClusters::learn(texts, options));
}

void TaggerTrainer::refeaturize()
{
    m_rowOf.clear();
    m_hashOf.clear();
    m_count.clear();
    m_edgeRowOf.clear();
    m_edgeHashOf.clear();
    m_edgeCount.clear();
    for (Doc &d : m_docs)
        featurize(d);
}

void TaggerTrainer::featurize(Doc &doc)
{
    const QString &text = doc.text;
    const QList<LabeledSpan> &spans = doc.spans;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<ScanSpan> rules = EntityScanner(m_gazetteer).scan(text, tokens);
    std::vector<quint64> features, edges;
    TaggerFeatures(m_gazetteer, &m_clusters).compute(text, tokens, rules, features, &edges);
    doc.rows.resize(features.size());
    for (size_t k = 0; k < features.size(); ++k)
        doc.rows[k] = rowFor(features[k]);
    doc.edgeRows.resize(edges.size());
    for (size_t k = 0; k < edges.size(); ++k)
        doc.edgeRows[k] = edgeRowFor(edges[k]);
    const qsizetype n = tokens.size();
    doc.gold.assign(size_t(n), qint8(TaggerLabel::O));
    QList<LabeledSpan> sorted = spans;
    std::stable_sort(sorted.begin(), sorted.end(), [](const LabeledSpan &a, const LabeledSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    qsizetype t = 0;
    qsizetype taken = 0; // tokens before this index belong to an earlier span
    for (const LabeledSpan &s : std::as_const(sorted)) {
        while (t < n && tokens.at(t).end <= s.start)
            ++t;
        qsizetype first = t;
        if (first < taken)
            continue; // overlaps (nested in) an earlier span
        qsizetype last = first;
        while (last < n && tokens.at(last).start < s.end)
            ++last;
        if (last == first)
            continue;
        using namespace TaggerLabel;
        const int type = typeNumber(s.type);
        const bool bioes = TaggerLabel::positions == 4;
        doc.gold[size_t(first)] = qint8(label(type, bioes && last == first + 1 ? Single : Begin));
        for (qsizetype k = first + 1; k < last; ++k)
            doc.gold[size_t(k)] = qint8(label(type, bioes && k == last - 1 ? End : Inside));
        taken = last;
    }
    doc.starts = TaggerDecoder::sequenceStarts(tokens);
    // A name that runs over a sentence boundary ("TP. Hồ Chí Minh") keeps its sequence whole.
    std::vector<qsizetype> starts;
    for (const qsizetype s : doc.starts)
        if (s == n || !TaggerLabel::isInside(doc.gold[size_t(s)]))
            starts.push_back(s);
    doc.starts = std::move(starts);
}

struct TaggerTrainer::Learned
{
    std::vector<qint32> remap;   // the trainer's row -> row learned here (-1: not learned)
    std::vector<quint64> hashes; // the feature of every learned row
    std::vector<float> w;        // row * L + label
    std::vector<double> acc;     // w's updates, each times the step it was made at (for the average)
    std::vector<float> tw = std::vector<float>(size_t(L + 1) * L, 0.0f); // (from, to), from L: the start
    std::vector<double> tacc = std::vector<double>(size_t(L + 1) * L, 0.0);
    // The edge features the same way, each with L x L weights (from * L + to).
    std::vector<qint32> eremap;
    std::vector<quint64> ehashes;
    std::vector<float> ew;
    std::vector<double> eacc;
};

namespace {
// Averaged weights: w - acc / c.
void averageWeights(std::vector<float> &w, const std::vector<double> &acc, double c)
{
    for (size_t k = 0; k < w.size(); ++k)
        w[k] = float(w[k] - acc[k] / c);
}

// The |weight| below which a row is dropped: just above the maxFeatures-th largest (0 if all stay).
float pruneThreshold(const std::vector<float> &w, size_t rows, qsizetype maxFeatures)
{
    if (qsizetype(rows) <= maxFeatures)
        return 0;
    std::vector<float> strength(rows);
    for (size_t r = 0; r < rows; ++r) {
        float m = 0;
        for (int l = 0; l < L; ++l)
            m = std::max(m, std::fabs(w[r * L + l]));
        strength[r] = m;
    }
    std::nth_element(strength.begin(), strength.begin() + maxFeatures, strength.end(), std::greater<float>());
    return std::nextafter(strength[size_t(maxFeatures)], 1e30f);
}
} // namespace

// Rows: the features seen at least minCount times.
void TaggerTrainer::chooseRows(int minCount, Learned &m) const
{
    const size_t allRows = m_hashOf.size();
    m.remap.assign(allRows, -1);
    for (size_t r = 0; r < allRows; ++r)
        if (m_count[r] >= quint32(minCount) && m_hashOf[r] != 0) { // 0: a template left out
            m.remap[r] = qint32(m.hashes.size());
            m.hashes.push_back(m_hashOf[r]);
        }
    // An edge feature seen once is not learned, whatever minCount says: learning from a single
    // correction with them made the adapted model read its own example wrongly
    // (tst_cli_modellearn; the cause is not understood yet).
    m.eremap.assign(m_edgeHashOf.size(), -1);
    for (size_t r = 0; r < m_edgeHashOf.size(); ++r)
        if (m_edgeCount[r] >= quint32(std::max(minCount, 2)) && m_edgeHashOf[r] != 0) {
            m.eremap[r] = qint32(m.ehashes.size());
            m.ehashes.push_back(m_edgeHashOf[r]);
        }
}

// Adds every feature of the base model as a row and starts from its weights and transitions.
void TaggerTrainer::seedFromBase(const TaggerModel &base, Learned &m) const
{
    std::unordered_map<quint64, qint32> known;
    for (size_t r = 0; r < m.hashes.size(); ++r)
        known.emplace(m.hashes[r], qint32(r));
    std::vector<std::pair<qint32, qint32>> seeds; // (row, base row)
    for (qint32 b = 0; b < qint32(base.featureCount()); ++b) {
        const quint64 h = base.featureHash(b);
        auto it = known.find(h);
        if (it == known.end()) {
            // the feature is in the base only: a new row (and data features that were
            // below minCount but are in the base are learned too)
            const auto old = m_rowOf.find(h);
            const qint32 row = qint32(m.hashes.size());
            m.hashes.push_back(h);
            if (old != m_rowOf.end())
                m.remap[size_t(old->second)] = row;
            seeds.emplace_back(row, b);
        } else {
            seeds.emplace_back(it->second, b);
        }
    }
    m.w.assign(m.hashes.size() * L, 0.0f);
    for (const auto &[row, b] : seeds)
        for (int l = 0; l < L; ++l)
            m.w[size_t(row) * L + l] = base.weight(b, l);
    for (int from = 0; from <= L; ++from)
        for (int to = 0; to < L; ++to)
            m.tw[size_t(from) * L + to] = base.transition(from, to);
    // the base's edge features likewise
    std::unordered_map<quint64, qint32> knownEdges;
    for (size_t r = 0; r < m.ehashes.size(); ++r)
        knownEdges.emplace(m.ehashes[r], qint32(r));
    std::vector<std::pair<qint32, qint32>> edgeSeeds;
    for (qint32 b = 0; b < qint32(base.edgeCount()); ++b) {
        const quint64 h = base.edgeHash(b);
        const auto it = knownEdges.find(h);
        if (it != knownEdges.end()) {
            edgeSeeds.emplace_back(it->second, b);
            continue;
        }
        const qint32 row = qint32(m.ehashes.size());
        m.ehashes.push_back(h);
        if (const auto old = m_edgeRowOf.find(h); old != m_edgeRowOf.end())
            m.eremap[size_t(old->second)] = row;
        edgeSeeds.emplace_back(row, b);
    }
    m.ew.assign(m.ehashes.size() * LL, 0.0f);
    for (const auto &[row, b] : edgeSeeds)
        for (int k = 0; k < LL; ++k)
            m.ew[size_t(row) * LL + k] = base.edgeWeight(b, k);
}

// The perceptron epochs over every sequence in a fixed pseudo-random order; returns the step count c.
double TaggerTrainer::runEpochs(int epochs, Learned &m) const
{
    // Every sequence as (document, index of its start).
    std::vector<std::pair<quint32, quint32>> sequences;
    for (size_t d = 0; d < m_docs.size(); ++d)
        for (size_t s = 0; s + 1 < m_docs[d].starts.size(); ++s)
            sequences.emplace_back(quint32(d), quint32(s));
    std::vector<float> emissions, edges;
    std::vector<int> predicted;
    double c = 1;
    quint64 rng = 0x2545F4914F6CDD1DULL;
    auto next = [&rng]() {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        return rng;
    };
    for (int epoch = 0; epoch < epochs; ++epoch) {
        for (size_t i = sequences.size(); i > 1; --i)
            std::swap(sequences[i - 1], sequences[size_t(next() % i)]);
        for (const auto &[d, s] : sequences) {
            learnSequence(m_docs[d], s, c, m, emissions, edges, predicted);
            c += 1;
        }
    }
    return c;
}

// One perceptron step: decodes sequence s of doc and moves the weights from the prediction
// towards the gold labels (cf: the step, for the average). emissions and predicted are scratch.
void TaggerTrainer::learnSequence(const Doc &doc, size_t s, double cf, Learned &m, std::vector<float> &emissions,
                                  std::vector<float> &edges, std::vector<int> &predicted)
{
    const qsizetype first = doc.starts[s];
    const qsizetype len = doc.starts[s + 1] - first;
    emissions.assign(size_t(len) * L, 0.0f);
    for (qsizetype i = 0; i < len; ++i) {
        const qint32 *rows = doc.rows.data() + size_t(first + i) * K;
        float *e = emissions.data() + size_t(i) * L;
        for (int k = 0; k < K; ++k) {
            const qint32 r = m.remap[size_t(rows[k])];
            if (r < 0)
                continue;
            const float *wr = m.w.data() + size_t(r) * L;
            for (int l = 0; l < L; ++l)
                e[l] += wr[l];
        }
    }
    const bool withEdges = !m.ehashes.empty();
    if (withEdges) {
        const int pairCount = TaggerLabel::pairCount();
        const qint16 *pairs = TaggerLabel::pairs();
        edges.assign(size_t(len) * size_t(pairCount), 0.0f);
        for (qsizetype i = 1; i < len; ++i) {
            const qint32 *rows = doc.edgeRows.data() + size_t(first + i) * E;
            float *x = edges.data() + size_t(i) * size_t(pairCount);
            for (int k = 0; k < E; ++k) {
                const qint32 r = m.eremap[size_t(rows[k])];
                if (r < 0)
                    continue;
                const float *wr = m.ew.data() + size_t(r) * LL;
                for (int j = 0; j < pairCount; ++j)
                    x[j] += wr[pairs[j]];
            }
        }
    }
    const qint8 *gold = doc.gold.data() + first;
    predicted.assign(size_t(len), 0);
    TaggerDecoder::viterbi(emissions.data(), len, m.tw.data(), predicted.data(), withEdges ? edges.data() : nullptr);
    for (qsizetype i = 0; i < len; ++i) {
        const int g = gold[i], p = predicted[size_t(i)];
        const int gp = i == 0 ? L : gold[i - 1];
        const int pp = i == 0 ? L : predicted[size_t(i - 1)];
        if (g != p) {
            const qint32 *rows = doc.rows.data() + size_t(first + i) * K;
            for (int k = 0; k < K; ++k) {
                const qint32 r = m.remap[size_t(rows[k])];
                if (r < 0)
                    continue;
                m.w[size_t(r) * L + g] += 1;
                m.acc[size_t(r) * L + g] += cf;
                m.w[size_t(r) * L + p] -= 1;
                m.acc[size_t(r) * L + p] -= cf;
            }
        }
        if (g != p || gp != pp) {
            m.tw[size_t(gp) * L + g] += 1;
            m.tacc[size_t(gp) * L + g] += cf;
            m.tw[size_t(pp) * L + p] -= 1;
            m.tacc[size_t(pp) * L + p] -= cf;
            if (withEdges && i > 0) {
                const qint32 *rows = doc.edgeRows.data() + size_t(first + i) * E;
                for (int k = 0; k < E; ++k) {
                    const qint32 r = m.eremap[size_t(rows[k])];
                    if (r < 0)
                        continue;
                    const size_t at = size_t(r) * LL;
                    m.ew[at + size_t(gp) * L + g] += 1;
                    m.eacc[at + size_t(gp) * L + g] += cf;
                    m.ew[at + size_t(pp) * L + p] -= 1;
                    m.eacc[at + size_t(pp) * L + p] -= cf;
                }
            }
        }
    }
}

std::shared_ptr<TaggerModel> TaggerTrainer::train(const Options &options, const QJsonObject &provenance, const TaggerModel *base)
{
    if (base && !base->clusters().isEmpty()
        && (base->clusters().hashes() != m_clusters.hashes() || base->clusters().ids() != m_clusters.ids()))
        setClusters(base->clusters());
    // Rows: features seen often enough, plus every feature of the base model.
    Learned m;
    chooseRows(options.minCount, m);
    if (base)
        seedFromBase(*base, m);
    else {
        m.w.assign(m.hashes.size() * L, 0.0f);
        m.ew.assign(m.ehashes.size() * LL, 0.0f);
    }
    m.acc.assign(m.w.size(), 0.0);
    m.eacc.assign(m.ew.size(), 0.0);
    const double c = runEpochs(options.epochs, m);
    averageWeights(m.w, m.acc, c);
    averageWeights(m.tw, m.tacc, c);
    averageWeights(m.ew, m.eacc, c);
    // Keep the strongest rows: threshold at the maxFeatures-th largest |weight|.
    const float threshold = pruneThreshold(m.w, m.hashes.size(), options.maxFeatures);
    QJsonObject prov = provenance;
    prov.insert(QStringLiteral("epochs"), options.epochs);
    prov.insert(QStringLiteral("tokens"), double(tokenCount()));
    prov.insert(QStringLiteral("documents"), double(documentCount()));
    if (base)
        prov.insert(QStringLiteral("base"), base->hash());
    if (!m_clusters.isEmpty())
        prov.insert(QStringLiteral("clusters"), double(m_clusters.size()));
    return TaggerModel::fromWeights(m.hashes, m.w, m.tw, prov, std::max(threshold, 1e-6f), m_clusters, m.ehashes, m.ew);
}

bool TaggerTrainer::addSpanFile(const QString &path, const QString &splitFile, const QString &split, SpanFileStats *stats,
                                QString *error)
{
    QSet<QString> keep;
    const bool filter = !split.isEmpty();
    if (filter) {
        QFile f(splitFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(splitFile, f.errorString());
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject() || !doc.object().value(split).isArray()) {
            *error = QStringLiteral("%1: no list named \"%2\"").arg(splitFile, split);
            return false;
        }
        for (const QJsonValue &v : doc.object().value(split).toArray())
            keep.insert(v.toString());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    qsizetype lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("%1:%2: not a JSON object (%3)").arg(path).arg(lineNo).arg(pe.errorString());
            return false;
        }
        const QJsonObject o = doc.object();
        if (filter && !keep.contains(o.value(QStringLiteral("id")).toVariant().toString()))
            continue;
        const QString text = o.value(QStringLiteral("text")).toString();
        const std::vector<qsizetype> cp = codePointIndex(text);
        QList<LabeledSpan> spans;
        for (const QJsonValue &v : o.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("level")).toInt(0) != 0)
                continue;
            const QString type = e.value(QStringLiteral("type")).toString();
            LabeledSpan s;
            if (type == u"PERSON" || type == u"PER")
                s.type = SpanType::Person;
            else if (type == u"ORGANIZATION" || type == u"ORG")
                s.type = SpanType::Organization;
            else if (type == u"LOCATION" || type == u"LOC")
                s.type = SpanType::Place;
            else if (type == u"MISCELLANEOUS" || type == u"MISC")
                s.type = SpanType::Misc;
            else
                continue;
            const qint64 start = e.value(QStringLiteral("start")).toInteger(-1);
            const qint64 end = e.value(QStringLiteral("end")).toInteger(-1);
            if (start < 0 || end <= start || end >= qint64(cp.size())) {
                *error = QStringLiteral("%1:%2: span %3-%4 outside the text").arg(path).arg(lineNo).arg(start).arg(end);
                return false;
            }
            s.start = cp[size_t(start)];
            s.end = cp[size_t(end)];
            spans.append(s);
        }
        addDocument(text, spans);
        if (stats) {
            ++stats->articles;
            stats->spans += spans.size();
        }
    }
    return true;
}

} // namespace Lectern::Core
