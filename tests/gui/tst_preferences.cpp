// Preferences on the offscreen platform: the database location (saved on OK only), and the
// library's export, import and compaction run in the background with their outcome shown.
#include "languagemanager.h"
#include "library/librarystore.h"
#include "preferencesdialog.h"
#include "util/settings.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

const QString kSet = QStringLiteral(LECTERN_TEST_DATA "/library/set");

bool waitForJob(QSignalSpy &spy)
{
    return spy.size() > 0 || spy.wait(30000);
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        Core::LibraryStore store;
        QVERIFY(store.open(m_db));
        for (const QString &name : {QStringLiteral("ngan-sach-binh-lam.txt"), QStringLiteral("hoa-binh-lua.txt")})
            QCOMPARE(store.addFile(kSet + QLatin1Char('/') + name).outcome, Core::LibraryStore::AddOutcome::Added);
        Core::Settings settings;
        settings.setDatabasePath(m_db);
        settings.sync();
    }

    void showsTheDatabaseAndSavesANewLocationOnOkOnly()
    {
        Gui::LanguageManager languages;
        const QString other = m_dir.filePath(QStringLiteral("elsewhere.sqlite"));
        {
            Gui::PreferencesDialog dialog(&languages);
            QCOMPARE(dialog.databasePath(), m_db);
            dialog.setDatabasePath(other);
            dialog.reject();
        }
        QCOMPARE(Core::Settings().databasePath(), m_db);
        Gui::PreferencesDialog dialog(&languages);
        QSignalSpy changed(&dialog, &Gui::PreferencesDialog::databaseChanged);
        dialog.setDatabasePath(other);
        dialog.accept();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), other);
        QCOMPARE(Core::Settings().databasePath(), other);
        Core::Settings settings;
        settings.setDatabasePath(m_db);
        settings.sync();
    }

    void exportsAndImportsTheLibrary()
    {
        Gui::LanguageManager languages;
        const QString exported = m_dir.filePath(QStringLiteral("export.lectern-library"));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        {
            Gui::PreferencesDialog dialog(&languages);
            QSignalSpy finished(dialog.maintenance(), &Gui::LibraryMaintenance::finished);
            QVERIFY(dialog.exportLibraryTo(exported));
            // One job at a time; the buttons wait for it.
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("compactDatabaseButton"))->isEnabled());
            QVERIFY(!dialog.compactDatabase());
            QVERIFY(waitForJob(finished));
            QCOMPARE(finished.first().at(1).toBool(), true);
            QVERIFY(dialog.statusText().contains(QStringLiteral("export.lectern-library")));
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("compactDatabaseButton"))->isEnabled());
        }
        {
            Core::LibraryStore copy;
            QVERIFY(copy.open(exported));
            QCOMPARE(copy.articleCount(), 2);
        }
        Gui::PreferencesDialog dialog(&languages);
        dialog.setDatabasePath(fresh);
        QSignalSpy finished(dialog.maintenance(), &Gui::LibraryMaintenance::finished);
        QSignalSpy changed(&dialog, &Gui::PreferencesDialog::libraryChanged);
        QVERIFY(dialog.importLibraryFrom(exported));
        QVERIFY(waitForJob(finished));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("2 ")));
        Core::LibraryStore store;
        QVERIFY(store.open(fresh));
        QCOMPARE(store.articleCount(), 2);
        QCOMPARE(store.search(QStringLiteral("binh lam")).isEmpty(), false);
    }

    void importRefusesWhatIsNotALibrary()
    {
        Gui::LanguageManager languages;
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes, not a database\n");
        f.close();
        Gui::PreferencesDialog dialog(&languages);
        QSignalSpy finished(dialog.maintenance(), &Gui::LibraryMaintenance::finished);
        QSignalSpy changed(&dialog, &Gui::PreferencesDialog::libraryChanged);
        QVERIFY(dialog.importLibraryFrom(text));
        QVERIFY(waitForJob(finished));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(changed.size(), 0);
        QVERIFY(dialog.statusText().contains(QStringLiteral("notes.txt")));
        // The library in use is refused as its own import or export target.
        QVERIFY(!dialog.importLibraryFrom(m_db));
        QVERIFY(!dialog.exportLibraryTo(m_db));
        Core::LibraryStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.articleCount(), 2);
    }

    void compactsFromTheButton()
    {
        Gui::LanguageManager languages;
        Gui::PreferencesDialog dialog(&languages);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(dialog.maintenance(), &Gui::LibraryMaintenance::finished);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("compactDatabaseButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(waitForJob(finished));
        QCOMPARE(finished.first().at(0).value<Gui::LibraryMaintenance::Job>(), Gui::LibraryMaintenance::Job::Vacuum);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(dialog.statusText().contains(QStringLiteral("compacted")));
        QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());
        Core::LibraryStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.articleCount(), 2);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
