#pragma once

#include "render/documentbuilder.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolBar;

namespace Lectern::Core {
struct LoadResult;
}

namespace Lectern::Gui {

class ActionRegistry;
class ArticleInfoPanel;
class ArticleView;
class FileDrop;
class FindBar;
class LanguageManager;
class LibraryWindow;
class ModelLearner;
class ReaderPanels;
class ReviewController;

// Assembles the window: actions, menus, tabs of article views, docks. Work is delegated to
// the core (loading runs on a worker thread) and to the widgets.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a file in the background and opens it in a new tab. Errors are shown in a message
    // box naming the file (or, with quiet errors in tests, only through loadFailed()).
    void openFile(const QString &path);
    void openSample();
    // Shows the outcome of a load: a new tab, or a message naming the file and the reason.
    // prebuilt: the document typeset on the loading thread (empty: typeset here).
    void showLoaded(const Core::LoadResult &result, Core::BuiltDocument prebuilt = {});

    ActionRegistry *actions() const { return m_actions; }
    ArticleView *currentView() const;
    ReaderPanels *panels() const { return m_panels; }
    ReviewController *review() const { return m_review; }
    ModelLearner *modelLearner() const { return m_learner; }
    FindBar *findBar() const { return m_findBar; }
    int articleCount() const;

Q_SIGNALS:
    void articleOpened(const QString &path);
    void loadFailed(const QString &path, const QString &reason);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void restoreLayout();
    void showOpenDialog();
    void showLibrary();
    void showPreferences();
    void showAbout();
    void closeCurrentTab();
    void updateRecentMenu();
    void onCurrentTabChanged();
    void zoomBy(int delta);
    void updateTitle();

    LanguageManager *m_languages;
    ActionRegistry *m_actions;
    QTabWidget *m_tabs;
    QLabel *m_emptyLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QDockWidget *m_infoDock = nullptr;
    ArticleInfoPanel *m_infoPanel = nullptr;
    QProgressBar *m_progress = nullptr;
    ReaderPanels *m_panels = nullptr;
    ReviewController *m_review = nullptr;
    ModelLearner *m_learner = nullptr;
    LibraryWindow *m_library = nullptr;
    FindBar *m_findBar = nullptr;
    FileDrop *m_drop = nullptr;
    int m_pendingLoads = 0;
};

} // namespace Lectern::Gui
