// The reader's layout on a small screen (1024×700, issue 19): with every panel shown the article
// keeps a readable line (ArticleView::readableCharacters average characters of its font) and the
// side panels give way; dragging a panel wider never squeezes the article below it; names too
// long for a panel are elided in the middle with the whole name in the tool tip.
#include "articleview.h"
#include "elidingdelegate.h"
#include "entitypanel.h"
#include "handbuiltarticle.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "document/documentmanager.h"
#include "readerpanels.h"
#include "util/settings.h"

#include <QDockWidget>
#include <QHelpEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace Lectern;
using Core::EntityKind;

namespace {

const QString kLongName = QStringLiteral("Trần Lưu Quang Nguyễn Hoàng Minh Đức Phương");
const QString kLongFigure = QStringLiteral("1.200 lao động");

Test::HandBuiltArticle article()
{
    Test::HandBuiltArticle a(QStringLiteral(LECTERN_TEST_DATA "/review/song-xanh.txt"));
    a.add(EntityKind::Person, kLongName, {a.mention(QStringLiteral("Trần Minh Đức"))},
          {QStringLiteral("Giám đốc Công ty Cổ phần Sông Xanh")});
    a.add(EntityKind::Person, QStringLiteral("Lê Thị Hoa"), {a.mention(QStringLiteral("Lê Thị Hoa"))});
    a.add(EntityKind::Organization, QStringLiteral("Công ty Cổ phần Sông Xanh"),
          {a.mention(QStringLiteral("Công ty Cổ phần Sông Xanh"))});
    a.add(EntityKind::Place, QStringLiteral("Bình Lâm"), {a.mention(QStringLiteral("Bình Lâm"))});
    a.addMetric(Core::MetricKind::Count, 1200, kLongFigure, QStringLiteral("lao động"));
    return a;
}

// The width of a line of the article's body text.
int lineWidth(const Gui::ArticleView *view)
{
    return view->viewport()->width() - 2 * int(view->document()->documentMargin());
}

int readableWidth(const Gui::ArticleView *view)
{
    return Gui::ArticleView::readableCharacters * QFontMetrics(view->document()->defaultFont()).averageCharWidth();
}

} // namespace

class TestReaderLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Gui::LanguageManager> m_languages;

    std::unique_ptr<Gui::MainWindow> openWindow(const QString &language)
    {
        m_languages->apply(language);
        const Test::HandBuiltArticle a = article();
        if (!a.ok()) {
            qWarning("%s", qPrintable(a.error()));
            return nullptr;
        }
        auto window = std::make_unique<Gui::MainWindow>(m_languages.get());
        window->resize(1024, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            dock->show();
        Core::DocumentManager::OpenOptions options;
        options.databasePath = Core::Settings().databasePath();
        if (!window->documents()->openLoaded(a.result(), options) || !window->currentView())
            return nullptr;
        QCoreApplication::processEvents();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readerlayout"));
        QVERIFY(m_dir.isValid());
        Core::Settings settings;
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("review.sqlite")));
        settings.setWindowGeometry({});
        settings.setWindowState({});
        settings.setAuthorName(QStringLiteral("Lan"));
        m_languages = std::make_unique<Gui::LanguageManager>();
    }

    void articleKeepsAReadableWidth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("vi") << QStringLiteral("vi");
    }

    void articleKeepsAReadableWidth()
    {
        QFETCH(QString, language);
        auto window = openWindow(language);
        QVERIFY(window);
        Gui::ArticleView *view = window->currentView();
        QVERIFY2(lineWidth(view) >= readableWidth(view),
                 qPrintable(QStringLiteral("a line is %1 px, %2 characters need %3 px")
                                .arg(lineWidth(view)).arg(Gui::ArticleView::readableCharacters).arg(readableWidth(view))));
        // The window still fits the screen it was sized for.
        QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));

        // A panel dragged as wide as it goes: the article keeps its line, the panels give way.
        QDockWidget *people = window->panels()->dock(EntityKind::Person);
        QDockWidget *metrics = window->panels()->dock(EntityKind::Metric);
        window->resizeDocks({people, metrics}, {900, 900}, Qt::Horizontal);
        QCoreApplication::processEvents();
        QVERIFY(lineWidth(view) >= readableWidth(view));
        QVERIFY(window->width() <= 1024);
    }

    void longNamesAreElidedInTheMiddle()
    {
        auto window = openWindow(QStringLiteral("en"));
        QVERIFY(window);
        Gui::EntityPanel *panel = window->panels()->panel(EntityKind::Person);
        QTreeView *list = panel->view();
        QModelIndex cell;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->index(row, 0).data().toString() == kLongName)
                cell = list->model()->index(row, 0);
        QVERIFY(cell.isValid());
        list->scrollTo(cell);
        const QRect rect = list->visualRect(cell);
        QVERIFY(!rect.isEmpty());
        // Drawn elided in the middle: the start and the end of the name stay.
        QCOMPARE(list->textElideMode(), Qt::ElideMiddle);
        const QString shown = Gui::ElidingDelegate::shownText(kLongName, list->font(), rect.width());
        QVERIFY2(shown != kLongName, qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("…")));
        QVERIFY(shown.startsWith(kLongName.left(2)));
        QVERIFY(shown.endsWith(kLongName.right(2)));

        // Hovering it: the whole name.
        QHelpEvent help(QEvent::ToolTip, rect.center(), list->viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(list->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(kLongName), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // A figure the Metrics list cannot show whole: its tool tip starts with it.
        QTreeView *figures = window->panels()->panel(EntityKind::Metric)->view();
        const QModelIndex figure = figures->model()->index(0, 0);
        QCOMPARE(figure.data().toString(), kLongFigure);
        const QString tip = Gui::ElidingDelegate::toolTip(figure, figures->font(), 20);
        QVERIFY2(tip.contains(QStringLiteral("<b>") + kLongFigure + QStringLiteral("</b>")), qPrintable(tip));
        // Shown whole: the model's own tool tip only.
        QCOMPARE(Gui::ElidingDelegate::toolTip(figure, figures->font(), 1000), figure.data(Qt::ToolTipRole).toString());
    }
};

QTEST_MAIN(TestReaderLayout)
#include "tst_readerlayout.moc"
