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
class ReaderPanels final : public QObject
{
    Q_OBJECT
public:
    ReaderPanels(QMainWindow *window, ActionRegistry *actions);

    void setView(ArticleView *view);
    void addToViewMenu(QMenu *menu) const;
    QToolBar *highlightToolBar() const { return m_toolBar; }
    EntityPanel *panel(Core::HighlightCategory category) const { return m_panels.value(int(category)); }
    QDockWidget *dock(Core::HighlightCategory category) const { return m_docks.value(int(category)); }
    Core::EntityRef current() const { return m_current; }
    void retranslate();

    // Categories whose highlights are switched off.
    QSet<Core::HighlightCategory> hiddenCategories() const;
    // Applies the remembered category visibility to a view.
    void applyVisibility(ArticleView *view) const;

public Q_SLOTS:
    void nextMention();
    void previousMention();

private:
    void createDock(Core::HighlightCategory category);
    void activate(const Core::EntityRef &ref);
    void onEntityClicked(const Core::EntityRef &ref);
    void stepMention(int delta);

    QMainWindow *m_window;
    ActionRegistry *m_actions;
    QPointer<ArticleView> m_view;
    QHash<int, QDockWidget *> m_docks;
    QHash<int, EntityPanel *> m_panels;
    QHash<int, Core::EntityListModel *> m_entityModels;
    Core::MetricModel *m_metricModel = nullptr;
    QToolBar *m_toolBar = nullptr;
    Core::EntityRef m_current;
    int m_mention = -1;
};

} // namespace Lectern::Gui
