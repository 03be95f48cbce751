#pragma once

#include "article/block.h"

#include <QList>

// Forward declarations: libxml2 stays an implementation detail of lectern_core.
typedef struct _xmlDoc xmlDoc;
typedef struct _xmlNode xmlNode;

namespace Lectern::Core {

// Finds the main text of a saved news page and turns it into blocks.
//
// Chrome is skipped: nav, header, footer, aside, script, style, form, noscript, iframe, svg,
// buttons, hidden elements, and elements whose class/id/role names navigation, menus, share
// bars, related or other news, comments, tags, ads. Among the rest, the container with the most
// paragraph text (scored by length and commas, less its share of link text) is the article;
// its siblings with enough paragraph text join it. Inside it, lists of links (link density
// of 60 % or more) and footer/interface lines ("Tin liên quan", "Chia sẻ") are dropped too; h1–h6 → Heading, figcaption and
// caption-classed elements → Caption, blockquote → Quote, everything else → Paragraph; <br>
// and block elements end a block.
class HtmlContentExtractor final
{
public:
    static QList<Block> extract(xmlDoc *doc);

    // True when the element is page chrome, not article text (see the class comment).
    static bool isChrome(const xmlNode *node);
};

} // namespace Lectern::Core
