// `lectern annotations import` of Web Annotations written by other tools: no "created", no "id",
// an IRI id, a TextPositionSelector alone, a selector Lectern cannot anchor. The import reports
// how many ids and creation times it assigned; a failure names the file and the reason in words,
// never the database driver's message.
#include "lecternprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliW3cImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_article = QStringLiteral(LECTERN_TEST_DATA "/extract/committees.txt");

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    static Run annotations(const QStringList &args)
    {
        return lectern(QStringList { QStringLiteral("annotations") } + args);
    }

private Q_SLOTS:
    void foreignAnnotationsImport();
    void unsupportedSelectorIsReported();
};

void TestCliW3cImport::foreignAnnotationsImport()
{
    const QString db = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    const QString file = write(QStringLiteral("foreign.jsonld"),
        QStringLiteral(R"({
      "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
      "first": {"type": "AnnotationPage", "items": [
        {"type": "Annotation", "bodyValue": "Cơ quan nào?",
         "target": {"source": "https://example.invalid/committees",
                    "selector": {"type": "TextQuoteSelector", "exact": "Tỉnh ủy"}}},
        {"type": "Annotation", "id": "http://example.org/anno7",
         "creator": {"id": "http://example.org/user1", "type": "Person", "name": "Biên tập viên"},
         "generator": {"id": "http://example.org/client1", "type": "Software", "name": "Code v2.1"},
         "body": [{"type": "TextualBody", "value": "Số liệu?", "purpose": "commenting"},
                  {"type": "TextualBody", "value": "fact-check", "purpose": "tagging"}],
         "target": {"type": "SpecificResource", "source": "https://example.invalid/committees",
                    "selector": {"type": "FragmentSelector", "value": "para2",
                                 "refinedBy": {"type": "TextQuoteSelector", "exact": "1.250 tỷ đồng"}}}},
        {"type": "Annotation", "id": "http://example.org/anno8", "created": "2015-01-28T12:00:00Z",
         "bodyValue": "Tiêu đề",
         "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 9}}}]}})")
            .toUtf8());
    QVERIFY(!file.isEmpty());
    // The items target another address: issue 20 refuses that unless asked (--any-source).
    Run r = annotations({ QStringLiteral("import"), m_article, file, QStringLiteral("--any-source"), QStringLiteral("--db"), db });
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    QVERIFY2(!r.err.contains("constraint"), r.err.constData());
    QVERIFY2(r.out.startsWith("imported 3 annotations"), r.out.constData());
    QVERIFY2(r.out.contains("3 annotations had no urn:uuid id and were given a new one"), r.out.constData());
    QVERIFY2(r.out.contains("2 annotations had no creation time"), r.out.constData());
    QVERIFY2(r.out.contains("1 selector Lectern cannot anchor was kept as it was"), r.out.constData());

    r = annotations({ QStringLiteral("export"), m_article, QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out)
                                 .object()
                                 .value(QStringLiteral("first"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(items.size(), 3);
    QStringList quotes;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        QVERIFY(item.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
        QVERIFY(!item.value(QStringLiteral("created")).toString().isEmpty());
        const QJsonArray selectors
            = item.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
        quotes.append(selectors.first().toObject().value(QStringLiteral("exact")).toString());
    }
    quotes.sort();
    QCOMPARE(quotes,
        (QStringList { QStringLiteral("1.250 tỷ đồng"), QStringLiteral("Quảng Nam"), QStringLiteral("Tỉnh ủy") }));

    // The same file again updates the annotations that had an IRI instead of doubling them.
    r = annotations({ QStringLiteral("import"), m_article, file, QStringLiteral("--any-source"), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 0);
    r = annotations({ QStringLiteral("export"), m_article, QStringLiteral("--db"), db });
    const qsizetype count = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QStringLiteral("first"))
                                .toObject()
                                .value(QStringLiteral("items"))
                                .toArray()
                                .size();
    // Issue 20 import rule: an annotation whose content the article already holds is skipped, so the
    // one without any id (given a new id on each read) is not added a second time.
    QCOMPARE(count, 3);
}

void TestCliW3cImport::unsupportedSelectorIsReported()
{
    const QString db = m_dir.filePath(QStringLiteral("svg.sqlite"));
    const QString file = write(QStringLiteral("svg.jsonld"), QByteArray(R"({"type": "Annotation",
        "target": {"source": "http://example.org/map1", "selector": {"type": "SvgSelector", "value": "<svg/>"}}})"));
    const Run r = annotations({ QStringLiteral("import"), m_article, file, QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Annotation 1") && r.err.contains("SvgSelector"), r.err.constData());
    QVERIFY2(r.err.startsWith("lectern annotations: "), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliW3cImport)
#include "tst_cli_w3cimport.moc"
