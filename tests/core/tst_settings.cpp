#include "util/settings.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern::Core;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }
    void init() { Settings().clearRecentFiles(); }

    void defaults()
    {
        Settings s;
        s.setLanguage(QString());
        QCOMPARE(s.language(), QString());
        QVERIFY(s.categoryVisible(QStringLiteral("never-set-category")));
        QVERIFY(s.databasePath().endsWith(QStringLiteral("lectern.sqlite")));
    }

    void roundTrip()
    {
        {
            Settings s;
            s.setLanguage(QStringLiteral("vi"));
            s.setZoomSteps(3);
            s.setCategoryVisible(QStringLiteral("metric"), false);
            s.setWindowGeometry(QByteArray("geometry-bytes"));
            s.setAuthorName(QStringLiteral("Lê Thu Hà"));
            s.sync();
        }
        Settings again;
        QCOMPARE(again.language(), QStringLiteral("vi"));
        QCOMPARE(again.zoomSteps(), 3);
        QVERIFY(!again.categoryVisible(QStringLiteral("metric")));
        QCOMPARE(again.windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(again.authorName(), QStringLiteral("Lê Thu Hà"));
    }

    void recentFilesAreDeduplicatedAndCapped()
    {
        Settings s;
        for (int i = 0; i < Settings::maxRecentFiles + 5; ++i)
            s.addRecentFile(QStringLiteral("/tmp/article-%1.txt").arg(i));
        s.addRecentFile(QStringLiteral("/tmp/article-3.txt"));
        const QStringList files = s.recentFiles();
        QCOMPARE(files.size(), Settings::maxRecentFiles);
        QCOMPARE(files.first(), QStringLiteral("/tmp/article-3.txt"));
        QCOMPARE(files.count(QStringLiteral("/tmp/article-3.txt")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
