#pragma once

#include <QMenu>
#include <QPalette>
#include <QString>

class QActionGroup;

namespace Lectern::Gui {

class ActionRegistry;

// View > Theme: the desktop's look (System), or Lectern's light or dark Fusion palette. Applied to
// the whole application at once (widgets repaint, the reader re-typesets its highlights).
namespace Themes {

enum class Theme { System, Light, Dark };

QString id(Theme theme);               // "system", "light", "dark": the settings' values
Theme fromId(const QString &id);       // unknown ids are System
// Remembers the style the application started with, so System can go back to it. Call once,
// after the QApplication exists and before the first apply().
void captureSystemStyle();
void apply(Theme theme);
Theme current();
QPalette darkPalette();
QPalette lightPalette();

} // namespace Themes

// The View > Theme submenu: System, Light, Dark as exclusive registry actions ("view.theme.*");
// choosing one applies it and remembers it in the settings.
class ThemeMenu final : public QMenu
{
    Q_OBJECT
public:
    ThemeMenu(ActionRegistry *actions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(Themes::Theme theme);

    ActionRegistry *m_actions;
    QActionGroup *m_group;
};

} // namespace Lectern::Gui
