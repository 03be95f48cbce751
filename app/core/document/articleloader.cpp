#include "document/articleloader.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "import/articleimporter.h"
#include "review/documentcomments.h"
#include "review/reviewfile.h"
#include "util/logging.h"
#include "util/settings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMutex>

namespace Lectern::Core {

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
    if (!gazetteer || path != loadedPath || stamp != loadedStamp || size != loadedSize) {
        gazetteer = std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), path);
    }
    loadedPath = path;
    loadedStamp = stamp;
    loadedSize = size;
    return gazetteer;
}

std::shared_ptr<const TaggerModel> preferredTaggerModel()
{
    return Settings().useTaggerModel() ? TaggerModel::bundled() : nullptr;
}

std::shared_ptr<const Extractor> currentExtractor()
{
    return std::make_shared<const Extractor>(currentGazetteer(), preferredTaggerModel());
}

std::shared_ptr<const Extractor> libraryExtractor()
{
    const Settings settings;
    if (!settings.useTaggerModel())
        return std::make_shared<const Extractor>(currentGazetteer(), nullptr);
    const QFileInfo userModel(settings.userModelPath());
    std::shared_ptr<const TaggerModel> model;
    if (userModel.isFile()) {
        // The reader's background learner rewrites the file: its time and size are the key.
        static QMutex mutex;
        static std::shared_ptr<const TaggerModel> cached;
        static QString cachedKey;
        const QString key = userModel.absoluteFilePath() + QLatin1Char('\n')
            + QString::number(userModel.lastModified().toMSecsSinceEpoch()) + QLatin1Char('\n')
            + QString::number(userModel.size());
        QMutexLocker lock(&mutex);
        if (key != cachedKey) {
            QString error;
            cached = TaggerModel::load(userModel.absoluteFilePath(), &error);
            cachedKey = key;
            if (!cached)
                qCWarning(lcExtract) << "the learned model is not used:" << userModel.absoluteFilePath() << error;
        }
        model = cached;
    }
    return std::make_shared<const Extractor>(currentGazetteer(), model ? model : TaggerModel::bundled());
}

void warmUpExtraction()
{
    const std::shared_ptr<const Gazetteer> gazetteer = currentGazetteer();
    // The bundled model even when the tagger is off: switching it on, the library's extractor and
    // the learner's fallback all use it.
    const std::shared_ptr<const TaggerModel> model = TaggerModel::bundled();
    // One sentence through every stage: the tokenizer's, recognisers' and metrics' tables.
    const QString sample = QStringLiteral("Chiều 3/5, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bình Định, cho biết "
                                          "doanh thu tăng 12,5% so với năm 2023, đạt 1.200 tỷ đồng.\n");
    Article article;
    Block block;
    block.text = sample;
    article.blocks.append(block);
    Extractor(gazetteer, model).extract(article);
}

namespace {
LoadResult finish(ImportResult imported, const QString &path, std::shared_ptr<const TaggerModel> model)
{
    LoadResult result;
    result.path = path;
    result.import = std::move(imported);
    extractLoaded(result, std::move(model));
    return result;
}
} // namespace

void extractLoaded(LoadResult &result, std::shared_ptr<const TaggerModel> model)
{
    if (!result.import.ok())
        return;
    const Article &article = *result.import.article;
    result.entities = Extractor(currentGazetteer(), std::move(model)).extract(article);
    // A .docx/.odt brings its own comments: shown as annotations, like a review file's.
    if (!result.import.comments.isEmpty())
        result.reviewAnnotations = DocumentComments::toAnnotations(article, result.import.comments, Annotation::now());
}

Article firstScreenOf(const Article &article, qsizetype chars)
{
    Article first = article;
    qsizetype length = 0;
    qsizetype keep = 0;
    while (keep < article.blocks.size() && (keep == 0 || length < chars)) {
        length += article.blocks.at(keep).text.size() + Article::blockSeparator().size();
        ++keep;
    }
    first.blocks.resize(keep);
    return first;
}

bool isReviewFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".lectern-review"), Qt::CaseInsensitive);
}

LoadResult loadArticle(const QString &path)
{
    return loadArticle(path, preferredTaggerModel());
}

LoadResult readArticle(const QString &path)
{
    LoadResult result;
    result.path = path;
    if (!isReviewFile(path)) {
        result.import = ArticleImporter::importFile(path);
        return result;
    }
    QString error;
    std::optional<ReviewFile::Contents> contents = ReviewFile::load(path, &error);
    if (!contents) {
        result.import = ImportResult::failure(error);
        return result;
    }
    contents->article.sourcePath = QFileInfo(path).absoluteFilePath();
    result.import = ImportResult::success(contents->article);
    result.reviewAnnotations = contents->annotations;
    result.reviewState = contents->state;
    return result;
}

LoadResult loadArticle(const QString &path, std::shared_ptr<const TaggerModel> model)
{
    LoadResult result = readArticle(path); // a review file's import carries no document comments
    extractLoaded(result, std::move(model));
    return result;
}

LoadResult loadImported(ImportResult imported, std::shared_ptr<const TaggerModel> model)
{
    return finish(std::move(imported), QString(), std::move(model));
}

LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint)
{
    return finish(ArticleImporter::importBytes(bytes, nameHint), nameHint, preferredTaggerModel());
}

LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint, std::shared_ptr<const TaggerModel> model)
{
    return finish(ArticleImporter::importBytes(bytes, nameHint), nameHint, std::move(model));
}

} // namespace Lectern::Core
