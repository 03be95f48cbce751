#include "reviewcontroller.h"

#include "exportfolder.h"
#include "actionregistry.h"
#include "annotationdialog.h"
#include "annotationspanel.h"
#include "document/articledocument.h"
#include "articleview.h"
#include "document/documentmanager.h"
#include "draftreviewexport.h"
#include "entitycorrectionmenu.h"
#include "livereview.h"
#include "teamserverconnection.h"
#include "plainmessagebox.h"
#include "readerpanels.h"
#include "review/annotationexport.h"
#include "review/reviewfile.h"
#include "document/reviewsession.h"
#include "review/webannotationjson.h"
#include "util/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>

namespace Lectern::Gui {

using Core::ReviewState;

namespace {
const QList<QPair<ReviewState, QString>> &stateIds()
{
    static const QList<QPair<ReviewState, QString>> ids = {
        {ReviewState::Draft, QStringLiteral("review.state.draft")},
        {ReviewState::InReview, QStringLiteral("review.state.inReview")},
        {ReviewState::Approved, QStringLiteral("review.state.approved")}};
    return ids;
}

QString stateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return ReviewController::tr("Draft");
    case ReviewState::InReview: return ReviewController::tr("In review");
    case ReviewState::Approved: return ReviewController::tr("Approved");
    }
    return {};
}
} // namespace

ReviewController::ReviewController(QMainWindow *window, ActionRegistry *actions, Core::DocumentManager *documents)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
    , m_documents(documents)
    , m_dock(new QDockWidget(window))
    , m_historyDock(new QDockWidget(window))
    , m_panel(new AnnotationsPanel(m_dock))
    , m_stateGroup(new QActionGroup(this))
    , m_corrections(new EntityCorrectionMenu(window, actions, this))
{
    connect(m_corrections, &EntityCorrectionMenu::message, this, &ReviewController::message);
    m_dock->setObjectName(QStringLiteral("annotationsDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_historyDock->setWidget(new QUndoView(documents->undoGroup(), m_historyDock));
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    createActions();
    connectDocuments();
    m_live = new LiveReview(documents, this);
    if (Core::Settings().useTeamServer()) // a password prompt, if one is needed, once the window is up
        QTimer::singleShot(0, this, &ReviewController::connectToTeamServer);
    connect(m_panel, &AnnotationsPanel::spanActivated, this, [this](qsizetype start, qsizetype end) {
        if (m_view)
            m_view->selectBodySpan({start, end});
    });
    connect(m_panel, &AnnotationsPanel::reattachRequested, this, [this](const QUuid &id) {
        if (!m_view)
            return;
        const Core::Span selection = m_view->selectedBodySpan();
        if (selection.start < 0 || selection.end <= selection.start) {
            Q_EMIT message(tr("Select the text to attach the annotation to, then choose Re-attach again."));
            return;
        }
        if (Core::ReviewSession *rs = m_documents->session(m_view->articleDocument()))
            rs->reattach(id, selection.start, selection.end);
    });
    retranslate();
    updateActions();
}

void ReviewController::connectToTeamServer()
{
    const Core::Settings settings;
    if (!settings.useTeamServer() || settings.teamServer().isEmpty())
        return;
    TeamServerConnection::test(settings.teamServer(), m_window, [this](bool ok, const QString &text) {
        Q_EMIT message(ok ? tr("Team server: %1").arg(text) : text);
    });
}

void ReviewController::createActions()
{
    ActionRegistry *actions = m_actions;
    QUndoGroup *undoGroup = m_documents->undoGroup();
    QAction *undo = actions->add(QStringLiteral("edit.undo"), [] { return tr("&Undo"); },
                                 QKeySequence::keyBindings(QKeySequence::Undo), QStringLiteral("edit-undo"));
    QAction *redo = actions->add(QStringLiteral("edit.redo"), [] { return tr("&Redo"); },
                                 QKeySequence::keyBindings(QKeySequence::Redo), QStringLiteral("edit-redo"));
    connect(undo, &QAction::triggered, undoGroup, &QUndoGroup::undo);
    connect(redo, &QAction::triggered, undoGroup, &QUndoGroup::redo);
    connect(undoGroup, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoGroup, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    undo->setEnabled(undoGroup->canUndo());
    redo->setEnabled(undoGroup->canRedo());

    connect(actions->add(QStringLiteral("review.addComment"), [] { return tr("Add &Comment…"); },
                         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)}, QStringLiteral("insert-text")),
            &QAction::triggered, this, &ReviewController::addComment);
    connect(actions->add(QStringLiteral("file.saveReview"), [] { return tr("Save &Review As…"); },
                         QKeySequence::keyBindings(QKeySequence::SaveAs), QStringLiteral("document-save-as")),
            &QAction::triggered, this, &ReviewController::saveReviewAs);
    connect(actions->add(QStringLiteral("file.exportAnnotations"), [] { return tr("Export &Annotations…"); }, {},
                         QStringLiteral("document-export")),
            &QAction::triggered, this, &ReviewController::exportAnnotations);
    connect(actions->add(QStringLiteral("file.exportReviewToDraft"), [] { return DraftReviewExport::actionText(nullptr); }),
            &QAction::triggered, this, [this] {
                if (m_view)
                    if (const QString done = DraftReviewExport::run(m_window, m_view->articleDocument()); !done.isEmpty())
                        Q_EMIT message(done);
            });
    for (const auto &[state, id] : stateIds()) {
        const ReviewState s = state;
        QAction *a = actions->add(id, [s] { return stateLabel(s); });
        a->setCheckable(true);
        m_stateGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, s] { changeState(s); });
    }
}

// The sessions' news, from every open document: shown in the status bar, the state in the menu.
void ReviewController::connectDocuments()
{
    connect(m_documents, &Core::DocumentManager::databaseOpenFailed, this,
            [this](Core::ArticleDocument *, const QString &reason) {
                Q_EMIT message(tr("The review database could not be opened: %1").arg(reason));
            });
    connect(m_documents, &Core::DocumentManager::storageFailed, this,
            [this](Core::ArticleDocument *, const QString &reason) {
                Q_EMIT message(tr("Review database: %1").arg(reason));
            });
    connect(m_documents, &Core::DocumentManager::annotationsReanchored, this,
            [this](Core::ArticleDocument *, const QList<Core::ReviewSession::ReanchorEntry> &changes) {
                int orphans = 0;
                for (const auto &c : changes)
                    orphans += c.outcome == Core::Anchoring::Outcome::Orphaned ? 1 : 0;
                Q_EMIT message(tr("The article changed: %1 annotation(s) moved or adjusted, %2 orphaned.")
                                   .arg(changes.size() - orphans)
                                   .arg(orphans));
            });
    connect(m_documents, &Core::DocumentManager::reviewStateChanged, this, [this] {
        updateActions();
        Q_EMIT stateChanged();
    });
}

void ReviewController::changeState(ReviewState state)
{
    if (!m_view)
        return;
    if (Core::ReviewSession *rs = m_documents->session(m_view->articleDocument()); rs && !rs->setReviewState(state))
        Q_EMIT message(tr("The review state could not be saved: %1").arg(rs->errorString()));
    Q_EMIT stateChanged();
}

void ReviewController::setReaderPanels(ReaderPanels *panels)
{
    connect(panels, &ReaderPanels::entryContextMenuRequested, m_corrections, &EntityCorrectionMenu::showPanelMenu);
    connect(panels, &ReaderPanels::entriesSelected, m_corrections,
            [this](Core::EntityKind category, const QList<int> &entries) {
                m_corrections->setTarget(category, entries);
            });
}

void ReviewController::setView(ArticleView *view)
{
    m_view = view;
    m_corrections->setView(view);
    Core::ArticleDocument *document = view ? view->articleDocument() : nullptr;
    m_panel->setDocument(document);
    const Core::Settings settings; // no name chosen yet: the panel asks at the first comment
    m_panel->setAuthor(settings.authorNameChosen() ? settings.authorName() : QString());
    updateActions();
}

void ReviewController::updateActions()
{
    const bool has = m_view != nullptr;
    for (const char *id : {"review.addComment", "file.saveReview", "file.exportAnnotations"})
        m_actions->action(QString::fromLatin1(id))->setEnabled(has);
    // The review goes back into the draft only for articles opened from a .docx or .odt.
    QAction *draft = m_actions->action(QStringLiteral("file.exportReviewToDraft"));
    draft->setEnabled(has && DraftReviewExport::available(m_view->articleDocument()));
    draft->setText(DraftReviewExport::actionText(has ? m_view->articleDocument() : nullptr));
    Core::ReviewSession *rs = has ? m_documents->session(m_view->articleDocument()) : nullptr;
    for (const auto &[state, id] : stateIds()) {
        QAction *a = m_actions->action(id);
        a->setEnabled(rs != nullptr);
        a->setChecked(rs && rs->reviewState() == state);
    }
}

QString ReviewController::stateText() const
{
    if (!m_view)
        return {};
    Core::ReviewSession *rs = m_documents->session(m_view->articleDocument());
    return rs ? stateLabel(rs->reviewState()) : QString();
}

void ReviewController::fillEditMenu(QMenu *menu) const
{
    m_actions->fill(menu, {QStringLiteral("edit.undo"), QStringLiteral("edit.redo"), QStringLiteral("-")});
}

void ReviewController::fillReviewMenu(QMenu *menu) const
{
    m_actions->fill(menu, {QStringLiteral("review.addComment")});
    m_corrections->fillReviewMenu(menu);
    menu->addSeparator();
    for (const auto &pair : stateIds())
        menu->addAction(m_actions->action(pair.second));
    menu->addSeparator();
    m_actions->fill(menu, {QStringLiteral("file.exportAnnotations")});
}

void ReviewController::addDocksToMenu(QMenu *menu) const
{
    menu->addAction(m_dock->toggleViewAction());
    menu->addAction(m_historyDock->toggleViewAction());
}

void ReviewController::retranslate()
{
    m_dock->setWindowTitle(tr("Annotations"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_corrections->retranslate();
    updateActions(); // the draft export's text depends on the article
}

void ReviewController::addComment()
{
    if (!m_view)
        return;
    const Core::Span selection = m_view->selectedBodySpan();
    if (selection.start < 0 || selection.end <= selection.start) {
        Q_EMIT message(tr("Select the text you want to comment on first."));
        return;
    }
    m_dock->show();
    m_dock->raise();
    m_panel->addComment(selection.start, selection.end);
}

void ReviewController::saveReviewAs()
{
    if (!m_view)
        return;
    Core::ArticleDocument *document = m_view->articleDocument();
    const QString base = QFileInfo(document->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Review As"),
                                                      ExportFolder::suggest(base + QStringLiteral(".lectern-review"), document->filePath()),
                                                      tr("Lectern reviews (*.lectern-review)"));
    if (path.isEmpty())
        return;
    Core::ReviewFile::Contents contents;
    contents.article = document->article();
    Core::ReviewSession *rs = m_documents->session(document);
    contents.state = rs ? rs->reviewState() : ReviewState::Draft;
    contents.annotations = document->annotations()->all();
    contents.savedBy = Core::Settings().authorName();
    contents.saved = QDateTime::currentDateTimeUtc();
    QString error;
    if (!Core::ReviewFile::save(path, contents, &error))
        warnPlainText(m_window, tr("Cannot save review"),
                             tr("Lectern could not save “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    else {
        ExportFolder::remember(path);
        Q_EMIT message(tr("Review saved to %1").arg(QDir::toNativeSeparators(path)));
    }
}

void ReviewController::exportAnnotations()
{
    if (!m_view)
        return;
    Core::ArticleDocument *document = m_view->articleDocument();
    QString filter;
    const QString base = QFileInfo(document->filePath()).completeBaseName();
    const QString jsonld = tr("W3C Web Annotations (*.jsonld)");
    const QString csv = tr("CSV (*.csv)");
    const QString md = tr("Markdown report (*.md)");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"),
                                                      ExportFolder::suggest(base + QStringLiteral(".jsonld"), document->filePath()),
                                                      QStringList{jsonld, csv, md}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QList<Core::Annotation> annotations = document->annotations()->all();
    using Core::AnnotationExport::Format;
    const Format byName = Core::AnnotationExport::formatForPath(path);
    const Format format = filter == csv || byName == Format::Csv     ? Format::Csv
                          : filter == md || byName == Format::Markdown ? Format::Markdown
                                                                       : Format::WebAnnotations;
    const QByteArray bytes
        = Core::AnnotationExport::exportAs(format, document->article(), annotations, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        warnPlainText(m_window, tr("Cannot export annotations"),
                             tr("Lectern could not write “%1”.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    else {
        ExportFolder::remember(path);
        Q_EMIT message(tr("%n annotation(s) exported to %1", nullptr, int(annotations.size()))
                           .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace Lectern::Gui
