// Icons and themes (issue 19): with no icon theme at all (Windows, macOS, a minimal Linux
// desktop) every action of the window's menus and toolbars and every find-bar button still has an
// icon that draws something; View > Theme switches System / Light / Dark live and remembers it,
// and disabled items in the dark palette look disabled.
#include "actionregistry.h"
#include "findbar.h"
#include "icons.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "themes.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Lectern;

namespace {

// A blank square is all transparent or all one opaque colour: an icon draws some of both.
bool drawsSomething(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    if (image.isNull())
        return false;
    int opaque = 0, clear = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            (qAlpha(image.pixel(x, y)) > 128 ? opaque : clear) += 1;
    return opaque >= 12 && clear >= 12;
}

// The mean colour of an icon's opaque pixels.
QColor inkOf(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QRgb p = image.pixel(x, y); qAlpha(p) > 200) {
                r += qRed(p), g += qGreen(p), b += qBlue(p), ++n;
            }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

void collect(QMenu *menu, QList<QPair<QString, QAction *>> &out, const QString &path)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collect(a->menu(), out, path + QLatin1Char('>') + a->menu()->objectName());
            continue;
        }
        out.append({path, a});
    }
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { v /= 255.0; return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The brightest pixel of a menu item as drawn (its text, on the dark palette).
int brightestIn(const QImage &image, const QRect &rect)
{
    int best = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            best = std::max(best, qGray(image.pixel(x, y)));
    return best;
}

} // namespace

class TestIconsAndThemes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_iconsandthemes"));
        Core::Settings().setTheme(QStringLiteral("system"));
        // No icon theme whatsoever: what Windows and macOS give an application.
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("lectern-no-such-theme"));
        QIcon::setFallbackThemeName(QStringLiteral("lectern-no-such-theme"));
        Gui::Themes::captureSystemStyle();
    }

    void everyActionHasAnIconWithoutATheme()
    {
        QVERIFY(QIcon::fromTheme(QStringLiteral("go-down")).isNull()); // the premise
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        window.show();
        QList<QPair<QString, QAction *>> actions;
        for (QAction *top : window.menuBar()->actions())
            if (top->menu())
                collect(top->menu(), actions, top->menu()->objectName());
        // Toggles and radio items show their check mark; the recent-files placeholder is a label.
        QStringList missing;
        int checked = 0;
        for (const auto &[where, a] : std::as_const(actions)) {
            if (a->isCheckable())
                continue;
            if (!a->isEnabled() && a->text() == QStringLiteral("No recent files"))
                continue;
            ++checked;
            if (a->icon().isNull() || !drawsSomething(a->icon()) || !drawsSomething(a->icon(), QIcon::Disabled))
                missing << QStringLiteral("%1: %2 (%3)").arg(where, a->text(), a->objectName());
        }
        QVERIFY(checked >= 30);
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            for (QAction *a : bar->actions())
                if (!a->isSeparator() && (a->icon().isNull() || !drawsSomething(a->icon())))
                    missing << QStringLiteral("toolbar %1: %2 (%3)").arg(bar->objectName(), a->text(), a->objectName());
        for (QToolButton *b : window.findBar()->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
            if (b->icon().isNull() || !drawsSomething(b->icon()))
                missing << QStringLiteral("find bar: %1").arg(b->objectName());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    }

    void ownIconsFollowThePalette()
    {
        const QIcon icon = Gui::Icons::own(QStringLiteral("edit-find"));
        QVERIFY(!icon.isNull());
        Gui::Themes::apply(Gui::Themes::Theme::Light);
        const QColor lightInk = inkOf(icon, QIcon::Normal);
        Gui::Themes::apply(Gui::Themes::Theme::Dark);
        const QColor darkInk = inkOf(icon, QIcon::Normal);
        QVERIFY2(lightInk.lightness() < 100 && darkInk.lightness() > 180,
                 qPrintable(QStringLiteral("%1 %2").arg(lightInk.name(), darkInk.name())));
        // Disabled: the disabled text colour, clearly not the enabled one.
        QVERIFY(contrast(inkOf(icon, QIcon::Disabled), darkInk) > 2.0);
        Gui::Themes::apply(Gui::Themes::Theme::System);
    }

    void themeMenuSwitchesLiveAndRemembers()
    {
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        window.show();
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        QAction *dark = window.actions()->action(QStringLiteral("view.theme.dark"));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuTheme"))->actions().contains(dark));
        QVERIFY(window.actions()->action(QStringLiteral("view.theme.system"))->isChecked());
        dark->trigger();
        QVERIFY(dark->isChecked());
        QCOMPARE(Gui::Themes::current(), Gui::Themes::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 80); // applied live
        QCOMPARE(Core::Settings().theme(), QStringLiteral("dark"));

        // Disabled text is told from enabled text, and still readable on the window.
        const QPalette p = QApplication::palette();
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            const QColor enabled = p.color(QPalette::Active, role), disabled = p.color(QPalette::Disabled, role);
            QVERIFY2(contrast(enabled, disabled) >= 2.5, qPrintable(QString::number(int(role))));
            QVERIFY(contrast(disabled, p.color(QPalette::Window)) >= 2.0);
        }
        // As drawn: File > Print (disabled, no article) is much dimmer than File > Open.
        QMenu *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QAction *open = window.actions()->action(QStringLiteral("file.open"));
        QAction *print = window.actions()->action(QStringLiteral("file.print"));
        QVERIFY(open->isEnabled() && !print->isEnabled());
        file->ensurePolished();
        file->adjustSize();
        const QImage menu = file->grab().toImage();
        const QRect textArea = [&](QAction *a) {
            const QRect r = file->actionGeometry(a);
            return QRect(r.left() + r.width() / 6, r.top(), r.width() / 2, r.height());
        }(open);
        const int enabledInk = brightestIn(menu, textArea);
        const QRect printRect = file->actionGeometry(print);
        const int disabledInk = brightestIn(menu, QRect(printRect.left() + printRect.width() / 6, printRect.top(),
                                                        printRect.width() / 2, printRect.height()));
        QVERIFY2(enabledInk - disabledInk >= 60, qPrintable(QStringLiteral("%1 vs %2").arg(enabledInk).arg(disabledInk)));

        // Back to the system look, remembered too.
        window.actions()->action(QStringLiteral("view.theme.system"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(Core::Settings().theme(), QStringLiteral("system"));
        window.actions()->action(QStringLiteral("view.theme.light"))->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QCOMPARE(Core::Settings().theme(), QStringLiteral("light"));
        QCOMPARE(Gui::Themes::fromId(Core::Settings().theme()), Gui::Themes::Theme::Light);
        Gui::Themes::apply(Gui::Themes::Theme::System);
        Core::Settings().setTheme(QStringLiteral("system"));
    }
};

QTEST_MAIN(TestIconsAndThemes)
#include "tst_iconsandthemes.moc"
