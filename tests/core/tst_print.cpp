// The printout renderer through PDF: pages, text with diacritics, footer, QR on page 1, highlights
// only where entities are, grayscale without colour, notes and the entity index. Uses poppler-utils
// and zbar-tools; each check skips cleanly when its tool is missing.
#include "article/articleloader.h"
#include "render/annotationnotes.h"
#include "render/articlepayload.h"
#include "render/pdfexporter.h"
#include "render/printappendix.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

const QString title = QStringLiteral("Đà Nẵng đón 2,45 triệu lượt khách trong mùa du lịch hè 2024");
const QString person = QStringLiteral("Nguyễn Thị Thu Hường");

QString fixture(const char *name)
{
    return QStringLiteral(LECTERN_TEST_DATA "/") + QString::fromLatin1(name);
}

bool haveTool(const char *tool)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
}

QByteArray runTool(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                   QStringLiteral("-")}))
        .normalized(QString::NormalizationForm_KC) // ligatures ("ﬁ") back to letters
        .simplified();
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// Page `page` of the PDF at 150 dpi.
QImage pageImage(const QString &pdf, int page, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

int colouredPixels(const QImage &image, int fromY, int toY)
{
    int n = 0;
    for (int y = fromY; y < toY; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (std::max({r, g, b}) - std::min({r, g, b}) > 12)
                ++n;
        }
    }
    return n;
}

// Entities built by hand over the fixture's text, so the test does not depend on the extractor.
ExtractionResult handEntities(const QString &text)
{
    ExtractionResult r;
    auto mentionsOf = [&](const QString &surface) {
        QList<Mention> list;
        for (qsizetype i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
            list.append({{i, i + surface.size()}, surface});
        return list;
    };
    Entity person;
    person.type = EntityType::Person;
    person.name = QStringLiteral("Lê Quang Đạt");
    person.roles = QStringList{QStringLiteral("Giám đốc Sở Du lịch")};
    person.mentions = mentionsOf(person.name);
    r.people.append(person);
    Entity organization;
    organization.type = EntityType::Organization;
    organization.name = QStringLiteral("Hiệp hội Du lịch Đà Nẵng");
    organization.aliases = QStringList{QStringLiteral("Hiệp hội")};
    organization.mentions = mentionsOf(organization.name);
    r.organizations.append(organization);
    Metric m;
    m.kind = MetricKind::Money;
    m.value = 9850e9;
    m.currency = QStringLiteral("VND");
    m.text = QStringLiteral("9.850 tỷ đồng");
    m.span = {text.indexOf(m.text), text.indexOf(m.text) + m.text.size()};
    m.checks.append({QStringLiteral("total does not match the sum of its parts"), false});
    r.metrics.append(m);
    return r;
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Two notes on the print fixture, in the order an editor might add them: on a name, then on
    // the money figure that comes earlier in the text (so the figure's note is number 1).
    static QList<PrintNote> twoNotes(const QString &text)
    {
        const qsizetype at = text.indexOf(QStringLiteral("9.850 tỷ đồng"));
        const qsizetype who = text.indexOf(QStringLiteral("Trần Thị Mỹ Linh"));
        if (at < 0 || who < 0)
            return {};
        return {{{who, who + 16}, QStringLiteral("Xác minh chức danh với Hiệp hội."), QStringLiteral("Biên tập viên"),
                 QStringLiteral("open")},
                {{at, at + 13}, QStringLiteral("Số liệu cần nguồn: Sở Du lịch?"), QStringLiteral("Thư ký tòa soạn"),
                 QStringLiteral("resolved")}};
    }

    LoadResult load(const char *name)
    {
        const LoadResult loaded = loadArticle(fixture(name));
        if (!loaded.import.ok())
            qWarning() << loaded.import.error;
        return loaded;
    }

    QString exportFixture(const char *name, const PrintOptions &options, const QString &out,
                          QPageSize::PageSizeId paper = QPageSize::A4, int *pages = nullptr)
    {
        const LoadResult loaded = load(name);
        if (!loaded.import.ok())
            return {};
        const PdfExportResult r = PdfExporter::exportPdf(m_dir.filePath(out), PdfExporter::defaultPageLayout(paper),
                                                         *loaded.import.article, loaded.entities, {}, options);
        if (!r.ok)
            qWarning() << r.error;
        if (pages)
            *pages = r.pages;
        return r.ok ? m_dir.filePath(out) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pagesAndText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("portal article, 2 pages")
            << QStringLiteral("print/da-nang-du-lich-he.txt") << 2
            << QStringList{title, person, QStringLiteral("Trần Thị Mỹ Linh"), QStringLiteral("Page 1 of 2"),
                           QStringLiteral("Page 2 of 2")};
        QTest::newRow("short article, 1 page")
            << QStringLiteral("foundation/plain-utf8.txt") << 1
            << QStringList{QStringLiteral("Hội thảo khoa học về phát triển nông nghiệp bền vững"),
                           QStringLiteral("Tạ Quang Vinh"), QStringLiteral("Page 1 of 1")};
    }
    void pagesAndText()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QStringList, phrases);
        int reported = 0;
        const QString pdf = exportFixture(qPrintable(file), {}, QStringLiteral("pages.pdf"), QPageSize::A4, &reported);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(reported, pages);
        if (!haveTool("pdfinfo") || !haveTool("pdftotext"))
            QSKIP("poppler-utils is not installed");
        QCOMPARE(pdfPages(pdf), pages);
        const QString text = pdfText(pdf);
        for (const QString &phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(phrase));
        const LoadResult loaded = load(qPrintable(file));
        QVERIFY(text.contains(loaded.import.article->contentHash()));
    }

    void fontsEmbedded()
    {
        const QString pdf = exportFixture("print/da-nang-du-lich-he.txt", {}, QStringLiteral("fonts.pdf"));
        if (!haveTool("pdffonts"))
            QSKIP("pdffonts is not installed");
        const QStringList lines = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {pdf})).split(QLatin1Char('\n'));
        int fonts = 0;
        for (const QString &line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            ++fonts;
            QVERIFY2(line.contains(QLatin1String("Noto")), qPrintable(line));
            QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line)); // emb
        }
        QVERIFY(fonts > 0);
    }

    void paperSize_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("pts (A4)");
        QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts");
    }
    void paperSize()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        const QString pdf = exportFixture("print/da-nang-du-lich-he.txt", {}, QStringLiteral("paper.pdf"),
                                          QPageSize::PageSizeId(paper));
        if (!haveTool("pdfinfo"))
            QSKIP("pdfinfo is not installed");
        const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
        QVERIFY2(info.contains(size), qPrintable(info));
    }

    void qrOnFirstPage_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("default payload") << QString();
        QTest::newRow("given URL") << QStringLiteral("https://danang.gov.vn/tin-tuc/du-lich-he-2024");
    }
    void qrOnFirstPage()
    {
        QFETCH(QString, payload);
        PrintOptions options;
        options.qrPayload = payload;
        const QString pdf = exportFixture("print/da-nang-du-lich-he.txt", options, QStringLiteral("qr.pdf"));
        if (!haveTool("pdftoppm") || !haveTool("zbarimg"))
            QSKIP("pdftoppm or zbarimg is not installed");
        const QImage page = pageImage(pdf, 1, m_dir.path());
        QVERIFY(!page.isNull());
        int exitCode = -1;
        QByteArray decoded = runTool(QStringLiteral("zbarimg"),
                                     {QStringLiteral("--nodbus"), QStringLiteral("-q"), QStringLiteral("--raw"),
                                      m_dir.filePath(QStringLiteral("page.png"))},
                                     &exitCode);
        QCOMPARE(exitCode, 0);
        if (decoded.endsWith('\n'))
            decoded.chop(1);
        const LoadResult loaded = load("print/da-nang-du-lich-he.txt");
        const QString expected = payload.isEmpty() ? ArticlePayload::forArticle(*loaded.import.article) : payload;
        QCOMPARE(QString::fromUtf8(decoded), expected);
    }

    // Highlight colours appear in the body exactly when entities are highlighted; grayscale has no colour.
    void colours_data()
    {
        QTest::addColumn<bool>("handMadeEntities");
        QTest::addColumn<bool>("highlights");
        QTest::addColumn<bool>("grayscale");
        QTest::newRow("extractor's entities, colour") << false << true << false;
        QTest::newRow("hand-made entities, colour") << true << true << false;
        QTest::newRow("hand-made entities, no highlights") << true << false << false;
        QTest::newRow("hand-made entities, grayscale") << true << true << true;
    }
    void colours()
    {
        QFETCH(bool, handMadeEntities);
        QFETCH(bool, highlights);
        QFETCH(bool, grayscale);
        if (!haveTool("pdftoppm"))
            QSKIP("pdftoppm is not installed");
        const LoadResult loaded = load("print/da-nang-du-lich-he.txt");
        QVERIFY(loaded.import.ok());
        const ExtractionResult entities = handMadeEntities ? handEntities(loaded.import.article->text()) : loaded.entities;
        PrintOptions options;
        options.highlights = highlights;
        options.grayscale = grayscale;
        options.entityIndex = true;
        const QString pdf = m_dir.filePath(QStringLiteral("colours.pdf"));
        QVERIFY(PdfExporter::exportPdf(pdf, PdfExporter::defaultPageLayout(), *loaded.import.article, entities, {},
                                       options).ok);
        const QImage page = pageImage(pdf, 1, m_dir.path());
        QVERIFY(!page.isNull());
        // The body: above the footer (legend and QR live in the bottom 45 mm at most).
        const int bodyBottom = page.height() - int(45 / 25.4 * 150);
        const int coloured = colouredPixels(page, 0, bodyBottom);
        const bool anyEntity = !entities.people.isEmpty() || !entities.organizations.isEmpty()
            || !entities.places.isEmpty() || !entities.metrics.isEmpty();
        if (grayscale || !highlights)
            QCOMPARE(coloured, 0);
        else if (anyEntity)
            QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
        else
            QCOMPARE(coloured, 0);
        if (grayscale)
            QCOMPARE(colouredPixels(page, 0, page.height()), 0);
    }

    void endNotesAndIndex()
    {
        const LoadResult loaded = load("print/da-nang-du-lich-he.txt");
        QVERIFY(loaded.import.ok());
        const Article &article = *loaded.import.article;
        const QString text = article.text();
        const QList<PrintNote> notes = twoNotes(text);
        QCOMPARE(notes.size(), 2);
        PrintOptions options;
        options.notes = true;
        options.marginNotes = false; // every note at the end
        options.entityIndex = true;
        const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        const PdfExportResult r = PdfExporter::exportPdf(pdf, PdfExporter::defaultPageLayout(), article,
                                                         handEntities(text), notes, options);
        QVERIFY(r.ok);
        QVERIFY(r.pages >= 2);
        if (!haveTool("pdftotext"))
            QSKIP("pdftotext is not installed");
        const QString out = pdfText(pdf);
        // Numbers in the text at the end of their spans (the money figure comes first in the text).
        QVERIFY2(out.contains(QStringLiteral("9.850 tỷ đồng[1]")), qPrintable(out.left(400)));
        QVERIFY(out.contains(QStringLiteral("Trần Thị Mỹ Linh[2]")));
        QVERIFY(out.contains(QStringLiteral("Notes")));
        QVERIFY2(out.contains(QStringLiteral("[2] — “Trần Thị Mỹ Linh” Xác minh chức danh với Hiệp hội. (Biên tập viên, open)")),
                 qPrintable(out.mid(out.indexOf(QStringLiteral("Notes")))));
        QVERIFY(out.contains(QStringLiteral("Số liệu cần nguồn: Sở Du lịch?")));
        // Entity index: roles, aliases, normalised values, failed checks.
        QVERIFY(out.contains(QStringLiteral("Lê Quang Đạt — Giám đốc Sở Du lịch")));
        QVERIFY(out.contains(QStringLiteral("also: Hiệp hội")));
        QVERIFY(out.contains(QStringLiteral("9.850.000.000.000 VND")));
        QVERIFY(out.contains(QStringLiteral("Check failed: total does not match the sum of its parts")));
    }

    // Notes beside their lines where they fit: the texts are in a column right of the body, there is
    // no "Notes" appendix; a note too long for the margin goes to the end notes with its number.
    void marginNotes()
    {
        const LoadResult loaded = load("print/da-nang-du-lich-he.txt");
        QVERIFY(loaded.import.ok());
        const Article &article = *loaded.import.article;
        QList<PrintNote> notes = twoNotes(article.text());
        QCOMPARE(notes.size(), 2);
        PrintOptions options;
        options.notes = true;
        options.qrCode = false;
        const QString pdf = m_dir.filePath(QStringLiteral("margin.pdf"));
        PdfExportResult r = PdfExporter::exportPdf(pdf, PdfExporter::defaultPageLayout(), article, {}, notes, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString bare = m_dir.filePath(QStringLiteral("bare.pdf"));
        options.notes = false;
        QVERIFY(PdfExporter::exportPdf(bare, PdfExporter::defaultPageLayout(), article, {}, notes, options).ok);
        if (!haveTool("pdftotext") || !haveTool("pdftoppm"))
            QSKIP("poppler-utils are not installed");
        QString out = pdfText(pdf);
        QVERIFY2(out.contains(QStringLiteral("9.850 tỷ đồng[1]")), qPrintable(out.left(600)));
        QVERIFY(out.contains(QStringLiteral("Trần Thị Mỹ Linh[2]")));
        QVERIFY(out.contains(QStringLiteral("[1] Số liệu cần nguồn: Sở Du lịch? — Thư ký tòa soạn, resolved")));
        QVERIFY(out.contains(QStringLiteral("Xác minh chức danh với Hiệp hội. — Biên tập viên, open")));
        QVERIFY2(!out.contains(QStringLiteral("Notes")), qPrintable(out.right(400)));
        // The body gives up a column on the right: a white gutter between body and notes where the
        // body runs without notes, and ink in the column beside it. (A4, 18 mm margins: the
        // gutter lies at 66-68 % of the page width, the notes at 68-91 %.)
        auto ink = [&](const QString &file, double from, double to) {
            const QImage page = pageImage(file, 1, m_dir.path());
            int n = 0;
            for (int y = page.height() / 8; y < page.height() * 3 / 4; ++y)
                for (int x = int(page.width() * from); x < int(page.width() * to); ++x)
                    n += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
            return n;
        };
        QCOMPARE(ink(pdf, 0.662, 0.678), 0);
        QVERIFY(ink(bare, 0.662, 0.678) > 0);
        QVERIFY(ink(pdf, 0.69, 0.9) > 200);

        // A note longer than half a page stays out of the margin and is listed at the end.
        const qsizetype at = notes.at(1).span.start;
        notes.append(PrintNote{{at, at + 13}, QStringLiteral("Ghi chú rất dài về nguồn số liệu. ").repeated(60),
                               QStringLiteral("BTV"), QStringLiteral("open")});
        options.notes = true;
        r = PdfExporter::exportPdf(pdf, PdfExporter::defaultPageLayout(), article, {}, notes, options);
        QVERIFY(r.ok);
        out = pdfText(pdf);
        const qsizetype endNotes = out.lastIndexOf(QStringLiteral("Notes"));
        QVERIFY2(endNotes > 0, qPrintable(out.right(400)));
        const QString tail = out.mid(endNotes);
        QVERIFY2(tail.contains(QStringLiteral("[2] — “9.850 tỷ đồng” Ghi chú rất dài")), qPrintable(tail.left(300)));
        QVERIFY(!tail.contains(QStringLiteral("[1] —")));
        QVERIFY(!tail.contains(QStringLiteral("[3] —")));
        QVERIFY(out.contains(QStringLiteral("[3] Xác minh chức danh với Hiệp hội.")));
    }

    void metricValues_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("high");
        QTest::addColumn<bool>("range");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("percent") << int(MetricKind::Percent) << 12.5 << 0.0 << false << QStringLiteral("%")
                                 << QStringLiteral("12,5 %");
        QTest::newRow("ratio") << int(MetricKind::Ratio) << 44.0 << 41.0 << false << QString()
                               << QStringLiteral("44/41");
        QTest::newRow("range") << int(MetricKind::Percent) << 8.5 << 9.0 << true << QStringLiteral("%")
                               << QStringLiteral("8,5–9 %");
        QTest::newRow("count") << int(MetricKind::Count) << 3186.0 << 0.0 << false << QStringLiteral("đảng viên")
                               << QStringLiteral("3.186 đảng viên");
    }
    void metricValues()
    {
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(double, high);
        QFETCH(bool, range);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        Metric m;
        m.kind = MetricKind(kind);
        m.value = value;
        m.high = high;
        m.isRange = range;
        m.unit = unit;
        QCOMPARE(PrintAppendix::formatMetricValue(m), expected);
    }

    void annotationNotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::newRow("bmp") << QStringLiteral("Bà Trần Thị Mỹ Linh phát biểu.") << QStringLiteral("Trần Thị Mỹ Linh");
        QTest::newRow("astral before the span") << QStringLiteral("😀😀 Ông Phạm Văn Khôi nói.") << QStringLiteral("Phạm Văn Khôi");
    }
    void annotationNotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        const qsizetype utf16 = text.indexOf(quote);
        const qsizetype cp = text.left(utf16).toUcs4().size();
        Annotation a;
        a.anchor.start = cp;
        a.anchor.end = cp + quote.toUcs4().size();
        a.comment = QStringLiteral("Kiểm tra\nchức danh");
        a.tags = QStringList{QStringLiteral("name/title")};
        a.author = QStringLiteral("BTV");
        a.status = Annotation::Status::Resolved;
        Annotation orphan = a;
        orphan.orphan = true;
        const QList<PrintNote> notes = AnnotationNotes::fromAnnotations({a, orphan}, text);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(text.mid(notes.first().span.start, notes.first().span.length()), quote);
        QCOMPARE(notes.first().text, QStringLiteral("Kiểm tra chức danh [name/title]"));
        QCOMPARE(notes.first().status, QStringLiteral("resolved"));
        QCOMPARE(notes.first().author, QStringLiteral("BTV"));
    }

    void unwritablePath()
    {
        const LoadResult loaded = load("foundation/plain-utf8.txt");
        const PdfExportResult r = PdfExporter::exportPdf(QStringLiteral("/nonexistent-dir/x/out.pdf"),
                                                         PdfExporter::defaultPageLayout(), *loaded.import.article,
                                                         loaded.entities);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
