#pragma once

#include "extract/entity.h"

#include <QString>

namespace Lectern::Core {

// Finds people, organizations, places and metrics in an article body.
// Thread-safe: extract() is const and may run on any thread; the gazetteers are loaded once
// (from :/gazetteers and the user's gazetteer) and shared.
class Extractor final
{
public:
    Extractor();

    // text: the article's NFC body (Article::text()). Offsets in the result index it (UTF-16).
    ExtractionResult extract(const QString &text) const;
};

} // namespace Lectern::Core
