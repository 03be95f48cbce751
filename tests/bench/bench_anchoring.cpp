// Re-anchoring benchmarks (issue 20): one annotation whose prefix/suffix are a megabyte each,
// imported from a W3C file and re-anchored (was 11 s to import, 9.6 s at every open), and a long
// quote in repetitive text. Run: build/bench/bench_anchoring.
#include "review/anchoring.h"
#include "review/webannotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lectern::Core;

namespace {
const QString kText = QStringLiteral(
    "Sáng 12/3, Ủy ban nhân dân tỉnh Bình Lâm tổ chức hội nghị tổng kết công tác năm. "
    "Theo báo cáo, tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5% so với cùng kỳ. "
    "Ông Phạm Quang Vinh, Chủ tịch UBND tỉnh, đề nghị các sở ngành đẩy nhanh giải ngân.");
}

class BenchAnchoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importAndReanchorMegabyteContext_data()
    {
        QTest::addColumn<int>("contextBytes");
        QTest::newRow("32 characters") << 32;
        QTest::newRow("1 MB prefix and suffix") << 1024 * 1024;
    }
    void importAndReanchorMegabyteContext()
    {
        QFETCH(int, contextBytes);
        // An edited quote, so the fuzzy search (which scores the context) runs too.
        const QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                {QStringLiteral("exact"), QStringLiteral("tổng vốn đầu tư đạt 4.200 tỷ đồng")},
                                {QStringLiteral("prefix"), QStringLiteral("p").repeated(contextBytes)},
                                {QStringLiteral("suffix"), QStringLiteral("s").repeated(contextBytes)}};
        const QJsonObject annotation{
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("id"), QStringLiteral("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427")},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("source"), QStringLiteral("urn:bench")},
                                                   {QStringLiteral("selector"), QJsonArray{quote}}}}};
        const QByteArray bytes = QJsonDocument(QJsonArray{annotation}).toJson(QJsonDocument::Compact);
        QBENCHMARK {
            QString error;
            const auto collection = WebAnnotationJson::importCollection(bytes, &error);
            QVERIFY(collection && collection->annotations.size() == 1);
            // The quote was edited: the fuzzy search runs and scores the (bounded) context.
            const Anchoring::Result r = Anchoring::reanchor(collection->annotations.first().anchor, kText);
            QVERIFY(r.outcome != Anchoring::Outcome::Unchanged);
        }
    }

    void reanchorStoredMegabyteContext()
    {
        // An anchor stored before the bound: reanchor bounds it itself.
        TextAnchor a;
        a.exact = QStringLiteral("tổng vốn đầu tư đạt 4.200 tỷ đồng");
        a.prefix = QStringLiteral("p").repeated(1024 * 1024);
        a.suffix = QStringLiteral("s").repeated(1024 * 1024);
        QBENCHMARK {
            QVERIFY(Anchoring::reanchor(a, kText).outcome != Anchoring::Outcome::Unchanged);
        }
    }

    void longQuoteInRepetitiveText()
    {
        const QString text = QStringLiteral("a").repeated(1'000'000) + QStringLiteral("b");
        const TextAnchor a = Anchoring::anchorAt(text, 500'000, text.size());
        const QString moved = QStringLiteral("c") + text;
        QBENCHMARK {
            QVERIFY(Anchoring::reanchor(a, moved).outcome == Anchoring::Outcome::Moved);
        }
    }
};

QTEST_GUILESS_MAIN(BenchAnchoring)
#include "bench_anchoring.moc"
