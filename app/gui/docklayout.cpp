#include "docklayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QStyle>

namespace Lectern::Gui::DockLayout {

void letGiveWay(QDockWidget *dock)
{
    QWidget *content = dock->widget();
    if (!content || qobject_cast<QScrollArea *>(content))
        return;
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The scroll area's own minimum is small; the content keeps its own and scrolls below it.
    scroll->setMinimumWidth(80);
    dock->setWidget(scroll);
    scroll->setWidget(content);
    // The panel's accessible name and focus stay with the panel.
    scroll->setFocusProxy(content);
}

void letDocksGiveWay(QMainWindow *window)
{
    for (QDockWidget *dock : window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        letGiveWay(dock);
}

void shareWidth(QMainWindow *window, int articleWidth)
{
    // What each side's panels ask for (their content's minimum, before any scrolling).
    QList<QDockWidget *> sides[2];
    int need[2] = {0, 0};
    for (QDockWidget *dock : window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
        if (dock->isHidden() || (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea))
            continue;
        const int side = area == Qt::LeftDockWidgetArea ? 0 : 1;
        QWidget *content = dock->widget();
        if (auto *scroll = qobject_cast<QScrollArea *>(content); scroll && scroll->widget())
            content = scroll->widget();
        sides[side] << dock;
        need[side] = std::max(need[side], content ? content->minimumSizeHint().width() : 0);
    }
    // The article first; then each side its panels' minimum when both fit (what is left over
    // beyond that shared equally, up to a quarter of the window each); else half the room each.
    const int room = std::max(160, window->width() - articleWidth
                                       - 2 * window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent) - 8);
    const int used = int(!sides[0].isEmpty()) + int(!sides[1].isEmpty());
    int width[2] = {0, 0};
    if (need[0] + need[1] <= room) {
        const int extra = used > 0 ? (room - need[0] - need[1]) / used : 0;
        for (int side = 0; side < 2; ++side)
            width[side] = std::max(need[side], std::min(window->width() / 4, need[side] + extra));
    } else if (used == 1) {
        width[0] = width[1] = room;
    } else {
        // Not room for both: halves (a side that needs less than half gets half all the same,
        // its lists are the better for it; the other side scrolls).
        width[0] = width[1] = room / 2;
    }
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (int side = 0; side < 2; ++side) {
        for (QDockWidget *dock : std::as_const(sides[side])) {
            docks << dock;
            widths << std::max(width[side], 80);
        }
    }
    if (!docks.isEmpty())
        window->resizeDocks(docks, widths, Qt::Horizontal);
}

} // namespace Lectern::Gui::DockLayout
