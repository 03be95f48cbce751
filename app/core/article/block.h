#pragma once

#include <QString>

namespace Lectern::Core {

// One block of an article body, in reading order.
struct Block
{
    enum class Kind { Heading, Paragraph, Caption, Quote, Byline };

    Kind kind = Kind::Paragraph;
    QString text; // NFC, one line (no '\n' inside), trimmed
    int page = 0; // 1-based page of a paged source (PDF) where the block starts; 0: not paged

    friend bool operator==(const Block &, const Block &) = default;
};

} // namespace Lectern::Core
