#pragma once

#include "entitycorrectiontarget.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace Lectern::Core {
class ArticleDocument;
}

namespace Lectern::Gui {

class ActionRegistry;
class ArticleView;
class EntityCorrectionDialog;

// The editor's entity corrections (issue 6) as actions: Reject, Change Type, Rename, Merge With…,
// Merge (two or more selected entries), Split Alias Off…, Mark Verified, and Add as Person /
// Organization / Place / Metric for a text selection, plus the sticky "Apply to All Articles"
// choice. The actions live in the registry ("entity.*") and act on a target: the entries chosen
// in a panel or the highlight the context menu was opened on. They are offered in the panels'
// and the article view's context menus and in Review > Entity Corrections. Each decision goes
// through EntityCorrector (undoable, stored as a correction annotation).
class EntityCorrectionMenu final : public QObject
{
    Q_OBJECT
public:
    EntityCorrectionMenu(QWidget *window, ActionRegistry *actions, QObject *parent = nullptr);

    void setView(ArticleView *view);
    // Entries of one category (a panel selection, a clicked highlight); span -1: first mention.
    void setTarget(Core::EntityKind category, const QList<int> &entries, Core::Span span = {-1, -1});
    void clearTarget();
    const EntityCorrectionTarget &target() const { return m_target; }

    // The actions for the current target (and, in the article view, for its selection).
    void fillContextMenu(QMenu *menu, bool forSelection);
    // Opens the context menu of a panel at a global position for these entries (non-blocking).
    void showPanelMenu(Core::EntityKind category, const QList<int> &entries, const QPoint &globalPos);
    // Adds the entity entries for the highlight under bodyOffset and "Add as …" for a selection
    // to the article view's own context menu.
    void extendViewMenu(QMenu *menu, qsizetype bodyOffset);
    // Review > Entity Corrections: every action, acting on the current target and selection.
    void fillReviewMenu(QMenu *menu);
    void retranslate();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();
    Core::Span selection() const; // the view's selected body span, {-1, -1} when none
    bool applyToAll() const;      // the sticky "Apply to All Articles" choice
    // A decision about one entry of the target, with the sticky "apply to all" choice.
    Core::EntityCorrection decision(Core::EntityCorrection::Action action, int index) const;
    void commit(Core::ArticleDocument *document, const QList<Core::EntityCorrection> &corrections,
                const Core::Span &span);
    EntityCorrectionDialog *openDialog(bool enterName, const QString &title, const QString &prompt);

    void reject();
    void verify();
    void changeType(Core::EntityKind to);
    void rename();
    void mergeWith();
    void mergeSelected();
    void splitAlias();
    void addAs(Core::EntityKind type);

    QWidget *m_window;
    ActionRegistry *m_actions;
    QPointer<ArticleView> m_view;
    EntityCorrectionTarget m_target;
    QMenu *m_changeTypeMenu = nullptr; // in the Review menu
    QMenu *m_reviewMenu = nullptr;
};

} // namespace Lectern::Gui
