// Bad input: each case must give a clear English error without the file name (or, for invalid
// UTF-8, a warning), never a crash, a hang or an out-of-memory.
#include "fixturefiles.h"
#include "import/articleimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TestImportBadInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty file") << "empty.txt" << QByteArray() << "The file is empty.";
        QTest::newRow("only white space") << "blank.txt" << QByteArray(" \n\t\r\n \xc2\xa0\xe2\x80\x8b\n") << "only white space";
        QTest::newRow("only white space, UTF-16") << "blank16.txt" << QByteArray("\xff\xfe \0\n\0", 6) << "only white space";
        QTest::newRow("NUL bytes") << "nul.txt" << QByteArray("Tin t\0c ng\0y", 12) << "binary";
        QTest::newRow("PNG image") << "photo.txt" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "PNG image";
        QTest::newRow("JPEG image") << "photo.html" << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << "JPEG image";
        QTest::newRow("PDF") << "doc.md" << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << "PDF document";
        QTest::newRow("control bytes") << "ctl.txt" << QByteArray("\x01\x02\x03\x04\x05\x06" "abc\x07\x08") << "binary";
        QTest::newRow("only chrome")
            << "chrome.txt"
            << QByteArray("Print Thứ Hai, 06/05/2024 07:30 Gốc\n\nTiện ích thông tin\nNguồn tin\nQR Code\nTin khác\n")
            << "only portal chrome";
        QTest::newRow("HTML without text") << "empty.html"
                                           << QByteArray("<html><head><title>x</title></head><body><nav>Trang chủ</nav>"
                                                         "<script>var a = 1;</script></body></html>")
                                           << "no article text";
    }

    void refused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        const QString path = write(name, bytes);
        const ImportResult result = ArticleImporter::importFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QVERIFY(!result.error.contains(name));
        QVERIFY(result.error.endsWith(QLatin1Char('.')));
        // The same bytes without a file give the same answer.
        QCOMPARE(ArticleImporter::importBytes(bytes, name).error, result.error);
    }

    void missingFile()
    {
        const ImportResult result = ArticleImporter::importFile(m_dir.filePath(QStringLiteral("no-such-article.txt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("The file does not exist."));
    }

    void directory()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.txt")));
        const ImportResult result = ArticleImporter::importFile(m_dir.filePath(QStringLiteral("folder.txt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("This is a folder, not a file."));
    }

    void hugeFileIsRefusedBeforeReading()
    {
        // A sparse 200 MB file: no disk space and no memory are used unless it is read.
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1024 * 1024));
        f.close();
        const ImportResult result = ArticleImporter::importFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QStringLiteral("The file is 200 MB; Lectern opens articles up to 64 MB."));
        QFile::remove(path);
    }

    void invalidUtf8IsReplacedWithAWarning()
    {
        const QByteArray bytes = QByteArray("Tiêu đề bài báo\n\nNgày 3/4, hội nghị ") + QByteArray("\xff\xfe\xc3", 3)
            + QByteArray(" được tổ chức tại Nhà văn hóa. Các đại biểu thống nhất kế hoạch năm.\n");
        const ImportResult result = ArticleImporter::importBytes(bytes, QStringLiteral("bad.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(result.article->warnings.size(), 1);
        QVERIFY(result.article->warnings.first().contains(QStringLiteral("not valid UTF-8")));
        QVERIFY(result.article->text().contains(QChar(0xFFFD)));
        QVERIFY(result.article->text().contains(QStringLiteral("được tổ chức tại Nhà văn hóa.")));
        QCOMPARE(result.article->title, QStringLiteral("Tiêu đề bài báo"));
    }

    void deeplyNestedHtml_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::newRow("div") << QByteArray("<div>") << QByteArray("</div>");
        QTest::newRow("span") << QByteArray("<span>") << QByteArray("</span>");
        QTest::newRow("unclosed b") << QByteArray("<b>") << QByteArray();
    }

    void deeplyNestedHtml()
    {
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        constexpr int depth = 100000;
        QByteArray html = "<html><body><p>Đoạn mở đầu của bài viết về lễ hội đua thuyền trên sông, được tổ chức hằng năm.</p>";
        html.reserve(html.size() + depth * (open.size() + close.size()) + 200);
        for (int i = 0; i < depth; ++i)
            html += open;
        html += "Văn bản ở tầng sâu nhất.";
        for (int i = 0; i < depth; ++i)
            html += close;
        html += "</body></html>";
        const ImportResult result = ArticleImporter::importBytes(html, QStringLiteral("deep.html"));
        // Either outcome is acceptable; what matters is a clean answer without a crash.
        if (result.ok())
            QVERIFY(result.article->text().contains(QStringLiteral("Đoạn mở đầu")));
        else
            QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_import_badinput.moc"
