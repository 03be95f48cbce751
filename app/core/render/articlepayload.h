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

    // The printout's QR payload is at most this many UTF-8 bytes when the article has no URL, so its
    // symbol (version 8 at ECC M at most) keeps modules of 0.5 mm in a footer QR under 29 mm.
    static constexpr int printoutBytes = 120;

    static QString forArticle(const Article &article);
    // The citation form, even when a URL is known. maxBytes > 0: the title is shortened (at a word
    // boundary where one is near, ending in "…") until the whole citation fits in maxBytes of UTF-8.
    static QString citation(const Article &article, int maxBytes = 0);
    // The payload of the printout's QR code: the URL with the content hash as its fragment
    // ("https://…/page#sha256=0123456789abcdef", any fragment of its own replaced; the link still
    // opens the page) when the article has a URL, otherwise citation(article, printoutBytes).
    static QString forPrintout(const Article &article);
};

} // namespace Lectern::Core
