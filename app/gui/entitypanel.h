#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Lectern::Gui {

class EntityFilterProxy;

// One side panel (People, Organizations, Places or Metrics): a filter box, an order choice,
// a table over the panel's model and previous/next mention buttons.
// The model must provide the roles named in the constructor (see Core::EntityListModel).
class EntityPanel final : public QWidget
{
    Q_OBJECT
public:
    EntityPanel(QAbstractItemModel *model, int searchKeyRole, int firstOffsetRole, int countRole,
                int entityIndexRole, QWidget *parent = nullptr);

    // Selects the row of an entity without emitting entryActivated (text → panel sync).
    void selectEntity(int entityIndex);
    void clearSelection();
    int currentEntity() const; // -1 when none
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    // The user chose an entry (click, keyboard): the view should jump to its first mention.
    void entryActivated(int entityIndex);
    void nextMentionRequested();
    void previousMentionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();

    QAbstractItemModel *m_model;
    EntityFilterProxy *m_proxy;
    int m_entityIndexRole;
    QLineEdit *m_filter;
    QComboBox *m_order;
    QTreeView *m_view;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    bool m_syncing = false;
};

} // namespace Lectern::Gui
