// The open tabs come back after a restart (issue 19): which files, in their order, each reader's
// scroll position and the current tab; files that are gone are skipped.
#include "articleview.h"
#include "document/articledocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "session.h"
#include "util/settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QString writeLongArticle(const QDir &dir, const QString &name, const QString &title)
{
    QString text = title + QStringLiteral("\n\n");
    for (int i = 0; i < 150; ++i)
        text += QStringLiteral("Đoạn %1 của bài, viết về một ngày ở Đà Nẵng với nhiều chi tiết.\n\n").arg(i + 1);
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
        Core::Settings().setOpenTabs({}, 0);
    }

    void tabsAndScrollPositionsComeBack()
    {
        QTemporaryDir dir;
        const QString a = writeLongArticle(QDir(dir.path()), QStringLiteral("a.txt"), QStringLiteral("Bài A"));
        const QString b = writeLongArticle(QDir(dir.path()), QStringLiteral("b.txt"), QStringLiteral("Bài B"));
        const QString c = writeLongArticle(QDir(dir.path()), QStringLiteral("c.txt"), QStringLiteral("Bài C"));
        Gui::LanguageManager languages;
        int scrollA = 0, scrollB = 0;
        {
            Gui::MainWindow window(&languages);
            auto *session = new Gui::Session(&window);
            Q_UNUSED(session);
            window.resize(1024, 700);
            window.show();
            QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
            for (const QString &path : {a, b, c}) {
                window.openFile(path);
                QVERIFY(opened.wait(10000));
            }
            // Each save (a tab opened) keeps the tabs in order.
            QCOMPARE(Core::Settings().openTabs().size(), 3);
            const QList<Gui::ArticleView *> views = window.articleViews();
            QCOMPARE(views.size(), 3);
            for (Gui::ArticleView *v : views)
                QTRY_VERIFY(v->verticalScrollBar()->maximum() > 1000);
            views.at(0)->verticalScrollBar()->setValue(400);
            views.at(1)->verticalScrollBar()->setValue(900);
            scrollA = views.at(0)->verticalScrollBar()->value();
            scrollB = views.at(1)->verticalScrollBar()->value();
            window.setCurrentView(views.at(1));
            window.close(); // saved here
        }
        const QList<Core::Settings::OpenTab> saved = Core::Settings().openTabs();
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(0).path, a);
        QCOMPARE(saved.at(1).path, b);
        QCOMPARE(saved.at(0).scroll, scrollA);
        QCOMPARE(saved.at(1).scroll, scrollB);
        QCOMPARE(Core::Settings().currentOpenTab(), 1);

        QFile::remove(c); // gone since: skipped
        Gui::MainWindow window(&languages);
        window.resize(1024, 700);
        window.show();
        auto *session = new Gui::Session(&window);
        QSignalSpy finished(session, &Gui::Session::finished);
        session->restore();
        QVERIFY(finished.wait(20000));
        const QList<Gui::ArticleView *> views = window.articleViews();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0)->articleDocument()->filePath(), a);
        QCOMPARE(views.at(1)->articleDocument()->filePath(), b);
        QCOMPARE(window.currentView(), views.at(1));
        QTRY_COMPARE(views.at(0)->verticalScrollBar()->value(), scrollA);
        QTRY_COMPARE(views.at(1)->verticalScrollBar()->value(), scrollB);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
