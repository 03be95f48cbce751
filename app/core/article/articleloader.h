#pragma once

#include "extract/entity.h"
#include "import/importresult.h"
#include "review/annotation.h"
#include "review/reviewstate.h"

#include <QString>

namespace Lectern::Core {

// Import (or reading a review file) + extraction in one call, for worker threads (QtConcurrent::run) and the CLI.
struct LoadResult
{
    ImportResult import;
    ExtractionResult entities;
    QString path;
    // Set when the file was a review file (.lectern-review): its annotations and review state.
    QList<Annotation> reviewAnnotations;
    std::optional<ReviewState> reviewState;
};

// True for the review file format (by extension).
bool isReviewFile(const QString &path);

LoadResult loadArticle(const QString &path);
LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint);

} // namespace Lectern::Core
