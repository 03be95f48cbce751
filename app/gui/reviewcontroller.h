#pragma once

#include "review/reviewstate.h"

#include <QObject>
#include <QPointer>

class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace Lectern::Core {
class ArticleDocument;
class DocumentManager;
}

namespace Lectern::Gui {

class ActionRegistry;
class AnnotationsPanel;
class ArticleView;
class EntityCorrectionMenu;
class LiveReview;
class ReaderPanels;

// Editorial review in the main window: the Annotations and Undo History docks, Add Comment,
// Undo/Redo over the current article's stack, the review state (draft / in review / approved),
// Save Review As… and Export Annotations…, and the entity corrections (EntityCorrectionMenu) from
// the panels, the article view and Review > Entity Corrections; on a team server, the other
// editors' changes as they are announced (LiveReview). The sessions (database links)
// and the undo stacks belong to the DocumentManager; this shows them and reports their messages.
class ReviewController final : public QObject
{
    Q_OBJECT
public:
    ReviewController(QMainWindow *window, ActionRegistry *actions, Core::DocumentManager *documents);

    void setView(ArticleView *view);
    // The People / Organizations / Places / Metrics panels whose entries can be corrected.
    void setReaderPanels(ReaderPanels *panels);
    void fillEditMenu(QMenu *menu) const;   // undo, redo
    void fillReviewMenu(QMenu *menu) const; // add comment, entity corrections, states, export
    void addDocksToMenu(QMenu *menu) const;
    void retranslate();

    // "In review" etc. for the title bar; empty without an article.
    QString stateText() const;
    AnnotationsPanel *panel() const { return m_panel; }
    EntityCorrectionMenu *corrections() const { return m_corrections; }
    LiveReview *live() const { return m_live; }

public Q_SLOTS:
    void addComment();
    void saveReviewAs();
    void exportAnnotations();
    // Checks the team server of the settings, if one is chosen, asking for its password when
    // libpq has none; the outcome goes to message().
    void connectToTeamServer();

Q_SIGNALS:
    void stateChanged();
    void message(const QString &text);

private:
    void createActions();
    void connectDocuments();
    void changeState(Core::ReviewState state);
    void updateActions();

    QMainWindow *m_window;
    ActionRegistry *m_actions;
    Core::DocumentManager *m_documents;
    QPointer<ArticleView> m_view;
    QDockWidget *m_dock;
    QDockWidget *m_historyDock;
    AnnotationsPanel *m_panel;
    QActionGroup *m_stateGroup;
    EntityCorrectionMenu *m_corrections;
    LiveReview *m_live = nullptr;
};

} // namespace Lectern::Gui
