#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>

namespace Lectern::Core {

// Markdown articles: ATX ("# …") and setext headings become Heading blocks, paragraphs (lines
// joined), block quotes become Quote blocks, each list item a Paragraph, an image alone on its
// line a Caption (its alt text). Emphasis, code spans, links and inline HTML are reduced to their
// plain text. A YAML-like front matter (--- title/date/author/authors/photographer/url/site ---)
// fills the metadata; otherwise the first heading is the title (and stays in the body).
// Photo credits and a final byline are recognised as in text articles.
class MarkdownImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::MarkdownImporter)

public:
    static ImportResult import(const QString &text);

    // The plain text of one line of inline Markdown (not cleaned).
    static QString stripInline(const QString &text);
};

} // namespace Lectern::Core
