// The printout renderer through PDF: pages, text with diacritics, footer, QR on page 1, highlights
// only where entities are, grayscale without colour, notes and the entity index. Uses poppler-utils
// and zbar-tools; each check skips cleanly when its tool is missing.
#include "document/articleloader.h"
#include "render/annotationnotes.h"
#include "render/articlepayload.h"
#include "render/bundledfonts.h"
#include "render/pdfexporter.h"
#include "render/printappendix.h"

#include <QFile>
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

// The fonts a PDF embeds, by name without the subset tag ("ABCDEF+NotoSerif-Regular" -> "NotoSerif-Regular"),
// and whether each is embedded.
QList<std::pair<QString, bool>> pdfFonts(const QString &pdf)
{
    QList<std::pair<QString, bool>> fonts;
    const QStringList lines = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {pdf})).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        QString name = fields.first();
        if (name.size() > 7 && name.at(6) == QLatin1Char('+'))
            name = name.mid(7);
        fonts.append({name, line.contains(QLatin1String(" yes "))});
    }
    return fonts;
}

// The size of one QR module on paper, in mm, measured on a page image at dpi: the top edge of the
// symbol's top-right finder pattern is a run of 7 dark modules, and so is its right edge. It is the
// first such square corner from the top in the footer's right-hand strip (the QR code is right-aligned
// to the 18 mm margin and at least 24 mm wide; text lines have no 7-module square corner).
qreal qrModuleMm(const QImage &page, int dpi)
{
    const auto px = [dpi](qreal mm) { return int(mm / 25.4 * dpi); };
    const auto dark = [&page](int x, int y) { return qGray(page.pixel(x, y)) < 128; };
    const int right = std::min(page.width() - px(18) + 1, page.width() - 1), left = page.width() - px(18 + 22);
    const int bottom = std::min(page.height() - px(15) + 1, page.height() - 1), top = page.height() - px(15 + 60);
    for (int y = std::max(top, 0); y < bottom; ++y) {
        int last = -1;
        for (int x = right; x >= left && last < 0; --x)
            if (dark(x, y))
                last = x;
        if (last < 0)
            continue;
        int first = last;
        while (first > 0 && dark(first - 1, y))
            --first;
        int down = y;
        while (down + 1 < page.height() && dark(last, down + 1))
            ++down;
        const int across = last - first + 1, height = down - y + 1;
        if (across >= px(7 * 0.2) && std::abs(across - height) <= 2)
            return (across + height) / 2.0 / 7.0 / dpi * 25.4;
    }
    return 0;
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
    person.type = EntityKind::Person;
    person.name = QStringLiteral("Lê Quang Đạt");
    person.roles = QStringList{QStringLiteral("Giám đốc Sở Du lịch")};
    person.mentions = mentionsOf(person.name);
    r.people.append(person);
    Entity organization;
    organization.type = EntityKind::Organization;
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

    // Every font in every test printout is one of the faces Lectern ships (no system fallback such as
    // DejaVu, whatever fonts the machine has), and each is embedded.
    void onlyBundledFontsEmbedded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("notes");
        QTest::addColumn<bool>("grayscale");
        QTest::newRow("portal article") << QStringLiteral("print/da-nang-du-lich-he.txt") << false << false;
        QTest::newRow("notes, index, grayscale") << QStringLiteral("print/da-nang-du-lich-he.txt") << true << true;
        QTest::newRow("short article") << QStringLiteral("foundation/plain-utf8.txt") << false << false;
    }
    void onlyBundledFontsEmbedded()
    {
        QFETCH(QString, file);
        QFETCH(bool, notes);
        QFETCH(bool, grayscale);
        if (!haveTool("pdffonts"))
            QSKIP("pdffonts is not installed");
        const QStringList bundled = BundledFonts::postScriptNames();
        QVERIFY2(bundled.contains(QStringLiteral("NotoSansMono-Regular")), qPrintable(bundled.join(QLatin1Char(' '))));
        QVERIFY(BundledFonts::ensureRegistered());
        const LoadResult loaded = load(qPrintable(file));
        QVERIFY(loaded.import.ok());
        const Article &article = *loaded.import.article;
        PrintOptions options;
        options.grayscale = grayscale;
        options.notes = notes;
        options.entityIndex = notes;
        const QString pdf = m_dir.filePath(QStringLiteral("bundled.pdf"));
        QVERIFY(PdfExporter::exportPdf(pdf, PdfExporter::defaultPageLayout(), article, handEntities(article.text()),
                                       notes ? twoNotes(article.text()) : QList<PrintNote>(), options)
                    .ok);
        const auto fonts = pdfFonts(pdf);
        QVERIFY(!fonts.isEmpty());
        QStringList names;
        for (const auto &[name, embedded] : fonts) {
            QVERIFY2(bundled.contains(name), qPrintable(name + QStringLiteral(" is not bundled")));
            QVERIFY2(embedded, qPrintable(name + QStringLiteral(" is not embedded")));
            names.append(name);
        }
        // The body, the header/footer and the content hash each in their own face.
        QVERIFY2(names.contains(QStringLiteral("NotoSerif-Regular")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(names.contains(QStringLiteral("NotoSans-Bold")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(names.contains(QStringLiteral("NotoSansMono-Regular")), qPrintable(names.join(QLatin1Char(' '))));
    }

    // Every printout's page-1 QR code decodes from the page at 150 dpi (a fax-quality scan), with
    // modules of at least 0.4 mm, and carries the payload the printout promises: the URL with the
    // content hash as its fragment, else a citation short enough for such a symbol.
    void qrDecodesAt150dpi_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("fixture"); // a project fixture instead of the generated Markdown
        QTest::newRow("portal article, no URL") << QString() << QString() << QStringLiteral("print/da-nang-du-lich-he.txt");
        QTest::newRow("with URL") << QStringLiteral("Thư viện số cho trường học miền núi")
                                  << QStringLiteral("https://giaoducvung.example/tin-tuc/thu-vien-so-cho-truong-hoc") << QString();
        QTest::newRow("long Vietnamese title, no URL")
            << QStringLiteral("Ủy ban nhân dân tỉnh Thừa Thiên Huế phê duyệt đề án phát triển hệ thống thư viện số cho "
                              "các trường học ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số giai đoạn 2024 – 2030, "
                              "tầm nhìn đến năm 2045")
            << QString() << QString();
        QTest::newRow("long Vietnamese title and URL")
            << QStringLiteral("Đề án phát triển hệ thống thư viện số cho các trường học ở vùng sâu, vùng xa giai đoạn 2024 – 2030")
            << QStringLiteral("https://thuathienhue.gov.vn/vi-vn/Thong-tin-tuyen-truyen/tid/De-an-thu-vien-so/newsid/"
                              "3F6A1C2B-9D7E-4A51-B0C8-2E41D7A9F310/cid/2") << QString();
    }
    void qrDecodesAt150dpi()
    {
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QString, fixture);
        if (!haveTool("pdftoppm") || !haveTool("zbarimg"))
            QSKIP("pdftoppm or zbarimg is not installed");
        QString source = fixture.isEmpty() ? QString() : QStringLiteral(LECTERN_TEST_DATA "/") + fixture;
        if (source.isEmpty()) {
            source = m_dir.filePath(QStringLiteral("qr-article.md"));
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QString md = QStringLiteral("---\ntitle: \"%1\"\ndate: 2024-11-20\nsite: Cổng thông tin điện tử tỉnh Thừa Thiên Huế\n")
                             .arg(title);
            if (!url.isEmpty())
                md += QStringLiteral("url: %1\n").arg(url);
            md += QStringLiteral("---\n\nNgày 20/11, Ủy ban nhân dân tỉnh đã phê duyệt đề án với tổng kinh phí 215 tỷ đồng.\n\n"
                                 "Ông Nguyễn Văn Phương cho biết 92,4% trường học sẽ có thư viện số vào năm 2030.\n");
            f.write(md.toUtf8());
        }
        const LoadResult loaded = loadArticle(source);
        QVERIFY2(loaded.import.ok(), qPrintable(loaded.import.error));
        const Article &article = *loaded.import.article;
        QCOMPARE(article.url, url);
        const QString hash16 = article.contentHash().left(16);
        QCOMPARE(hash16.size(), 16);

        PrintOptions options;
        options.notes = true;
        const QString pdf = m_dir.filePath(QStringLiteral("qr150.pdf"));
        QVERIFY(PdfExporter::exportPdf(pdf, PdfExporter::defaultPageLayout(), article, loaded.entities, {}, options).ok);
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
        const QString payload = QString::fromUtf8(decoded);
        if (!url.isEmpty()) {
            QCOMPARE(payload, url + QStringLiteral("#sha256=") + hash16);
        } else {
            // Title (shortened when long), date and site, then the content hash.
            const QString fullTitle = article.title;
            QVERIFY2(payload.endsWith(QStringLiteral(" #") + hash16), qPrintable(payload));
            QVERIFY2(payload.toUtf8().size() <= ArticlePayload::printoutBytes, qPrintable(payload));
            const qsizetype ellipsis = payload.indexOf(QChar(0x2026));
            if (fullTitle.toUtf8().size() > ArticlePayload::printoutBytes) {
                QVERIFY2(ellipsis > 20, qPrintable(payload));
                QVERIFY2(fullTitle.startsWith(payload.left(ellipsis)), qPrintable(payload));
            } else {
                QVERIFY2(payload.startsWith(fullTitle), qPrintable(payload));
            }
            QCOMPARE(payload, ArticlePayload::forPrintout(article));
        }
        const qreal module = qrModuleMm(page, 150);
        QVERIFY2(module >= 0.4, qPrintable(QString::number(module)));
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
        const QString expected = payload.isEmpty() ? ArticlePayload::forPrintout(*loaded.import.article) : payload;
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
        QVERIFY(notes.first().replies.isEmpty());
        // The thread comes along, oldest first; empty replies are left out.
        a.replies = {{QUuid::createUuid(), QStringLiteral("PV"), {}, QStringLiteral("Đã hỏi lại.\n")},
                     {QUuid::createUuid(), QStringLiteral("BTV"), {}, QStringLiteral("  ")},
                     {QUuid::createUuid(), QString(), {}, QStringLiteral("Đúng.")}};
        const QList<PrintNote> threaded = AnnotationNotes::fromAnnotations({a}, text);
        QCOMPARE(threaded.first().replies.size(), 2);
        QCOMPARE(threaded.first().replies.at(0).author, QStringLiteral("PV"));
        QCOMPARE(threaded.first().replies.at(0).text, QStringLiteral("Đã hỏi lại."));
        QCOMPARE(threaded.first().replies.at(1).text, QStringLiteral("Đúng."));
    }

    // Issue 19: the printout's notes carry their replies (author, text), in the margin and at the
    // end alike, and the file is the same from run to run.
    void notesPrintTheThread()
    {
        const LoadResult loaded = load("print/da-nang-du-lich-he.txt");
        QVERIFY(loaded.import.ok());
        const Article &article = *loaded.import.article;
        QList<PrintNote> notes = twoNotes(article.text());
        QCOMPARE(notes.size(), 2);
        notes[0].replies = {{QStringLiteral("Phóng viên"), QStringLiteral("Đã gọi Hiệp hội, đúng chức danh.")},
                            {QStringLiteral("Biên tập viên"), QStringLiteral("Giữ nguyên.")}};
        PrintOptions options;
        options.notes = true;
        options.qrCode = false;
        // The print time is part of the input (footer and /CreationDate): fixed, so that two
        // exports a second apart compare the rest.
        options.printedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        const QString margin = m_dir.filePath(QStringLiteral("thread-margin.pdf"));
        QVERIFY(PdfExporter::exportPdf(margin, PdfExporter::defaultPageLayout(), article, {}, notes, options).ok);
        const QString again = m_dir.filePath(QStringLiteral("thread-margin-2.pdf"));
        QVERIFY(PdfExporter::exportPdf(again, PdfExporter::defaultPageLayout(), article, {}, notes, options).ok);
        QFile a(margin), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
        options.marginNotes = false;
        const QString end = m_dir.filePath(QStringLiteral("thread-end.pdf"));
        QVERIFY(PdfExporter::exportPdf(end, PdfExporter::defaultPageLayout(), article, {}, notes, options).ok);
        if (!haveTool("pdftotext"))
            QSKIP("pdftotext is not installed");
        const QString inMargin = pdfText(margin).simplified();
        QVERIFY2(inMargin.contains(QStringLiteral("» Phóng viên: Đã gọi Hiệp hội, đúng chức danh.")), qPrintable(inMargin));
        QVERIFY(inMargin.contains(QStringLiteral("» Biên tập viên: Giữ nguyên.")));
        QVERIFY(inMargin.indexOf(QStringLiteral("Phóng viên:")) < inMargin.indexOf(QStringLiteral("Biên tập viên: Giữ")));
        const QString atEnd = pdfText(end).simplified();
        QVERIFY2(atEnd.contains(QStringLiteral("(Biên tập viên, open) » Phóng viên: Đã gọi Hiệp hội, đúng chức danh. "
                                               "» Biên tập viên: Giữ nguyên.")),
                 qPrintable(atEnd.mid(atEnd.indexOf(QStringLiteral("Notes")))));
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
