#pragma once

#include "mainwindow.h"

#include <QObject>

namespace Lectern::Gui {

// Edit > New Article from Clipboard: the clipboard's HTML (when there is some) or plain text
// becomes a new, untitled article tab. The import (Core::PastedArticle, the same HTML importer as
// for files) and the extraction run on a worker thread; the window shows the result as for a
// file, or a message when the clipboard holds nothing Lectern can read.
class ClipboardArticle final : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardArticle(MainWindow *window);

    // Reads the clipboard now (its contents are copied on this, the GUI, thread). errors: how
    // "nothing to read" is reported (SignalOnly: failed() only).
    void createFromClipboard(MainWindow::LoadErrors errors = MainWindow::LoadErrors::MessageBox);

Q_SIGNALS:
    void failed(const QString &reason);

private:
    MainWindow *m_window;
};

} // namespace Lectern::Gui
