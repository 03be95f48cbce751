// Issue 19: one unambiguous way to show dates (the month as a word, the full year, 24-hour time)
// in the reader's byline, Article Info, the library and the printout, in the interface language;
// switching the language at run time re-formats the dates already on screen.
#include "articleinfopanel.h"
#include "articleview.h"
#include "document/documentmanager.h"
#include "handbuiltarticle.h"
#include "languagemanager.h"
#include "library/librarylistmodel.h"
#include "mainwindow.h"
#include "render/pdfexporter.h"
#include "util/datetext.h"
#include "util/settings.h"

#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;

namespace {
const QDateTime kPublished(QDate(2021, 12, 4), QTime(19, 21));
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kVietnamese(QLocale::Vietnamese, QLocale::Vietnam);
} // namespace

class TestDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dates"));
    }

    void formats_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en date and time") << kEnglish << true << QStringLiteral("4 December 2021, 19:21");
        QTest::newRow("en date") << kEnglish << false << QStringLiteral("4 December 2021");
        QTest::newRow("en-GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << true
                               << QStringLiteral("4 December 2021, 19:21");
        QTest::newRow("vi date and time") << kVietnamese << true << QStringLiteral("19:21, 4 tháng 12, 2021");
        QTest::newRow("vi date") << kVietnamese << false << QStringLiteral("4 tháng 12, 2021");
    }

    void formats()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, withTime);
        QFETCH(QString, expected);
        QCOMPARE(Core::DateText::format(kPublished, withTime, locale), expected);
        QVERIFY(!expected.contains(QStringLiteral("12/4"))); // never the US short form
    }

    void formatsTheLibrarysIsoText()
    {
        QCOMPARE(Core::DateText::formatIso(QStringLiteral("2021-12-04T19:21:00"), kEnglish),
                 QStringLiteral("4 December 2021, 19:21"));
        QCOMPARE(Core::DateText::formatIso(QStringLiteral("2021-12-04"), kVietnamese), QStringLiteral("4 tháng 12, 2021"));
        QCOMPARE(Core::DateText::formatIso(QStringLiteral("not a date"), kEnglish), QStringLiteral("not a date"));
        QCOMPARE(Core::DateText::format(QDateTime(), true, kEnglish), QString());
    }

    // The library's Date column: the stored ISO text, written as everywhere else.
    void libraryWritesDatesTheSameWay()
    {
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("vi"));
        Core::LibraryEntry withTime;
        withTime.published = QStringLiteral("2021-12-04T19:21:00");
        Core::LibraryEntry dateOnly;
        dateOnly.published = QStringLiteral("2021-12-04");
        Core::LibraryListModel model;
        model.setEntries({withTime, dateOnly});
        const int column = Core::LibraryListModel::Published;
        QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("19:21, 4 tháng 12, 2021"));
        QCOMPARE(model.index(1, column).data().toString(), QStringLiteral("4 tháng 12, 2021"));
        QCOMPARE(model.index(0, column).data(Core::LibraryListModel::SortRole).toString(), withTime.published); // sorts as stored
        languages.apply(QStringLiteral("en"));
        QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("4 December 2021, 19:21"));
    }

    // The printout writes the date as the screen does (it said "04/12/2021 19:21").
    void printoutAgreesWithTheScreen()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Gui::LanguageManager languages;
        QTemporaryDir dir;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("vi")}) {
            languages.apply(lang);
            Test::HandBuiltArticle article(QStringLiteral(LECTERN_TEST_DATA "/review/song-xanh.txt"));
            QVERIFY2(article.ok(), qPrintable(article.error()));
            Core::Article a = *article.result().import.article;
            a.published = kPublished;
            a.publishedHasTime = true;
            const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
            const Core::PdfExportResult r = Core::PdfExporter::exportPdf(
                pdf, Core::PdfExporter::defaultPageLayout(QPageSize::A4), a, {}, {}, {});
            QVERIFY2(r.ok, qPrintable(r.error));
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_C).simplified();
            const QString expected = Core::DateText::format(kPublished, true);
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text.left(300)));
            QVERIFY(!text.contains(QStringLiteral("04/12/2021")));
        }
        languages.apply(QStringLiteral("en"));
    }

    // The byline and Article Info show the same text, and follow a language switch at once.
    void languageSwitchReformatsDatesOnScreen()
    {
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Test::HandBuiltArticle article(QStringLiteral(LECTERN_TEST_DATA "/review/song-xanh.txt"));
        QVERIFY2(article.ok(), qPrintable(article.error()));
        Core::LoadResult loaded = article.result();
        loaded.import.article->published = kPublished;
        loaded.import.article->publishedHasTime = true;

        Gui::MainWindow window(&languages);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Core::DocumentManager::OpenOptions options;
        QTemporaryDir store; // a fresh review database each run: nothing left from the last one
        options.databasePath = store.filePath(QStringLiteral("review.sqlite"));
        QVERIFY(window.documents()->openLoaded(loaded, options));
        Gui::ArticleView *view = window.currentView();
        QVERIFY(view);
        auto *info = window.findChild<Gui::ArticleInfoPanel *>();
        QVERIFY(info);
        auto *date = info->findChild<QLabel *>(QStringLiteral("infoValue1"));
        QVERIFY(date);

        const QString english = QStringLiteral("4 December 2021, 19:21");
        QCOMPARE(date->text(), english);
        QVERIFY2(view->toPlainText().contains(english), qPrintable(view->toPlainText().left(200)));

        languages.apply(QStringLiteral("vi"));
        QCoreApplication::processEvents();
        const QString vietnamese = QStringLiteral("19:21, 4 tháng 12, 2021");
        QCOMPARE(date->text(), vietnamese);
        QVERIFY2(view->toPlainText().contains(vietnamese), qPrintable(view->toPlainText().left(200)));

        languages.apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(date->text(), english);
        QVERIFY(view->toPlainText().contains(english));
    }
};

QTEST_MAIN(TestDates)
#include "tst_dates.moc"
