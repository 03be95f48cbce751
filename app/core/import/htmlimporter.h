#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>

namespace Lectern::Core {

// Saved HTML pages, parsed with libxml2's HTML parser in recover mode with HTML_PARSE_NONET:
// nothing is ever fetched. Metadata from HtmlMetadata, body from HtmlContentExtractor, then
// photo credits and a final byline as in the other formats. Documents nested arbitrarily deep
// are handled without recursion.
class HtmlImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::HtmlImporter)

public:
    // text: the decoded page (any declared charset has already been applied by TextDecoder).
    static ImportResult import(const QString &text);

    // True when text starts like an HTML document (doctype, <html>, <head> or <body> early on).
    static bool looksLikeHtml(const QString &text);
};

} // namespace Lectern::Core
