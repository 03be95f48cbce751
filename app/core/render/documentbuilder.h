#pragma once

#include "article/article.h"
#include "extract/entity.h"
#include "render/highlightstyle.h"

#include <QFont>
#include <QList>
#include <QSet>
#include <memory>

class QTextDocument;

namespace Lectern::Core {

struct DocumentOptions
{
    QFont bodyFont;                    // left unset (no property resolved): DocumentBuilder::defaultBodyFont()
    bool highlights = true;
    QSet<EntityKind> hiddenCategories;
    bool grayscale = false;
    bool darkPalette = false;
    bool includeHeader = true;         // title and metadata line above the body
};

// A QTextDocument of an article and the map between body offsets and document positions.
// The reader view, print preview, paper and PDF all typeset through this one builder.
class BuiltDocument final
{
public:
    std::unique_ptr<QTextDocument> document;
    // Document position of the first character of each body block.
    QList<int> blockPositions;
    QList<qsizetype> bodyOffsets; // Article::blockOffsets()

    // Body offset (UTF-16 into Article::text()) -> document position; -1 when outside the body.
    int toDocumentPosition(qsizetype bodyOffset) const;
    // Document position -> body offset; -1 when the position is in the header.
    qsizetype toBodyOffset(int documentPosition) const;
};

class DocumentBuilder final
{
public:
    // A font that covers Vietnamese, chosen explicitly (Noto Serif / Noto Sans when installed).
    static QFont defaultBodyFont();

    // Typesets the article with its highlights in one pass (each run of text is inserted with its
    // final format; no per-mention reformatting). Safe on a worker thread: the document has no
    // parent and can be moved to the GUI thread with moveToThread().
    static BuiltDocument build(const Article &article, const ExtractionResult &entities,
                               const DocumentOptions &options = {});

    // True when the body's first block is the title again (white space aside): a plain-text or
    // portal title line, an <h1> under the page's <title>. build() then draws the title once, as
    // that block in the title's style, the metadata line after it; the block stays in the body
    // (its text is part of the coordinates mentions and annotations are anchored in).
    static bool bodyRepeatsTitle(const Article &article);
};

} // namespace Lectern::Core
