#pragma once

#include "article/entityref.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Lectern::Core {
class EntityListModel;
class MetricModel;
}

namespace Lectern::Gui {

class ActionRegistry;
class ArticleView;
class EntityPanel;

// The People, Organizations, Places and Metrics docks and their sync with the current view:
// choosing an entry selects its first mention, F3/Shift+F3 cycle mentions, clicking a highlight
// selects its entry. Also owns the highlight category toggles (View menu and toolbar, remembered).
// Entries can be chosen several at a time; the chosen ones and right clicks are signalled for the
// entity corrections (EntityCorrectionMenu, through ReviewController).
class ReaderPanels final : public QObject
{
    Q_OBJECT
public:
    ReaderPanels(QMainWindow *window, ActionRegistry *actions);

    void setView(ArticleView *view);
    void addToViewMenu(QMenu *menu) const;
    QToolBar *highlightToolBar() const { return m_toolBar; }
    EntityPanel *panel(Core::EntityKind category) const { return m_panels.value(int(category)); }
    QDockWidget *dock(Core::EntityKind category) const { return m_docks.value(int(category)); }
    Core::EntityRef current() const { return m_current; }
    void retranslate();

    // Categories whose highlights are switched off.
    QSet<Core::EntityKind> hiddenCategories() const;
    // Applies the remembered category visibility to a view.
    void applyVisibility(ArticleView *view) const;

    // Entity indices of the rows selected in a panel (several with Ctrl/Shift).
    QList<int> selectedEntries(Core::EntityKind category) const;

public Q_SLOTS:
    void nextMention();
    void previousMention();

Q_SIGNALS:
    // The entries chosen in a panel changed: its selection, or the entry gone to (entity indices).
    void entriesSelected(Lectern::Core::EntityKind category, const QList<int> &entries);
    // Right click (or the menu key) in a panel: the entries to correct and where to pop up.
    void entryContextMenuRequested(Lectern::Core::EntityKind category, const QList<int> &entries,
                                   const QPoint &globalPos);

private:
    void createDock(Core::EntityKind category);
    void activate(const Core::EntityRef &ref);
    void onEntityClicked(const Core::EntityRef &ref);
    void stepMention(int delta);
    void requestContextMenu(Core::EntityKind category, const QPoint &pos);

    QMainWindow *m_window;
    ActionRegistry *m_actions;
    QPointer<ArticleView> m_view;
    QHash<int, QDockWidget *> m_docks;
    QHash<int, EntityPanel *> m_panels;
    QHash<int, Core::EntityListModel *> m_entityModels;
    QHash<int, int> m_indexRoles;
    Core::MetricModel *m_metricModel = nullptr;
    QToolBar *m_toolBar = nullptr;
    Core::EntityRef m_current;
    int m_mention = -1;
};

} // namespace Lectern::Gui
