#include "articleinfopanel.h"
#include "articleview.h"
#include "document/articledocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        Core::Settings().clearRecentFiles();
    }

    void opensAPlainTextFile()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        window.show();
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        const QString path = QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt");
        window.openFile(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.articleCount(), 1);
        Gui::ArticleView *view = window.currentView();
        QVERIFY(view);
        QVERIFY(view->isReadOnly());
        QVERIFY(view->toPlainText().contains(QStringLiteral("Viện Nghiên cứu Nông nghiệp")));
        QVERIFY(Core::Settings().recentFiles().first().endsWith(QStringLiteral("plain-utf8.txt")));
        // The Article info dock shows the file (elided in the middle when narrow: whole in the tooltip).
        auto *info = window.findChild<Gui::ArticleInfoPanel *>();
        QVERIFY(info);
        bool shown = false;
        for (QLabel *l : info->findChildren<QLabel *>())
            shown = shown || l->toolTip().endsWith(QStringLiteral("plain-utf8.txt"));
        QVERIFY(shown);
    }

    void secondArticleKeepsTheFirst()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt"));
        QVERIFY(opened.wait(10000));
        window.openSample();
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.articleCount(), 2);
    }

    void failureIsReportedNotCrashed()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        QSignalSpy failed(&window, &Gui::MainWindow::loadFailed);
        window.openFile(QStringLiteral(LECTERN_TEST_DATA "/foundation/missing.txt"),
                        Gui::MainWindow::LoadErrors::SignalOnly);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(window.articleCount(), 0);
    }

    void tabsOfTheSameTitleAreToldApart()
    {
        // Issue 19: three articles with one title (two of them in files of the same name):
        // each tab reads differently, and its tooltip gives the file's path.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray body = "Hội nghị tổng kết năm\n\nSáng 6/1, Thành ủy tổ chức hội nghị tổng kết công tác năm.\n";
        QStringList paths;
        for (const char *name : {"a/tin.txt", "b/tin.txt", "c/hoi-nghi.txt"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
            paths << path;
        }
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        for (const QString &path : std::as_const(paths)) {
            window.openFile(path, Gui::MainWindow::LoadErrors::SignalOnly);
            QVERIFY(opened.wait(10000));
        }
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QStringList labels;
        for (int i = 0; i < tabs->count(); ++i) {
            labels << tabs->tabText(i);
            QVERIFY2(labels.last().startsWith(QStringLiteral("Hội nghị tổng kết năm")), qPrintable(labels.last()));
            QVERIFY2(tabs->tabToolTip(i).contains(QDir::toNativeSeparators(paths.at(i))), qPrintable(tabs->tabToolTip(i)));
        }
        labels.removeDuplicates();
        QCOMPARE(labels.size(), 3);
        QVERIFY(tabs->tabText(2).contains(QStringLiteral("hoi-nghi.txt")));
    }

    void openDialogStartsInTheLastFolder()
    {
        // Issue 19: File > Open starts where the editor was last, never in a missing folder
        // (whose name the dialog would then type as the file name).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString last = dir.filePath(QStringLiteral("bai-viet"));
        QVERIFY(QDir().mkpath(last));
        Core::Settings().setLastOpenFolder(last);
        QCOMPARE(Gui::MainWindow::openDialogFolder(), last);
        QVERIFY(QDir(last).removeRecursively());
        const QString fallback = Gui::MainWindow::openDialogFolder();
        QVERIFY(fallback != last);
        QVERIFY2(QFileInfo(fallback).isDir(), qPrintable(fallback));
        Core::Settings().setLastOpenFolder({});
    }

    void longTitlesAreCutAtAWordWithAnEllipsis()
    {
        // Issue 19: a long title's tab was cut mid-word with nothing to say so ("… quý I: h").
        const QString title = QStringLiteral("Quảng Ninh sơ kết chuyển đổi số quý I: hơn 1.200 thủ tục hành chính");
        const QString tab = Gui::MainWindow::shortTabTitle(title);
        QVERIFY2(tab.endsWith(QChar(0x2026)), qPrintable(tab));
        QVERIFY(tab.size() <= 40);
        QVERIFY2(title.startsWith(tab.chopped(1)), qPrintable(tab));
        QVERIFY2(title.at(tab.size() - 1).isSpace() || title.at(tab.size() - 1).isPunct(), qPrintable(tab)); // a whole word
        QCOMPARE(Gui::MainWindow::shortTabTitle(QStringLiteral("Tin ngắn")), QStringLiteral("Tin ngắn"));
        const QString forty(40, QLatin1Char('x'));
        QCOMPARE(Gui::MainWindow::shortTabTitle(forty), forty);
        QCOMPARE(Gui::MainWindow::shortTabTitle(forty + QLatin1Char('y')).size(), 40);
    }

    void firstWindowFitsTheScreen()
    {
        // Issue 19: the first window is sized from the screen, not 1200×800 whatever it is.
        QCOMPARE(Gui::MainWindow::firstWindowSize(QRect(0, 0, 1920, 1040)), QSize(1200, 800));
        QCOMPARE(Gui::MainWindow::firstWindowSize(QRect(0, 0, 1024, 700)), QSize(921, 630));
        Core::Settings().setWindowGeometry({});
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(window.width()).arg(window.height())
                                .arg(available.width()).arg(available.height())));
    }

    void geometryAndDockStateAreRestored()
    {
        Gui::LanguageManager languages;
        QByteArray state;
        QSize size;
        {
            Gui::MainWindow window(&languages);
            window.resize(1010, 790);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            size = window.size(); // at least the docks' minimum
            QVERIFY(size != QSize(1200, 800)); // not the first-start default
            window.close();
            state = Core::Settings().windowState();
        }
        QVERIFY(!state.isEmpty());
        QVERIFY(!Core::Settings().windowGeometry().isEmpty());
        Gui::MainWindow again(&languages);
        QCOMPARE(again.size(), size);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
