// Text level of import: encoding detection and decoding, text hygiene, Markdown inline markup,
// format detection, the JSON-LD guard, and that plain text import never drops a line.
#include "import/articleimporter.h"
#include "import/htmlmetadata.h"
#include "import/markdownimporter.h"
#include "import/textcleaner.h"
#include "import/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Lectern::Core;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "Hội nghị" as Windows-1258 writes it: base letters, then the tone as a combining mark.
const QByteArray cp1258HoiNghi("H\xf4\xf2i nghi\xf2", 10);

} // namespace

class TestImportText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("warnings");
        const QString hoiNghi = u("Hội nghị");
        QTest::newRow("UTF-8") << hoiNghi.toUtf8() << "UTF-8" << hoiNghi << 0;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf") + hoiNghi.toUtf8() << "UTF-8" << hoiNghi << 0;
        QStringEncoder le(QStringEncoder::Utf16LE), be(QStringEncoder::Utf16BE);
        QTest::newRow("UTF-16LE BOM") << QByteArray("\xff\xfe") + QByteArray(le.encode(hoiNghi)) << "UTF-16LE" << hoiNghi << 0;
        QTest::newRow("UTF-16BE BOM") << QByteArray("\xfe\xff") + QByteArray(be.encode(hoiNghi)) << "UTF-16BE" << hoiNghi << 0;
        QTest::newRow("Windows-1258, composed to NFC") << cp1258HoiNghi << "windows-1258" << hoiNghi << 0;
        QTest::newRow("declared Windows-1258")
            << QByteArray("<meta charset=\"windows-1258\">") + cp1258HoiNghi << "windows-1258"
            << u("<meta charset=\"windows-1258\">") + hoiNghi << 0;
        // Issue 20: a valid UTF-8 byte stream wins over a contradicting declaration (with a warning).
        QTest::newRow("UTF-8 declared Windows-1258")
            << QByteArray("<meta charset=\"windows-1258\">") + hoiNghi.toUtf8() << "UTF-8"
            << u("<meta charset=\"windows-1258\">") + hoiNghi << 1;
        QTest::newRow("invalid UTF-8 among valid")
            << QByteArray("H\xe1\xbb\x99i \xff ngh\xe1\xbb\x8b") << "UTF-8" << u("Hội \xef\xbf\xbd nghị") << 1;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(int, warnings);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.warnings.size(), warnings);
    }

    void binaryFormats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << "PNG image";
        QTest::newRow("GIF") << QByteArray("GIF89a....") << "GIF image";
        QTest::newRow("ZIP") << QByteArray("PK\x03\x04....") << "ZIP archive (or an office document)";
        QTest::newRow("text starting with BM") << QByteArray("BM là viết tắt của bộ môn") << "";
    }

    void binaryFormats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QCOMPARE(TextDecoder::binaryFormatName(bytes), name);
    }

    void cleanLine_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("NFD to NFC") << u("Ho\xcc\x82\xcc\x80ng") << u("Hồng").normalized(QString::NormalizationForm_C);
        QTest::newRow("eth for Đ") << u("\xc3\x90\xe1\xbb\x97 M\xe1\xba\xa1nh") << u("Đỗ Mạnh");
        QTest::newRow("old tone placement kept") << u("Uỷ ban hoà giải") << u("Uỷ ban hoà giải");
        QTest::newRow("zero width space") << u("Hải\xe2\x80\x8b Phòng") << u("Hải Phòng");
        // Issue 20: a zero width space that separates words is a word break, not nothing.
        QTest::newRow("zero width space between words") << u("Hà\xe2\x80\x8bNội mùa\xe2\x80\x8bthu") << u("Hà Nội mùa thu");
        QTest::newRow("zero width space at the ends") << u("\xe2\x80\x8bTin\xe2\x80\x8b") << u("Tin");
        // Bidi controls are removed from text (they reorder what is shown: "GNP.exe" as "Tin exe.PNG").
        QTest::newRow("bidi override") << u("Tin \xe2\x80\xaeGNP.exe\xe2\x80\xac") << u("Tin GNP.exe");
        QTest::newRow("bidi isolates and marks") << u("\xe2\x81\xa6Hà\xe2\x80\x8f Nội\xe2\x81\xa9") << u("Hà Nội");
        QTest::newRow("soft hyphen") << u("thông\xc2\xad tin") << u("thông tin");
        QTest::newRow("NBSP run") << u("a.\xc2\xa0\xc2\xa0\xc2\xa0" "B") << u("a. B");
        QTest::newRow("tabs and ends") << u("\t x \t y ") << u("x y");
        QTest::newRow("BOM inside") << u("\xef\xbb\xbfTin") << u("Tin");
    }

    void cleanLine()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TextCleaner::cleanLine(in), out);
    }

    void splitLines()
    {
        QCOMPARE(TextCleaner::splitLines(u("a\r\nb\rc\nd\xe2\x80\xa8" "e")),
                 (QStringList{u("a"), u("b"), u("c"), u("d"), u("e")}));
    }

    void markdownInline_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("strong and emphasis") << u("**Hà Nội** và *Huế* và _Vinh_") << u("Hà Nội và Huế và Vinh");
        QTest::newRow("link") << u("xem [báo cáo](https://x.example/a) này") << u("xem báo cáo này");
        QTest::newRow("image") << u("![Ảnh cầu](a.jpg)") << u("Ảnh cầu");
        QTest::newRow("code") << u("lệnh `lectern extract`") << u("lệnh lectern extract");
        QTest::newRow("intraword underscore kept") << u("file_name_here") << u("file_name_here");
        QTest::newRow("inline html") << u("a <b>đậm</b> b") << u("a đậm b");
        QTest::newRow("escape") << u("5 \\* 3") << u("5 * 3");
        QTest::newRow("autolink") << u("<https://x.example>") << u("https://x.example");
    }

    void markdownInline()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(MarkdownImporter::stripInline(in), out);
    }

    void detectFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("html by extension") << u("Tin tức") << "a.htm" << "html";
        QTest::newRow("html by content") << u("<!DOCTYPE html><html><body><p>x</p></body></html>") << "a.txt" << "html";
        QTest::newRow("markdown by extension") << u("Tin tức") << "a.md" << "markdown";
        QTest::newRow("markdown by content, no extension") << u("# Tiêu đề\n\nNội dung.") << "" << "markdown";
        QTest::newRow("hash in a .txt stays text") << u("# Tiêu đề\n\nNội dung.") << "a.txt" << "plain";
        QTest::newRow("portal by date line") << u("Print Thứ Bảy, 04/12/2021 19:21 Gốc\n\nNội dung bài.") << "a.txt"
                                             << "portal-text";
        QTest::newRow("portal by QR line") << u("Nội dung bài.\nQR CODE: Tiêu đề") << "a.txt" << "portal-text";
        QTest::newRow("plain") << u("Tiêu đề\n\nNội dung bài, ngày 4/12/2021.") << "a.txt" << "plain";
    }

    void detectFormat()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, format);
        QCOMPARE(ArticleImporter::formatName(ArticleImporter::detectFormat(text, name)), format);
    }

    void jsonLdGuard_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("headline");
        QTest::newRow("object") << QByteArray("{\"@type\":\"NewsArticle\",\"headline\":\"A\"}") << "A";
        QTest::newRow("type list") << QByteArray("{\"@type\":[\"Thing\",\"Article\"],\"headline\":\"B\"}") << "B";
        QTest::newRow("array") << QByteArray("[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"C\"}]") << "C";
        QTest::newRow("graph") << QByteArray("{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"D\"}]}") << "D";
        QTest::newRow("broken") << QByteArray("{\"@type\":\"NewsArticle\",\"headline\":") << "";
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "[";
        QTest::newRow("deep nesting") << deep << "";
        QByteArray buried = "{\"@type\":\"NewsArticle\",\"headline\":\"E\"}";
        for (int i = 0; i < 40; ++i)
            buried = "[" + buried + "]";
        QTest::newRow("buried too deep") << buried << "";
        QTest::newRow("too large") << QByteArray("{\"@type\":\"NewsArticle\",\"headline\":\"F\",\"x\":\"")
                + QByteArray(HtmlMetadata::maxJsonLdSize, 'x') + QByteArray("\"}") << "";
    }

    void jsonLdGuard()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, headline);
        QCOMPARE(HtmlMetadata::findArticleObject(json).value(QStringLiteral("headline")).toString(), headline);
    }

    void plainTitle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("short line") << u("Cầu mới thông xe\nNội dung bài viết.") << u("Cầu mới thông xe");
        QTest::newRow("with a period, then a blank line") << u("Chính thức giảm phí từ 15/10.\n\nNội dung.")
                                                         << u("Chính thức giảm phí từ 15/10.");
        QTest::newRow("abbreviation, then a blank line") << u("Phường 1 (TP. HCM): Chợ tự phát\n\nNội dung.")
                                                        << u("Phường 1 (TP. HCM): Chợ tự phát");
        QTest::newRow("a paragraph is not a title") << u("Sáng nay, hội nghị khai mạc. Các đại biểu thảo luận.\nNội dung.")
                                                   << QString();
    }

    void plainTitle()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        const ImportResult result = ArticleImporter::importBytes(text.toUtf8(), QStringLiteral("a.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->title, title);
        QCOMPARE(result.article->blocks.first().kind, title.isEmpty() ? Block::Kind::Paragraph : Block::Kind::Heading);
    }

    void plainTextKeepsEveryLine()
    {
        const QString text = u("Dòng đầu tiên là tiêu đề\n\nĐoạn thứ nhất có hai câu. Đây là câu thứ hai.\n"
                               "Chú thích ảnh ngắn\nĐoạn thứ hai dài hơn một chút, kể về kết quả của hội nghị và các "
                               "kiến nghị của cử tri trong kỳ họp cuối năm, được nhiều đại biểu quan tâm.\n"
                               "Tin khác\nPrint\nLê Văn Bình");
        const ImportResult result = ArticleImporter::importBytes(text.toUtf8(), QStringLiteral("a.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString body = result.article->text();
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(body.contains(line), qPrintable(line));
        QCOMPARE(result.article->blocks.first().kind, Block::Kind::Heading);
        QCOMPARE(result.article->blocks.last().kind, Block::Kind::Byline);
        QCOMPARE(result.article->authors, QStringList{u("Lê Văn Bình")});
    }
};

QTEST_GUILESS_MAIN(TestImportText)
#include "tst_import_text.moc"
