// Review in the main window: a review file opens with its annotations and state; Add Comment
// needs a selection and opens the comment dialog on it; undo/redo follow the current article.
#include "actionregistry.h"
#include "annotationdialog.h"
#include "annotationspanel.h"
#include "document/articledocument.h"
#include "articleview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewfile.h"
#include "reviewcontroller.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace Lectern;

class TestReviewWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewwindow"));
        QVERIFY(m_dir.isValid());
        Core::Settings().setDatabasePath(m_dir.filePath(QStringLiteral("review.sqlite")));
    }

    void reviewFileOpensWithItsAnnotations()
    {
        Core::ReviewFile::Contents contents;
        contents.article.title = QStringLiteral("Đường ven biển hoàn thành trước hạn");
        contents.article.blocks = {{Core::Block::Kind::Paragraph,
                                    QStringLiteral("Ông Đặng Quốc Bảo cho biết tuyến đường dài 14,2 km.")}};
        contents.article.originalBytes = contents.article.text().toUtf8();
        const QString text = contents.article.text();
        const qsizetype at = text.indexOf(QStringLiteral("14,2 km"));
        Core::Annotation note = Core::Annotation::create(Core::Anchoring::anchorAt(text, at, at + 7), QStringLiteral("Lan"));
        note.comment = QStringLiteral("Kiểm tra lại chiều dài");
        note.tags = {QStringLiteral("figure")};
        contents.annotations = {note};
        contents.state = Core::ReviewState::InReview;
        const QString path = m_dir.filePath(QStringLiteral("ven-bien.lectern-review"));
        QString error;
        QVERIFY2(Core::ReviewFile::save(path, contents, &error), qPrintable(error));

        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(path);
        QVERIFY(opened.wait(10000));
        Core::ArticleDocument *document = window.currentView()->articleDocument();
        QCOMPARE(document->annotations()->size(), 1);
        QCOMPARE(document->annotations()->all().first().comment, note.comment);
        QVERIFY(window.windowTitle().contains(QStringLiteral("In review")));
        QCOMPARE(window.currentView()->annotationMarks().size(), 1);
        QCOMPARE(window.currentView()->annotationMarks().first().first, Core::Span({at, at + 7}));
    }

    void reviewFileNeverTakesOverAnotherArticlesAnnotation()
    {
        // The database already holds an annotation on another article...
        Core::Annotation mine;
        qint64 otherId = 0;
        {
            Core::AnnotationStore store;
            QVERIFY(store.open(Core::Settings().databasePath()));
            Core::Article other;
            other.title = QStringLiteral("Bài khác");
            other.blocks = {{Core::Block::Kind::Paragraph, QStringLiteral("Ông Lê Văn Hùng phát biểu tại hội nghị.")}};
            otherId = store.registerArticle(other)->id;
            mine = Core::Annotation::create(Core::Anchoring::anchorAt(other.text(), 4, 15), QStringLiteral("Minh"));
            mine.comment = QStringLiteral("Của tôi");
            mine.tags = {QStringLiteral("name/title")};
            mine.replies = {{QUuid::createUuid(), QStringLiteral("Lan"), Core::Annotation::now(), QStringLiteral("Đồng ý")}};
            QVERIFY(store.saveAnnotation(otherId, mine));
        }
        // ...and a review file from someone else carries an annotation with the same id.
        Core::ReviewFile::Contents contents;
        contents.article.title = QStringLiteral("Cầu mới thông xe");
        contents.article.blocks = {{Core::Block::Kind::Paragraph, QStringLiteral("Cây cầu dài 1,5 km thông xe sáng nay.")}};
        contents.article.originalBytes = contents.article.text().toUtf8();
        Core::Annotation theirs = Core::Annotation::create(Core::Anchoring::anchorAt(contents.article.text(), 14, 20),
                                                           QStringLiteral("Khách"));
        theirs.id = mine.id;
        theirs.comment = QStringLiteral("Của người khác");
        contents.annotations = {theirs};
        const QString path = m_dir.filePath(QStringLiteral("cau-moi.lectern-review"));
        QString error;
        QVERIFY2(Core::ReviewFile::save(path, contents, &error), qPrintable(error));

        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(path);
        QVERIFY(opened.wait(10000));
        const QList<Core::Annotation> shown = window.currentView()->articleDocument()->annotations()->all();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().comment, theirs.comment);
        QVERIFY(shown.first().id != mine.id);

        Core::AnnotationStore store;
        QVERIFY(store.open(Core::Settings().databasePath()));
        QCOMPARE(store.annotations(otherId), QList<Core::Annotation>{mine}); // not moved, not rewritten
    }

    void addCommentNeedsASelection()
    {
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt"),
                        Gui::MainWindow::LoadErrors::SignalOnly);
        QVERIFY(opened.wait(10000));
        QAction *add = window.actions()->action(QStringLiteral("review.addComment"));
        QVERIFY(add->isEnabled());
        add->trigger(); // no selection: nothing opens
        QVERIFY(!window.review()->panel()->openDialog());
        Gui::ArticleView *view = window.currentView();
        const QString text = view->articleDocument()->text();
        const qsizetype at = text.indexOf(QStringLiteral("Tạ Quang Vinh"));
        QVERIFY(at >= 0);
        view->selectBodySpan({at, at + 13});
        QTimer::singleShot(0, &window, [&window] {
            if (QDialog *dialog = window.review()->panel()->openDialog())
                dialog->reject();
        });
        add->trigger();
        QAction *undo = window.actions()->action(QStringLiteral("edit.undo"));
        QVERIFY(!undo->isEnabled()); // the dialog was cancelled: nothing to undo
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
