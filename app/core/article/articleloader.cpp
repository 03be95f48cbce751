#include "article/articleloader.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "import/articleimporter.h"
#include "review/reviewfile.h"
#include "util/settings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMutex>

namespace Lectern::Core {

namespace {
// The gazetteers for the next extraction: the shared ones, reloaded once the user gazetteer
// changed on disk (an editor's "apply to all articles" decision), so the next article benefits
// without a restart. Any thread.
std::shared_ptr<const Gazetteer> currentGazetteer()
{
    static QMutex mutex;
    static std::shared_ptr<const Gazetteer> gazetteer;
    static QString loadedPath;
    static QDateTime loadedStamp;
    static qint64 loadedSize = -1;
    const QString path = Settings().userGazetteerPath();
    const QFileInfo info(path);
    const QDateTime stamp = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    QMutexLocker lock(&mutex);
    if (!gazetteer) {
        gazetteer = Gazetteer::shared(); // read the same file at start
    } else if (path != loadedPath || stamp != loadedStamp || size != loadedSize) {
        gazetteer = std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), path);
    }
    loadedPath = path;
    loadedStamp = stamp;
    loadedSize = size;
    return gazetteer;
}

LoadResult finish(ImportResult imported, const QString &path, std::shared_ptr<const TaggerModel> model)
{
    LoadResult result;
    result.path = path;
    if (imported.ok())
        result.entities = Extractor(currentGazetteer(), std::move(model)).extract(*imported.article);
    result.import = std::move(imported);
    return result;
}
} // namespace

bool isReviewFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".lectern-review"), Qt::CaseInsensitive);
}

namespace {
// The bundled model, unless the user switched the tagger off.
std::shared_ptr<const TaggerModel> defaultModel()
{
    return Settings().useTaggerModel() ? TaggerModel::bundled() : nullptr;
}
} // namespace

LoadResult loadArticle(const QString &path)
{
    return loadArticle(path, defaultModel());
}

LoadResult loadArticle(const QString &path, std::shared_ptr<const TaggerModel> model)
{
    if (!isReviewFile(path))
        return finish(ArticleImporter::importFile(path), path, std::move(model));
    QString error;
    std::optional<ReviewFile::Contents> contents = ReviewFile::load(path, &error);
    if (!contents)
        return finish(ImportResult::failure(error), path, std::move(model));
    contents->article.sourcePath = QFileInfo(path).absoluteFilePath();
    LoadResult result = finish(ImportResult::success(contents->article), path, std::move(model));
    result.reviewAnnotations = contents->annotations;
    result.reviewState = contents->state;
    return result;
}

LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint)
{
    return finish(ArticleImporter::importBytes(bytes, nameHint), nameHint, defaultModel());
}

LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint, std::shared_ptr<const TaggerModel> model)
{
    return finish(ArticleImporter::importBytes(bytes, nameHint), nameHint, std::move(model));
}

} // namespace Lectern::Core
