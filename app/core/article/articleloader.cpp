#include "article/articleloader.h"

#include "extract/extractor.h"
#include "import/articleimporter.h"

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

LoadResult loadArticle(const QString &path)
{
    return finish(ArticleImporter::importFile(path), path);
}

LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint)
{
    return finish(ArticleImporter::importBytes(bytes, nameHint), nameHint);
}

} // namespace Lectern::Core
