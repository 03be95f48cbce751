#pragma once

#include "extract/entity.h"

#include <QList>
#include <QString>

namespace Lectern::Core {

// An annotation as the printout shows it: a numbered mark at the end of its span and the note
// text in the "Notes" appendix. The review layer converts its annotations to this plain form.
struct PrintNote
{
    Span span;       // UTF-16 offsets into Article::text(), end exclusive
    QString text;    // the note's body; may be empty (a bare highlight)
    QString author;
    QString status;  // e.g. "open", "resolved"; printed as given
    // The discussion under the note, oldest first: printed after it, one line per reply
    // ("» author: text"), in the margin and in the end notes alike.
    struct Reply
    {
        QString author;
        QString text; // plain text; line breaks kept
    };
    QList<Reply> replies = {};
};

} // namespace Lectern::Core
