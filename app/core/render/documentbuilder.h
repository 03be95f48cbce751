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
};

} // namespace Lectern::Core
