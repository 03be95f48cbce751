// Exports start in the folder the last export went to (issue 19), as File > Open starts in the
// last folder opened: the real save dialogs are answered while they are open.
#include "actionregistry.h"
#include "exportfolder.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Lectern;

namespace {

// Runs trigger(); the save dialog it opens is answered: accepted in the folder saveIn (under the
// name it suggests), or cancelled when saveIn is empty. Returns the folder the dialog showed when
// it opened.
QString answerSaveDialog(const std::function<void()> &trigger, const QString &saveIn)
{
    QString seen;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        seen = QFileInfo(dialog->directory().absolutePath()).canonicalFilePath();
        if (saveIn.isEmpty()) {
            dialog->reject();
        } else {
            // Another folder only (the dialog puts its suggested name back when its file system
            // model has read the first folder, so a name typed now may not stay).
            dialog->setDirectory(saveIn);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        }
    });
    poll.start();
    trigger();
    poll.stop();
    return seen;
}

QString canonical(const QString &path) { return QFileInfo(path).canonicalFilePath(); }

// The files of a folder with a suffix.
QStringList filesIn(const QString &folder, const QString &suffix)
{
    return QDir(folder).entryList({QStringLiteral("*.") + suffix}, QDir::Files);
}

} // namespace

class TestExportFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportfolder"));
        Core::Settings().setLastExportFolder(QString());
    }

    void exportsStartInTheLastExportFolder()
    {
        QTemporaryDir first, second;
        QVERIFY(first.isValid() && second.isValid());
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        window.show();
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        const QString article = QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt");
        window.openFile(article);
        QVERIFY(opened.wait(10000));
        QAction *pdf = window.actions()->action(QStringLiteral("file.exportPdf"));
        QAction *annotations = window.actions()->action(QStringLiteral("file.exportAnnotations"));
        QAction *review = window.actions()->action(QStringLiteral("file.saveReview"));

        // No export yet: the article's folder. The PDF goes elsewhere…
        QCOMPARE(answerSaveDialog([&] { pdf->trigger(); }, first.path()), canonical(QFileInfo(article).absolutePath()));
        QTRY_COMPARE(filesIn(first.path(), QStringLiteral("pdf")).size(), 1);
        QCOMPARE(canonical(Core::Settings().lastExportFolder()), canonical(first.path()));
        // …and the next exports, of any kind, start there.
        QCOMPARE(answerSaveDialog([&] { annotations->trigger(); }, QString()), canonical(first.path()));
        QCOMPARE(answerSaveDialog([&] { pdf->trigger(); }, QString()), canonical(first.path()));
        // A cancelled dialog changes nothing; a review saved elsewhere moves the start along.
        QCOMPARE(answerSaveDialog([&] { review->trigger(); }, second.path()), canonical(first.path()));
        QTRY_COMPARE(filesIn(second.path(), QStringLiteral("lectern-review")).size(), 1);
        QCOMPARE(answerSaveDialog([&] { pdf->trigger(); }, QString()), canonical(second.path()));
    }

    void aFolderThatIsGoneFallsBack()
    {
        QString gone;
        {
            QTemporaryDir dir;
            gone = dir.path();
            Gui::ExportFolder::remember(QDir(gone).filePath(QStringLiteral("x.pdf")));
        }
        QCOMPARE(Core::Settings().lastExportFolder(), gone);
        const QString article = QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt");
        QCOMPARE(canonical(Gui::ExportFolder::folder(article)), canonical(QFileInfo(article).absolutePath()));
        QVERIFY(QFileInfo(Gui::ExportFolder::folder()).isDir());
        QCOMPARE(QFileInfo(Gui::ExportFolder::suggest(QStringLiteral("a.pdf"), article)).fileName(), QStringLiteral("a.pdf"));
    }
};

QTEST_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
