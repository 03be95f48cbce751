#pragma once

#include "article/article.h"
#include "import/documentcomment.h"

#include <QString>
#include <optional>

namespace Lectern::Core {

// The outcome of an import: an article, or a reason it could not be produced.
// error is a complete English sentence without the file name; callers add the name.
struct ImportResult
{
    std::optional<Article> article;
    QString error;
    // Comments the file carries itself (.docx, .odt), anchored in article->text().
    QList<DocumentComment> comments;

    bool ok() const { return article.has_value(); }
    static ImportResult failure(const QString &reason) { return ImportResult{std::nullopt, reason, {}}; }
    static ImportResult success(Article a) { return ImportResult{std::move(a), {}, {}}; }
};

} // namespace Lectern::Core
