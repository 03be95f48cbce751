#include "actionregistry.h"

#include "icons.h"

#include <QAction>
#include <QIcon>
#include <QMenu>

namespace Lectern::Gui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
}

QAction *ActionRegistry::add(const QString &id, std::function<QString()> text,
                             const QList<QKeySequence> &shortcuts, const QString &iconName)
{
    Q_ASSERT(!m_actions.contains(id));
    auto *a = new QAction(this);
    a->setObjectName(id);
    a->setText(text());
    if (!shortcuts.isEmpty())
        a->setShortcuts(shortcuts);
    // The theme's icon, else Lectern's own (Icons::themed), so no action shows a blank square.
    if (const QString name = iconName.isEmpty() ? Icons::nameForAction(id) : iconName; !name.isEmpty())
        a->setIcon(Icons::themed(name));
    m_actions.insert(id, a);
    m_texts.insert(id, std::move(text));
    m_order.append(id);
    return a;
}

QAction *ActionRegistry::action(const QString &id) const
{
    QAction *a = m_actions.value(id);
    Q_ASSERT_X(a, "ActionRegistry::action", qPrintable(id));
    return a;
}

void ActionRegistry::fill(QMenu *menu, const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (id == QStringLiteral("-"))
            menu->addSeparator();
        else
            menu->addAction(action(id));
    }
}

void ActionRegistry::retranslate()
{
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        m_actions.value(it.key())->setText(it.value()());
}

} // namespace Lectern::Gui
