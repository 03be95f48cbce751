#include "render/printrenderer.h"

#include "qr/qrencoder.h"
#include "render/articlepayload.h"
#include "render/bundledfonts.h"
#include "render/documentbuilder.h"
#include "render/marginnotes.h"
#include "render/printappendix.h"
#include "util/datetext.h"
#include "util/logging.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace Lectern::Core {

namespace {

// Page geometry in millimetres.
constexpr qreal headerMm = 7.5;
constexpr qreal headerGapMm = 5;
constexpr qreal footerTextMm = 11;
constexpr qreal qrMinMm = 24;     // the QR code's side with its quiet zone, at least
constexpr qreal qrModuleMm = 0.5; // and every module at least this on paper (a phone, a 150 dpi scan)
constexpr qreal footerGapMm = 6;

// The printout's own faces: the bundled Noto Sans and Noto Sans Mono (never a system fallback).
QFont paperFont(QFont font)
{
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont sansFont(qreal pt, bool bold = false)
{
    return paperFont(BundledFonts::sans(pt, bold));
}

QFont monoFont(qreal pt)
{
    return paperFont(BundledFonts::mono(pt));
}

QColor ink(const QColor &c, bool grayscale)
{
    if (!grayscale)
        return c;
    const int g = qGray(c.rgb());
    return QColor(g, g, g, c.alpha());
}

struct Band
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false; // the last line of a heading
};

// Every line of the document as a vertical band, in document coordinates.
QList<Band> lineBands(QTextDocument *doc)
{
    QList<Band> bands;
    QAbstractTextDocumentLayout *documentLayout = doc->documentLayout();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        documentLayout->blockBoundingRect(block); // lays the block out if the lazy layout has not yet
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const qreal y = layout->position().y();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const bool last = i == layout->lineCount() - 1;
            bands.append({y + line.y(), y + line.y() + line.height(),
                          last && block.userState() == PrintAppendix::keepWithNextState});
        }
    }
    return bands;
}

struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
};

// Greedy page breaks between lines: never splits a line, never ends a page on a heading.
QList<PageSlice> paginate(const QList<Band> &bands, qreal firstHeight, qreal otherHeight)
{
    QList<PageSlice> pages;
    qsizetype i = 0;
    while (i < bands.size()) {
        const qreal height = pages.isEmpty() ? firstHeight : otherHeight;
        const qreal top = bands.at(i).top;
        qsizetype last = i;
        while (last + 1 < bands.size() && bands.at(last + 1).bottom - top <= height)
            ++last;
        qsizetype keep = last;
        while (keep > i && bands.at(keep).keepWithNext && keep + 1 < bands.size())
            --keep;
        if (keep > i || !bands.at(keep).keepWithNext)
            last = keep;
        pages.append({top, bands.at(last).bottom});
        i = last + 1;
    }
    if (pages.isEmpty())
        pages.append({0, 0});
    return pages;
}

// Note numbers as superscripts at the end of their spans; notes must be in print order. Returns
// each note's mark position in the document after insertion (-1: its span is not in the text).
QList<int> insertNoteMarks(BuiltDocument &built, const QList<PrintNote> &notes, bool grayscale)
{
    struct Mark
    {
        int position;
        int note;
    };
    QList<Mark> marks;
    for (int n = 0; n < notes.size(); ++n) {
        const int pos = built.toDocumentPosition(notes.at(n).span.end);
        if (pos >= 0)
            marks.append({std::min(pos, built.document->characterCount() - 1), n});
    }
    // In document order, shifting later positions by what was inserted before them.
    std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.position < b.position; });
    QTextCharFormat format;
    QFont font = built.document->defaultFont();
    font.setBold(true); // the superscript alignment already shrinks it
    format.setFont(font);
    format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    format.setForeground(ink(QColor(0xa0, 0x1e, 0x50), grayscale));
    QTextCursor cursor(built.document.get());
    QList<int> positions(notes.size(), -1);
    int shift = 0;
    // One edit block: outside one, every insertion lays its paragraph out again (and places the
    // cursor on its line), so n marks in a paragraph cost n layouts of a paragraph that grows
    // with n — quadratic in the notes (3,000 notes took 18 s).
    cursor.beginEditBlock();
    for (const Mark &mark : std::as_const(marks)) {
        const QString text = QStringLiteral("[%1]").arg(mark.note + 1);
        cursor.setPosition(mark.position + shift);
        positions[mark.note] = mark.position + shift;
        cursor.insertText(text, format);
        shift += int(text.size());
    }
    cursor.endEditBlock();
    return positions;
}

std::unique_ptr<QTextDocument> legendDocument(QPaintDevice *device, bool grayscale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    QTextCharFormat plain;
    plain.setFont(sansFont(7));
    plain.setForeground(ink(QColor(0x44, 0x44, 0x44), grayscale));
    cursor.insertText(PrintRenderer::tr("Highlights:"), plain);
    const QStringList names = { PrintRenderer::tr("person"), PrintRenderer::tr("organization"),
        PrintRenderer::tr("place"), PrintRenderer::tr("figure") };
    const QList<EntityKind> categories = allEntityKinds();
    for (int i = 0; i < categories.size(); ++i) {
        cursor.insertText(QStringLiteral("  "), plain);
        QTextCharFormat f = plain;
        f.merge(HighlightStyle::forKind(categories.at(i)).charFormat(grayscale));
        f.setForeground(Qt::black);
        cursor.insertText(names.value(i), f);
    }
    return doc;
}

QString dateText(const Article &article)
{
    if (!article.published.isValid())
        return {};
    return DateText::format(article.published, article.publishedHasTime); // as the reader's byline
}

// The body, typeset by the same builder as the reader view, laid out for the device.
BuiltDocument typesetBody(const Article &article, const ExtractionResult &entities, const PrintOptions &options,
                          QPagedPaintDevice *device, QFont *bodyFont)
{
    DocumentOptions docOptions;
    docOptions.bodyFont = DocumentBuilder::defaultBodyFont();
    if (!options.bodyFamily.isEmpty())
        docOptions.bodyFont.setFamily(options.bodyFamily);
    docOptions.bodyFont.setPointSizeF(options.bodyPointSize);
    // Paper needs no hinting: outlines stay true to the design and layout skips FreeType's
    // bytecode interpreter (most of the rendering time otherwise).
    docOptions.bodyFont.setHintingPreference(QFont::PreferNoHinting);
    docOptions.highlights = options.highlights;
    docOptions.grayscale = options.grayscale;
    docOptions.includeHeader = !article.title.isEmpty() || article.published.isValid() || !article.site.isEmpty();
    BuiltDocument built = DocumentBuilder::build(article, entities, docOptions);
    built.document->documentLayout()->setPaintDevice(device);
    built.document->setDocumentMargin(0);
    *bodyFont = docOptions.bodyFont;
    return built;
}

// Where everything goes on a page, in device units. With margin notes the body gives up a
// column on the right for them; the QR code grows with its payload (modules never below
// qrModuleMm).
struct PageGeometry
{
    qreal dpi = 72;
    QRectF page;
    bool margin = false;
    qreal marginWidth = 0;
    qreal marginGap = 0;
    qreal bodyWidth = 0;
    qreal headerHeight = 0;
    qreal bodyTop = 0;
    qreal plainFooter = 0;
    qreal qrSide = 0;
    qreal qrFooter = 0;
    bool qrAll = false;      // a QR code on every page, not only the first
    qreal firstBody = 0;     // body height on the first page
    qreal otherBody = 0;     // and on the others
    qreal hairline = 0;

    qreal mm(qreal v) const { return v * dpi / 25.4; }
};

PageGeometry pageGeometry(QPagedPaintDevice *device, const std::optional<QrMatrix> &qr, bool margin,
                          bool qrOnEveryPage)
{
    PageGeometry g;
    g.dpi = device->logicalDpiY();
    g.page = QRectF(0, 0, device->width(), device->height());
    g.margin = margin;
    g.marginWidth = margin ? std::clamp(g.page.width() * 0.28, g.mm(34), g.mm(56)) : 0;
    g.marginGap = margin ? g.mm(5) : 0;
    g.bodyWidth = g.page.width() - g.marginWidth - g.marginGap;
    g.headerHeight = g.mm(headerMm);
    g.bodyTop = g.headerHeight + g.mm(headerGapMm);
    g.plainFooter = g.mm(footerTextMm);
    g.qrSide = qr ? g.mm(std::max(qrMinMm, qr->sizeWithQuietZone() * qrModuleMm)) : 0;
    g.qrFooter = std::max(g.plainFooter, g.qrSide);
    const bool qrFirst = qr.has_value();
    g.qrAll = qrFirst && qrOnEveryPage;
    g.firstBody = g.page.height() - g.bodyTop - g.mm(footerGapMm) - (qrFirst ? g.qrFooter : g.plainFooter);
    g.otherBody = g.page.height() - g.bodyTop - g.mm(footerGapMm) - (g.qrAll ? g.qrFooter : g.plainFooter);
    g.hairline = g.dpi / 72.0 * 0.5;
    return g;
}

// Margin notes are placed on the body's pages before the appendices are added: greedy page
// breaks over the same lines fall in the same places once more lines follow. Without a margin
// column every note is an end note; with one, the notes that do not fit there are.
void placeNotes(QTextDocument *doc, const PageGeometry &g, const QList<int> &marks, const QList<PrintNote> &notes,
                bool grayscale, QPaintDevice *device, std::optional<MarginNotes> *marginNotes,
                QList<PrintNote> *endNotes, QList<int> *endNumbers)
{
    if (!g.margin) {
        *endNotes = notes;
        return;
    }
    QList<MarginNotes::Page> bodyPages;
    const QList<PageSlice> slices = paginate(lineBands(doc), g.firstBody, g.otherBody);
    for (int p = 0; p < slices.size(); ++p)
        bodyPages.append({slices.at(p).top, p == 0 ? g.firstBody : g.otherBody});
    marginNotes->emplace(doc, marks, notes, bodyPages, g.marginWidth, sansFont(7), grayscale, device);
    for (int i : (*marginNotes)->overflow()) {
        endNotes->append(notes.at(i));
        endNumbers->append(i + 1);
    }
}

// The appendices after the body: the entity index (when entities is set) and the end notes.
void appendAppendices(QTextDocument *doc, const QFont &bodyFont, const ExtractionResult *entities,
                      const QString &articleText, const QList<PrintNote> &endNotes, const QList<int> &endNumbers,
                      bool grayscale)
{
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    // The body is laid out by now: the appendices go in as one edit, laid out once.
    cursor.beginEditBlock();
    if (entities)
        PrintAppendix::appendEntityIndex(cursor, bodyFont, *entities, grayscale);
    if (!endNotes.isEmpty())
        PrintAppendix::appendNotes(cursor, bodyFont, articleText, endNotes, endNumbers);
    cursor.endEditBlock();
}

// What is printed around the body on every page.
struct PageTexts
{
    QString title;
    QString meta;        // source · date
    QString hash;
    QString printed;     // "Printed … with Lectern"
    QString qrCaption;   // first page, under the legend
    std::unique_ptr<QTextDocument> legend;
    QColor rule;
    QColor quiet;
};

PageTexts pageTexts(const Article &article, const PrintOptions &options, const QString &qrPayload,
                    QPaintDevice *device)
{
    PageTexts t;
    t.title = article.title.isEmpty() && !article.blocks.isEmpty() ? article.blocks.first().text : article.title;
    QStringList metaParts;
    if (!article.site.isEmpty())
        metaParts << article.site;
    if (const QString d = dateText(article); !d.isEmpty())
        metaParts << d;
    t.meta = metaParts.join(QStringLiteral(" · "));
    t.hash = article.contentHash();
    t.legend = legendDocument(device, options.grayscale);
    t.printed = PrintRenderer::tr("Printed %1 with Lectern")
                    .arg(DateText::format((options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTime())
                                              .toLocalTime(), true));
    t.qrCaption = PrintRenderer::tr("QR: %1").arg(qrPayload);
    t.rule = ink(QColor(0x99, 0x99, 0x99), options.grayscale);
    t.quiet = ink(QColor(0x55, 0x55, 0x55), options.grayscale);
    return t;
}

// Running header: title left, source and date right, a hairline under both.
void paintHeader(QPainter &painter, QPaintDevice *device, const PageGeometry &g, const PageTexts &t)
{
    painter.setPen(Qt::black);
    const QFont metaFont = sansFont(7.5);
    const qreal metaWidth = QFontMetricsF(metaFont, device).horizontalAdvance(t.meta);
    const QRectF headerText(0, 0, g.page.width(), g.headerHeight - g.hairline * 4);
    painter.setFont(metaFont);
    painter.setPen(t.quiet);
    painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom, t.meta);
    const QFont titleFont = sansFont(7.5, true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const qreal titleWidth = std::max<qreal>(g.page.width() - metaWidth - g.mm(6), g.page.width() * 0.3);
    painter.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom,
                     QFontMetricsF(titleFont, device).elidedText(t.title, Qt::ElideRight, titleWidth));
    painter.setPen(QPen(t.rule, g.hairline));
    painter.drawLine(QPointF(0, g.headerHeight), QPointF(g.page.width(), g.headerHeight));
}

// The page's slice of the body.
void paintBody(QPainter &painter, QTextDocument *doc, const PageSlice &slice, const PageGeometry &g)
{
    painter.save();
    painter.translate(0, g.bodyTop - slice.top);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, slice.top, g.bodyWidth, slice.bottom - slice.top);
    ctx.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(ctx.clip);
    doc->documentLayout()->draw(&painter, ctx);
    painter.restore();
}

// Footer: hairline, page X of Y, hash, legend (first page, when asked), QR code at the right
// (first page, or every page) with its caption on the first.
void paintFooter(QPainter &painter, QPaintDevice *device, const PageGeometry &g, const PageTexts &t,
                 const std::optional<QrMatrix> &qr, bool legend, int page, int pageCount)
{
    const bool withQr = qr && (page == 0 || g.qrAll);
    const qreal footerHeight = withQr ? g.qrFooter : g.plainFooter;
    const QRectF footer(0, g.page.height() - footerHeight, g.page.width(), footerHeight);
    painter.setPen(QPen(t.rule, g.hairline));
    painter.drawLine(footer.topLeft() - QPointF(0, g.mm(1.5)), footer.topRight() - QPointF(0, g.mm(1.5)));
    qreal textRight = footer.right();
    if (withQr) {
        const QRectF qrRect(footer.right() - g.qrSide, footer.bottom() - g.qrSide, g.qrSide, g.qrSide);
        qr->paint(&painter, qrRect, Qt::black, Qt::white);
        textRight = qrRect.left() - g.mm(4);
    }
    qreal y = footer.top() + g.mm(1);
    painter.setFont(sansFont(8, true));
    painter.setPen(Qt::black);
    const QString pageText = PrintRenderer::tr("Page %1 of %2").arg(page + 1).arg(pageCount);
    const qreal lineHeight = QFontMetricsF(painter.font(), device).height();
    const QRectF pageLine(footer.left(), y, textRight - footer.left(), lineHeight);
    painter.drawText(pageLine, Qt::AlignLeft, pageText);
    painter.setFont(sansFont(7));
    painter.setPen(t.quiet);
    painter.drawText(pageLine, Qt::AlignRight | Qt::AlignVCenter, t.printed);
    y += lineHeight;
    painter.setFont(monoFont(6));
    painter.setPen(t.quiet);
    const qreal monoHeight = QFontMetricsF(painter.font(), device).height();
    painter.drawText(QRectF(footer.left(), y, textRight - footer.left(), monoHeight), Qt::AlignLeft,
                     QStringLiteral("SHA-256 %1").arg(t.hash));
    y += monoHeight * 1.2;
    if (page == 0 && legend) {
        painter.save();
        painter.translate(footer.left(), y);
        t.legend->drawContents(&painter);
        painter.restore();
        y += t.legend->size().height() * 1.1;
    }
    if (withQr && page == 0) {
        painter.setFont(sansFont(6));
        painter.setPen(t.quiet);
        const QFontMetricsF fm(painter.font(), device);
        const QString caption = fm.elidedText(t.qrCaption, Qt::ElideMiddle, textRight - footer.left());
        painter.drawText(QRectF(footer.left(), y, textRight - footer.left(), fm.height()), Qt::AlignLeft, caption);
    }
}

} // namespace

PrintRenderer::PrintRenderer(const Article &article, const ExtractionResult &entities, const QList<PrintNote> &notes,
                             const PrintOptions &options)
    : m_article(article)
    , m_entities(entities)
    , m_notes(notes)
    , m_options(options)
{
    std::stable_sort(m_notes.begin(), m_notes.end(), [](const PrintNote &a, const PrintNote &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    });
    m_qrPayload = m_options.qrPayload.isEmpty() ? ArticlePayload::forPrintout(m_article) : m_options.qrPayload;
}

bool PrintRenderer::render(QPagedPaintDevice *device)
{
    m_error.clear();
    m_qrError.clear();
    m_pageCount = 0;
    if (!device) {
        m_error = tr("There is no device to print on.");
        return false;
    }
    const bool gray = m_options.grayscale;

    // 1. Typeset: the body with its note marks, and the QR code.
    QFont bodyFont;
    BuiltDocument built = typesetBody(m_article, m_entities, m_options, device, &bodyFont);
    QTextDocument *doc = built.document.get();
    const bool withNotes = m_options.notes && !m_notes.isEmpty();
    const QList<int> marks = withNotes ? insertNoteMarks(built, m_notes, gray) : QList<int>();
    std::optional<QrMatrix> qr;
    if (m_options.qrCode) {
        const QrEncodeResult encoded = QrEncoder::encode(m_qrPayload, m_options.qrEcc);
        if (encoded.ok())
            qr = encoded.code;
        else
            m_qrError = encoded.error;
    }

    // 2. Lay out: notes in the margin (or at the end), the appendices, the page breaks.
    const PageGeometry g = pageGeometry(device, qr, withNotes && m_options.marginNotes, m_options.qrOnEveryPage);
    doc->setTextWidth(g.bodyWidth);
    std::optional<MarginNotes> marginNotes;
    QList<PrintNote> endNotes;
    QList<int> endNumbers;
    placeNotes(doc, g, marks, withNotes ? m_notes : QList<PrintNote>(), gray, device, &marginNotes, &endNotes, &endNumbers);
    appendAppendices(doc, bodyFont, m_options.entityIndex ? &m_entities : nullptr, m_article.text(), endNotes, endNumbers, gray);
    const QList<PageSlice> pages = paginate(lineBands(doc), g.firstBody, g.otherBody);
    m_pageCount = int(pages.size());

    // 3. Paint every page.
    QPainter painter;
    if (!painter.begin(device)) {
        m_error = tr("The printout could not be started: the printer or file cannot be painted on.");
        return false;
    }
    const PageTexts texts = pageTexts(m_article, m_options, m_qrPayload, device);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device->newPage()) {
            m_error = tr("The printout stopped at page %1: the device refused a new page.").arg(p + 1);
            painter.end();
            return false;
        }
        paintHeader(painter, device, g, texts);
        paintBody(painter, doc, pages.at(p), g);
        if (marginNotes)
            marginNotes->paint(&painter, p, g.bodyWidth + g.marginGap, g.bodyTop);
        paintFooter(painter, device, g, texts, qr, m_options.legend && m_options.highlights, p, int(pages.size()));
    }
    if (!painter.end()) {
        m_error = tr("The printout could not be finished: the device reported an error.");
        return false;
    }
    qCDebug(lcRender) << "printed" << m_pageCount << "pages";
    return true;
}

} // namespace Lectern::Core
