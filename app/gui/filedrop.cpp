#include "filedrop.h"

#include "batchimportdialog.h"
#include "import/importformats.h"
#include "librarywindow.h"
#include "plainmessagebox.h"
#include "util/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

#include <algorithm>

namespace Lectern::Gui {

FileDrop::FileDrop(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool FileDrop::accepts(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return false;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
}

FileDrop::Sorted FileDrop::sort(const QList<QUrl> &urls)
{
    Sorted out;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (info.isDir())
            out.folders.append(info.absoluteFilePath());
        else if (Core::ImportFormats::isImportable(path)
                 || info.suffix().compare(Core::ImportFormats::reviewSuffix(), Qt::CaseInsensitive) == 0)
            out.files.append(path);
        else
            out.refused.append(path);
    }
    return out;
}

void FileDrop::drop(const QMimeData *data, MainWindow::LoadErrors errors)
{
    if (!accepts(data))
        return;
    const Sorted sorted = sort(data->urls());
    for (const QString &path : sorted.files)
        Q_EMIT openRequested(path, errors);
    if (!sorted.folders.isEmpty())
        offerBatchImport(sorted.folders);
    if (!sorted.refused.isEmpty()) {
        Q_EMIT refused(sorted.refused);
        if (errors == MainWindow::LoadErrors::MessageBox) {
            QStringList names;
            for (const QString &p : sorted.refused)
                names.append(QDir::toNativeSeparators(QFileInfo(p).fileName()));
            warnPlainText(m_window, tr("Cannot open"),
                          tr("Lectern does not open files of this kind: %1.\n\nIt opens %2, and Lectern reviews.")
                              .arg(names.join(QStringLiteral(", ")),
                                   Core::ImportFormats::patterns(Core::ImportFormats::suffixes())));
        }
    }
}

void FileDrop::offerBatchImport(const QStringList &folders)
{
    auto *dialog = new BatchImportDialog(Core::Settings().databasePath(), m_window);
    dialog->setObjectName(QStringLiteral("droppedFolderImport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPaths(folders);
    connect(dialog, &BatchImportDialog::importFinished, m_window, [this] {
        if (auto *library = m_window->findChild<LibraryWindow *>())
            library->reload();
    });
    Q_EMIT batchImportOffered(folders);
    dialog->show();
}

} // namespace Lectern::Gui
