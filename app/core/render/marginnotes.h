#pragma once

#include "render/printnote.h"

#include <QFont>
#include <QList>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace Lectern::Core {

// The printout's margin notes: each annotation typeset in a column beside the body, level with
// the line that carries its number, pushed down below the note above it; a note that would run
// past the bottom of its page's body (or is longer than half a page) goes to the end notes
// instead. Used by PrintRenderer; pages are given in the body document's coordinates.
class MarginNotes final
{
public:
    struct Page
    {
        qreal top = 0;     // the page's first line in document coordinates
        qreal height = 0;  // the body height available on that page
    };
    struct Placed
    {
        int number = 0;    // the note's number in the text (1-based)
        int page = 0;      // 0-based
        qreal top = 0;     // from the top of the page's body area
        std::shared_ptr<QTextDocument> text;
    };

    // body: the typeset body whose layout is final (text width set); marks: the document
    // position of each note's number (-1: not in the text); notes: in print order.
    MarginNotes(QTextDocument *body, const QList<int> &marks, const QList<PrintNote> &notes, const QList<Page> &pages,
                qreal width, const QFont &font, bool grayscale, QPaintDevice *device);

    const QList<Placed> &placed() const { return m_placed; }
    // Indices into notes (print order) of the notes left for the end notes.
    const QList<int> &overflow() const { return m_overflow; }

    // Paints page `page`'s notes with their top-left corner of the column at (left, bodyTop).
    void paint(QPainter *painter, int page, qreal left, qreal bodyTop) const;

private:
    QList<Placed> m_placed;
    QList<int> m_overflow;
    qreal m_width = 0;
    qreal m_indent = 0;
    bool m_grayscale = false;
};

} // namespace Lectern::Core
