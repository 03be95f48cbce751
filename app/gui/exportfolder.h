#pragma once

#include <QString>

namespace Lectern::Gui::ExportFolder {

// Where an export's save dialog (PDF, QR code, annotations, review file, review into the draft)
// starts: the folder the last export went to, else the article's own folder, else Documents, else
// home; always one that exists, so the dialog never takes a missing folder's name as the file
// name. The same mechanism as File > Open's last folder (MainWindow::openDialogFolder).
QString folder(const QString &articlePath = {});
// fileName (no folder) inside folder(articlePath).
QString suggest(const QString &fileName, const QString &articlePath = {});
// After an export was written: its folder is where the next one starts (Settings).
void remember(const QString &savedPath);

} // namespace Lectern::Gui::ExportFolder
