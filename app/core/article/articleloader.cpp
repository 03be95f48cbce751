#include "article/articleloader.h"

#include "extract/extractor.h"
#include "import/articleimporter.h"
#include "review/reviewfile.h"

#include <QFileInfo>

namespace Lectern::Core {

namespace {
LoadResult finish(ImportResult imported, const QString &path)
{
    LoadResult result;
    result.path = path;
    if (imported.ok()) {
        static const Extractor extractor; // gazetteers loaded once, shared (extract() is const)
        result.entities = extractor.extract(*imported.article);
    }
    result.import = std::move(imported);
    return result;
}
} // namespace

bool isReviewFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".lectern-review"), Qt::CaseInsensitive);
}

LoadResult loadArticle(const QString &path)
{
    if (!isReviewFile(path))
        return finish(ArticleImporter::importFile(path), path);
    QString error;
    std::optional<ReviewFile::Contents> contents = ReviewFile::load(path, &error);
    if (!contents)
        return finish(ImportResult::failure(error), path);
    contents->article.sourcePath = QFileInfo(path).absoluteFilePath();
    LoadResult result = finish(ImportResult::success(contents->article), path);
    result.reviewAnnotations = contents->annotations;
    result.reviewState = contents->state;
    return result;
}

LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint)
{
    return finish(ArticleImporter::importBytes(bytes, nameHint), nameHint);
}

} // namespace Lectern::Core
