#include "render/marginnotes.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace Lectern::Core {

namespace {

QColor tone(const QColor &c, bool grayscale)
{
    if (!grayscale)
        return c;
    const int g = qGray(c.rgb());
    return QColor(g, g, g);
}

const QColor kNumber(0xa0, 0x1e, 0x50); // the colour of the number in the text

// Top of the line holding document position pos, in document coordinates; -1 when unknown.
qreal lineTop(QTextDocument *doc, int pos)
{
    const QTextBlock block = doc->findBlock(pos);
    if (!block.isValid())
        return -1;
    doc->documentLayout()->blockBoundingRect(block); // lays the block out if needed
    const QTextLayout *layout = block.layout();
    if (!layout)
        return -1;
    const QTextLine line = layout->lineForTextPosition(pos - block.position());
    if (!line.isValid())
        return -1;
    return layout->position().y() + line.y();
}

std::shared_ptr<QTextDocument> typeset(int number, const PrintNote &note, qreal width, const QFont &font,
                                       bool grayscale, QPaintDevice *device)
{
    auto doc = std::make_shared<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    QTextCursor cursor(doc.get());
    QTextCharFormat numberFormat;
    QFont bold = font;
    bold.setBold(true);
    numberFormat.setFont(bold);
    numberFormat.setForeground(tone(kNumber, grayscale));
    cursor.insertText(QStringLiteral("[%1] ").arg(number), numberFormat);
    QTextCharFormat textFormat;
    textFormat.setFont(font);
    textFormat.setForeground(Qt::black);
    // Line breaks in a comment are kept: editors write lists.
    cursor.insertText(note.text.trimmed(), textFormat);
    QStringList by;
    if (!note.author.isEmpty())
        by << note.author;
    if (!note.status.isEmpty())
        by << note.status;
    if (!by.isEmpty()) {
        QTextCharFormat byFormat = textFormat;
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.9);
        small.setItalic(true);
        byFormat.setFont(small);
        byFormat.setForeground(tone(QColor(0x55, 0x55, 0x55), grayscale));
        cursor.insertText(QStringLiteral(" — ") + by.join(QStringLiteral(", ")), byFormat);
    }
    // The thread: a line per reply, its author in the by-line's style.
    for (const PrintNote::Reply &reply : note.replies) {
        cursor.insertBlock();
        QTextCharFormat authorFormat = textFormat;
        QFont italic = font;
        italic.setItalic(true);
        authorFormat.setFont(italic);
        authorFormat.setForeground(tone(QColor(0x55, 0x55, 0x55), grayscale));
        cursor.insertText(QStringLiteral("\u00bb ") + (reply.author.isEmpty() ? QString() : reply.author + QStringLiteral(": ")),
                          authorFormat);
        cursor.insertText(reply.text, textFormat);
    }
    doc->setTextWidth(width);
    return doc;
}

} // namespace

MarginNotes::MarginNotes(QTextDocument *body, const QList<int> &marks, const QList<PrintNote> &notes,
                         const QList<Page> &pages, qreal width, const QFont &font, bool grayscale, QPaintDevice *device)
    : m_width(width)
    , m_grayscale(grayscale)
{
    const qreal gap = font.pointSizeF() * device->logicalDpiY() / 72.0 * 0.6;
    m_indent = device->logicalDpiX() / 72.0 * 1.2 * 3; // the bar and the space after it
    QList<qreal> nextFree(pages.size(), 0); // per page: where the next note may start
    for (int i = 0; i < notes.size(); ++i) {
        const int pos = marks.value(i, -1);
        const qreal y = pos >= 0 ? lineTop(body, pos) : -1;
        int page = -1;
        if (y >= 0) {
            for (int p = int(pages.size()) - 1; p >= 0; --p) {
                if (pages.at(p).top <= y + 0.5) {
                    page = p;
                    break;
                }
            }
        }
        if (page < 0 || width <= m_indent) {
            m_overflow.append(i);
            continue;
        }
        auto text = typeset(i + 1, notes.at(i), width - m_indent, font, grayscale, device);
        const qreal height = text->size().height();
        const qreal available = pages.at(page).height;
        const qreal top = std::max(y - pages.at(page).top, nextFree.at(page));
        if (height > available / 2 || top + height > available) {
            m_overflow.append(i);
            continue;
        }
        nextFree[page] = top + height + gap;
        m_placed.append({i + 1, page, top, std::move(text)});
    }
}

void MarginNotes::paint(QPainter *painter, int page, qreal left, qreal bodyTop) const
{
    const qreal bar = m_indent / 3;
    for (const Placed &note : m_placed) {
        if (note.page != page)
            continue;
        const qreal height = note.text->size().height();
        painter->save();
        // A thin bar in the number's colour ties the note to its mark, like a comment balloon.
        painter->fillRect(QRectF(left, bodyTop + note.top, bar, height), tone(kNumber, m_grayscale));
        painter->translate(left + m_indent, bodyTop + note.top);
        note.text->drawContents(painter);
        painter->restore();
    }
}

} // namespace Lectern::Core
