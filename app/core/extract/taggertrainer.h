#pragma once

#include "extract/taggerclusters.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace Lectern::Core {

class Gazetteer;
class TaggerModel;

// Trains a TaggerModel (averaged structured perceptron) from texts with labelled name spans.
// Deterministic: the same documents in the same order, options and base give the same model,
// byte for byte (fixed sequence order per epoch, no clocks, no hash-order iteration).
// Not thread-safe; train() runs on the calling thread.
class TaggerTrainer final
{
public:
    enum class SpanType { Person, Organization, Place, Misc };
    struct LabeledSpan
    {
        qsizetype start = 0; // UTF-16 offsets into the document's text, end exclusive
        qsizetype end = 0;
        SpanType type = SpanType::Person;
    };
    struct Options
    {
        int epochs = 8;
        int minCount = 2;                 // features seen fewer times are not learned
        qsizetype maxFeatures = 300'000;  // the model keeps the strongest rows (file size)
    };

    explicit TaggerTrainer(const Gazetteer &gazetteer);
    ~TaggerTrainer();

    // Spans may overlap (nested names): the outermost wins, overlapping later ones are ignored.
    void addDocument(const QString &text, const QList<LabeledSpan> &spans);
    qsizetype documentCount() const { return qsizetype(m_docs.size()); }
    qsizetype tokenCount() const;

    // Word clusters learned from these unlabeled texts and the documents' own texts become part
    // of the model (TaggerClusters::learn). Call after adding the documents; the features of the
    // documents added so far are recomputed.
    void learnClusters(const QStringList &unlabeled, const TaggerClusters::Options &options);
    void setClusters(const TaggerClusters &clusters);
    const TaggerClusters &clusters() const { return m_clusters; }

    // base: continue from this model's weights (adaptation), or nullptr. A base with clusters
    // gives them to the new model (the documents' features are recomputed with them).
    std::shared_ptr<TaggerModel> train(const Options &options, const QJsonObject &provenance, const TaggerModel *base);

    // Reads a span file (JSON Lines: id, text, entities[start, end (code points), type, level])
    // into documents, keeping only the ids listed under split in splitFile when both are given.
    // Returns false with *error on an unreadable file or line.
    struct SpanFileStats
    {
        qsizetype articles = 0;
        qsizetype spans = 0;
    };
    bool addSpanFile(const QString &path, const QString &splitFile, const QString &split, SpanFileStats *stats, QString *error);

private:
    struct Doc
    {
        QString text;
        QList<LabeledSpan> spans;
        std::vector<qint32> rows;  // tokens x perToken feature rows (-1: none)
        std::vector<qint32> edgeRows; // tokens x edgeCount edge feature rows
        std::vector<qint8> gold;   // label per token
        std::vector<qsizetype> starts; // sequence starts, ending with the token count
    };
    struct Learned; // train()'s rows and weights (taggertrainer.cpp)
    qint32 rowFor(quint64 hash);
    qint32 edgeRowFor(quint64 hash);
    void featurize(Doc &doc);
    void refeaturize();
    void chooseRows(int minCount, Learned &m) const;
    void seedFromBase(const TaggerModel &base, Learned &m) const;
    double runEpochs(int epochs, Learned &m) const;
    static void learnSequence(const Doc &doc, size_t s, double cf, Learned &m, std::vector<float> &emissions,
                              std::vector<float> &edges, std::vector<int> &predicted);

    const Gazetteer &m_gazetteer;
    std::vector<Doc> m_docs;
    std::unordered_map<quint64, qint32> m_rowOf;
    std::vector<quint64> m_hashOf;
    std::vector<quint32> m_count;
    std::unordered_map<quint64, qint32> m_edgeRowOf;
    std::vector<quint64> m_edgeHashOf;
    std::vector<quint32> m_edgeCount;
    TaggerClusters m_clusters;
};

} // namespace Lectern::Core
