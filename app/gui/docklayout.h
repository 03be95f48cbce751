#pragma once

class QDockWidget;
class QMainWindow;

namespace Lectern::Gui::DockLayout {

// The side panels give way before the article (issue 19). A panel whose controls need more width
// than a small screen leaves it (a row of filters in Vietnamese) would otherwise make the window
// wider than the screen or take the article's width: its content scrolls sideways instead, so a
// dock can be as narrow as the window needs while the article keeps its readable minimum (the
// central widget's minimum width, ArticleView::readableWidth()).
void letGiveWay(QDockWidget *dock);

// Every dock of the window: letGiveWay().
void letDocksGiveWay(QMainWindow *window);

// A first layout (no saved state): the article keeps articleWidth (its readable minimum); the docks
// on each side share the rest, each side its content's minimum width when there is room for it
// (more, up to a quarter of the window, when there is more), else half of it each.
void shareWidth(QMainWindow *window, int articleWidth);

} // namespace Lectern::Gui::DockLayout
