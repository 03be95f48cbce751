#pragma once

#include "extract/entity.h"
#include "import/importresult.h"
#include "review/annotation.h"
#include "review/reviewstate.h"

#include <QString>

#include <memory>

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

class TaggerModel;

// Without a model argument the bundled model is used; with one, that model (nullptr: the rules
// alone). The reader passes the user's learned model here (ModelLearner).
LoadResult loadArticle(const QString &path);
LoadResult loadArticle(const QString &path, std::shared_ptr<const TaggerModel> model);
LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint);
LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint, std::shared_ptr<const TaggerModel> model);

} // namespace Lectern::Core
