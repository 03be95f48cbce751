#include "render/printrenderer.h"

#include "qr/qrencoder.h"
#include "render/articlepayload.h"
#include "render/bundledfonts.h"
#include "render/documentbuilder.h"
#include "render/marginnotes.h"
#include "render/printappendix.h"
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
    return article.published.toString(article.publishedHasTime ? QStringLiteral("dd/MM/yyyy HH:mm")
                                                                : QStringLiteral("dd/MM/yyyy"));
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
    const qreal dpi = device->logicalDpiY();
    auto mm = [dpi](qreal v) { return v * dpi / 25.4; };

    // The body, typeset by the same builder as the reader view.
    DocumentOptions docOptions;
    docOptions.bodyFont = DocumentBuilder::defaultBodyFont();
    if (!m_options.bodyFamily.isEmpty())
        docOptions.bodyFont.setFamily(m_options.bodyFamily);
    docOptions.bodyFont.setPointSizeF(m_options.bodyPointSize);
    // Paper needs no hinting: outlines stay true to the design and layout skips FreeType's
    // bytecode interpreter (most of the rendering time otherwise).
    docOptions.bodyFont.setHintingPreference(QFont::PreferNoHinting);
    docOptions.highlights = m_options.highlights;
    docOptions.grayscale = gray;
    docOptions.includeHeader = !m_article.title.isEmpty() || m_article.published.isValid() || !m_article.site.isEmpty();
    BuiltDocument built = DocumentBuilder::build(m_article, m_entities, docOptions);
    QTextDocument *doc = built.document.get();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
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

    // Geometry: with margin notes the body gives up a column on the right for them.
    const QRectF page(0, 0, device->width(), device->height());
    const bool margin = withNotes && m_options.marginNotes;
    const qreal marginWidth = margin ? std::clamp(page.width() * 0.28, mm(34), mm(56)) : 0;
    const qreal marginGap = margin ? mm(5) : 0;
    const qreal bodyWidth = page.width() - marginWidth - marginGap;
    doc->setTextWidth(bodyWidth);
    const qreal headerHeight = mm(headerMm);
    const qreal bodyTop = headerHeight + mm(headerGapMm);
    const qreal plainFooter = mm(footerTextMm);
    // The QR code grows with its payload: modules never below qrModuleMm.
    const qreal qrSide = qr ? mm(std::max(qrMinMm, qr->sizeWithQuietZone() * qrModuleMm)) : 0;
    const qreal qrFooter = std::max(plainFooter, qrSide);
    const bool qrFirst = qr.has_value();
    const bool qrAll = qrFirst && m_options.qrOnEveryPage;
    const qreal firstBody = page.height() - bodyTop - mm(footerGapMm) - (qrFirst ? qrFooter : plainFooter);
    const qreal otherBody = page.height() - bodyTop - mm(footerGapMm) - (qrAll ? qrFooter : plainFooter);

    // Margin notes are placed on the body's pages before the appendices are added: greedy page
    // breaks over the same lines fall in the same places once more lines follow.
    std::optional<MarginNotes> marginNotes;
    QList<PrintNote> endNotes;
    QList<int> endNumbers;
    if (margin) {
        QList<MarginNotes::Page> bodyPages;
        const QList<PageSlice> slices = paginate(lineBands(doc), firstBody, otherBody);
        for (int p = 0; p < slices.size(); ++p)
            bodyPages.append({slices.at(p).top, p == 0 ? firstBody : otherBody});
        marginNotes.emplace(doc, marks, m_notes, bodyPages, marginWidth, sansFont(7), gray, device);
        for (int i : marginNotes->overflow()) {
            endNotes.append(m_notes.at(i));
            endNumbers.append(i + 1);
        }
    } else if (withNotes) {
        endNotes = m_notes;
    }
    {
        QTextCursor cursor(doc);
        cursor.movePosition(QTextCursor::End);
        // The body is laid out by now: the appendices go in as one edit, laid out once.
        cursor.beginEditBlock();
        if (m_options.entityIndex)
            PrintAppendix::appendEntityIndex(cursor, docOptions.bodyFont, m_entities, gray);
        if (!endNotes.isEmpty())
            PrintAppendix::appendNotes(cursor, docOptions.bodyFont, m_article.text(), endNotes, endNumbers);
        cursor.endEditBlock();
    }
    const QList<PageSlice> pages = paginate(lineBands(doc), firstBody, otherBody);
    m_pageCount = int(pages.size());

    QPainter painter;
    if (!painter.begin(device)) {
        m_error = tr("The printout could not be started: the printer or file cannot be painted on.");
        return false;
    }

    const QString title = m_article.title.isEmpty() && !m_article.blocks.isEmpty() ? m_article.blocks.first().text
                                                                                    : m_article.title;
    QStringList metaParts;
    if (!m_article.site.isEmpty())
        metaParts << m_article.site;
    if (const QString d = dateText(m_article); !d.isEmpty())
        metaParts << d;
    const QString meta = metaParts.join(QStringLiteral(" · "));
    const QString hash = m_article.contentHash();
    const auto legend = legendDocument(device, gray);
    const QString printedText
        = tr("Printed %1 with Lectern")
              .arg((m_options.printedAt.isValid() ? m_options.printedAt : QDateTime::currentDateTime())
                       .toLocalTime()
                       .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    const QColor rule = ink(QColor(0x99, 0x99, 0x99), gray);
    const QColor quiet = ink(QColor(0x55, 0x55, 0x55), gray);
    const qreal hairline = dpi / 72.0 * 0.5;

    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device->newPage()) {
            m_error = tr("The printout stopped at page %1: the device refused a new page.").arg(p + 1);
            painter.end();
            return false;
        }
        // Running header: title left, source and date right, a hairline under both.
        painter.setPen(Qt::black);
        const QFont metaFont = sansFont(7.5);
        const qreal metaWidth = QFontMetricsF(metaFont, device).horizontalAdvance(meta);
        const QRectF headerText(0, 0, page.width(), headerHeight - hairline * 4);
        painter.setFont(metaFont);
        painter.setPen(quiet);
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom, meta);
        const QFont titleFont = sansFont(7.5, true);
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        const qreal titleWidth = std::max<qreal>(page.width() - metaWidth - mm(6), page.width() * 0.3);
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetricsF(titleFont, device).elidedText(title, Qt::ElideRight, titleWidth));
        painter.setPen(QPen(rule, hairline));
        painter.drawLine(QPointF(0, headerHeight), QPointF(page.width(), headerHeight));

        // Body slice.
        const PageSlice &slice = pages.at(p);
        painter.save();
        painter.translate(0, bodyTop - slice.top);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, slice.top, bodyWidth, slice.bottom - slice.top);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(ctx.clip);
        doc->documentLayout()->draw(&painter, ctx);
        painter.restore();
        if (marginNotes)
            marginNotes->paint(&painter, p, bodyWidth + marginGap, bodyTop);

        // Footer: hairline, page X of Y, hash, legend (first page), QR code at the right.
        const bool withQr = qr && (p == 0 || qrAll);
        const qreal footerHeight = withQr ? qrFooter : plainFooter;
        const QRectF footer(0, page.height() - footerHeight, page.width(), footerHeight);
        painter.setPen(QPen(rule, hairline));
        painter.drawLine(footer.topLeft() - QPointF(0, mm(1.5)), footer.topRight() - QPointF(0, mm(1.5)));
        qreal textRight = footer.right();
        if (withQr) {
            const QRectF qrRect(footer.right() - qrSide, footer.bottom() - qrSide, qrSide, qrSide);
            qr->paint(&painter, qrRect, Qt::black, Qt::white);
            textRight = qrRect.left() - mm(4);
        }
        qreal y = footer.top() + mm(1);
        painter.setFont(sansFont(8, true));
        painter.setPen(Qt::black);
        const QString pageText = tr("Page %1 of %2").arg(p + 1).arg(pages.size());
        const qreal lineHeight = QFontMetricsF(painter.font(), device).height();
        const QRectF pageLine(footer.left(), y, textRight - footer.left(), lineHeight);
        painter.drawText(pageLine, Qt::AlignLeft, pageText);
        painter.setFont(sansFont(7));
        painter.setPen(quiet);
        painter.drawText(pageLine, Qt::AlignRight | Qt::AlignVCenter, printedText);
        y += lineHeight;
        painter.setFont(monoFont(6));
        painter.setPen(quiet);
        const qreal monoHeight = QFontMetricsF(painter.font(), device).height();
        painter.drawText(QRectF(footer.left(), y, textRight - footer.left(), monoHeight), Qt::AlignLeft,
                         QStringLiteral("SHA-256 %1").arg(hash));
        y += monoHeight * 1.2;
        if (p == 0 && m_options.legend && m_options.highlights) {
            painter.save();
            painter.translate(footer.left(), y);
            legend->drawContents(&painter);
            painter.restore();
            y += legend->size().height() * 1.1;
        }
        if (withQr && p == 0) {
            painter.setFont(sansFont(6));
            painter.setPen(quiet);
            const QFontMetricsF fm(painter.font(), device);
            const QString caption = fm.elidedText(tr("QR: %1").arg(m_qrPayload), Qt::ElideMiddle,
                                                  textRight - footer.left());
            painter.drawText(QRectF(footer.left(), y, textRight - footer.left(), fm.height()), Qt::AlignLeft, caption);
        }
    }
    if (!painter.end()) {
        m_error = tr("The printout could not be finished: the device reported an error.");
        return false;
    }
    qCDebug(lcRender) << "printed" << m_pageCount << "pages";
    return true;
}

} // namespace Lectern::Core
