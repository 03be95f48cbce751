// The same address, path and one-line rules for every source of metadata (issue 20): a review
// file's javascript: or file: address never reaches the QR payload or the PDF footer; titles and
// names from any source lose terminal escapes and bidi controls; a FIFO or a device is refused
// before it is opened (reading one blocks for ever or never ends).
#include "document/articleloader.h"
#include "import/articleimporter.h"
#include "import/metadatarules.h"
#include "render/articlepayload.h"
#include "render/printrenderer.h"
#include "review/reviewfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace Lectern::Core;

namespace {

ReviewFile::Contents reviewWith(const QString &url, const QString &title, const QStringList &authors)
{
    ReviewFile::Contents c;
    c.article.title = title;
    c.article.url = url;
    c.article.site = QStringLiteral("Báo \x1b]8;;http://x\x07Mới");
    c.article.authors = authors;
    c.article.blocks = {{Block::Kind::Paragraph, QStringLiteral("Ông Đặng Quốc Bảo cho biết tuyến đường dài 14,2 km.")}};
    c.article.originalBytes = c.article.text().toUtf8();
    return c;
}

} // namespace

class TestMetadataRules : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void reviewFileAddressFollowsTheWebRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("kept");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << QString();
        QTest::newRow("JavaScript, spaced") << QStringLiteral("  JavaScript:alert(1)") << QString();
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
        QTest::newRow("local path") << QStringLiteral("/home/editor/secret.txt") << QString();
        QTest::newRow("data") << QStringLiteral("data:text/html,<b>x</b>") << QString();
        QTest::newRow("https") << QStringLiteral("https://baomoi.example/a.html") << QStringLiteral("https://baomoi.example/a.html");
    }

    void reviewFileAddressFollowsTheWebRule()
    {
        QFETCH(QString, url);
        QFETCH(QString, kept);
        const QString path = m_dir.filePath(QStringLiteral("url.lectern-review"));
        QString error;
        QVERIFY2(ReviewFile::save(path, reviewWith(url, QStringLiteral("Đường ven biển"), {}), &error), qPrintable(error));
        const LoadResult loaded = loadArticle(path);
        QVERIFY2(loaded.import.ok(), qPrintable(loaded.import.error));
        const Article &article = *loaded.import.article;
        QCOMPARE(article.url, kept);

        // QR payload and the PDF footer's "QR:" caption: the address when it is a web address,
        // else the citation (title, hash) — never the javascript: or local address.
        const QString payload = ArticlePayload::forArticle(article);
        QCOMPARE(payload, kept.isEmpty() ? ArticlePayload::citation(article) : kept);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        PrintRenderer renderer(article, loaded.entities, {}, PrintOptions());
        QVERIFY(renderer.render(&writer));
        // The printout's payload adds the content hash to a web address, and is a citation otherwise.
        QCOMPARE(renderer.qrPayload(), ArticlePayload::forPrintout(article));
        if (kept.isEmpty())
            QVERIFY2(!renderer.qrPayload().contains(url.trimmed()), qPrintable(renderer.qrPayload()));
        else
            QVERIFY2(renderer.qrPayload().startsWith(kept + QStringLiteral("#sha256=")), qPrintable(renderer.qrPayload()));
    }

    void payloadRefusesAnAddressFromAnySource()
    {
        // An Article filled by a library or any other caller, without the import rules.
        Article a;
        a.title = QStringLiteral("Tin");
        a.url = QStringLiteral("javascript:alert(1)");
        a.blocks = {{Block::Kind::Paragraph, QStringLiteral("Nội dung.")}};
        QVERIFY(!ArticlePayload::forArticle(a).contains(QStringLiteral("javascript")));
        a.url = QStringLiteral("/dev/zero");
        QVERIFY(!ArticlePayload::forArticle(a).contains(QStringLiteral("/dev/zero")));
    }

    void oneLineFieldsAreCleanedForEverySource()
    {
        const QString title = QStringLiteral("Tin \u202EGNP.exe\u202C \x1b[31mđỏ\x1b[0m\nmới");
        const QString path = m_dir.filePath(QStringLiteral("title.lectern-review"));
        QString error;
        QVERIFY(ReviewFile::save(path, reviewWith({}, title, {QStringLiteral("\u2066Lan\u2069\r\n"), QStringLiteral("\x07")}), &error));
        const LoadResult loaded = loadArticle(path);
        QVERIFY2(loaded.import.ok(), qPrintable(loaded.import.error));
        const Article &a = *loaded.import.article;
        QCOMPARE(a.title, QStringLiteral("Tin GNP.exe đỏ mới")); // escape sequences go whole
        QCOMPARE(a.authors, QStringList{QStringLiteral("Lan")});
        QCOMPARE(a.site, QStringLiteral("Báo Mới")); // an OSC 8 hyperlink, BEL-terminated

        // The same rule for an imported text file's title.
        const ImportResult text = ArticleImporter::importBytes(
            QStringLiteral("Tin \u202EGNP.exe\u202C mới\n\nNội dung bài viết về thành phố và người dân ở đây.\n").toUtf8(),
            QStringLiteral("a.txt"));
        QVERIFY(text.ok());
        const QString all = text.article->title + text.article->text();
        for (const QChar c : all)
            QVERIFY2(c.unicode() != 0x202E && c.unicode() != 0x202C, qPrintable(text.article->title));
    }

    void specialFilesAreRefusedBeforeTheyAreOpened_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("text") << QStringLiteral("pipe.txt");
        QTest::newRow("review file") << QStringLiteral("pipe.lectern-review");
    }

    void specialFilesAreRefusedBeforeTheyAreOpened()
    {
#ifndef Q_OS_UNIX
        QSKIP("FIFOs are a Unix matter");
#else
        QFETCH(QString, name);
        const QString fifo = m_dir.filePath(name);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const LoadResult loaded = loadArticle(fifo); // blocked for ever before the rule
        QVERIFY(!loaded.import.ok());
        QVERIFY2(loaded.import.error.contains(QStringLiteral("not a regular file")), qPrintable(loaded.import.error));
        QString reason;
        QVERIFY(!MetadataRules::isReadableFile(QStringLiteral("/dev/zero"), &reason));
        QVERIFY(!loadArticle(QStringLiteral("/dev/zero")).import.ok());
        QVERIFY(MetadataRules::isReadableFile(QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt")));
#endif
    }
};

QTEST_MAIN(TestMetadataRules)
#include "tst_metadatarules.moc"
