#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void bundledTranslationsLoad()
    {
        for (const QString &code : Gui::LanguageManager::available())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/lectern_%1.qm").arg(code)), qPrintable(code));
    }

    void switchesAtRunTime()
    {
        Gui::LanguageManager languages;
        QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&File"));
        languages.apply(QStringLiteral("vi"));
        QCoreApplication::processEvents();
        QCOMPARE(file->title(), QStringLiteral("&Tệp"));
        languages.apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(file->title(), QStringLiteral("&File"));
    }

    void systemLocaleIsFollowed()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        // resolve("") asks the system locale, which the test cannot change portably; at least
        // an unknown code falls back to something bundled.
        QVERIFY(Gui::LanguageManager::available().contains(Gui::LanguageManager::resolve(QStringLiteral("xx"))));
        QCOMPARE(Gui::LanguageManager::resolve(QStringLiteral("vi")), QStringLiteral("vi"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
