// The reader's progressive open (issue 21): a long article's first screen is shown highlighted in
// its tab before the whole article is read, with no article action on it; the whole article then
// takes its place without moving the text; closing the tab meanwhile stops the load.
#include "actionregistry.h"
#include "articleview.h"
#include "document/articledocument.h"
#include "document/documentmanager.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFile>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QLayout>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

using namespace Lectern;

namespace {

// Paragraphs of the test article repeated, numbered so no two are the same, past `bytes`.
QByteArray longArticle(qsizetype bytes)
{
    QFile sample(QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> paragraphs = sample.readAll().split('\n');
    QByteArray out = paragraphs.first() + "\n\n";
    for (int i = 0; out.size() < bytes; ++i)
        for (const QByteArray &p : paragraphs.mid(1))
            if (!p.trimmed().isEmpty())
                out += QByteArray::number(i) + ". " + p + "\n\n";
    return out;
}

} // namespace

class TestProgressiveOpenWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_progressiveopen"));
        Core::Settings settings;
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("library.sqlite")));
        settings.setUseTaggerModel(false); // the rules alone: quick, and independent of the model
        m_path = m_dir.filePath(QStringLiteral("long.txt"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(longArticle(Core::DocumentManager::defaultProgressiveFromChars + 200 * 1024)) > 0);
    }

    void firstScreenThenTheWholeArticleInItsPlace()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
        QVERIFY(tabs);

        QPointer<Gui::ArticleView> first;
        bool noArticleMeanwhile = false;
        bool closable = false;
        int firstLength = 0;
        int scrolledTo = 0;
        int topPosition = -1;
        int firstWidth = -1;
        qreal firstY = 0;
        connect(tabs, &QTabWidget::currentChanged, this, [&] {
            auto *view = qobject_cast<Gui::ArticleView *>(tabs->currentWidget());
            if (!view || !view->isProvisional() || first)
                return;
            first = view;
            noArticleMeanwhile = !window.currentView() && window.articleCount() == 0
                && window.articleViews().isEmpty() && !window.documents()->currentDocument();
            closable = window.actions()->action(QStringLiteral("file.close"))->isEnabled();
            firstLength = int(view->toPlainText().size());
            // The reader scrolls the first screen (at its size in the window); the whole article
            // must keep that place.
            if (auto *stack = tabs->findChild<QStackedWidget *>())
                stack->layout()->activate();
            firstWidth = view->viewport()->width();
            QTextDocument *doc = view->document();
            doc->documentLayout()->blockBoundingRect(doc->lastBlock()); // lays it out
            QScrollBar *bar = view->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            scrolledTo = bar->value();
            topPosition = view->cursorForPosition(QPoint(40, 40)).position();
            firstY = doc->documentLayout()->blockBoundingRect(doc->findBlock(topPosition)).y();
        });
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(m_path);
        QVERIFY(opened.wait(60000));
        QVERIFY2(first, "no first screen was shown");
        QVERIFY(noArticleMeanwhile);
        QVERIFY(closable);
        QVERIFY(scrolledTo > 0);

        // One tab: the whole article's view, in the first screen's place.
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(window.articleCount(), 1);
        Gui::ArticleView *view = window.currentView();
        QVERIFY(view && !view->isProvisional());
        QVERIFY(view != first.data());
        QVERIFY(view->toPlainText().size() > 3 * firstLength);
        QCOMPARE(window.documents()->currentDocument(), view->articleDocument());
        QVERIFY(!view->articleDocument()->entities().people.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return view->verticalScrollBar()->value() == scrolledTo; }, 5000));
        QCOMPARE(view->viewport()->width(), firstWidth);
        // The paragraph at the top of the viewport is at the same height in the whole article's
        // layout (laid out lazily by Qt: hit tests are not reliable before it is done).
        QTextDocument *doc = view->document();
        QCOMPARE(doc->documentLayout()->blockBoundingRect(doc->findBlock(topPosition)).y(), firstY);
        QVERIFY(QTest::qWaitFor([&] { return first.isNull(); }, 5000)); // the first screen is gone
    }

    void closingTheFirstScreenStopsTheLoad()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
        QVERIFY(tabs);
        bool closed = false;
        connect(tabs, &QTabWidget::currentChanged, this, [&] {
            auto *view = qobject_cast<Gui::ArticleView *>(tabs->currentWidget());
            if (view && view->isProvisional() && !closed) {
                closed = true;
                QTimer::singleShot(0, &window,
                                   [&window] { window.actions()->action(QStringLiteral("file.close"))->trigger(); });
            }
        });
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        QSignalSpy finished(window.documents(), &Core::DocumentManager::loadFinished);
        window.openFile(m_path);
        QVERIFY(finished.wait(60000));
        QVERIFY(closed);
        QTest::qWait(100);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(window.articleCount(), 0);
        QVERIFY(window.documents()->documents().isEmpty());
        QCOMPARE(tabs->count(), 1); // the welcome page again
        QVERIFY(!qobject_cast<Gui::ArticleView *>(tabs->widget(0)));
        QVERIFY(!window.actions()->action(QStringLiteral("file.close"))->isEnabled());

        // Another load of the same file is not affected by the cancelled one.
        window.openFile(m_path);
        QVERIFY(opened.wait(60000));
        QCOMPARE(window.articleCount(), 1);
    }
};

QTEST_MAIN(TestProgressiveOpenWindow)
#include "tst_progressiveopen.moc"
