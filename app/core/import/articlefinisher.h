#pragma once

#include "article/article.h"

namespace Lectern::Core {

// Steps shared by the structured importers (HTML, Markdown) once the blocks are known.
class ArticleFinisher final
{
public:
    // Paragraph blocks that carry a photo credit become Captions (or Bylines when they are only
    // the credit) and add their photographers; the last one or two paragraphs become Bylines when
    // BylineParser accepts them, adding authors and the outlet (site) where none is known yet.
    static void findCreditsAndByline(Article &article);

    // Appends the names not already in the list (compared by TextFold::matchKey).
    static void addNames(QStringList &list, const QStringList &names);
};

} // namespace Lectern::Core
