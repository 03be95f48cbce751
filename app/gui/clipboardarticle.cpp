#include "clipboardarticle.h"

#include "document/articleloader.h"
#include "import/pastedarticle.h"
#include "mainwindow.h"
#include "modellearner.h"
#include "plainmessagebox.h"
#include "util/eventloopthen.h"
#include "util/settings.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Lectern::Gui {

ClipboardArticle::ClipboardArticle(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void ClipboardArticle::createFromClipboard(MainWindow::LoadErrors errors)
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QString html = data && data->hasHtml() ? data->html() : QString();
    const QString text = data && data->hasText() ? data->text() : QString();
    std::shared_ptr<const Core::TaggerModel> model =
        Core::Settings().useTaggerModel() ? m_window->modelLearner()->model() : nullptr;
    auto work = QtConcurrent::run([html, text, model] {
        return std::make_shared<Core::LoadResult>(Core::loadImported(Core::PastedArticle::import(html, text), model));
    });
    Core::thenOnEventLoop(work, this, [this, errors](const std::shared_ptr<Core::LoadResult> &result) {
        if (!result->import.ok()) {
            Q_EMIT failed(result->import.error);
            if (errors == MainWindow::LoadErrors::MessageBox)
                warnPlainText(m_window, tr("New Article from Clipboard"),
                              tr("Lectern could not make an article of the clipboard.\n\n%1").arg(result->import.error));
            return;
        }
        m_window->openLoaded(*result);
    });
}

} // namespace Lectern::Gui
