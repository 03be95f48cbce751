#include "session.h"

#include "articleview.h"
#include "document/articledocument.h"
#include "document/documentmanager.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QEvent>
#include <QFileInfo>
#include <QPointer>
#include <QScrollBar>
#include <QTimer>

namespace Lectern::Gui {

Session::Session(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    connect(window, &MainWindow::articleOpened, this, &Session::onOpened);
    connect(window, &MainWindow::loadFailed, this, &Session::onFailed);
    // After the window has removed the tab.
    connect(window->documents(), &Core::DocumentManager::documentClosed, this,
            [this] { QTimer::singleShot(0, this, [this] { if (!m_restoring) save(); }); });
}

void Session::save() const
{
    QList<Core::Settings::OpenTab> tabs;
    int current = 0;
    const QList<ArticleView *> views = m_window->articleViews();
    for (ArticleView *view : views) {
        const QString path = view->articleDocument()->filePath();
        if (path.isEmpty() || !QFileInfo(path).isFile()) // an article from the clipboard has no file
            continue;
        if (view == m_window->currentView())
            current = int(tabs.size());
        tabs.append({QFileInfo(path).absoluteFilePath(), view->verticalScrollBar()->value()});
    }
    Core::Settings settings;
    settings.setOpenTabs(tabs, current);
    settings.sync();
}

void Session::restore()
{
    const Core::Settings settings;
    m_pending.clear();
    for (const Core::Settings::OpenTab &tab : settings.openTabs())
        if (QFileInfo(tab.path).isFile())
            m_pending.append({tab.path, tab.scroll});
    m_current = settings.currentOpenTab();
    m_restored = 0;
    m_restoring = true;
    openNext();
}

void Session::openNext()
{
    if (m_pending.isEmpty()) {
        m_waitingFor.clear();
        if (m_restoring) {
            m_restoring = false;
            const QList<ArticleView *> views = m_window->articleViews();
            if (m_current >= 0 && m_current < views.size())
                m_window->setCurrentView(views.at(m_current));
            QTimer::singleShot(0, this, &Session::finished);
        }
        return;
    }
    m_waitingFor = m_pending.first().path;
    m_window->openFile(m_waitingFor, MainWindow::LoadErrors::SignalOnly);
}

void Session::onOpened(const QString &path)
{
    if (m_restoring && !m_pending.isEmpty() && path == m_waitingFor) {
        const Pending done = m_pending.takeFirst();
        if (ArticleView *view = m_window->currentView(); view && QFileInfo(view->articleDocument()->filePath()).absoluteFilePath() == done.path)
            view->scrollWhenLaidOut(done.scroll);
        ++m_restored;
        openNext();
        return;
    }
    if (!m_restoring)
        save();
}

void Session::onFailed(const QString &path)
{
    if (m_restoring && !m_pending.isEmpty() && path == m_waitingFor) {
        m_pending.removeFirst();
        openNext();
    }
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace Lectern::Gui
