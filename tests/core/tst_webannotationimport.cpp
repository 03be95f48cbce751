// Web Annotations written by other tools, in the shapes of the W3C Web Annotation Data Model's own
// examples: no "created" (optional in the model), no "id" (the Annotation Protocol's container
// gives one), an IRI id, several bodies, a purpose on the body, a SpecificResource target refined
// by a TextQuoteSelector, a TextPositionSelector alone, a RangeSelector, selectors Lectern does not
// support. Each is read, saved into a review database and read back; creator, generator and
// modified survive an export.
#include "article/article.h"
#include "review/annotationstore.h"
#include "review/webannotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

const QString kText = QStringLiteral("Tỉnh ủy họp với UBND tỉnh. Vốn đầu tư đạt 1.250 tỷ đồng, tăng 12,5%.");

Article makeArticle()
{
    Article a;
    a.title = QStringLiteral("Giải ngân vốn đầu tư công");
    a.url = QStringLiteral("https://example.invalid/giai-ngan");
    a.blocks = { Block { Block::Kind::Paragraph, kText } };
    return a;
}

// Code points of a quote in kText (all of kText is in the BMP, so UTF-16 indices).
qsizetype at(const QString &quote)
{
    return kText.indexOf(quote);
}

QByteArray json(const QString &text)
{
    return text.toUtf8();
}

} // namespace

class TestWebAnnotationImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shapes_data();
    void shapes();
    void noIdGetsNewUrnUuid();
    void iriIdIsStableAndKeptAsVia();
    void keepsCreatorGeneratorModified();
    void unsupportedSelectorsReported_data();
    void unsupportedSelectorsReported();
    void savedIntoReviewDatabase();
};

void TestWebAnnotationImport::shapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("selectorsKept");

    QTest::newRow("minimal: IRI id, no created, TextQuoteSelector")
        << json(QStringLiteral(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1",
              "type": "Annotation", "body": {"type": "TextualBody", "value": "Nguồn?"},
              "target": {"source": "https://example.invalid/giai-ngan",
                         "selector": {"type": "TextQuoteSelector", "exact": "1.250 tỷ đồng"}}})"))
        << QStringLiteral("1.250 tỷ đồng") << QStringLiteral("Nguồn?") << QStringList {} << 0;
    QTest::newRow("bodyValue, no id, no created")
        << json(QStringLiteral(R"({"type": "Annotation", "bodyValue": "Kiểm tra lại",
              "target": {"source": "https://example.invalid/giai-ngan",
                         "selector": {"type": "TextQuoteSelector", "exact": "UBND tỉnh", "prefix": "họp với "}}})"))
        << QStringLiteral("UBND tỉnh") << QStringLiteral("Kiểm tra lại") << QStringList {} << 0;
    QTest::newRow("several bodies with purposes")
        << json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno5", "motivation": "commenting",
              "body": [{"type": "TextualBody", "value": "Số liệu cũ", "purpose": "describing", "language": "vi"},
                       {"type": "TextualBody", "value": "fact-check", "purpose": "tagging"},
                       {"type": "TextualBody", "value": "Ai xác nhận?", "purpose": ["questioning"]},
                       "http://example.org/evidence.pdf"],
              "target": {"source": "https://example.invalid/giai-ngan",
                         "selector": {"type": "TextQuoteSelector", "exact": "tăng 12,5%"}}})"))
        << QStringLiteral("tăng 12,5%") << QStringLiteral("Số liệu cũ\n\nAi xác nhận?")
        << QStringList { QStringLiteral("fact-check") } << 0;
    QTest::newRow("SpecificResource refined by a TextQuoteSelector")
        << json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno22",
              "body": {"type": "TextualBody", "value": "Tên cơ quan", "purpose": "commenting"},
              "target": {"type": "SpecificResource", "source": "https://example.invalid/giai-ngan",
                         "selector": {"type": "FragmentSelector", "value": "para1",
                                      "conformsTo": "http://tools.ietf.org/rfc/rfc3236",
                                      "refinedBy": {"type": "TextQuoteSelector", "exact": "Tỉnh ủy"}}}})"))
        << QStringLiteral("Tỉnh ủy") << QStringLiteral("Tên cơ quan") << QStringList {} << 1;
    QTest::newRow("TextPositionSelector alone")
        << json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno23", "bodyValue": "Vị trí",
              "target": {"source": "https://example.invalid/giai-ngan",
                         "selector": {"type": "TextPositionSelector", "start": %1, "end": %2}}})")
                    .arg(at(QStringLiteral("Vốn đầu tư")))
                    .arg(at(QStringLiteral("Vốn đầu tư")) + 10))
        << QStringLiteral("Vốn đầu tư") << QStringLiteral("Vị trí") << QStringList {} << 0;
    QTest::newRow("RangeSelector between two positions")
        << json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno21", "bodyValue": "Đoạn này",
              "target": {"source": "https://example.invalid/giai-ngan",
                         "selector": {"type": "RangeSelector",
                                      "startSelector": {"type": "TextPositionSelector", "start": %1, "end": %2},
                                      "endSelector": {"type": "TextPositionSelector", "start": %3, "end": %4}}}})")
                    .arg(at(QStringLiteral("UBND")))
                    .arg(at(QStringLiteral("UBND")) + 1)
                    .arg(at(QStringLiteral(". Vốn")))
                    .arg(at(QStringLiteral(". Vốn")) + 1))
        << QStringLiteral("UBND tỉnh") << QStringLiteral("Đoạn này") << QStringList {} << 0;
    QTest::newRow("quote with an unsupported selector beside it")
        << json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno24", "bodyValue": "Xem",
              "target": {"source": "https://example.invalid/giai-ngan",
                         "selector": [{"type": "CssSelector", "value": "#para1 > span"},
                                      {"type": "TextQuoteSelector", "exact": "đồng"},
                                      {"type": "XPathSelector", "value": "/html/body/p[1]"}]}})"))
        << QStringLiteral("đồng") << QStringLiteral("Xem") << QStringList {} << 2;
}

void TestWebAnnotationImport::shapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, exact);
    QFETCH(QString, comment);
    QFETCH(QStringList, tags);
    QFETCH(int, selectorsKept);

    const QDateTime importTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QString error;
    auto collection = WebAnnotationJson::importCollection(bytes, &error, importTime);
    QVERIFY2(collection, qPrintable(error));
    QCOMPARE(collection->annotations.size(), 1);
    QCOMPARE(collection->selectorsKept, selectorsKept);
    WebAnnotationJson::completeQuotes(collection->annotations, kText);
    const Annotation &a = collection->annotations.first();
    QVERIFY(!a.id.isNull());
    QCOMPARE(a.anchor.exact, exact);
    QCOMPARE(a.comment, comment);
    QCOMPARE(a.tags, tags);
    QCOMPARE(a.created, importTime); // none of these shapes says when it was made
    QCOMPARE(collection->createdAssigned, 1);
    QCOMPARE(collection->idsAssigned, 1); // no id, or an IRI that is no urn:uuid

    // Kept parts go back out on export, and the export reads back to the same annotation.
    const QByteArray out = WebAnnotationJson::exportCollection(makeArticle(), collection->annotations);
    const auto back = WebAnnotationJson::importCollection(out, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->annotations.first(), a);
    QCOMPARE(back->idsAssigned, 0);
    QCOMPARE(back->createdAssigned, 0);
}

void TestWebAnnotationImport::noIdGetsNewUrnUuid()
{
    const QByteArray bytes = json(QStringLiteral(R"([
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "Tỉnh ủy"}}},
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "UBND tỉnh"}}},
        {"type": "Annotation", "id": "urn:uuid:8d6f1a52-3c2e-4b8e-9a51-1f0d2c3b4a59", "created": "2015-10-13T13:00:00Z",
         "target": {"selector": {"type": "TextQuoteSelector", "exact": "đồng"}}}])"));
    QString error;
    const auto c = WebAnnotationJson::importCollection(bytes, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->annotations.size(), 3);
    QCOMPARE(c->idsAssigned, 2);
    QCOMPARE(c->createdAssigned, 2);
    QVERIFY(!c->annotations.at(0).id.isNull());
    QVERIFY(c->annotations.at(0).id != c->annotations.at(1).id);
    QCOMPARE(c->annotations.at(2).id, QUuid::fromString(QStringLiteral("8d6f1a52-3c2e-4b8e-9a51-1f0d2c3b4a59")));
    QCOMPARE(c->annotations.at(2).created, QDateTime(QDate(2015, 10, 13), QTime(13, 0), Qt::UTC));
    const QJsonObject first = WebAnnotationJson::annotationToJson(c->annotations.at(0), QString());
    QVERIFY(first.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
}

void TestWebAnnotationImport::iriIdIsStableAndKeptAsVia()
{
    const QByteArray bytes = json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno1",
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "Tỉnh ủy"}}})"));
    QString error;
    const auto one = WebAnnotationJson::importCollection(bytes, &error);
    const auto two = WebAnnotationJson::importCollection(bytes, &error);
    QVERIFY2(one && two, qPrintable(error));
    // Importing the same file twice updates one annotation, it does not make two.
    QCOMPARE(one->annotations.first().id, two->annotations.first().id);
    const QJsonObject out = WebAnnotationJson::annotationToJson(one->annotations.first(), QString());
    QCOMPARE(out.value(QStringLiteral("via")).toString(), QStringLiteral("http://example.org/anno1"));
}

void TestWebAnnotationImport::keepsCreatorGeneratorModified()
{
    const QByteArray bytes = json(QStringLiteral(R"({"type": "Annotation", "id": "http://example.org/anno12",
        "creator": {"id": "http://example.org/user1", "type": "Person", "name": "My Pseudonym", "nickname": "pseudo",
                    "email_sha1": "58bad08927902ff9307b621c54716dcc5083e339"},
        "generator": {"id": "http://example.org/client1", "type": "Software", "name": "Code v2.1",
                      "homepage": "http://example.org/client1/homepage1"},
        "created": "2015-01-28T12:00:00Z", "modified": "2015-01-29T09:00:00Z",
        "body": {"type": "TextualBody", "value": "Ghi chú"},
        "target": {"source": "https://example.invalid/giai-ngan",
                   "selector": {"type": "TextQuoteSelector", "exact": "Tỉnh ủy"}}})"));
    QString error;
    const auto c = WebAnnotationJson::importCollection(bytes, &error);
    QVERIFY2(c, qPrintable(error));
    const Annotation &a = c->annotations.first();
    QCOMPARE(a.author, QStringLiteral("My Pseudonym"));
    QCOMPARE(a.created, QDateTime(QDate(2015, 1, 28), QTime(12, 0), Qt::UTC));
    QCOMPARE(a.modified, QDateTime(QDate(2015, 1, 29), QTime(9, 0), Qt::UTC));
    QCOMPARE(c->createdAssigned, 0);
    const QJsonObject out = WebAnnotationJson::annotationToJson(a, QString());
    const QJsonObject in = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(out.value(QStringLiteral("creator")), in.value(QStringLiteral("creator")));
    QCOMPARE(out.value(QStringLiteral("generator")), in.value(QStringLiteral("generator")));
    QCOMPARE(out.value(QStringLiteral("modified")).toString(), QStringLiteral("2015-01-29T09:00:00.000Z"));
}

void TestWebAnnotationImport::unsupportedSelectorsReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("SvgSelector alone") << json(
        QStringLiteral(R"({"type": "Annotation", "target": {"source": "http://example.org/map1",
              "selector": {"type": "SvgSelector", "value": "<svg:svg> … </svg:svg>"}}})"))
                                       << QStringLiteral("SvgSelector");
    QTest::newRow("FragmentSelector refined by positions in its segment")
        << json(QStringLiteral(R"({"type": "Annotation", "target": {"source": "http://example.org/page1",
              "selector": {"type": "FragmentSelector", "value": "para5",
                           "refinedBy": {"type": "TextPositionSelector", "start": 4, "end": 9}}}})"))
        << QStringLiteral("FragmentSelector");
    QTest::newRow("target is only an IRI")
        << json(QStringLiteral(R"({"type": "Annotation", "body": "http://example.org/post1",
              "target": "http://example.com/page1"})"))
        << QStringLiteral("no text selector");
    QTest::newRow("RangeSelector of XPaths")
        << json(QStringLiteral(R"({"type": "Annotation", "target": {"source": "http://example.org/page1",
              "selector": {"type": "RangeSelector",
                           "startSelector": {"type": "XPathSelector", "value": "//table[1]/tr[1]/td[2]"},
                           "endSelector": {"type": "XPathSelector", "value": "//table[1]/tr[1]/td[4]"}}}})"))
        << QStringLiteral("RangeSelector");
    QTest::newRow("selector is a number")
        << json(QStringLiteral(R"({"type": "Annotation", "target": {"selector": 7}})"))
        << QStringLiteral("no text selector");
    QTest::newRow("refinedBy loops deep")
        << json(QStringLiteral(R"({"type": "Annotation", "target": {"selector": {"type": "FragmentSelector",
              "refinedBy": {"type": "FragmentSelector", "refinedBy": {"type": "FragmentSelector",
              "refinedBy": {"type": "FragmentSelector", "refinedBy": {"type": "FragmentSelector",
              "refinedBy": {"type": "FragmentSelector", "refinedBy": {"type": "FragmentSelector",
              "refinedBy": {"type": "FragmentSelector", "refinedBy": {"type": "FragmentSelector",
              "refinedBy": {"type": "FragmentSelector"}}}}}}}}}}}})"))
        << QStringLiteral("FragmentSelector");
    QTest::newRow("id is a number") << json(QStringLiteral(R"({"type": "Annotation", "id": 5})"))
                                    << QStringLiteral("not an IRI");
}

void TestWebAnnotationImport::unsupportedSelectorsReported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!WebAnnotationJson::importCollection(bytes, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Annotation 1")), qPrintable(error));
}

void TestWebAnnotationImport::savedIntoReviewDatabase()
{
    // The whole path of an import: read, complete, save, read back. Without a created time the
    // save used to fail with "NOT NULL constraint failed: annotations.created".
    const QByteArray bytes = json(QStringLiteral(R"({"type": "AnnotationCollection", "first": {"items": [
        {"type": "Annotation", "bodyValue": "Không id, không thời gian",
         "target": {"selector": {"type": "TextQuoteSelector", "exact": "Tỉnh ủy"}}},
        {"type": "Annotation", "id": "http://example.org/anno23", "bodyValue": "Chỉ vị trí",
         "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 7}}}]}})"));
    const QDateTime importTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QString error;
    auto c = WebAnnotationJson::importCollection(bytes, &error, importTime);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(WebAnnotationJson::completeQuotes(c->annotations, kText), 1);

    AnnotationStore store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("review.sqlite"))), qPrintable(store.errorString()));
    const auto record = store.registerArticle(makeArticle());
    QVERIFY2(record, qPrintable(store.errorString()));
    QVERIFY2(store.saveAnnotations(record->id, c->annotations), qPrintable(store.errorString()));
    const QList<Annotation> stored = store.annotations(record->id);
    QCOMPARE(stored.size(), 2);
    for (const Annotation &a : stored) {
        QCOMPARE(a.created, importTime);
        QCOMPARE(a.anchor.exact, QStringLiteral("Tỉnh ủy"));
    }
}

QTEST_GUILESS_MAIN(TestWebAnnotationImport)
#include "tst_webannotationimport.moc"
