#include "library/readerversion.h"

#include "extract/extractor.h"
#include "extract/taggermodel.h"
#include "library/librarylog.h"
#include "util/settings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMutex>

namespace Lectern::Core {

QString ReaderVersion::of(const TaggerModel *model)
{
    const QString reader = model ? QStringLiteral("model ") + model->hash().left(16) : QStringLiteral("rules");
    return QStringLiteral("extractor %1; %2").arg(Extractor::revision).arg(reader);
}

std::shared_ptr<const TaggerModel> ReaderVersion::defaultModel()
{
    const Settings settings;
    if (!settings.useTaggerModel())
        return nullptr;
    const QFileInfo userModel(settings.userModelPath());
    if (!userModel.isFile())
        return TaggerModel::bundled();
    // Loaded again only when the file changed (the reader's background learner rewrites it).
    static QMutex mutex;
    static std::shared_ptr<const TaggerModel> cached;
    static QString cachedKey;
    const QString key = userModel.absoluteFilePath() + QLatin1Char('\n')
        + QString::number(userModel.lastModified().toMSecsSinceEpoch()) + QLatin1Char('\n') + QString::number(userModel.size());
    QMutexLocker lock(&mutex);
    if (key != cachedKey) {
        QString error;
        cached = TaggerModel::load(userModel.absoluteFilePath(), &error);
        cachedKey = key;
        if (!cached)
            qCWarning(lcLibrary) << "the learned model is not used:" << userModel.absoluteFilePath() << error;
    }
    return cached ? cached : TaggerModel::bundled();
}

QStringList LibrarySchema::readerVersionMigration()
{
    // '' (never recorded: rows of an older Lectern) differs from every reader: re-read once.
    return {QStringLiteral("ALTER TABLE library_articles ADD COLUMN reader_version TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX library_articles_reader ON library_articles(reader_version, published)")};
}

} // namespace Lectern::Core
