#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Lectern::Gui {

// The delegate of the side panels' lists (people, organizations, places, metrics): a name too
// long for its column is elided in the middle ("Trần Lưu…Quang" keeps the given name an editor
// looks for) and its tool tip then starts with the whole name, before the model's own tool tip.
// Names are document data: the tool tip shows them literally.
class ElidingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ElidingDelegate(QObject *parent = nullptr);

    // What the cell shows at a width of text (the style's margins already taken off).
    static QString shownText(const QString &text, const QFont &font, int width);
    // The tool tip of a cell drawn at textWidth: the model's, with the whole text first when
    // the cell cannot show it whole.
    static QString toolTip(const QModelIndex &index, const QFont &font, int textWidth);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Keeps the name column of a panel's list readable when the panel is narrow: the columns after
// the first (roles, aliases, counts) take at most `share` of the width together, each squeezed in
// proportion, and the name column (stretched) keeps the rest. Installs itself on the view.
void keepFirstColumnReadable(QTreeView *view, double share = 0.45);

} // namespace Lectern::Gui
