#include "mainwindow.h"

#include "actionregistry.h"
#include "document/articledocument.h"
#include "articleinfopanel.h"
#include "articleview.h"
#include "clipboardarticle.h"
#include "docklayout.h"
#include "document/documentmanager.h"
#include "filedrop.h"
#include "findbar.h"
#include "import/importformats.h"
#include "languagemanager.h"
#include "librarywindow.h"
#include "modellearner.h"
#include "plainmessagebox.h"
#include "preferencesdialog.h"
#include "printcontroller.h"
#include "qrdialog.h"
#include "readerpanels.h"
#include "render/documentbuilder.h"
#include "reviewcontroller.h"
#include "themes.h"
#include "util/literaltext.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QScreen>
#include <QShowEvent>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

#include <memory>

namespace Lectern::Gui {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_actions(new ActionRegistry(this))
    , m_documents(new Core::DocumentManager(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The model and gazetteers load on a worker while the window assembles, not at the first open.
    m_documents->warmUp();
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("articleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_findBar = new FindBar(this);
    m_findBar->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tabs, 1);
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);
    m_emptyLabel = new QLabel(m_tabs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_tabs->addTab(m_emptyLabel, QString());
    m_tabs->setTabsClosable(false);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    createMenus();
    createDocks();
    DockLayout::letDocksGiveWay(this); // the article keeps its width on a small screen (issue 19)
    connectDocuments();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        m_tabs->setCurrentIndex(index);
        closeCurrentTab();
    });
    retranslate();
    restoreLayout();
    updateRecentMenu();
    onCurrentTabChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createViewActions();
    createControllers();
}

void MainWindow::createFileActions()
{
    ActionRegistry *a = m_actions;
    connect(a->add(QStringLiteral("file.open"), [] { return tr("&Open…"); }, QKeySequence::keyBindings(QKeySequence::Open),
                   QStringLiteral("document-open")),
            &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(a->add(QStringLiteral("file.close"), [] { return tr("&Close Article"); },
                   QKeySequence::keyBindings(QKeySequence::Close), QStringLiteral("document-close")),
            &QAction::triggered, this, &MainWindow::closeCurrentTab);
    QAction *quit = a->add(QStringLiteral("file.quit"), [] { return tr("&Quit"); },
                           QKeySequence::keyBindings(QKeySequence::Quit), QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(a->add(QStringLiteral("file.clearRecent"), [] { return tr("&Clear Recent Files"); }),
            &QAction::triggered, this, [this] {
                Core::Settings().clearRecentFiles();
                updateRecentMenu();
            });
    // Print, preview, PDF and QR (issue 7): the controller picks the device, the core renders.
    auto *printing = new PrintController(this);
    auto document = [this]() -> const Core::ArticleDocument * {
        ArticleView *v = currentView();
        return v ? v->articleDocument() : nullptr;
    };
    connect(a->add(QStringLiteral("file.print"), [] { return tr("&Print…"); },
                   QKeySequence::keyBindings(QKeySequence::Print), QStringLiteral("document-print")),
            &QAction::triggered, printing, [printing, document] { printing->print(document()); });
    connect(a->add(QStringLiteral("file.printPreview"), [] { return tr("Print Pre&view…"); }, {},
                   QStringLiteral("document-print-preview")),
            &QAction::triggered, printing, [printing, document] { printing->preview(document()); });
    connect(a->add(QStringLiteral("file.exportPdf"), [] { return tr("&Export PDF…"); }, {},
                   QStringLiteral("document-export")),
            &QAction::triggered, printing, [printing, document] { printing->exportPdf(document()); });
    connect(a->add(QStringLiteral("file.exportQr"), [] { return tr("Export &QR Code…"); }),
            &QAction::triggered, this, [this, document] { QrDialog(document(), this).exec(); });
    connect(printing, &PrintController::pdfExported, this, [this](const QString &path, int pages) {
        statusBar()->showMessage(tr("Exported %1 (%n page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)), 6000);
    });
    connect(a->add(QStringLiteral("file.library"), [] { return tr("&Library"); }, {QKeySequence(Qt::CTRL | Qt::Key_L)},
                   QStringLiteral("folder-documents")),
            &QAction::triggered, this, &MainWindow::showLibrary);
}

void MainWindow::createEditActions()
{
    ActionRegistry *a = m_actions;
    connect(a->add(QStringLiteral("edit.copy"), [] { return tr("&Copy"); }, QKeySequence::keyBindings(QKeySequence::Copy),
                   QStringLiteral("edit-copy")),
            &QAction::triggered, this, [this] {
                if (ArticleView *v = currentView())
                    v->copy();
            });
    connect(a->add(QStringLiteral("edit.selectAll"), [] { return tr("Select &All"); },
                   QKeySequence::keyBindings(QKeySequence::SelectAll)),
            &QAction::triggered, this, [this] {
                if (ArticleView *v = currentView())
                    v->selectAll();
            });
    connect(a->add(QStringLiteral("edit.find"), [] { return tr("&Find in Article…"); },
                   QKeySequence::keyBindings(QKeySequence::Find), QStringLiteral("edit-find")),
            &QAction::triggered, this, [this] {
                if (currentView())
                    m_findBar->activate();
            });
    // Issue 18: a new, untitled article from the clipboard (HTML through the HTML importer).
    auto *clipboard = new ClipboardArticle(this);
    connect(a->add(QStringLiteral("edit.newFromClipboard"), [] { return tr("&New Article from Clipboard"); },
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}, QStringLiteral("edit-paste")),
            &QAction::triggered, clipboard, [clipboard] { clipboard->createFromClipboard(); });
    m_drop = new FileDrop(this);
    connect(m_drop, &FileDrop::openRequested, this,
            [this](const QString &path, LoadErrors errors) { openFile(path, errors); });
    QAction *prefs = a->add(QStringLiteral("edit.preferences"), [] { return tr("&Preferences…"); },
                            QKeySequence::keyBindings(QKeySequence::Preferences), QStringLiteral("preferences-system"));
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createViewActions()
{
    ActionRegistry *a = m_actions;
    connect(a->add(QStringLiteral("view.zoomIn"), [] { return tr("Zoom &In"); },
                   QKeySequence::keyBindings(QKeySequence::ZoomIn), QStringLiteral("zoom-in")),
            &QAction::triggered, this, [this] { zoomBy(1); });
    connect(a->add(QStringLiteral("view.zoomOut"), [] { return tr("Zoom &Out"); },
                   QKeySequence::keyBindings(QKeySequence::ZoomOut), QStringLiteral("zoom-out")),
            &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(a->add(QStringLiteral("view.zoomReset"), [] { return tr("&Actual Size"); },
                   {QKeySequence(Qt::CTRL | Qt::Key_0)}, QStringLiteral("zoom-original")),
            &QAction::triggered, this, [this] { zoomBy(0); });
    connect(a->add(QStringLiteral("help.sample"), [] { return tr("Open &Sample Article"); }),
            &QAction::triggered, this, &MainWindow::openSample);
    QAction *about = a->add(QStringLiteral("help.about"), [] { return tr("&About Lectern"); }, {},
                            QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

// The review controller (its own actions) and the model learner.
void MainWindow::createControllers()
{
    m_review = new ReviewController(this, m_actions, m_documents);
    {
        const Core::Settings settings;
        m_learner = new ModelLearner(settings.databasePath(), settings.userModelPath(), this);
        m_learner->setEnabled(settings.learnFromCorrections());
    }
    connect(m_learner, &ModelLearner::modelRebuilt, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_review, &ReviewController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_review, &ReviewController::stateChanged, this, &MainWindow::updateTitle);
}

// The window follows the documents: a tab per opened one, a message per failure.
void MainWindow::connectDocuments()
{
    connect(m_documents, &Core::DocumentManager::loadStarted, this, [this](const QString &path) {
        m_progress->setVisible(true);
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_documents, &Core::DocumentManager::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_documents, &Core::DocumentManager::firstScreenReady, this, &MainWindow::onFirstScreenReady);
    connect(m_documents, &Core::DocumentManager::loadProgressed, this, &MainWindow::onLoadProgressed);
    connect(m_documents, &Core::DocumentManager::documentOpened, this, &MainWindow::onDocumentOpened);
    connect(m_documents, &Core::DocumentManager::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_documents, &Core::DocumentManager::documentClosed, this, &MainWindow::onDocumentClosed);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_actions->fill(m_fileMenu, {QStringLiteral("file.open"), QStringLiteral("file.library")});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_actions->fill(m_fileMenu, {QStringLiteral("file.close"), QStringLiteral("-"), QStringLiteral("file.saveReview"),
                                 QStringLiteral("file.exportAnnotations"), QStringLiteral("file.exportReviewToDraft"),
                                 QStringLiteral("-"), QStringLiteral("file.print"),
                                 QStringLiteral("file.printPreview"), QStringLiteral("file.exportPdf"),
                                 QStringLiteral("file.exportQr"), QStringLiteral("-"), QStringLiteral("file.quit")});

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_review->fillEditMenu(m_editMenu);
    m_actions->fill(m_editMenu, {QStringLiteral("edit.newFromClipboard"), QStringLiteral("-"),
                                 QStringLiteral("edit.copy"), QStringLiteral("edit.selectAll"), QStringLiteral("-"),
                                 QStringLiteral("edit.find"), QStringLiteral("-"), QStringLiteral("edit.preferences")});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_actions->fill(m_viewMenu, {QStringLiteral("view.zoomIn"), QStringLiteral("view.zoomOut"),
                                 QStringLiteral("view.zoomReset"), QStringLiteral("-")});
    m_viewMenu->addMenu(new ThemeMenu(m_actions, m_viewMenu));
    m_viewMenu->addSeparator();

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->setObjectName(QStringLiteral("menuReview"));
    m_review->fillReviewMenu(m_reviewMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_actions->fill(m_helpMenu, {QStringLiteral("help.sample"), QStringLiteral("-"), QStringLiteral("help.about")});

    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->addAction(m_actions->action(QStringLiteral("file.open")));
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_actions->action(QStringLiteral("view.zoomOut")));
    m_mainToolBar->addAction(m_actions->action(QStringLiteral("view.zoomIn")));
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_actions->action(QStringLiteral("review.addComment")));
    m_mainToolBar->addAction(m_actions->action(QStringLiteral("file.print")));
}

void MainWindow::createDocks()
{
    m_panels = new ReaderPanels(this, m_actions);
    m_review->setReaderPanels(m_panels);
    m_panels->addToViewMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    m_infoDock = new QDockWidget(this);
    m_infoDock->setObjectName(QStringLiteral("articleInfoDock"));
    m_infoPanel = new ArticleInfoPanel(m_infoDock);
    m_infoDock->setWidget(m_infoPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_infoDock);
    m_viewMenu->addAction(m_infoDock->toggleViewAction());
    m_review->addDocksToMenu(m_viewMenu);
    tabifyDockWidget(m_infoDock, findChild<QDockWidget *>(QStringLiteral("annotationsDock")));
    m_infoDock->raise();
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_helpMenu->setTitle(tr("&Help"));
    m_review->retranslate();
    m_mainToolBar->setWindowTitle(tr("Main Toolbar"));
    m_infoDock->setWindowTitle(tr("Article Info"));
    m_panels->retranslate();
    m_emptyLabel->setText(tr("Open an article with File > Open, drop a file here, or try Help > Open Sample Article."));
    if (m_tabs->indexOf(m_emptyLabel) >= 0)
        m_tabs->setTabText(m_tabs->indexOf(m_emptyLabel), tr("Welcome"));
    updateRecentMenu();
    updateTitle();
}

QSize MainWindow::firstWindowSize(const QRect &available)
{
    // A reading size where the screen has room, else nine tenths of it: never past its edges.
    return QSize(std::min(1200, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));
}

void MainWindow::restoreLayout()
{
    const Core::Settings settings;
    // restoreGeometry() moves a window saved on a screen that is gone back onto one that is there.
    if (!restoreGeometry(settings.windowGeometry())) {
        const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        resize(screen ? firstWindowSize(screen->availableGeometry()) : QSize(1024, 700));
    }
    if (!restoreState(settings.windowState())) {
        DockLayout::shareWidth(this, ArticleView::defaultReadableWidth());
        m_shareDocksWhenShown = true;
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shareDocksWhenShown)
        return;
    m_shareDocksWhenShown = false;
    // The size set between construction and showing (a caller's geometry, a restored session) is
    // final once shown: share the room then, so the docks do not keep the shares of a smaller window.
    DockLayout::shareWidth(this, ArticleView::defaultReadableWidth());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Core::Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (FileDrop::accepts(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_drop->drop(event->mimeData());
    event->acceptProposedAction();
}

QString MainWindow::openDialogFolder()
{
    // A folder that exists, so the dialog never takes a missing one's name as the file name.
    for (const QString &folder : {Core::Settings().lastOpenFolder(),
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)})
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    return QDir::homePath();
}

void MainWindow::showOpenDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Article"), openDialogFolder(), Core::ImportFormats::nameFilters(true).join(QStringLiteral(";;")));
    if (!files.isEmpty())
        Core::Settings().setLastOpenFolder(QFileInfo(files.first()).absolutePath());
    for (const QString &f : files)
        openFile(f);
}

void MainWindow::openFile(const QString &path, LoadErrors errors)
{
    if (errors == LoadErrors::SignalOnly)
        m_silentLoads.append(path);
    Core::DocumentManager::OpenOptions options;
    const Core::Settings settings;
    options.databasePath = settings.databasePath();
    // The user's learned model (or the bundled one), unless the tagger is switched off.
    options.model = settings.useTaggerModel() ? m_learner->model() : nullptr;
    // Typesetting runs on the loading thread too, so a 5 MB article does not freeze the window;
    // the GUI thread only adopts the finished document.
    const Core::DocumentOptions documentOptions = ArticleView::documentOptions(
        settings.zoomSteps(), m_panels->hiddenCategories(), palette().color(QPalette::Base).lightness() < 128);
    QThread *guiThread = thread();
    options.prepare = [documentOptions, guiThread](const Core::LoadResult &loaded) {
        auto built = std::make_shared<Core::BuiltDocument>(
            Core::DocumentBuilder::build(*loaded.import.article, loaded.entities, documentOptions));
        built->document->moveToThread(guiThread);
        return QVariant::fromValue(built);
    };
    // A long article shows its first screen, highlighted, while the rest is read (issue 21).
    options.progressiveFromChars = Core::DocumentManager::defaultProgressiveFromChars;
    m_documents->openFile(path, options);
}

void MainWindow::openLoaded(const Core::LoadResult &result)
{
    Core::DocumentManager::OpenOptions options;
    options.databasePath = Core::Settings().databasePath();
    m_documents->openLoaded(result, options);
}

void MainWindow::openSample()
{
    // The sample lives in the resources; copy it to a writable place so it behaves like a file:
    // Lectern's data folder (the settings' one; AppLocalDataLocation is the older, doubled
    // …/Lectern/Lectern that Settings empties into it, sample included, before the load starts).
    const QString target = QDir(QFileInfo(Core::Settings().userModelPath()).absolutePath())
                               .filePath(QStringLiteral("sample-article.txt"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/samples/sample-article.txt"), target)) {
        warnPlainText(this, tr("Lectern"), tr("The sample article could not be written to %1.").arg(target));
        return;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    openFile(target);
}

void MainWindow::onLoadFinished()
{
    if (m_documents->pendingLoads() == 0) {
        m_progress->setVisible(false);
        m_progress->setRange(0, 0);
    }
    statusBar()->clearMessage();
}

// A progressive open (issue 21): the article's first screen, highlighted, in a tab that the whole
// article's view takes over; its document is provisional, so the window offers no action on it
// (currentView() is null there: the panels, review and entity actions wait for the whole result).
void MainWindow::onFirstScreenReady(const QString &path, const Core::LoadResult &first, const QVariant &prepared)
{
    auto *document = new Core::ArticleDocument;
    document->setContent(*first.import.article, first.entities);
    Core::BuiltDocument prebuilt;
    if (const auto built = prepared.value<std::shared_ptr<Core::BuiltDocument>>())
        prebuilt = std::move(*built);
    auto *view = new ArticleView(document, m_tabs, std::move(prebuilt), Core::Settings().zoomSteps(),
                                 m_panels->hiddenCategories());
    document->setParent(view);
    view->setProvisional(true);
    m_firstScreens.append({path, view});
    hideWelcome();
    const int index = m_tabs->addTab(view, shortTabTitle(document->displayName()));
    updateTabLabels();
    m_tabs->setCurrentIndex(index);
    statusBar()->showMessage(tr("Reading the rest of “%1”…").arg(QFileInfo(path).fileName()));
}

void MainWindow::onLoadProgressed(const QString &path, int percent)
{
    Q_UNUSED(path)
    if (m_documents->pendingLoads() != 1)
        return; // several loads at once: the bar stays a busy indicator
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
}

ArticleView *MainWindow::takeFirstScreen(const QString &path)
{
    for (qsizetype i = 0; i < m_firstScreens.size(); ++i) {
        if (m_firstScreens.at(i).first == path) {
            ArticleView *view = m_firstScreens.takeAt(i).second;
            if (view)
                return view;
            --i;
        }
    }
    return nullptr;
}

// The user closed the tab of an article still being read: the load stops, nothing is opened.
void MainWindow::closeFirstScreen(ArticleView *view)
{
    for (qsizetype i = 0; i < m_firstScreens.size(); ++i) {
        if (m_firstScreens.at(i).second == view) {
            m_documents->cancelLoad(m_firstScreens.takeAt(i).first);
            break;
        }
    }
    m_tabs->removeTab(m_tabs->indexOf(view));
    view->deleteLater();
    updateTabLabels();
    showWelcomeIfEmpty();
}

void MainWindow::hideWelcome()
{
    if (const int empty = m_tabs->indexOf(m_emptyLabel); empty >= 0) {
        m_tabs->removeTab(empty);
        m_emptyLabel->hide();
        m_tabs->setTabsClosable(true);
    }
}

void MainWindow::showWelcomeIfEmpty()
{
    if (m_tabs->count() > 0)
        return;
    m_tabs->setTabsClosable(false);
    m_tabs->addTab(m_emptyLabel, tr("Welcome"));
    m_emptyLabel->show();
}

void MainWindow::onLoadFailed(const QString &path, const QString &reason)
{
    if (ArticleView *first = takeFirstScreen(path)) {
        m_tabs->removeTab(m_tabs->indexOf(first));
        first->deleteLater();
        showWelcomeIfEmpty();
    }
    const bool silent = m_silentLoads.removeOne(path);
    Q_EMIT loadFailed(path, reason);
    if (!silent)
        warnPlainText(this, tr("Cannot open article"),
                      tr("Lectern could not open “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), reason));
}

void MainWindow::onDocumentOpened(Core::ArticleDocument *document, const QString &path, const QVariant &prepared)
{
    m_silentLoads.removeOne(path);
    m_learner->watch(document);
    // The document typeset on the loading thread, unless it changed since (then typeset here).
    Core::BuiltDocument prebuilt;
    if (const auto built = prepared.value<std::shared_ptr<Core::BuiltDocument>>())
        prebuilt = std::move(*built);
    auto *view = new ArticleView(document, m_tabs, std::move(prebuilt), Core::Settings().zoomSteps(),
                                 m_panels->hiddenCategories());
    view->setContextMenuActions({m_actions->action(QStringLiteral("edit.copy")), nullptr,
                                 m_actions->action(QStringLiteral("review.addComment")), nullptr,
                                 m_actions->action(QStringLiteral("edit.find"))});
    hideWelcome();
    // After a progressive open the whole article takes the first screen's place and scroll
    // position: its beginning is typeset the same, so the text does not move.
    if (ArticleView *first = takeFirstScreen(path)) {
        const int at = m_tabs->indexOf(first);
        const bool wasCurrent = m_tabs->currentWidget() == first;
        const int scroll = first->verticalScrollBar()->value();
        m_tabs->insertTab(at, view, document->displayName().left(40));
        m_tabs->removeTab(m_tabs->indexOf(first));
        first->deleteLater();
        view->scrollWhenLaidOut(scroll);
        updateTabLabels();
        if (wasCurrent)
            m_tabs->setCurrentWidget(view);
        else
            onCurrentTabChanged();
    } else {
        const int index = m_tabs->addTab(view, document->displayName().left(40));
        updateTabLabels();
        m_tabs->setCurrentIndex(index);
    }
    updateTitle();
    if (!path.isEmpty()) // an article from the clipboard has no file
        Core::Settings().addRecentFile(path);
    updateRecentMenu();
    const QStringList warnings = document->article().warnings;
    if (!warnings.isEmpty())
        statusBar()->showMessage(warnings.join(QStringLiteral(" ")), 8000);
    Q_EMIT articleOpened(path);
}

ArticleView *MainWindow::currentView() const
{
    auto *view = qobject_cast<ArticleView *>(m_tabs->currentWidget());
    return view && !view->isProvisional() ? view : nullptr; // a first screen is not an article yet
}

int MainWindow::articleCount() const
{
    int n = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<ArticleView *>(m_tabs->widget(i)))
            n += view->isProvisional() ? 0 : 1;
    return n;
}

QList<ArticleView *> MainWindow::articleViews() const
{
    QList<ArticleView *> views;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<ArticleView *>(m_tabs->widget(i)); view && !view->isProvisional())
            views.append(view);
    return views;
}

void MainWindow::setCurrentView(ArticleView *view)
{
    if (const int index = m_tabs->indexOf(view); index >= 0)
        m_tabs->setCurrentIndex(index);
}

ArticleView *MainWindow::viewOf(const Core::ArticleDocument *document) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<ArticleView *>(m_tabs->widget(i)); view && view->articleDocument() == document)
            return view;
    return nullptr;
}

void MainWindow::closeCurrentTab()
{
    if (auto *first = qobject_cast<ArticleView *>(m_tabs->currentWidget()); first && first->isProvisional())
        closeFirstScreen(first);
    else if (ArticleView *view = currentView())
        m_documents->closeDocument(view->articleDocument());
}

QString MainWindow::shortTabTitle(const QString &title)
{
    // A tab shows at most about 40 characters: a longer title is cut at a word and says so.
    constexpr qsizetype limit = 40;
    if (title.size() <= limit)
        return title;
    QString cut = title.left(limit - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > limit / 2)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + QChar(0x2026);
}

void MainWindow::updateTabLabels()
{
    // Tabs of the same title are told apart by their file name, else by a number; every tooltip
    // names the file.
    QList<QPair<int, ArticleView *>> views;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<ArticleView *>(m_tabs->widget(i)))
            views.append({i, view});
    auto count = [](const QStringList &labels, const QString &label) { return labels.count(label); };
    QStringList titles;
    for (const auto &entry : std::as_const(views))
        titles << shortTabTitle(entry.second->articleDocument()->displayName());
    QStringList labels = titles;
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QString file = QFileInfo(views.at(i).second->articleDocument()->article().sourcePath).fileName();
        if (count(titles, titles.at(i)) > 1 && !file.isEmpty() && file != titles.at(i))
            labels[i] = tr("%1 — %2").arg(titles.at(i), file);
    }
    QHash<QString, int> numbered;
    const QStringList named = labels;
    for (qsizetype i = 0; i < views.size(); ++i)
        if (count(named, named.at(i)) > 1 && ++numbered[named.at(i)] > 1)
            labels[i] = tr("%1 (%2)").arg(named.at(i)).arg(numbered.value(named.at(i)));
    for (qsizetype i = 0; i < views.size(); ++i) {
        const Core::ArticleDocument *document = views.at(i).second->articleDocument();
        m_tabs->setTabText(views.at(i).first, labels.at(i));
        // The title, and the path on a line of its own (a tool tip guesses the format: both are
        // escaped as soon as either could read as markup).
        const QString title = document->displayName();
        const QString path = QDir::toNativeSeparators(document->article().sourcePath);
        const QString joined = path.isEmpty() ? title : title + QLatin1Char('\n') + path;
        const bool markup = joined.contains(QLatin1Char('<')) || joined.contains(QLatin1Char('&'));
        m_tabs->setTabToolTip(views.at(i).first,
                              !markup ? joined
                                      : QStringLiteral("<qt>") + title.toHtmlEscaped()
                                            + (path.isEmpty() ? QString() : QStringLiteral("<br>") + path.toHtmlEscaped())
                                            + QStringLiteral("</qt>"));
    }
}

void MainWindow::onDocumentClosed(Core::ArticleDocument *document)
{
    ArticleView *view = viewOf(document);
    if (!view)
        return;
    m_tabs->removeTab(m_tabs->indexOf(view));
    view->deleteLater();
    updateTabLabels();
    showWelcomeIfEmpty();
}

void MainWindow::onCurrentTabChanged()
{
    ArticleView *view = currentView();
    m_documents->setCurrentDocument(view ? view->articleDocument() : nullptr);
    m_infoPanel->setDocument(view ? view->articleDocument() : nullptr);
    m_panels->setView(view);
    m_review->setView(view);
    m_findBar->setView(view);
    if (!view)
        m_findBar->hide();
    const bool has = view != nullptr;
    for (const char *id : {"file.close", "file.print", "file.printPreview", "file.exportPdf", "file.exportQr",
                           "edit.copy", "edit.selectAll", "edit.find", "view.zoomIn", "view.zoomOut", "view.zoomReset", "view.nextMention", "view.previousMention"})
        m_actions->action(QString::fromLatin1(id))->setEnabled(has);
    // A first screen (issue 21) can be closed, which stops its load.
    if (auto *first = qobject_cast<ArticleView *>(m_tabs->currentWidget()); first && first->isProvisional())
        m_actions->action(QStringLiteral("file.close"))->setEnabled(true);
    updateTitle();
}

void MainWindow::updateTitle()
{
    ArticleView *view = currentView();
    const QString state = m_review->stateText();
    if (!view)
        setWindowTitle(tr("Lectern"));
    else if (state.isEmpty())
        setWindowTitle(tr("%1 — Lectern").arg(view->articleDocument()->displayName()));
    else
        setWindowTitle(tr("%1 [%2] — Lectern").arg(view->articleDocument()->displayName(), state));
}

void MainWindow::zoomBy(int delta)
{
    ArticleView *view = currentView();
    if (!view)
        return;
    view->setZoomSteps(delta == 0 ? 0 : view->zoomSteps() + delta);
    Core::Settings().setZoomSteps(view->zoomSteps());
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Core::Settings().recentFiles();
    int n = 0;
    for (const QString &f : files) {
        ++n;
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n % 10).arg(QFileInfo(f).fileName()));
        a->setToolTip(Core::LiteralText::forRichTextContext(f));
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->action(QStringLiteral("file.clearRecent")));
}

void MainWindow::showLibrary()
{
    if (!m_library) {
        m_library = new LibraryWindow(this);
        m_library->setWindowFlag(Qt::Window);
        m_library->setObjectName(QStringLiteral("libraryWindow"));
        m_library->resize(1000, 640);
        connect(m_library, &LibraryWindow::openArticleRequested, this, [this](const QString &path) {
            openFile(path);
            activateWindow();
        });
    } else {
        m_library->reload();
    }
    m_library->show();
    m_library->raise();
    m_library->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_languages, this);
    connect(&dialog, &PreferencesDialog::libraryChanged, this, [this] {
        if (m_library)
            m_library->reload();
    });
    connect(&dialog, &PreferencesDialog::resetLearnedModelRequested, m_learner, &ModelLearner::reset);
    connect(&dialog, &PreferencesDialog::databaseChanged, this, [this](const QString &path) {
        m_learner->setDatabasePath(path);
        // The Library window holds a connection to the old file: it reopens on the new one.
        if (m_library) {
            const bool shown = m_library->isVisible();
            delete m_library;
            m_library = nullptr;
            if (shown)
                showLibrary();
        }
        statusBar()->showMessage(tr("Review database: %1").arg(QDir::toNativeSeparators(path)), 5000);
        m_review->connectToTeamServer();
    });
    dialog.exec();
    m_learner->setEnabled(Core::Settings().learnFromCorrections());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Lectern"),
                       tr("<h3>Lectern %1</h3><p>A reader and annotator for news articles: people, "
                          "organizations and figures highlighted, reviewed and printed.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Lectern::Gui
