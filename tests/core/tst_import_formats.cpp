// Each fixture in tests/data/import has a NAME.expected.json beside it listing what import must
// produce: format, encoding, metadata, every block (kind and text) and lines that must be gone.
#include "import/articleimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lectern::Core;

namespace {

QString kindLetter(Block::Kind kind)
{
    switch (kind) {
    case Block::Kind::Heading:
        return QStringLiteral("H");
    case Block::Kind::Caption:
        return QStringLiteral("C");
    case Block::Kind::Quote:
        return QStringLiteral("Q");
    case Block::Kind::Byline:
        return QStringLiteral("B");
    case Block::Kind::Paragraph:
        break;
    }
    return QStringLiteral("P");
}

QStringList toList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// The article as the expected files describe it, to print when a comparison fails.
QJsonObject describe(const Article &a)
{
    QJsonArray blocks;
    for (const Block &b : a.blocks)
        blocks.append(QJsonArray{kindLetter(b.kind), b.text});
    return QJsonObject{{QStringLiteral("format"), a.format},
                       {QStringLiteral("encoding"), a.encoding},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("published"), a.publishedIso()},
                       {QStringLiteral("authors"), QJsonArray::fromStringList(a.authors)},
                       {QStringLiteral("photographers"), QJsonArray::fromStringList(a.photographers)},
                       {QStringLiteral("url"), a.url},
                       {QStringLiteral("site"), a.site},
                       {QStringLiteral("warnings"), a.warnings.size()},
                       {QStringLiteral("blocks"), blocks}};
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixture_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("expected");
        const QDir dir(QStringLiteral(LECTERN_TEST_DATA "/import"));
        const QStringList expectedFiles = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        QVERIFY(expectedFiles.size() >= 10);
        for (const QString &name : expectedFiles) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
            const QString fixture = expected.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(fixture)) << dir.filePath(fixture) << expected;
        }
    }

    void fixture()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, expected);
        const ImportResult result = ArticleImporter::importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &a = *result.article;
        const QByteArray actual = QJsonDocument(describe(a)).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIsSet("LECTERN_UPDATE_EXPECTED")) {
            // Maintainer aid: rewrite the expectation from what import produces now (review the diff!).
            QJsonObject updated = describe(a);
            updated.insert(QStringLiteral("file"), expected.value(QStringLiteral("file")));
            updated.insert(QStringLiteral("absent"), expected.value(QStringLiteral("absent")));
            QFile out(path.section(QLatin1Char('.'), 0, -2) + QStringLiteral(".expected.json"));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(updated).toJson(QJsonDocument::Indented));
            QSKIP("expectation rewritten");
        }
        auto field = [&](const char *key) { return expected.value(QLatin1String(key)).toString(); };
        QVERIFY2(a.format == field("format"), actual.constData());
        QCOMPARE(a.encoding, field("encoding"));
        QCOMPARE(a.title, field("title"));
        QCOMPARE(a.publishedIso(), field("published"));
        QCOMPARE(a.authors, toList(expected.value(QStringLiteral("authors"))));
        QCOMPARE(a.photographers, toList(expected.value(QStringLiteral("photographers"))));
        QCOMPARE(a.url, field("url"));
        QCOMPARE(a.site, field("site"));
        QCOMPARE(a.warnings.size(), expected.value(QStringLiteral("warnings")).toInt());

        const QJsonArray blocks = expected.value(QStringLiteral("blocks")).toArray();
        QVERIFY2(a.blocks.size() == blocks.size(), actual.constData());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QJsonArray b = blocks.at(i).toArray();
            QCOMPARE(kindLetter(a.blocks.at(i).kind) + QLatin1Char(' ') + a.blocks.at(i).text,
                     b.at(0).toString() + QLatin1Char(' ') + b.at(1).toString());
        }
        const QString text = a.text();
        for (const QString &gone : toList(expected.value(QStringLiteral("absent"))))
            QVERIFY2(!text.contains(gone), qPrintable(gone));
        QCOMPARE(text.normalized(QString::NormalizationForm_C), text);
        QVERIFY(!text.contains(QChar(0x200B)) && !text.contains(QChar(0x00AD)) && !text.contains(QChar(0x00A0)));
        QVERIFY(!a.originalBytes.isEmpty());
        QCOMPARE(a.originalBytes.size(), QFileInfo(path).size());
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_import_formats.moc"
