#include "themes.h"

#include "actionregistry.h"
#include "util/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

#include <functional>

namespace Lectern::Gui {

namespace Themes {

namespace {

QString g_systemStyle;
Theme g_current = Theme::System;

const QList<QPair<Theme, QString>> &ids()
{
    static const QList<QPair<Theme, QString>> list = {
        {Theme::System, QStringLiteral("system")}, {Theme::Light, QStringLiteral("light")}, {Theme::Dark, QStringLiteral("dark")}};
    return list;
}

// The same colour in every group, then the disabled group's own: without them a disabled menu
// item or button is drawn in the enabled text colour and reads as available.
void setAll(QPalette &p, QPalette::ColorRole role, const QColor &colour)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        p.setColor(group, role, colour);
}

} // namespace

QString id(Theme theme)
{
    for (const auto &[t, name] : ids())
        if (t == theme)
            return name;
    return ids().first().second;
}

Theme fromId(const QString &name)
{
    for (const auto &[t, known] : ids())
        if (known == name)
            return t;
    return Theme::System;
}

void captureSystemStyle()
{
    if (g_systemStyle.isEmpty() && QApplication::style())
        g_systemStyle = QApplication::style()->name();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x6e, 0x70, 0x75);
    setAll(p, QPalette::Window, window);
    setAll(p, QPalette::WindowText, text);
    setAll(p, QPalette::Base, base);
    setAll(p, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    setAll(p, QPalette::Text, text);
    setAll(p, QPalette::Button, QColor(0x34, 0x36, 0x3b));
    setAll(p, QPalette::ButtonText, text);
    setAll(p, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    setAll(p, QPalette::Light, QColor(0x48, 0x4b, 0x51));
    setAll(p, QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    setAll(p, QPalette::Mid, QColor(0x24, 0x25, 0x28));
    setAll(p, QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    setAll(p, QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    setAll(p, QPalette::ToolTipBase, base);
    setAll(p, QPalette::ToolTipText, text);
    setAll(p, QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    setAll(p, QPalette::HighlightedText, Qt::white);
    setAll(p, QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    setAll(p, QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    setAll(p, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::HighlightedText, QPalette::PlaceholderText, QPalette::ToolTipText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(Qt::lightGray);
    delete fusion;
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

void apply(Theme theme)
{
    captureSystemStyle();
    g_current = theme;
    if (theme == Theme::System) {
        if (!g_systemStyle.isEmpty() && QApplication::style()->name() != g_systemStyle)
            QApplication::setStyle(g_systemStyle);
        // A palette that sets nothing: the style's and the desktop's colours again.
        QApplication::setPalette(QPalette());
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme current() { return g_current; }

} // namespace Themes

ThemeMenu::ThemeMenu(ActionRegistry *actions, QWidget *parent)
    : QMenu(parent)
    , m_actions(actions)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuTheme"));
    using Themes::Theme;
    const QList<QPair<Theme, std::function<QString()>>> entries = {
        {Theme::System, [] { return tr("&System"); }},
        {Theme::Light, [] { return tr("&Light"); }},
        {Theme::Dark, [] { return tr("&Dark"); }}};
    for (const auto &[theme, text] : entries) {
        QAction *a = actions->add(QStringLiteral("view.theme.") + Themes::id(theme), text);
        a->setCheckable(true);
        a->setChecked(theme == Themes::current());
        m_group->addAction(a);
        addAction(a);
        const Theme t = theme;
        connect(a, &QAction::triggered, this, [this, t] { choose(t); });
    }
    retranslate();
}

void ThemeMenu::choose(Themes::Theme theme)
{
    Themes::apply(theme);
    Core::Settings settings;
    settings.setTheme(Themes::id(theme));
    settings.sync();
}

void ThemeMenu::retranslate()
{
    setTitle(tr("&Theme"));
}

void ThemeMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Lectern::Gui
