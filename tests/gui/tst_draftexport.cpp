// File > Export Review to Word… (to OpenDocument for an .odt): offered only for articles opened
// from a draft, writes the draft with the review as comments; the draft's own comments open as
// annotations and Article Info shows what the import did (tracked changes).
#include "../core/officefixtures.h"

#include "actionregistry.h"
#include "document/articledocument.h"
#include "articleview.h"
#include "import/articleimporter.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "review/anchoring.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Lectern;

class TestDraftExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the fixture");
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_draftexport"));
        QVERIFY(m_dir.isValid());
        Core::Settings().setDatabasePath(m_dir.filePath(QStringLiteral("review.sqlite")));
    }

    void exportIntoTheDraft()
    {
        const QString draft = write(QStringLiteral("bai-viet.odt"), OfficeFixtures::richOdt());
        const QString text = write(QStringLiteral("tin.txt"), QByteArray("Tin ngắn\n\nSáng nay UBND tỉnh họp.\n"));
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        window.show();
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        QAction *action = window.actions()->action(QStringLiteral("file.exportReviewToDraft"));
        QVERIFY(action);

        window.openFile(text);
        QVERIFY(opened.wait(10000));
        QVERIFY(!action->isEnabled());

        window.openFile(draft);
        QVERIFY(opened.wait(10000));
        Core::ArticleDocument *document = window.currentView()->articleDocument();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("Export Review to &OpenDocument…"));
        // The draft's comment is an annotation; Article Info says the tracked changes were accepted.
        QCOMPARE(document->annotations()->size(), 1);
        QCOMPARE(document->annotations()->all().first().anchor.exact, QStringLiteral("250 đại biểu"));
        bool notes = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            notes = notes || label->text().contains(QStringLiteral("1 insertions accepted, 1 deletions dropped"));
        QVERIFY(notes);

        // A new comment, then the export (the save dialog answered as a user would).
        const QString body = document->text();
        const qsizetype at = body.indexOf(QStringLiteral("Chủ tịch UBND tỉnh"));
        Core::Annotation a = Core::Annotation::create(Core::Anchoring::anchorAt(body, at, at + 18), QStringLiteral("Lan"));
        a.comment = QStringLiteral("Chức danh đầy đủ?");
        document->undoStack()->push(document->makeAddCommand(a));
        const QString out = m_dir.filePath(QStringLiteral("bai-viet-review.odt"));
        QTimer::singleShot(300, this, [out] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QFileDialog *>(w)) {
                    dialog->selectFile(out);
                    QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
                }
        });
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("bai-viet-review.odt")));

        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Core::ImportResult back = Core::ArticleImporter::importBytes(f.readAll(), out);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.comments.size(), 2);
        QCOMPARE(back.comments.last().author, QStringLiteral("Lan"));
        QCOMPARE(back.article->text().mid(back.comments.last().start,
                                          back.comments.last().end - back.comments.last().start),
                 QStringLiteral("Chủ tịch UBND tỉnh"));
    }
};

QTEST_MAIN(TestDraftExport)
#include "tst_draftexport.moc"
