#pragma once

#include "article/article.h"

#include <QString>

namespace Lectern::Core {

// The text a QR code for an article carries: its canonical URL when known, otherwise a compact
// citation "Title (2024-03-14, site) #0123456789abcdef" ending in the first 16 hex digits of
// Article::contentHash(), which identifies the exact text. Always NFC and short enough for a
// QR code at any ECC level (the title is shortened when needed).
class ArticlePayload final
{
public:
    static constexpr int hashDigits = 16;
    static constexpr int maxTitleLength = 160; // characters

    static QString forArticle(const Article &article);
    static QString citation(const Article &article); // the citation form, even when a URL is known
};

} // namespace Lectern::Core
