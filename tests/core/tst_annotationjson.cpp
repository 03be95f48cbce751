// W3C Web Annotation JSON-LD export/import (exact round trip), CSV, Markdown, hostile input.
#include "review/anchoring.h"
#include "review/annotationexport.h"
#include "review/webannotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lectern::Core;

namespace {
Article makeArticle(const QString &url = QStringLiteral("https://example.invalid/binh-lam"))
{
    Article a;
    a.title = QStringLiteral("Bình Lâm tổng kết năm");
    a.url = url;
    a.published = QDateTime(QDate(2024, 3, 12), QTime(9, 30));
    a.publishedHasTime = true;
    a.blocks = {Block{Block::Kind::Heading, QStringLiteral("Bình Lâm tổng kết năm")},
                Block{Block::Kind::Paragraph, QStringLiteral("😀 Tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5%.")},
                Block{Block::Kind::Paragraph, QStringLiteral("Ông Phạm Quang Vinh phát biểu tại hội nghị.")}};
    return a;
}

QList<Annotation> sampleAnnotations(const QString &text)
{
    auto at = [&](const QString &quote) {
        const qsizetype s = text.indexOf(quote);
        return Anchoring::anchorAt(text, s, s + quote.size());
    };
    Annotation a = Annotation::create(at(QStringLiteral("4.250 tỷ đồng")), QStringLiteral("Lê Thu Hà"));
    a.comment = QStringLiteral("Số liệu lấy từ đâu?\nCần nguồn, \"trích\" rõ.");
    a.tags = {QStringLiteral("fact-check"), QStringLiteral("needs source"), QStringLiteral("nhãn riêng")};
    a.replies.append({QUuid::createUuid(), QStringLiteral("Trần Minh"), Annotation::now(), QStringLiteral("Báo cáo của Sở KH-ĐT.")});
    Annotation b = Annotation::create(at(QStringLiteral("tăng 12,5%")), QStringLiteral("=Kẻ xấu"));
    b.status = Annotation::Status::Resolved;
    b.orphan = true;
    Annotation c = Annotation::create(at(QStringLiteral("Phạm Quang Vinh")), QStringLiteral("Lê Thu Hà"));
    c.kind = Annotation::Kind::EntityCorrection;
    c.correction.action = EntityCorrection::Action::Rename;
    c.correction.type = EntityKind::Person;
    c.correction.name = QStringLiteral("Quang Vinh");
    c.correction.newName = QStringLiteral("Phạm Quang Vinh");
    c.correction.applyToAllArticles = true;
    c.status = Annotation::Status::WontFix;
    return {a, b, c};
}
} // namespace

class TestAnnotationJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportHasW3cShape()
    {
        const Article article = makeArticle();
        const QList<Annotation> list = sampleAnnotations(article.text());
        const QJsonObject root = QJsonDocument::fromJson(WebAnnotationJson::exportCollection(article, list)).object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QStringLiteral("@context")).toArray().first().toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 3);
        const QJsonObject first = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
        QVERIFY(first.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
        const QJsonObject target = first.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("source")).toString(), article.url);
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(), QStringLiteral("4.250 tỷ đồng"));
        // Code points: the emoji before the span counts once.
        const QString text = article.text();
        const qint64 expectedStart = text.indexOf(QStringLiteral("4.250")) - 1;
        QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInteger(), expectedStart);
        const QJsonArray bodies = first.value(QStringLiteral("body")).toArray();
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("commenting"));
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("tagging"));
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("fact-check"));
        QCOMPARE(first.value(QStringLiteral("lectern:status")).toString(), QStringLiteral("open"));
        QCOMPARE(first.value(QStringLiteral("lectern:replies")).toArray().size(), 1);
    }

    void sourceFallsBackToHash()
    {
        const Article article = makeArticle(QString());
        QCOMPARE(WebAnnotationJson::targetSource(article), QStringLiteral("urn:sha256:") + article.contentHash());
    }

    void roundTripIsExact()
    {
        const Article article = makeArticle();
        const QList<Annotation> list = sampleAnnotations(article.text());
        QString error;
        const auto back = WebAnnotationJson::importCollection(WebAnnotationJson::exportCollection(article, list), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->annotations.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(back->annotations.at(i), list.at(i));
        QCOMPARE(back->source, article.url);
        QCOMPARE(back->label, article.title);
        // And once more: export(import(export(x))) is byte-identical.
        QCOMPARE(WebAnnotationJson::exportCollection(article, back->annotations),
                 WebAnnotationJson::exportCollection(article, list));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("garbage") << QByteArray::fromHex("00ff7b7b5b") << QStringLiteral("JSON");
        QTest::newRow("deep arrays") << QByteArray(100000, '[') << QStringLiteral("nested");
        QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(5000) << QStringLiteral("nested");
        QTest::newRow("not annotations") << QByteArray("{\"hello\": 1}") << QStringLiteral("not a W3C");
        QTest::newRow("bad item") << QByteArray("{\"type\":\"AnnotationCollection\",\"first\":{\"items\":[{\"id\":5}]}}")
                                  << QStringLiteral("Annotation 1");
        QTest::newRow("no selector") << QByteArray("[{\"id\":\"urn:uuid:8d6f1a52-3c2e-4b8e-9a51-1f0d2c3b4a59\"}]")
                                     << QStringLiteral("no text selector");
        QTest::newRow("negative offsets")
            << QByteArray("[{\"id\":\"urn:uuid:8d6f1a52-3c2e-4b8e-9a51-1f0d2c3b4a59\",\"target\":{\"selector\":"
                          "{\"type\":\"TextPositionSelector\",\"start\":-4,\"end\":2}}}]")
            << QStringLiteral("invalid offsets");
        QTest::newRow("bad status")
            << QByteArray("[{\"id\":\"urn:uuid:8d6f1a52-3c2e-4b8e-9a51-1f0d2c3b4a59\",\"lectern:status\":\"maybe\","
                          "\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"x\"}}}]")
            << QStringLiteral("unknown status");
        QTest::newRow("too large") << QByteArray(WebAnnotationJson::maxFileBytes + 1, ' ') << QStringLiteral("too large");
    }

    void hostileInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!WebAnnotationJson::importCollection(bytes, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void minimalForeignAnnotationImports()
    {
        // A single annotation as another W3C tool might write it: one body object, one selector.
        const QByteArray json =
            "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\","
            " \"id\": \"urn:uuid:8d6f1a52-3c2e-4b8e-9a51-1f0d2c3b4a59\", \"creator\": \"Editor\","
            " \"body\": {\"type\": \"TextualBody\", \"value\": \"Ki\u1EC3m tra l\u1EA1i\"},"
            " \"target\": {\"source\": \"https://example.invalid/x\","
            " \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"h\u1ED9i ngh\u1ECB\"}}}";
        QString error;
        const auto c = WebAnnotationJson::importCollection(json, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->annotations.size(), 1);
        QCOMPARE(c->annotations.first().comment, QStringLiteral("Kiểm tra lại"));
        QCOMPARE(c->annotations.first().author, QStringLiteral("Editor"));
        QCOMPARE(c->annotations.first().anchor.exact, QStringLiteral("hội nghị"));
        QCOMPARE(c->annotations.first().status, Annotation::Status::Open);
    }

    void csv()
    {
        const Article article = makeArticle();
        const QList<Annotation> list = sampleAnnotations(article.text());
        const QByteArray csv = AnnotationExport::toCsv(list);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,kind,start,end,quote,comment,tags,status"));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(QStringLiteral("\"Số liệu lấy từ đâu?\nCần nguồn, \"\"trích\"\" rõ.\"")));
        QVERIFY(text.contains(QStringLiteral("fact-check; needs source; nhãn riêng")));
        QVERIFY(text.contains(QStringLiteral(",'=Kẻ xấu,"))); // formula injection neutralised
        QVERIFY(text.contains(QStringLiteral("Rename person")));
        QCOMPARE(csv.count("\r\n"), 4); // header + 3 rows; the line break inside a comment stays LF
    }

    void markdown()
    {
        const Article article = makeArticle();
        const QList<Annotation> list = sampleAnnotations(article.text());
        const QDateTime when(QDate(2024, 3, 13), QTime(8, 0), Qt::UTC);
        const QString md = QString::fromUtf8(AnnotationExport::toMarkdown(article, list, when));
        QVERIFY(md.startsWith(QStringLiteral("# Review: Bình Lâm tổng kết năm\n")));
        QVERIFY(md.contains(QStringLiteral("- URL: <https://example.invalid/binh-lam>")));
        QVERIFY(md.contains(QStringLiteral("- Published: 2024-03-12T09:30:00")));
        QVERIFY(md.contains(QStringLiteral("- Reviewed: 2024-03-13T08:00:00Z")));
        QVERIFY(md.contains(QStringLiteral("3 (1 open, 1 resolved, 1 won't fix)")));
        QVERIFY(md.contains(QStringLiteral("> 4.250 tỷ đồng")));
        QVERIFY(md.contains(QStringLiteral("Tags: fact-check, needs source, nhãn riêng")));
        QVERIFY(md.contains(QStringLiteral("- **Trần Minh**")));
        QVERIFY(md.contains(QStringLiteral("Orphaned")));
        QVERIFY(md.indexOf(QStringLiteral("## 1.")) < md.indexOf(QStringLiteral("## 2.")));
    }

    // Issue 18: a comment on a PDF says which page it is on, in the CSV and the Markdown report.
    void pdfExportsSayThePage()
    {
        Article article = makeArticle();
        article.blocks[0].page = 1;
        article.blocks[1].page = 3;
        article.blocks[2].page = 4;
        const QList<Annotation> list = sampleAnnotations(article.text()); // figure (page 3), name (page 4), orphan
        const QStringList rows = QString::fromUtf8(AnnotationExport::toCsv(list, &article)).split(QStringLiteral("\r\n"));
        QVERIFY2(rows.first().endsWith(QStringLiteral(",correction,page")), qPrintable(rows.first()));
        QVERIFY2(rows.at(1).endsWith(QStringLiteral(",3")), qPrintable(rows.at(1)));
        const QString md = QString::fromUtf8(AnnotationExport::exportAs(AnnotationExport::Format::Markdown, article, list,
                                                                      QDateTime(QDate(2024, 3, 13), QTime(8, 0), Qt::UTC)));
        QCOMPARE(md.count(QStringLiteral("Page: ")), 2); // the orphan has none
        QVERIFY(md.contains(QStringLiteral("Page: 3")));
        QVERIFY(md.contains(QStringLiteral("Page: 4")));
        // Without pages, no page column and no page line.
        const Article plain = makeArticle();
        QVERIFY(!QString::fromUtf8(AnnotationExport::toCsv(list, &plain)).contains(QStringLiteral(",page")));
        QVERIFY(!QString::fromUtf8(AnnotationExport::toMarkdown(plain, list, QDateTime())).contains(QStringLiteral("Page: ")));
    }

    // Issue 20: every cell a spreadsheet would run is neutralised, not only '=', '+', '@'.
    void csvNeutralisesEveryFormulaStart_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(A1)");
        QTest::newRow("+") << QStringLiteral("+1+2");
        QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0");
        QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)");
        QTest::newRow("TAB") << QStringLiteral("\t=1+1");
        QTest::newRow("CR") << QStringLiteral("\r=1+1");
    }
    void csvNeutralisesEveryFormulaStart()
    {
        QFETCH(QString, comment);
        const Article article = makeArticle();
        Annotation a = sampleAnnotations(article.text()).first();
        a.comment = comment;
        a.author = comment;
        const QString csv = QString::fromUtf8(AnnotationExport::toCsv({a}));
        const QStringList rows = csv.split(QStringLiteral("\r\n"));
        QVERIFY(rows.size() >= 2);
        // Every cell holding the comment starts with the apostrophe (inside quotes when quoted).
        QVERIFY2(!rows.at(1).contains(QLatin1Char(',') + comment) && !rows.at(1).contains(QStringLiteral(",\"") + comment),
                 qPrintable(rows.at(1)));
        QVERIFY2(rows.at(1).contains(QLatin1Char('\'') + comment), qPrintable(rows.at(1)));
    }

    void markdownShowsHtmlAndDropsScriptLinks()
    {
        Article article = makeArticle();
        article.title = QStringLiteral("<script>alert(1)</script> Tin");
        article.url = QStringLiteral("javascript:alert(2)");
        Annotation a = sampleAnnotations(article.text()).first();
        a.comment = QStringLiteral("Xem <img src=x onerror=alert(3)> và [nguồn](javascript:alert(4)) hoặc "
                                   "[trang](https://example.invalid/a) ![ảnh](data:image/png;base64,AAAA)\n[ref]: javascript:alert(5)");
        a.author = QStringLiteral("<b>Lan</b>");
        const QString md = QString::fromUtf8(AnnotationExport::toMarkdown(article, {a}, QDateTime::currentDateTimeUtc()));
        QVERIFY2(!md.contains(QStringLiteral("<script")) && !md.contains(QStringLiteral("<img")) && !md.contains(QStringLiteral("<b>")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("&lt;img src=x onerror=alert(3)&gt;")));
        QVERIFY(md.contains(QStringLiteral("&lt;b&gt;Lan&lt;/b&gt;")));
        QVERIFY2(!md.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive), qPrintable(md));
        QVERIFY2(!md.contains(QStringLiteral("data:image")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("và nguồn hoặc")));
        QVERIFY(md.contains(QStringLiteral("[trang](https://example.invalid/a)")));
        QVERIFY(!md.contains(QStringLiteral("- URL:")));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
