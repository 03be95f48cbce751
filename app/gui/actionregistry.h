#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QMenu;

namespace Lectern::Gui {

// All of the window's actions under stable string ids ("file.open", "view.zoomIn"…).
// Menus and toolbars are built from ids; texts are (re)applied by retranslate(), so a language
// switch at run time reaches every action.
class ActionRegistry final : public QObject
{
    Q_OBJECT
public:
    explicit ActionRegistry(QObject *parent = nullptr);

    // Creates an action. text is a function so retranslate() can call tr() again.
    QAction *add(const QString &id, std::function<QString()> text,
                 const QList<QKeySequence> &shortcuts = {}, const QString &iconName = {});
    QAction *action(const QString &id) const;
    QStringList ids() const { return m_order; }

    // Appends the listed actions to a menu; "-" adds a separator.
    void fill(QMenu *menu, const QStringList &ids) const;
    void retranslate();

private:
    QHash<QString, QAction *> m_actions;
    QHash<QString, std::function<QString()>> m_texts;
    QStringList m_order;
};

} // namespace Lectern::Gui
