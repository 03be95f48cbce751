#pragma once

#include "article/article.h"

#include <QString>

namespace Lectern::Core::MetadataRules {

// The one set of rules for an article's metadata, whichever file it came from — a page, a text or
// Markdown file, a review file, a library: the address is kept only when it is a web address
// (WebUrl::sanitized: no javascript:, file:, data: or local paths, which would otherwise reach
// the QR payload, the PDF footer and links); the one-line fields (title, site, authors,
// photographers) lose control characters, line breaks and bidi controls
// (TextCleaner::cleanOneLine). Idempotent.
void apply(Article &article);

// Whether path may be read as an article: it exists and is a regular file (or a link to one) — not
// a folder, a FIFO (reading one blocks for ever), a device (/dev/zero never ends) or a socket.
// reason (may be null) gets a complete English sentence when not.
bool isReadableFile(const QString &path, QString *reason = nullptr);

} // namespace Lectern::Core::MetadataRules
