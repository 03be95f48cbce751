// The hostile-input matrix (issue 8): inputs an editor may receive in the inbox, each with its
// expected clear error or clean result. Inputs are generated into a QTemporaryDir, never committed.
//
// Rows already covered by tst_import_badinput.cpp and not repeated here: an empty file, NUL bytes
// in UTF-8 text, control bytes, image/PDF magic numbers, a sparse 200 MB file (refused before it is
// read), 100,000 nested <div>, <span> and unclosed <b>.
//
// No timing asserts: time and memory are measured by the benchmarks in tests/bench (README
// "Benchmarks"; what is refused and where is listed under "Hardening" and "Limits").
#include "fixturefiles.h"
#include "officefixtures.h"
#include "pdffixture.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/numberparser.h"
#include "import/articleimporter.h"
#include "review/reviewfile.h"
#include "review/webannotationjson.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Lectern::Core;

namespace {

const QByteArray kBody = QByteArray("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm với nhiều đại biểu tham dự.");

QByteArray utf16le(const QString &s, bool bom = true)
{
    QByteArray out = bom ? QByteArray("\xff\xfe", 2) : QByteArray();
    for (const QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QByteArray utf16be(const QString &s)
{
    QByteArray out("\xfe\xff", 2);
    for (const QChar c : s) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

// The sockets this process holds (Linux: /proc/self/fd links named "socket:[…]"); -1 elsewhere.
int openSockets()
{
    QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    int n = 0;
    for (const QString &name : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        if (QFile::symLinkTarget(fds.filePath(name)).contains(QLatin1String("socket:")))
            ++n;
    return n;
}

bool qtNetworkLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6Network");
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Each row: the bytes of a file, and either the error it must give (a part of it) or, for a
    // clean import, a part of the text and a part of a warning (empty: no check).
    void import_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("textPart");
        QTest::addColumn<QString>("warningPart");

        const QString body = QString::fromUtf8(kBody);
        const QString ok;
        QTest::newRow("NUL bytes: trailing NUL after UTF-8 text")
            << "nul-end.txt" << kBody + QByteArray("\n\0", 2) << "binary" << ok << ok;
        QTest::newRow("NUL bytes: U+0000 inside UTF-16LE text")
            << "nul16.txt" << utf16le(body + QChar(0) + body) << "binary" << ok << ok;
        QTest::newRow("truncated UTF-8 at the end")
            << "trunc8.txt" << kBody + QByteArray("\n\nTi\xc3\xaau \xe1\xbb") << ok << "tổ chức hội nghị" << "not valid UTF-8";
        QTest::newRow("truncated UTF-8 in the middle")
            << "trunc8mid.txt" << QByteArray("Ti\xc3") + kBody << ok << "tổ chức hội nghị" << "not valid UTF-8";
        QTest::newRow("UTF-8 encoded surrogate (CESU-8)")
            << "cesu.txt" << kBody + QByteArray(" \xed\xa0\x80\xed\xb0\x80") << ok << "tổ chức hội nghị" << "not valid UTF-8";
        QTest::newRow("overlong UTF-8")
            << "overlong.txt" << kBody + QByteArray(" \xc0\xaf \xe0\x80\xaf") << ok << "tổ chức hội nghị" << "not valid UTF-8";
        QTest::newRow("truncated UTF-16LE (odd byte count)")
            << "trunc16le.txt" << utf16le(body) + QByteArray("\x41", 1) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("truncated UTF-16BE (odd byte count)")
            << "trunc16be.txt" << utf16be(body) + QByteArray("\x00", 1) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("UTF-16LE lone high surrogate")
            << "hi16.txt" << utf16le(body + QChar(0xD800) + QStringLiteral(" kết thúc.")) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("UTF-16LE lone low surrogate")
            << "lo16.txt" << utf16le(QChar(0xDC00) + body) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("UTF-16BE surrogate at the very end")
            << "end16.txt" << utf16be(body + QChar(0xDBFF)) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("BOM only, UTF-8") << "bom8.txt" << QByteArray("\xef\xbb\xbf") << "white space" << ok << ok;
        QTest::newRow("BOM only, UTF-16LE") << "bom16le.txt" << QByteArray("\xff\xfe") << "white space" << ok << ok;
        QTest::newRow("BOM only, UTF-16BE") << "bom16be.txt" << QByteArray("\xfe\xff") << "white space" << ok << ok;
        QTest::newRow("0 bytes, .html") << "empty.html" << QByteArray() << "The file is empty." << ok << ok;
        QTest::newRow("0 bytes, .md") << "empty.md" << QByteArray() << "The file is empty." << ok << ok;
        QTest::newRow("single 10 MB line")
            << "line.txt" << repeated(kBody + ' ', 10 * 1024 * 1024 / (kBody.size() + 1)) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("1,000,000 tiny paragraphs")
            << "tiny.txt" << repeated("a\n\n", 1'000'000) << "Lectern opens articles of up to 200000 lines" << ok << ok;
        QTest::newRow("100,000 tiny paragraphs")
            << "tiny100k.txt" << kBody + "\n\n" + repeated("a\n\n", 99'999) << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("1,000,000 tiny Markdown paragraphs")
            << "tiny.md" << repeated("a\n\n", 1'000'000) << "Lectern opens articles of up to 200000 lines" << ok << ok;
        QTest::newRow("1,000,000 tiny HTML paragraphs")
            << "tiny.html" << "<html><body>" + repeated("<p>a</p>", 1'000'000) + "</body></html>"
            << "Lectern opens pages of up to 250000" << ok << ok;
        QTest::newRow("80,000 nested <table><tr><td>")
            << "tables.html"
            << QByteArray("<html><body><p>") + kBody + "</p>" + repeated("<table><tr><td>", 80'000) + "Ô sâu nhất."
                   + "</body></html>"
            << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("100,000 nested <ul><li>")
            << "lists.html"
            << QByteArray("<html><body><p>") + kBody + "</p>" + repeated("<ul><li>", 100'000) + "Mục sâu nhất." + "</body></html>"
            << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("100,000 nested Markdown quotes")
            << "quotes.md" << kBody + "\n\n" + repeated(">", 100'000) + " Trích dẫn.\n" << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("100,000 nested Markdown lists")
            << "lists.md" << kBody + "\n\n" + repeated("  ", 50'000) + "- mục\n" << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("100,000 nested Markdown emphasis")
            << "emph.md" << kBody + "\n\n" + repeated("*[", 100'000) + "chữ\n" << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("HTML entity expansion (billion laughs in a DOCTYPE)")
            << "lol.html"
            << QByteArray("<!DOCTYPE html [<!ENTITY a \"lollollollollollollollollol\">"
                          "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                          "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                          "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                          "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>"
                          "<html><body><p>")
                   + kBody + "</p><p>&i;</p></body></html>"
            << ok << "tổ chức hội nghị" << ok;
        // Issue 18: PDF documents (written by hand: this test has no QGuiApplication).
        {
            using namespace PdfFixture;
            const QByteArray page = writeObjects(simplePageObjects("Sang 3/4, UBND tinh to chuc hoi nghi tong ket."));
            QTest::newRow("PDF: protected by a user password") << "locked.pdf" << writeEncrypted() << "protected by a password" << ok << ok;
            QTest::newRow("PDF: 2,001 pages") << "long.pdf" << writeManyPages(2001) << "documents of up to 2000 pages" << ok << ok;
            QTest::newRow("PDF: header, then garbage") << "junk.pdf" << QByteArray("%PDF-1.7\n") + repeated("\x01\xfe", 50'000)
                                                       << "damaged" << ok << ok;
            QTest::newRow("PDF: truncated in its first object") << "cut.pdf" << page.left(40) << "damaged" << ok << ok;
            QTest::newRow("PDF: cross-reference table and trailer lost") << "noxref.pdf" << page.left(page.indexOf("xref"))
                                                                         << "damaged" << ok << ok;
            QTest::newRow("PDF: a text file named .pdf") << "renamed.pdf" << kBody << "not a PDF document" << ok << ok;
            QTest::newRow("PDF: PDF bytes named .txt") << "press.txt" << page << ok << "tong ket" << ok;
            QTest::newRow("PDF: scanned page without a text layer")
                << "scan.pdf"
                << writeObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                 "<< /Length 62 >>\nstream\nq 495 0 0 742 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x10\xf0\xf0\x10 EI Q\nendstream"})
                << "no text layer" << ok << ok;
            QTest::newRow("PDF: page tree that contains itself")
                << "loop.pdf"
                << writeObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"}) << "PDF" << ok << ok;
            QTest::newRow("PDF: 100,000 nested arrays in a content stream")
                << "nest.pdf"
                << writeObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                                 "<< /Length 100000 >>\nstream\n" + repeated("[", 100'000) + "\nendstream"})
                << "no text layer" << ok << ok;
            QTest::newRow("PDF: a billion-page /Count")
                << "count.pdf"
                << writeObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
                                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"})
                << "PDF" << ok << ok;
        }
        // Issue 20: a valid UTF-8 byte stream wins over a contradicting declaration.
        QTest::newRow("UTF-8 page declaring windows-1258")
            << "decl1258.html"
            << QByteArray("<html><head><meta charset=\"windows-1258\"><title>Tin</title></head><body><p>") + kBody
                   + "</p></body></html>"
            << ok << "tổ chức hội nghị" << "valid UTF-8";
        QTest::newRow("UTF-8 XHTML declaring windows-1258")
            << "decl1258.xhtml"
            << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1258\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>")
                   + kBody + "</p></body></html>"
            << ok << "tổ chức hội nghị" << "valid UTF-8";
        QTest::newRow("HTML JSON-LD nested 100,000 deep")
            << "ldnest.html"
            << QByteArray("<html><head><script type=\"application/ld+json\">") + repeated("{\"@graph\":[", 100'000)
                   + "</script></head><body><p>" + kBody + "</p></body></html>"
            << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("HTML JSON-LD of 3 MB")
            << "ldbig.html"
            << QByteArray("<html><head><script type=\"application/ld+json\">{\"headline\":\"") + QByteArray(3 * 1024 * 1024, 'x')
                   + "\"}</script></head><body><p>" + kBody + "</p></body></html>"
            << ok << "tổ chức hội nghị" << ok;

        // Issue 18: Word and OpenDocument packages.
        using namespace OfficeFixtures;
        const QByteArray para = wordParagraph(kBody);
        const QByteArray goodDocx = docx(para);
        QTest::newRow("docx: ZIP bomb (a 70 MB document.xml, 70 KB compressed)")
            << "bomb.docx" << docx(para + QByteArray(70 * 1024 * 1024, ' ')) << "ZIP bomb" << ok << ok;
        QList<Lectern::Core::ZipPackage::OutEntry> parts;
        for (int i = 0; i < 10'001; ++i)
            parts.append({QStringLiteral("word/media/p%1.xml").arg(i), QByteArray("<a/>"), false});
        QTest::newRow("docx: 10,001 parts") << "parts.docx" << docx(para, parts) << "Lectern opens documents of up to 10000" << ok << ok;
        QTest::newRow("docx: 300 nested elements")
            << "deep.docx" << docx(repeated("<w:sdt><w:sdtContent>", 300) + para + repeated("</w:sdtContent></w:sdt>", 300))
            << "nested more than 256 levels" << ok << ok;
        QTest::newRow("docx: entity expansion (billion laughs)")
            << "lol.docx"
            << zip({{QStringLiteral("[Content_Types].xml"), "<Types/>", false},
                    {QStringLiteral("word/document.xml"),
                     QByteArray("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"lollollol\">"
                                "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                "<w:document xmlns:w=\"") + wordNs() + "\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>",
                     false}})
            << "DTD" << ok << ok;
        QTest::newRow("docx: damaged XML") << "badxml.docx" << docx(para + "<w:p><w:r><w:t>mở") << "XML is damaged" << ok << ok;
        QTest::newRow("docx: truncated archive") << "half.docx" << goodDocx.left(goodDocx.size() / 2) << "damaged" << ok << ok;
        QByteArray flipped = goodDocx;
        flipped[flipped.indexOf("word/document.xml") + 40] = flipped[flipped.indexOf("word/document.xml") + 40] ^ 0x55;
        QTest::newRow("docx: corrupt compressed data") << "crc.docx" << flipped << "damaged" << ok << ok;
        const QByteArray ole("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
        QByteArray encrypted = ole + QByteArray(504, '\0');
        for (const char c : QByteArray("EncryptedPackage"))
            encrypted += QByteArray(1, c) + QByteArray(1, '\0');
        QTest::newRow("docx: encrypted (password-protected)") << "secret.docx" << encrypted << "encrypted" << ok << ok;
        QTest::newRow("docx: a renamed .doc") << "old.docx" << ole + QByteArray(504, '\0') + "W\0o\0r\0d\0D\0o\0c\0"
                                             << "Word 97–2003" << ok << ok;
        QTest::newRow("docx: a renamed .zip")
            << "archive.docx" << zip({{QStringLiteral("notes.txt"), kBody, false}}) << "ZIP archive, not a Word" << ok << ok;
        QTest::newRow("docx: not a package at all") << "text.docx" << kBody << "not a ZIP package" << ok << ok;
        QTest::newRow("docx: 250,000 paragraphs")
            << "many.docx" << docx(repeated("<w:p><w:r><w:t>a</w:t></w:r></w:p>", 250'000)) << "paragraphs" << ok << ok;
        QTest::newRow("docx: linked image and remote template (never fetched)")
            << "linked.docx"
            << docx(para, {{QStringLiteral("word/_rels/document.xml.rels"),
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\""
                            " Target=\"http://127.0.0.1:9/a.png\" TargetMode=\"External\"/></Relationships>",
                            false},
                           {QStringLiteral("word/_rels/settings.xml.rels"),
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
                            " Target=\"file://127.0.0.1/share/t.dotx\" TargetMode=\"External\"/></Relationships>",
                            false}})
            << ok << "tổ chức hội nghị" << "2 outside resources";
        QTest::newRow("docx: a nested ZIP bomb part is never opened")
            << "nested.docx" << docx(para, {{QStringLiteral("word/embeddings/a.zip"), docx(QByteArray(2 * 1024 * 1024, ' ')), false}})
            << ok << "tổ chức hội nghị" << ok;
        QTest::newRow("odt: encrypted")
            << "secret.odt" << odt("<text:p>x</text:p>", {}, "<manifest:encryption-data manifest:checksum=\"x\"/>")
            << "encrypted" << ok << ok;
        QTest::newRow("odt: a spreadsheet")
            << "sheet.odt"
            << zip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", true},
                    {QStringLiteral("content.xml"), "<a/>", false}})
            << "another kind" << ok << ok;
        QTest::newRow("odt: 300 nested spans")
            << "deep.odt" << odt("<text:p>" + repeated("<text:span>", 300) + kBody + repeated("</text:span>", 300) + "</text:p>")
            << "nested more than 256 levels" << ok << ok;
        QTest::newRow("odt: clean") << "clean.odt" << odt("<text:p>" + kBody + "</text:p>") << ok << "tổ chức hội nghị" << ok;
    }

    void import()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QFETCH(QString, textPart);
        QFETCH(QString, warningPart);
        const ImportResult result = ArticleImporter::importFile(write(name, bytes));
        QFile::remove(m_dir.filePath(name));
        if (!error.isEmpty()) {
            QVERIFY2(!result.ok(), "the import was expected to fail");
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
            QVERIFY(result.error.endsWith(QLatin1Char('.')));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString text = result.article->text();
        QVERIFY(text.contains(textPart));
        // Decoding never leaves broken UTF-16 in the article: lone surrogates become U+FFFD.
        QVERIFY(QString::fromUtf8(text.toUtf8()) == text);
        if (!warningPart.isEmpty())
            QVERIFY2(result.article->warnings.join(QLatin1Char('\n')).contains(warningPart),
                     qPrintable(result.article->warnings.join(QLatin1Char('\n'))));
    }

    // Issue 20: text that must not reach the article: an XHTML internal DTD subset (declarations,
    // entity values, the closing "]>"), bidi controls; and U+200B between words becomes a space.
    void nothingLeaks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QString>("present");
        const QByteArray body = "<body><p>" + kBody + "</p></body></html>";
        const QStringList subset{QStringLiteral("ENTITY"), QStringLiteral("]>"), QStringLiteral("BÍ MẬT"),
                                 QStringLiteral("passwd"), QStringLiteral("ATTLIST"), QStringLiteral("<!")};
        QTest::newRow("XHTML internal subset")
            << "subset.xhtml"
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                          "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\" [\n  <!ENTITY secret \"BÍ MẬT\">\n"
                          "  <!ENTITY file SYSTEM \"file:///etc/passwd\">\n  <!ATTLIST p class CDATA #IMPLIED>\n]>\n"
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Tin</title></head>")
                   + body
            << subset << QStringLiteral("tổ chức hội nghị");
        QTest::newRow("internal subset with ']' and '>' in strings and comments")
            << "subset2.html"
            << QByteArray("<!DOCTYPE html [<!-- ]> --><!ENTITY a \"x]>y BÍ MẬT\"><!ENTITY b 'passwd]>'>]><html>") + body
            << subset << QStringLiteral("tổ chức hội nghị");
        QTest::newRow("bidi controls in a title and the text")
            << "bidi.txt"
            << QByteArray("Tin \xe2\x80\xaeGNP.exe\xe2\x80\xac\n\n") + kBody + " \xe2\x81\xa6\xe2\x80\x8fok\xe2\x81\xa9\n"
            << QStringList{QStringLiteral("\u202E"), QStringLiteral("\u202C"), QStringLiteral("\u2066"), QStringLiteral("\u200F")}
            << QStringLiteral("GNP.exe");
        QTest::newRow("U+200B between words")
            << "zwsp.txt" << QByteArray("Tin\n\nSáng 3/4,\xe2\x80\x8bUBND tỉnh tổ chức\xe2\x80\x8bhội nghị tổng kết công tác năm.\n")
            << QStringList{QStringLiteral("\u200B"), QStringLiteral("chứchội")} << QStringLiteral("3/4, UBND tỉnh tổ chức hội nghị");
    }

    void nothingLeaks()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, absent);
        QFETCH(QString, present);
        const ImportResult result = ArticleImporter::importBytes(bytes, name);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString all = result.article->title + QLatin1Char('\n') + result.article->text();
        QVERIFY2(all.contains(present), qPrintable(all));
        for (const QString &a : absent)
            QVERIFY2(!all.contains(a), qPrintable(a + QStringLiteral(" in: ") + all));
    }

    // A page full of active and remote content: nothing runs, nothing is fetched, the text is clean.
    void activeContentIsInertAndNothingIsFetched()
    {
        const int socketsBefore = openSockets();
        const QByteArray html =
            "<!DOCTYPE html><html><head><title>Tin địa phương</title>"
            "<link rel=\"stylesheet\" href=\"https://cdn.example/site.css\">"
            "<link rel=\"stylesheet\" href=\"file:///etc/passwd\">"
            "<style>@import url(\"http://evil.example/x.css\"); p { background: url(http://evil.example/p.png) }</style>"
            "<script src=\"https://evil.example/app.js\"></script>"
            "<script>document.body.innerHTML = 'ĐÃ CHẠY SCRIPT';</script>"
            "<meta http-equiv=\"refresh\" content=\"0; url=http://evil.example/\">"
            "<base href=\"http://evil.example/\">"
            "</head><body onload=\"alert('onload')\">"
            "<h1>Tin địa phương</h1><p>" + kBody + "</p>"
            "<iframe src=\"https://evil.example/frame\">NỘI DUNG KHUNG</iframe>"
            "<p>Xem <a href=\"javascript:alert('x')\">chi tiết</a> và <a href=\"file:///etc/shadow\">tệp</a>.</p>"
            "<img src=\"https://evil.example/track.gif\" alt=\"\"><img src=\"http://evil.example/photo.jpg\">"
            "<object data=\"http://evil.example/a.swf\"></object><embed src=\"http://evil.example/b.swf\">"
            "<svg><script>alert(1)</script></svg><noscript>BẬT JAVASCRIPT</noscript>"
            "<p>Ông Nguyễn Văn An phát biểu tại hội nghị.</p></body></html>";
        const ImportResult result = ArticleImporter::importBytes(html, QStringLiteral("active.html"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString text = result.article->text();
        QVERIFY(text.contains(QStringLiteral("tổ chức hội nghị")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Văn An")));
        for (const char *absent : {"ĐÃ CHẠY SCRIPT", "alert", "evil.example", "NỘI DUNG KHUNG", "javascript:", "file:", "BẬT JAVASCRIPT"})
            QVERIFY2(!text.contains(QString::fromUtf8(absent)), absent);
        QVERIFY(!result.article->url.startsWith(QLatin1String("javascript:")));
        QVERIFY(!result.article->url.startsWith(QLatin1String("file:")));

        // The core does not link Qt Network, so no QNetworkAccessManager can exist; and no
        // socket was opened by the import.
        QVERIFY(!qtNetworkLoaded());
        if (socketsBefore >= 0)
            QCOMPARE(openSockets(), socketsBefore);
    }

    // Issue 18: a PDF's links, actions, scripts and remote references are never followed.
    void pdfLinksAndActionsAreInert()
    {
        const int socketsBefore = openSockets();
        const QByteArray content = "BT /F1 12 Tf 72 720 Td (Sang 3/4, UBND tinh to chuc hoi nghi tong ket.) Tj ET";
        const QByteArray pdf = PdfFixture::writeObjects(
            {"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL\\(\"https://evil.example/open\"\\);) >>"
             " /AA << /WC << /S /Launch /F (/bin/sh) >> >> /URI << /Base (https://evil.example/) >> >>",
             "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
             " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
             " /Annots [<< /Type /Annot /Subtype /Link /Rect [72 700 300 730] /A << /S /URI /URI (https://evil.example/track) >> >>"
             " << /Type /Annot /Subtype /Link /Rect [72 600 300 630] /A << /S /GoToR /F (http://evil.example/remote.pdf) /D [0 /Fit] >> >>] >>",
             "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream"});
        const ImportResult result = ArticleImporter::importBytes(pdf, QStringLiteral("links.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article->text().contains(QStringLiteral("tong ket")));
        QVERIFY(!result.article->text().contains(QStringLiteral("evil.example")));
        QVERIFY(!qtNetworkLoaded());
        if (socketsBefore >= 0)
            QCOMPARE(openSockets(), socketsBefore);
    }

    // Addresses a page or a front matter gives: only web addresses become the article's URL
    // (it is shown, linked and encoded into QR codes).
    void articleUrl_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("url");
        const QByteArray p = "<p>" + kBody + "</p></body></html>";
        QTest::newRow("javascript: canonical") << "js.html"
            << "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body>" + p << QString();
        QTest::newRow("file: og:url") << "file.html"
            << "<html><head><meta property=\"og:url\" content=\"file:///etc/passwd\"></head><body>" + p << QString();
        QTest::newRow("data: in JSON-LD, https in og:url") << "data.html"
            << "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"url\":\"data:text/html,x\"}</script>"
               "<meta property=\"og:url\" content=\"https://bao.example/a.html\"></head><body>" + p
            << QStringLiteral("https://bao.example/a.html");
        QTest::newRow("javascript: in front matter") << "js.md"
            << "---\ntitle: Tin\nurl: javascript:alert(1)\n---\n\n" + kBody + "\n" << QString();
        QTest::newRow("https in front matter") << "ok.md"
            << "---\ntitle: Tin\nurl: https://bao.example/b\n---\n\n" + kBody + "\n" << QStringLiteral("https://bao.example/b");
    }

    void articleUrl()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, url);
        const ImportResult result = ArticleImporter::importBytes(bytes, name);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->url, url);
    }

    void webAnnotationJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("billion laughs: 1,000,000 nested arrays") << repeated("[", 1'000'000) << "nested more than";
        QTest::newRow("billion laughs: nested objects")
            << repeated("{\"items\":", 100'000) + "[]" + repeated("}", 100'000) << "nested more than";
        QTest::newRow("100,001 annotations") << "[" + repeated("{},", 100'000) + "{}]" << "too many annotations";
        QTest::newRow("brackets inside a string are not nesting")
            << "{\"type\":\"AnnotationCollection\",\"label\":\"" + repeated("[", 100'000) + "\",\"items\":[]}" << QString();
        QTest::newRow("lone surrogate escape")
            << QByteArray("[{\"type\":\"Annotation\",\"id\":\"urn:uuid:\\ud800\"}]") << "cannot be read";
        QTest::newRow("absurd offsets")
            << QByteArray("[{\"type\":\"Annotation\",\"id\":\"urn:uuid:6f1c7f0e-2b8a-4c55-9d4e-1f2a3b4c5d6e\","
                          "\"target\":{\"source\":\"urn:x\",\"selector\":[{\"type\":\"TextPositionSelector\","
                          "\"start\":1e300,\"end\":-5}]}}]")
            << "cannot be read";
        QTest::newRow("number beyond a double") << QByteArray("[{\"type\":\"Annotation\",\"start\":1e999}]") << "not valid JSON";
        QTest::newRow("NUL bytes") << QByteArray("[\0\0\0]", 5) << "not valid JSON";
        QTest::newRow("0 bytes") << QByteArray() << "not valid JSON";
    }

    void webAnnotationJson()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QString message;
        const auto collection = WebAnnotationJson::importCollection(bytes, &message);
        if (error.isEmpty()) {
            QVERIFY2(collection.has_value(), qPrintable(message));
            return;
        }
        QVERIFY(!collection.has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void reviewFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("billion laughs nesting") << repeated("{\"a\":[", 500'000) << "nested more than";
        QTest::newRow("another format") << QByteArray("{\"format\":\"other\"}") << "not a Lectern review";
        QTest::newRow("from the future") << QByteArray("{\"format\":\"lectern-review\",\"version\":99999999999999999999}")
                                         << "version";
        QTest::newRow("0 bytes") << QByteArray() << "not valid JSON";
        QTest::newRow("blocks that do not give the hash")
            << QByteArray("{\"format\":\"lectern-review\",\"version\":1,\"reviewState\":\"draft\",\"article\":{"
                          "\"contentHash\":\"00\",\"blocks\":[{\"kind\":\"paragraph\",\"text\":\"Đoạn.\"}]},\"annotations\":[]}")
            << "does not match";
    }

    void reviewFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!ReviewFile::read(bytes, &message).has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void oversizedReviewFileIsRefusedBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.lectern-review"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ReviewFile::maxFileBytes + 1)); // sparse: no disk space used
        f.close();
        QString message;
        QVERIFY(!ReviewFile::load(path, &message).has_value());
        QVERIFY2(message.contains(QLatin1String("too large")), qPrintable(message));
        QFile::remove(path);
    }

    // Beyond Extractor::maxPerKind entities of a kind, the rest are dropped with a warning.
    void entitiesPerArticleAreCapped()
    {
        QString text;
        for (int i = 0; i < Extractor::maxPerKind + 2000; ++i)
            text += QStringLiteral("Khoản %1 đạt %2,5 tỷ đồng.\n\n").arg(i).arg(i % 997);
        const ExtractionResult result = Extractor(Gazetteer::builtIn(), TaggerModel::bundled()).extract(text);
        QCOMPARE(result.metrics.size(), Extractor::maxPerKind);
        QVERIFY2(result.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Only the first 10000 metrics are listed")),
                 qPrintable(result.warnings.join(QLatin1Char('\n'))));
    }

    void absurdNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("figure");
        QTest::newRow("10^27 đồng") << QStringLiteral("Doanh thu đạt 1.000.000.000.000.000.000 tỷ đồng trong năm.")
                                     << QStringLiteral("1.000.000.000.000.000.000 tỷ đồng");
        QTest::newRow("20-digit percent") << QStringLiteral("Tỷ lệ tăng 99999999999999999999% so với cùng kỳ.")
                                          << QStringLiteral("99999999999999999999%");
        QTest::newRow("beyond 10^30") << QStringLiteral("Tổng cộng ") + QString(400, QLatin1Char('9')) + QStringLiteral(" tỷ USD được giải ngân.")
                                      << QStringLiteral("tỷ USD");
        QTest::newRow("long decimal tail") << QStringLiteral("Tăng 0,") + QString(5000, QLatin1Char('1')) + QStringLiteral("% trong quý.")
                                           << QStringLiteral("%");
        QTest::newRow("100,000 separators") << QStringLiteral("Có ") + QStringLiteral("1.000").repeated(20'000) + QStringLiteral(" người.")
                                            << QString();
    }

    void absurdNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, figure);
        const ExtractionResult result = Extractor(Gazetteer::builtIn(), TaggerModel::bundled()).extract(text);
        for (const Metric &m : result.metrics) {
            QVERIFY(std::isfinite(m.value) && std::isfinite(m.high));
            QVERIFY(m.value <= NumberParser::maxValue && m.high <= NumberParser::maxValue);
            QVERIFY(m.span.start >= 0 && m.span.end <= text.size() && m.span.start <= m.span.end);
        }
        if (!figure.isEmpty()) {
            const bool found = std::any_of(result.metrics.begin(), result.metrics.end(),
                                           [&](const Metric &m) { return m.text.contains(figure); });
            QVERIFY2(found, qPrintable(figure));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
