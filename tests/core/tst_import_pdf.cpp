// PDF import (issue 18): PDFs written by the test with QPdfWriter (one and two columns, running
// headers and footers, hyphenated line ends, Vietnamese text) read back through ArticleImporter;
// and the layout rules on positioned lines directly.
#include "fixturefiles.h"
#include "pdffixture.h"

#include "document/articleloader.h"
#include "import/articleimporter.h"
#include "import/importformats.h"
#include "import/pdfimporter.h"
#include "import/pdflayout.h"
#include "review/reviewfile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;
using PdfFixture::Text;

namespace {

const QString kTitle = QStringLiteral("Hà Nội khởi công tuyến đường sắt đô thị số 5");
const QStringList kParagraphs = {
    QStringLiteral("Sáng 4/12, tại quận Ba Đình, thành phố tổ chức lễ khởi công tuyến đường sắt đô thị số 5 với tổng mức "
                   "đầu tư khoảng 65.400 tỷ đồng, dài hơn 38 km từ trung tâm đi về phía tây."),
    QStringLiteral("Theo ban quản lý dự án, tuyến có 17 ga, trong đó 7 ga ngầm và 10 ga trên cao; đoàn tàu đầu tiên dự kiến "
                   "chạy thử vào năm 2030 và khai thác thương mại một năm sau đó."),
    QStringLiteral("Phát biểu tại buổi lễ, ông Nguyễn Văn Bình, giám đốc sở giao thông, cho biết việc giải phóng mặt bằng đã "
                   "hoàn thành khoảng 80% và các gói thầu xây lắp sẽ được triển khai đồng loạt trong quý đầu năm tới."),
    QStringLiteral("Người dân sống dọc tuyến được hỗ trợ tái định cư tại chỗ; những hộ có nhà bị ảnh hưởng một phần được bồi "
                   "thường theo giá thị trường và được ưu tiên mua căn hộ ở các khu đô thị mới gần ga."),
    QStringLiteral("Các chuyên gia cho rằng khi đi vào hoạt động, tuyến đường sắt sẽ giảm đáng kể áp lực giao thông trên quốc "
                   "lộ, đồng thời mở ra không gian phát triển mới cho các huyện phía tây của thành phố."),
};

const QString kLastParagraph = QStringLiteral("Dự án được khởi công đúng kế hoạch.");

// The running lines of every page: a header and a footer with the page number.
void decorate(PdfFixture::Page &page, int number)
{
    page.append(Text{QStringLiteral("Báo Lectern · Bản tin đô thị"), 72, 40, 9});
    page.append(Text{QStringLiteral("Số 48 – Tháng 12/2026"), 420, 40, 9});
    page.append(Text{QStringLiteral("Trang %1").arg(number), 280, 815, 9});
}

QByteArray oneColumnPdf(int copies)
{
    PdfFixture::Flow flow;
    flow.decorate = decorate;
    flow.heading(kTitle, 18);
    for (int c = 0; c < copies; ++c)
        for (const QString &p : kParagraphs)
            flow.paragraph(p);
    return PdfFixture::write(flow.pages, QStringLiteral("Microsoft Word - metro5.docx"));
}

// Two columns under a title that spans both; the third paragraph runs from the foot of the
// left column to the top of the right one.
QByteArray twoColumnPdf()
{
    PdfFixture::Page page;
    decorate(page, 1);
    page.append(Text{kTitle, 50, 110, 18});
    const double width = 235;
    auto column = [&](PdfFixture::Page &target, double x, const QList<QStringList> &paragraphs, double y) {
        for (const QStringList &lines : paragraphs) {
            for (const QString &line : lines) {
                target.append(Text{line, x, y, 11});
                y += 15;
            }
            y += 15;
        }
    };
    const QStringList p1 = PdfFixture::wrap(kParagraphs.at(0), width);
    const QStringList p2 = PdfFixture::wrap(kParagraphs.at(1), width);
    const QStringList p3 = PdfFixture::wrap(kParagraphs.at(2), width);
    const QStringList p4 = PdfFixture::wrap(kParagraphs.at(3), width);
    const QStringList p5 = PdfFixture::wrap(kParagraphs.at(4), width);
    // The third paragraph is cut after its second line; the right column starts in lower case.
    column(page, 50, {p1, p2, p3.mid(0, 2)}, 150);
    column(page, 310, {p3.mid(2), p4, p5}, 150);
    // A second page, so that the header and footer are seen running.
    PdfFixture::Page second;
    decorate(second, 2);
    column(second, 50, {PdfFixture::wrap(kLastParagraph, width)}, 110);
    return PdfFixture::write({page, second});
}

QString join(const QStringList &paragraphs)
{
    return paragraphs.join(Article::blockSeparator());
}

} // namespace

class TestImportPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void oneColumnWithRunningHeadersAndFooters()
    {
        const QString path = writeFixture(m_dir, QStringLiteral("metro.pdf"), oneColumnPdf(3));
        const ImportResult result = ArticleImporter::importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &a = *result.article;
        QCOMPARE(a.format, QStringLiteral("pdf"));
        QVERIFY(a.encoding.isEmpty());
        QCOMPARE(a.title, kTitle);
        QCOMPARE(a.blocks.first().kind, Block::Kind::Heading);
        QCOMPARE(a.blocks.first().text, kTitle);
        // Every paragraph whole, in order, three times; nothing of the running lines is left.
        QStringList expected{kTitle};
        for (int c = 0; c < 3; ++c)
            expected += kParagraphs;
        QStringList got;
        for (const Block &b : a.blocks)
            got.append(b.text);
        if (got != expected)
            qWarning().noquote() << got.join(QStringLiteral("\n---\n"));
        QCOMPARE(got, expected);
        for (const char *running : {"Báo Lectern", "Bản tin đô thị", "Tháng 12/2026", "Trang 1", "Trang 2"})
            QVERIFY2(!a.text().contains(QString::fromUtf8(running)), running);
        QVERIFY(!a.removedChrome.isEmpty());
        // Page numbers: the first block on page 1, the last on the last page; never decreasing.
        QCOMPARE(a.blocks.first().page, 1);
        QVERIFY(a.blocks.last().page >= 2);
        for (qsizetype i = 1; i < a.blocks.size(); ++i)
            QVERIFY(a.blocks.at(i).page >= a.blocks.at(i - 1).page);
        QVERIFY(a.hasPages());
        QCOMPARE(a.pageAt(0), 1);
        QCOMPARE(a.pageAt(a.text().size() - 1), a.blocks.last().page);
        QCOMPARE(a.sourcePath, QFileInfo(path).absoluteFilePath());
    }

    void twoColumnsAreReadColumnByColumn()
    {
        const ImportResult result = ArticleImporter::importBytes(twoColumnPdf(), QStringLiteral("columns.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article->text(), join(QStringList{kTitle} + kParagraphs + QStringList{kLastParagraph}));
        QCOMPARE(result.article->title, kTitle);
        for (const Block &b : result.article->blocks)
            QCOMPARE(b.page, b.text == kLastParagraph ? 2 : 1);
    }

    void hyphenatedLineEndsAreJoined()
    {
        PdfFixture::Page page;
        const QStringList english = {
            QStringLiteral("The new com-"),
            QStringLiteral("puter system is a well-"),
            QStringLiteral("known design: every well-known feature of the state-of-the-"),
            QStringLiteral("art machine was checked by COVID-"),
            QStringLiteral("19 researchers in the labo-"),
            QStringLiteral("ratory."),
        };
        const QStringList vietnamese = {
            QStringLiteral("Đồng bào Ê-đê ở Đắk Lắk góp phần phát triển công nghi-"),
            QStringLiteral("ệp chế biến cà phê; người Ê-"),
            QStringLiteral("đê và người Gia-rai cùng tham gia hợp tác xã."),
        };
        double y = 120;
        for (const QString &line : english) {
            page.append(Text{line, 72, y, 11});
            y += 15;
        }
        y += 15;
        for (const QString &line : vietnamese) {
            page.append(Text{line, 72, y, 11});
            y += 15;
        }
        const ImportResult result = ArticleImporter::importBytes(PdfFixture::write({page}), QStringLiteral("hyphens.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList got;
        for (const Block &b : result.article->blocks)
            got.append(b.text);
        QCOMPARE(got, (QStringList{
                          QStringLiteral("The new computer system is a well-known design: every well-known feature of the "
                                         "state-of-the-art machine was checked by COVID-19 researchers in the laboratory."),
                          QStringLiteral("Đồng bào Ê-đê ở Đắk Lắk góp phần phát triển công nghiệp chế biến cà phê; người Ê-đê "
                                         "và người Gia-rai cùng tham gia hợp tác xã."),
                      }));
    }

    void softHyphenAndPageNumbersInTheLayout()
    {
        PdfPage page;
        page.number = 1;
        page.size = QSizeF(595, 842);
        page.lines = {PdfLine{QStringLiteral("Ông Trần Văn An cho biết dự án sẽ hoàn thành vào năm 2028 theo kế hoạch đã được duyệt, với kinh\u00ad"),
                              QRectF(72, 100, 451, 12)},
                      PdfLine{QStringLiteral("phí thấp hơn dự toán."), QRectF(72, 115, 120, 12)},
                      PdfLine{QStringLiteral("- 1 -"), QRectF(290, 810, 20, 10)}};
        const PdfLayout::Result laid = PdfLayout::layout({page});
        QCOMPARE(laid.blocks.size(), 1);
        QCOMPARE(laid.blocks.first().text,
                 QStringLiteral("Ông Trần Văn An cho biết dự án sẽ hoàn thành vào năm 2028 theo kế hoạch đã được duyệt, với kinh"
                                "phí thấp hơn dự toán."));
        QCOMPARE(laid.runningLinesRemoved, 1);
        for (const char *number : {"3", "- 3 -", "Trang 3", "Page 3 of 9", "3/9", "Trang 12 / 40", "— 7 —"})
            QVERIFY2(PdfLayout::isPageNumberLine(QString::fromUtf8(number)), number);
        for (const char *text : {"Năm 2026", "3 người bị thương", "Điều 3.", ""})
            QVERIFY2(!PdfLayout::isPageNumberLine(QString::fromUtf8(text)), text);
    }

    void aNumberInTheBodyIsNotAPageNumber()
    {
        // A short line in the middle of the page is text, whatever it looks like.
        PdfFixture::Page page;
        page.append(Text{QStringLiteral("Kết quả bỏ phiếu:"), 72, 300, 11});
        page.append(Text{QStringLiteral("2026"), 72, 330, 11});
        const ImportResult result = ArticleImporter::importBytes(PdfFixture::write({page}), QStringLiteral("n.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article->text().contains(QStringLiteral("2026")));
    }

    void scannedPdfSaysSo()
    {
        const ImportResult result = ArticleImporter::importBytes(PdfFixture::writeScanned(2), QStringLiteral("scan.pdf"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("no text layer")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("scanned")), qPrintable(result.error));
        QVERIFY(result.error.endsWith(QLatin1Char('.')));
    }

    void scannedPagesInATextPdfAreNamed()
    {
        const ImportResult result = ArticleImporter::importBytes(PdfFixture::writeScanned(2, 1), QStringLiteral("mixed.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article->text().contains(QStringLiteral("tổ chức hội nghị")));
        const QString warnings = result.article->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("2, 3")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("no text layer")), qPrintable(warnings));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("encrypted") << "locked.pdf" << PdfFixture::writeEncrypted() << "protected by a password";
        QTest::newRow("too many pages") << "long.pdf" << PdfFixture::writeManyPages(PdfImporter::maxPages + 1)
                                        << "Lectern opens documents of up to 2000 pages";
        QTest::newRow("header and garbage") << "junk.pdf" << QByteArray("%PDF-1.7\n") + QByteArray(4096, 'x')
                                            << "damaged";
        QTest::newRow("text named .pdf") << "note.pdf" << QByteArray("Tin tức trong ngày.\n") << "not a PDF document";
        QTest::newRow("no pages") << "empty.pdf"
                                  << PdfFixture::writeObjects({"<< /Type /Catalog /Pages 2 0 R >>",
                                                               "<< /Type /Pages /Kids [] /Count 0 >>"})
                                  << "PDF";
    }

    void refused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult result = ArticleImporter::importFile(writeFixture(m_dir, name, bytes));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(!result.error.contains(name));
        QVERIFY(result.error.endsWith(QLatin1Char('.')));
    }

    void handWrittenPdfIsRead()
    {
        QList<QByteArray> objects = PdfFixture::simplePageObjects("Tin tuc trong ngay: mot bai bao ngan.");
        const ImportResult result = ArticleImporter::importBytes(PdfFixture::writeObjects(objects), QStringLiteral("hand.pdf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article->text().contains(QStringLiteral("mot bai bao ngan")));
    }

    void sameBytesSameArticle()
    {
        const QByteArray pdf = twoColumnPdf();
        const ImportResult a = ArticleImporter::importBytes(pdf, QStringLiteral("a.pdf"));
        const ImportResult b = ArticleImporter::importBytes(pdf, QStringLiteral("a.pdf"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.article->blocks, b.article->blocks);
        QCOMPARE(a.article->contentHash(), b.article->contentHash());
    }

    void pagesSurviveAReviewFile()
    {
        const ImportResult imported = ArticleImporter::importBytes(oneColumnPdf(2), QStringLiteral("metro.pdf"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        ReviewFile::Contents contents;
        contents.article = *imported.article;
        QString error;
        const auto back = ReviewFile::read(ReviewFile::write(contents), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->article.blocks, imported.article->blocks);
    }

    void pdfIsAnImportFormatEverywhere()
    {
        QVERIFY(ImportFormats::isImportable(QStringLiteral("Thông cáo.PDF")));
        QVERIFY(ImportFormats::isImportable(QStringLiteral("draft.docx")));
        QVERIFY(ImportFormats::isImportable(QStringLiteral("draft.odt")));
        QVERIFY(!ImportFormats::isImportable(QStringLiteral("photo.jpg")));
        QVERIFY(!ImportFormats::isImportable(QStringLiteral("README")));
        const QStringList filters = ImportFormats::nameFilters(true);
        QVERIFY(filters.first().contains(QStringLiteral("*.pdf")));
        QVERIFY(filters.first().contains(QStringLiteral("*.lectern-review")));
        QVERIFY(filters.last().contains(QStringLiteral("(*)")));
    }
};

QTEST_MAIN(TestImportPdf)
#include "tst_import_pdf.moc"
