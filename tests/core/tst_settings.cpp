#include "util/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    void dataFolderIsNamedOnceAndPrivate()
    {
        // Organization and application share one name (as Lectern's do): the folder is not
        // named twice, data an older version kept in the doubled folder moves up, and the
        // folder and the settings file are the user's alone.
        const QString name = QStringLiteral("LecternDataTest");
        QCoreApplication::setOrganizationName(name);
        QCoreApplication::setApplicationName(name);
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString expected = base + QLatin1Char('/') + name;
        QDir(expected).removeRecursively();
        const QString legacy = expected + QLatin1Char('/') + name;
        QVERIFY(QDir().mkpath(legacy));
        for (const char *file : {"lectern.sqlite", "lectern.sqlite-wal", "user-gazetteer.txt"}) {
            QFile f(legacy + QLatin1Char('/') + QLatin1String(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file);
        }
        QString settingsFile;
        {
            Settings s;
            // As Preferences of an older version saved it.
            s.setDatabasePath(legacy + QStringLiteral("/lectern.sqlite"));
            QCOMPARE(s.databasePath(), expected + QStringLiteral("/lectern.sqlite"));
            s.setAuthorName(QStringLiteral("Lê Thu Hà"));
            settingsFile = s.fileName();
        }
        QFile moved(expected + QStringLiteral("/lectern.sqlite"));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray("lectern.sqlite"));
        QVERIFY(QFile::exists(expected + QStringLiteral("/lectern.sqlite-wal")));
        QVERIFY(QFile::exists(expected + QStringLiteral("/user-gazetteer.txt")));
        QVERIFY(!QFileInfo::exists(legacy));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(expected).permissions() & others, QFile::Permissions());
        QVERIFY(QFileInfo::exists(settingsFile));
        QCOMPARE(QFileInfo(settingsFile).permissions() & others, QFile::Permissions());
        QDir(expected).removeRecursively();
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
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
