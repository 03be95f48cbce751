#include "exportfolder.h"

#include "util/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lectern::Gui::ExportFolder {

QString folder(const QString &articlePath)
{
    const QFileInfo article(articlePath);
    const QString articleFolder = !articlePath.isEmpty() && article.exists() ? article.absolutePath() : QString();
    for (const QString &candidate : {Core::Settings().lastExportFolder(), articleFolder,
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)})
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return QFileInfo(candidate).absoluteFilePath();
    return QDir::homePath();
}

QString suggest(const QString &fileName, const QString &articlePath)
{
    return QDir(folder(articlePath)).filePath(fileName);
}

void remember(const QString &savedPath)
{
    if (savedPath.isEmpty())
        return;
    Core::Settings settings;
    settings.setLastExportFolder(QFileInfo(savedPath).absolutePath());
    settings.sync();
}

} // namespace Lectern::Gui::ExportFolder
