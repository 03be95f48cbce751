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
class ReaderPanels;

// Editorial review in the main window: the Annotations and Undo History docks, Add Comment,
// Undo/Redo over the current article's stack, the review state (draft / in review / approved),
// Save Review As… and Export Annotations…, and the entity corrections (EntityCorrectionMenu) from
// the panels, the article view and Review > Entity Corrections. The sessions (database links)
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

public Q_SLOTS:
    void addComment();
    void saveReviewAs();
    void exportAnnotations();

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
};

} // namespace Lectern::Gui
