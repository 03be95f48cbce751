#pragma once

#include "article/block.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Lectern::Core {

// One line of text as a PDF page places it: the words of one baseline joined (a space where the
// PDF has one), and the box around them in points, origin at the page's top left.
struct PdfLine
{
    QString text;
    QRectF box;
};

// The lines of one page in the order the PDF gives them. number: 1-based.
struct PdfPage
{
    int number = 0;
    QSizeF size;
    QList<PdfLine> lines;
};

// Geometry only (no Poppler here, so it is tested on its own): turns the positioned lines of a
// document's pages into article blocks in reading order.
//
// - Running headers and footers: a line in the top or bottom 12% of its page whose text, with
//   digits ignored, comes back in that zone on at least two pages and on 40% of them; and a
//   line there that is only a page number ("3", "- 3 -", "Trang 3", "Page 3 of 9", "3/9").
// - Columns: a vertical gutter that no narrow line crosses, with lines side by side on both of
//   its sides. Lines that cross it (a title over both columns) split the page into bands; each
//   band is read column by column.
// - Paragraphs: a break where the gap between lines grows, the type size changes, a line is
//   indented, or a short line ends a sentence. A paragraph cut by the end of a column or page
//   goes on when the next column starts in lower case. Larger type, at most three lines: a heading.
// - Hyphenation at line ends: "com-" + "puter" is "computer" (soft hyphens too); the hyphen is
//   kept when the word before already has one ("state-of-the-"), when the next line starts with a
//   capital or a digit ("COVID-" + "19"), or when the document writes that hyphenated word
//   elsewhere on one line and never the joined one ("Ê-đê", "well-known").
//
// Every block records the page it starts on (Block::page). Deterministic: the same pages give
// the same blocks.
class PdfLayout final
{
public:
    struct Result
    {
        QList<Block> blocks;   // text cleaned (TextCleaner::cleanLine), none empty
        int runningLinesRemoved = 0;
    };

    static Result layout(QList<PdfPage> pages);

    // True for a line that is only a page number, as the heuristics above understand it.
    static bool isPageNumberLine(const QString &text);
    // The reading order of one page's lines (indices into lines).
    static QList<qsizetype> readingOrder(const QList<PdfLine> &lines);
};

} // namespace Lectern::Core
