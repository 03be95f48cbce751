// The typeset article (DocumentBuilder, the one path of screen, print and PDF) shows the title
// once when the body opens with it again (issue 19): the project's import fixtures whose title
// line is also their first block (plain text, portal text, Markdown, HTML <h1>) and two whose body
// does not repeat it. Nothing of the body is lost, and the metadata line is not body text.
#include "import/articleimporter.h"
#include "render/documentbuilder.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Lectern::Core;

class TestDocumentBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleIsShownOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("repeats");
        QTest::newRow("plain text") << "plain-news.txt" << true;
        QTest::newRow("portal text") << "portal-province.txt" << true;
        QTest::newRow("markdown") << "article.md" << true;
        QTest::newRow("html h1") << "page-jsonld.html" << true;
        QTest::newRow("portal, body without title") << "portal-cityhall.txt" << false;
        QTest::newRow("html, body without title") << "page-meta-only.html" << false;
    }

    void titleIsShownOnce()
    {
        QFETCH(QString, file);
        QFETCH(bool, repeats);
        const ImportResult imported = ArticleImporter::importFile(QStringLiteral(LECTERN_TEST_DATA "/import/") + file);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const Article &article = *imported.article;
        QVERIFY(!article.title.isEmpty());
            QCOMPARE(DocumentBuilder::bodyRepeatsTitle(article), repeats);
        const BuiltDocument built = DocumentBuilder::build(article, {});
        const QTextDocument *doc = built.document.get();

        // The title: one line of the document, the first, in the title's style.
        const QStringList lines = doc->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.count(article.title), 1);
        const QTextBlock first = doc->begin();
        QCOMPARE(first.text(), article.title);
        const QFont titleFont = first.charFormat().font();
        QVERIFY(titleFont.bold());
        QVERIFY(titleFont.pointSizeF() > DocumentBuilder::defaultBodyFont().pointSizeF() * 1.5);

        // Nothing of the body is lost: every block is in the document, where the offsets say.
        for (qsizetype b = 0; b < article.blocks.size(); ++b) {
            const int at = built.toDocumentPosition(built.bodyOffsets.at(b));
            QVERIFY(at >= 0);
            QCOMPARE(doc->findBlock(at).text(), article.blocks.at(b).text);
            QCOMPARE(built.toBodyOffset(at), built.bodyOffsets.at(b));
        }
        if (repeats)
            QCOMPARE(built.toDocumentPosition(0), 0); // the title drawn is the body's first block

        // The metadata line (authors, source) follows the title and maps to no body offset.
        const QTextBlock meta = first.next();
        if (!article.authors.isEmpty()) {
            QVERIFY2(meta.text().contains(article.authors.first()), qPrintable(meta.text()));
            QCOMPARE(built.toBodyOffset(meta.position() + 1), qsizetype(-1));
        }
    }
};

QTEST_MAIN(TestDocumentBuilder)
#include "tst_documentbuilder.moc"
