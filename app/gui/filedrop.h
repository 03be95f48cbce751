#pragma once

#include "mainwindow.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QMimeData;
class QWidget;

namespace Lectern::Gui {

// Files and folders dropped onto the main window. Files of a kind Lectern imports
// (Core::ImportFormats) and review files are opened, each in its tab; a folder opens the
// batch import (Library > Import…) with the folder filled in, for the editor to start; other
// files are named in one message with the kinds Lectern opens. Only local files count: a
// dropped web address is never fetched.
class FileDrop final : public QObject
{
    Q_OBJECT
public:
    struct Sorted
    {
        QStringList files;   // to open, in drop order
        QStringList folders; // to offer for the batch import
        QStringList refused; // local files of another kind
    };

    // window: where messages and the batch import dialog appear; the batch import writes to the library of Core::Settings::databasePath().
    explicit FileDrop(QWidget *window);

    // True when the drop holds at least one local file or folder.
    static bool accepts(const QMimeData *data);
    static Sorted sort(const QList<QUrl> &urls);

    // Opens, offers or refuses what was dropped. errors: how a refusal, and each file's failed
    // load, is reported (SignalOnly: refused() and the window's loadFailed() only).
    void drop(const QMimeData *data, MainWindow::LoadErrors errors = MainWindow::LoadErrors::MessageBox);

Q_SIGNALS:
    void openRequested(const QString &path, Lectern::Gui::MainWindow::LoadErrors errors);
    void refused(const QStringList &paths);
    void batchImportOffered(const QStringList &folders);

private:
    void offerBatchImport(const QStringList &folders);

    QWidget *m_window;
};

} // namespace Lectern::Gui
