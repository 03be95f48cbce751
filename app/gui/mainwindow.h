#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolBar;

namespace Lectern::Core {
class ArticleDocument;
class DocumentManager;
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

// Assembles the window: actions, menus, tabs of article views, docks, and reacts to the
// DocumentManager's signals (a tab per opened document). Opening, loading (on a worker thread),
// review sessions and closing are the manager's; the rest is delegated to the widgets.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // How a load that fails is reported: a message box naming the file and the reason, or only
    // loadFailed() (tests, where nobody would close the box).
    enum class LoadErrors { MessageBox, SignalOnly };

    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a file in the background (the manager, with the settings' database and the tagger)
    // and opens it in a new tab.
    void openFile(const QString &path, LoadErrors errors = LoadErrors::MessageBox);
    void openSample();
    // Opens an article loaded elsewhere (the clipboard's) at once, with the settings' database.
    void openLoaded(const Core::LoadResult &result);

    Core::DocumentManager *documents() const { return m_documents; }
    ActionRegistry *actions() const { return m_actions; }
    ArticleView *currentView() const;
    ReaderPanels *panels() const { return m_panels; }
    ReviewController *review() const { return m_review; }
    ModelLearner *modelLearner() const { return m_learner; }
    FindBar *findBar() const { return m_findBar; }
    int articleCount() const;
    QList<ArticleView *> articleViews() const; // in tab order
    void setCurrentView(ArticleView *view);
    // The size of the first window (no saved geometry) on a screen with this available area.
    // The tab's label for an article title: whole up to about 40 characters, else cut at a word with "…".
    static QString shortTabTitle(const QString &title);
    static QSize firstWindowSize(const QRect &available);
    // Where File > Open starts: the folder used last, else Documents, else home (one that exists).
    static QString openDialogFolder();

Q_SIGNALS:
    void articleOpened(const QString &path);
    void loadFailed(const QString &path, const QString &reason);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // No saved dock layout: the docks share the room once the window is shown at its real size.
    bool m_shareDocksWhenShown = false;
    void createActions();
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createControllers();
    void connectDocuments();
    void createMenus();
    void createDocks();
    void retranslate();
    void restoreLayout();
    void showOpenDialog();
    void showLibrary();
    void showPreferences();
    void showAbout();
    void closeCurrentTab();
    void onLoadFinished();
    void onDocumentOpened(Core::ArticleDocument *document, const QString &path, const QVariant &prepared);
    void onLoadFailed(const QString &path, const QString &reason);
    void onDocumentClosed(Core::ArticleDocument *document);
    void onFirstScreenReady(const QString &path, const Core::LoadResult &first, const QVariant &prepared);
    void onLoadProgressed(const QString &path, int percent);
    ArticleView *takeFirstScreen(const QString &path);
    void closeFirstScreen(ArticleView *view);
    void hideWelcome();
    void showWelcomeIfEmpty();
    ArticleView *viewOf(const Core::ArticleDocument *document) const;
    void updateRecentMenu();
    void onCurrentTabChanged();
    void zoomBy(int delta);
    void updateTitle();
    void updateTabLabels();

    LanguageManager *m_languages;
    ActionRegistry *m_actions;
    Core::DocumentManager *m_documents;
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
    QStringList m_silentLoads; // paths opened with LoadErrors::SignalOnly, until they end
    // Progressive opens (issue 21): the provisional view of each article still being read.
    QList<QPair<QString, QPointer<ArticleView>>> m_firstScreens;
    FileDrop *m_drop = nullptr;
};

} // namespace Lectern::Gui
