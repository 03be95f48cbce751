#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern::Core {

// A comment that a document file carries itself (a Word comment, an OpenDocument annotation), as
// an importer found it. The loader turns these into review annotations (replies grouped under the
// comment they answer). A plain value type.
struct DocumentComment
{
    QString sourceId; // the file's own id for it (w:id, office:name)
    QString author;
    QString initials;
    QDateTime date;   // UTC; invalid when the file gives none
    QString text;     // plain text, paragraphs separated by '\n'
    QString parentId; // a reply: sourceId of the comment it answers; empty otherwise
    bool resolved = false;
    qsizetype start = 0; // UTF-16 span in Article::text(), end exclusive
    qsizetype end = 0;

    friend bool operator==(const DocumentComment &, const DocumentComment &) = default;
};

} // namespace Lectern::Core
