#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>

namespace Lectern::Core {

// An article made from pasted content (Edit > New Article from Clipboard): the HTML when there is
// some, read by the same HtmlImporter as a saved page (scripts, styles, remote content and links
// never run or fetched; the same limits), else the plain text through the plain-text rules. When
// the HTML holds no article text but the plain text does, the plain text is used.
// The article has no source path (an untitled article); format is "html" or "plain".
class PastedArticle final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PastedArticle)

public:
    static ImportResult import(const QString &html, const QString &plainText);
};

} // namespace Lectern::Core
