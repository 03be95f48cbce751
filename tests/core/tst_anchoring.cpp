// Anchoring and re-anchoring of annotations on new versions of an article's text.
#include "review/anchoring.h"
#include "review/webannotationjson.h"
#include "util/textoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lectern::Core;
using Anchoring::Outcome;

Q_DECLARE_METATYPE(Lectern::Core::Anchoring::Outcome)

namespace {
const QString kBase = QStringLiteral(
    "Sáng 12/3, Ủy ban nhân dân tỉnh Bình Lâm tổ chức hội nghị tổng kết công tác năm. "
    "Theo báo cáo, tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5% so với cùng kỳ. "
    "Ông Phạm Quang Vinh, Chủ tịch UBND tỉnh, đề nghị các sở ngành đẩy nhanh giải ngân.");
const QString kQuote = QStringLiteral("tổng vốn đầu tư đạt 4.250 tỷ đồng");

qsizetype codePointsOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    return at < 0 ? -1 : TextOffsets(text).toCodePoint(at);
}
} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anchorCountsCodePoints()
    {
        const QString text = QStringLiteral("😀👍 Hà Nội 🎉 mùa thu");
        const qsizetype s = text.indexOf(QStringLiteral("Hà Nội"));
        const TextAnchor a = Anchoring::anchorAt(text, s, s + 6);
        QCOMPARE(a.exact, QStringLiteral("Hà Nội"));
        QCOMPARE(a.start, 3); // two emoji (4 UTF-16 units) + space
        QCOMPARE(a.end, 9);
        QCOMPARE(a.prefix, QStringLiteral("😀👍 "));
        QCOMPARE(a.suffix, QStringLiteral(" 🎉 mùa thu"));
        const Span span = Anchoring::toUtf16Span(a, text);
        QCOMPARE(span.start, s);
        QCOMPARE(span.end, s + 6);
    }

    void anchorNeverSplitsSurrogates()
    {
        const QString text = QStringLiteral("ab😀cd");
        const TextAnchor a = Anchoring::anchorAt(text, 3, 5); // low surrogate .. 'c'
        QCOMPARE(a.exact, QStringLiteral("😀c"));
        QCOMPARE(a.start, 2);
        QCOMPARE(a.end, 4);
        const TextAnchor b = Anchoring::anchorAt(text, 1, 3); // 'b' .. high surrogate
        QCOMPARE(b.exact, QStringLiteral("b😀"));
        QCOMPARE(b.start, 1);
        QCOMPARE(b.end, 3);
    }

    void contextIs32CodePoints()
    {
        const QString text = QString(50, QLatin1Char('x')) + QStringLiteral("QUOTE") + QString(50, QLatin1Char('y'));
        const TextAnchor a = Anchoring::anchorAt(text, 50, 55);
        QCOMPARE(a.prefix.size(), 32);
        QCOMPARE(a.suffix.size(), 32);
    }

    void reanchor_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence"); // which occurrence of quote in oldText is annotated
        QTest::addColumn<QString>("newText");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("expectedExact"); // empty for orphans
        QTest::addColumn<int>("expectedOccurrence"); // which occurrence of expectedExact in newText

        const QString inserted = QStringLiteral("(Tin tổng hợp) ") + kBase;
        QTest::newRow("same text") << kBase << kQuote << 0 << kBase << Outcome::Unchanged << kQuote << 0;
        QTest::newRow("insertion before") << kBase << kQuote << 0 << inserted << Outcome::Moved << kQuote << 0;
        QTest::newRow("insertion after") << kBase << kQuote << 0 << kBase + QStringLiteral(" Hết.")
                                         << Outcome::Unchanged << kQuote << 0;
        QString edited = kBase;
        edited.replace(QStringLiteral("4.250 tỷ"), QStringLiteral("4.520 tỷ"));
        QTest::newRow("edit inside") << kBase << kQuote << 0 << edited << Outcome::Changed
                                     << QStringLiteral("tổng vốn đầu tư đạt 4.520 tỷ đồng") << 0;
        QString editedAndMoved = QStringLiteral("Bản tin chiều. ") + edited;
        editedAndMoved.replace(QStringLiteral("Sáng 12/3"), QStringLiteral("Sáng thứ Ba, 12/3"));
        QTest::newRow("edit inside and moved") << kBase << kQuote << 0 << editedAndMoved << Outcome::Changed
                                               << QStringLiteral("tổng vốn đầu tư đạt 4.520 tỷ đồng") << 0;
        QString deleted = kBase;
        deleted.remove(QStringLiteral("Theo báo cáo, tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5% so với cùng kỳ. "));
        QTest::newRow("deleted sentence") << kBase << kQuote << 0 << deleted << Outcome::Orphaned << QString() << 0;
        QString rewritten = kBase;
        rewritten.replace(kQuote, QStringLiteral("nguồn lực xã hội huy động được"));
        QTest::newRow("rewritten quote") << kBase << kQuote << 0 << rewritten << Outcome::Orphaned << QString() << 0;
        QString shortened = kBase;
        shortened.remove(QStringLiteral(" 4.250"));
        QTest::newRow("deletion inside") << kBase << kQuote << 0 << shortened << Outcome::Changed
                                         << QStringLiteral("tổng vốn đầu tư đạt tỷ đồng") << 0;

        // Repeated quotes: the second "Hà Nội" is annotated; text is inserted before both.
        const QString repeated = QStringLiteral("Đoàn công tác đến Hà Nội vào buổi sáng. Chiều cùng ngày, "
                                                "lãnh đạo thành phố Hà Nội tiếp đoàn tại trụ sở.");
        const QString repeatedNew = QStringLiteral("Theo phóng viên, ") + repeated;
        QTest::newRow("repeated quote, second") << repeated << QStringLiteral("Hà Nội") << 1 << repeatedNew
                                                << Outcome::Moved << QStringLiteral("Hà Nội") << 1;
        QTest::newRow("repeated quote, first") << repeated << QStringLiteral("Hà Nội") << 0 << repeatedNew
                                               << Outcome::Moved << QStringLiteral("Hà Nội") << 0;
        // Same context everywhere: the nearest occurrence wins.
        const QString same = QStringLiteral("la la la la la la la la la la la la");
        QTest::newRow("identical repeats, nearest") << same << QStringLiteral("la") << 4
                                                    << QStringLiteral("x ") + same << Outcome::Moved
                                                    << QStringLiteral("la") << 4;
        // The first occurrence of a repeated quote is deleted: the annotated second one is found.
        QString firstGone = repeated;
        firstGone.replace(QStringLiteral("đến Hà Nội"), QStringLiteral("đến trụ sở bộ"));
        QTest::newRow("repeated quote, other removed") << repeated << QStringLiteral("Hà Nội") << 1 << firstGone
                                                       << Outcome::Moved << QStringLiteral("Hà Nội") << 0;

        // NFD input: a new version saved decomposed is the same text.
        QTest::newRow("nfd new version") << kBase << kQuote << 0 << kBase.normalized(QString::NormalizationForm_D)
                                         << Outcome::Unchanged << kQuote << 0;
        // Astral characters before the span move it by one code point each, not two.
        QTest::newRow("emoji inserted before") << kBase << kQuote << 0 << QStringLiteral("🔥🔥 ") + kBase
                                               << Outcome::Moved << kQuote << 0;
        QTest::newRow("emoji inside") << QStringLiteral("😀 ") + kBase << kQuote << 0
                                      << QStringLiteral("😀 ") + QString(kBase).replace(kQuote, QStringLiteral("tổng vốn 💰 đầu tư đạt 4.250 tỷ đồng"))
                                      << Outcome::Changed << QStringLiteral("tổng vốn 💰 đầu tư đạt 4.250 tỷ đồng") << 0;
    }

    void reanchor()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QString, newText);
        QFETCH(Outcome, outcome);
        QFETCH(QString, expectedExact);
        QFETCH(int, expectedOccurrence);

        qsizetype at = -1;
        for (int k = 0; k <= occurrence; ++k)
            at = oldText.indexOf(quote, at + 1);
        QVERIFY(at >= 0);
        const TextAnchor old = Anchoring::anchorAt(oldText, at, at + quote.size());

        const Anchoring::Result r = Anchoring::reanchor(old, newText);
        QCOMPARE(Anchoring::outcomeName(r.outcome), Anchoring::outcomeName(outcome));
        if (outcome == Outcome::Orphaned) {
            QCOMPARE(r.anchor, old);
            return;
        }
        const QString nfc = newText.normalized(QString::NormalizationForm_C);
        QCOMPARE(r.anchor.exact, expectedExact);
        qsizetype expectedAt = -1;
        for (int k = 0; k <= expectedOccurrence; ++k)
            expectedAt = nfc.indexOf(expectedExact, expectedAt + 1);
        const TextOffsets offsets(nfc);
        QCOMPARE(r.anchor.start, offsets.toCodePoint(expectedAt));
        QCOMPARE(r.anchor.end, offsets.toCodePoint(expectedAt + expectedExact.size()));
        QVERIFY(r.score >= Anchoring::minimumScore);
        // The new anchor is stable: anchoring it again on the same text changes nothing.
        const Anchoring::Result again = Anchoring::reanchor(r.anchor, nfc);
        QCOMPARE(Anchoring::outcomeName(again.outcome), QStringLiteral("unchanged"));
        QCOMPARE(again.anchor, r.anchor);
    }

    void nfdQuoteIsNormalised()
    {
        TextAnchor a = Anchoring::anchorAt(kBase, kBase.indexOf(kQuote), kBase.indexOf(kQuote) + kQuote.size());
        a.exact = a.exact.normalized(QString::NormalizationForm_D);
        a.prefix = a.prefix.normalized(QString::NormalizationForm_D);
        const Anchoring::Result r = Anchoring::reanchor(a, kBase);
        QCOMPARE(Anchoring::outcomeName(r.outcome), QStringLiteral("unchanged"));
        QCOMPARE(r.anchor.exact, kQuote);
        QCOMPARE(r.anchor.start, codePointsOf(kBase, kQuote));
    }

    void emptyInputsAreOrphans()
    {
        QCOMPARE(Anchoring::reanchor(TextAnchor{}, kBase).outcome, Outcome::Orphaned);
        const TextAnchor a = Anchoring::anchorAt(kBase, 0, 4);
        QCOMPARE(Anchoring::reanchor(a, QString()).outcome, Outcome::Orphaned);
    }

    void longTextStaysBounded()
    {
        // A long article whose annotated sentence was edited: found, without scanning forever.
        QString longText;
        for (int i = 0; i < 3000; ++i)
            longText += QStringLiteral("Đoạn %1 nói về kinh tế địa phương và các dự án hạ tầng. ").arg(i);
        const QString quote = QStringLiteral("Đoạn 2500 nói về kinh tế địa phương");
        const qsizetype at = longText.indexOf(quote);
        const TextAnchor old = Anchoring::anchorAt(longText, at, at + quote.size());
        QString changed = longText;
        // One edit: a neighbouring paragraph ("Đoạn 2501 …") is as close in quote; position and context decide.
        changed.replace(QStringLiteral("Đoạn 2500 nói về kinh tế"), QStringLiteral("Đoạn 2500 nói về kinh tể"));
        const Anchoring::Result r = Anchoring::reanchor(old, changed);
        QCOMPARE(Anchoring::outcomeName(r.outcome), QStringLiteral("changed"));
        QCOMPARE(r.anchor.exact, QStringLiteral("Đoạn 2500 nói về kinh tể địa phương"));
    }

    // Issue 20: a W3C annotation with a 1 MB prefix and suffix is imported with tens of characters
    // of context (the last/first contextLength code points), and still anchors where it belongs.
    void megabyteContextIsTruncatedOnImport()
    {
        const QString hugePrefix = QStringLiteral("x").repeated(1024 * 1024) + QStringLiteral("Theo báo cáo, ");
        const QString hugeSuffix = QStringLiteral(", tăng 12,5%") + QStringLiteral("y").repeated(1024 * 1024);
        const QJsonObject quote{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                {QStringLiteral("exact"), kQuote},
                                {QStringLiteral("prefix"), hugePrefix},
                                {QStringLiteral("suffix"), hugeSuffix}};
        const QJsonObject annotation{
            {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("id"), QStringLiteral("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427")},
            {QStringLiteral("body"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                                            {QStringLiteral("value"), QStringLiteral("Kiểm tra")}}}},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("source"), QStringLiteral("urn:test")},
                                                   {QStringLiteral("selector"), QJsonArray{quote}}}}};
        QString error;
        const auto collection = WebAnnotationJson::importCollection(QJsonDocument(QJsonArray{annotation}).toJson(), &error);
        QVERIFY2(collection, qPrintable(error));
        QCOMPARE(collection->annotations.size(), 1);
        const TextAnchor &a = collection->annotations.first().anchor;
        QCOMPARE(a.exact, kQuote);
        QCOMPARE(a.prefix.size(), qsizetype(TextAnchor::contextLength));
        QVERIFY(hugePrefix.endsWith(a.prefix));
        QVERIFY(a.prefix.endsWith(QStringLiteral("Theo báo cáo, ")));
        QCOMPARE(a.suffix.size(), qsizetype(TextAnchor::contextLength));
        QVERIFY(hugeSuffix.startsWith(a.suffix));

        const Anchoring::Result r = Anchoring::reanchor(a, kBase);
        QCOMPARE(r.outcome, Outcome::Moved); // the position selector was absent (0..0)
        QCOMPARE(r.anchor.start, codePointsOf(kBase, kQuote));
    }

    void boundedContextKeepsSurrogatePairsWhole()
    {
        TextAnchor a;
        a.exact = QStringLiteral("Hà Nội");
        a.prefix = QStringLiteral("😀").repeated(40);
        a.suffix = QStringLiteral("🎉").repeated(40);
        const TextAnchor b = Anchoring::boundedContext(a);
        QCOMPARE(b.prefix, QStringLiteral("😀").repeated(TextAnchor::contextLength));
        QCOMPARE(b.suffix, QStringLiteral("🎉").repeated(TextAnchor::contextLength));
        QCOMPARE(b.exact, a.exact);
    }

    // An anchor already stored with a megabyte of context (before the bound) still re-anchors
    // correctly; and a long quote in repetitive text finds its place (matching is linear).
    void hugeStoredContextAndRepetitiveQuote()
    {
        TextAnchor a = Anchoring::anchorAt(kBase, kBase.indexOf(kQuote), kBase.indexOf(kQuote) + kQuote.size());
        a.prefix = QStringLiteral("z").repeated(1024 * 1024) + a.prefix;
        const Anchoring::Result r = Anchoring::reanchor(a, kBase);
        QCOMPARE(r.outcome, Outcome::Unchanged);
        QVERIFY(r.anchor.prefix.size() <= TextAnchor::contextLength);

        const QString text = QStringLiteral("a").repeated(200'000) + QStringLiteral("b");
        const QString quote = QStringLiteral("a").repeated(100'000) + QStringLiteral("b");
        const TextAnchor q = Anchoring::anchorAt(text, 100'000, text.size());
        QCOMPARE(q.exact, quote);
        const Anchoring::Result found = Anchoring::reanchor(q, QStringLiteral("c") + text);
        QCOMPARE(found.outcome, Outcome::Moved);
        QCOMPARE(found.anchor.start, qsizetype(100'001));
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
