// Find in article (issue 19): every match is highlighted, and a new search starts where the
// reader is (the cursor on screen, else the first visible line), not back at the top.
#include "articleview.h"
#include "document/articleloader.h"
#include "document/documentmanager.h"
#include "findbar.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;

namespace {

constexpr int kParagraphs = 200;

// A long article: every paragraph names Hà Nội once, so match i is in paragraph i.
Core::LoadResult longArticle()
{
    Core::Article a;
    a.title = QStringLiteral("Tin dài");
    for (int i = 0; i < kParagraphs; ++i)
        a.blocks.append({Core::Block::Kind::Paragraph,
                         QStringLiteral("Đoạn %1: phóng viên tại Hà Nội ghi nhận thêm một ngày bận rộn của thành phố.").arg(i + 1)});
    Core::LoadResult result;
    result.path = QStringLiteral("long.txt");
    result.import = Core::ImportResult::success(a);
    return result;
}

bool visible(Gui::ArticleView *view)
{
    return view->viewport()->rect().intersects(view->cursorRect(view->textCursor()));
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT
    Gui::LanguageManager *m_languages = nullptr;
    Gui::MainWindow *m_window = nullptr;

    Gui::ArticleView *view() const { return m_window->currentView(); }
    QString status() const { return m_window->findBar()->findChild<QLabel *>(QStringLiteral("findStatus"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_findbar"));
    }

    void init()
    {
        m_languages = new Gui::LanguageManager;
        m_languages->apply(QStringLiteral("en"));
        m_window = new Gui::MainWindow(m_languages);
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->documents()->openLoaded(longArticle(), {});
        QVERIFY(view());
    }

    void cleanup()
    {
        delete m_window;
        delete m_languages;
    }

    void highlightsEveryMatch()
    {
        Gui::FindBar *bar = m_window->findBar();
        bar->activate();
        bar->queryEdit()->setText(QStringLiteral("ha noi"));
        QCOMPARE(bar->matchCount(), kParagraphs);
        const QList<QTextEdit::ExtraSelection> marks = view()->extraSelections();
        QCOMPARE(marks.size(), kParagraphs);
        for (const QTextEdit::ExtraSelection &mark : marks) {
            QCOMPARE(mark.cursor.selectedText(), QStringLiteral("Hà Nội"));
            QVERIFY(mark.format.background().style() != Qt::NoBrush);
        }
        // Typeset again (zoom): the highlights stay.
        view()->setZoomSteps(2);
        QCOMPARE(view()->extraSelections().size(), kParagraphs);
        QCOMPARE(view()->extraSelections().constFirst().cursor.selectedText(), QStringLiteral("Hà Nội"));
        // A query with no match, then closing the bar: no highlight left.
        bar->queryEdit()->setText(QStringLiteral("hai phong"));
        QVERIFY(view()->extraSelections().isEmpty());
        bar->queryEdit()->setText(QStringLiteral("ha noi"));
        QCOMPARE(view()->extraSelections().size(), kParagraphs);
        bar->hide();
        QVERIFY(view()->extraSelections().isEmpty());
    }

    void startsFromTheVisiblePartAfterCtrlEnd()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
        QScrollBar *bar = view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QVERIFY(bar->value() > bar->maximum() / 2); // the layout may still be growing below
        Gui::FindBar *find = m_window->findBar();
        find->activate();
        find->queryEdit()->setText(QStringLiteral("ha noi"));
        // The first match on screen at the end of the article, not "1 of 200" at the top.
        QVERIFY2(find->currentMatch() > kParagraphs / 2, qPrintable(status()));
        QVERIFY(status() != QStringLiteral("1 of %1").arg(kParagraphs));
        QCOMPARE(status(), QStringLiteral("%1 of %2").arg(find->currentMatch() + 1).arg(kParagraphs));
        QVERIFY(visible(view()));
        // Next and previous go on from there.
        const int at = find->currentMatch();
        QVERIFY(find->findPrevious());
        QCOMPARE(find->currentMatch(), at - 1);
    }

    void startsFromTheCursor()
    {
        const QString text = view()->articleDocument()->text();
        qsizetype middle = -1;
        for (int i = 0; i <= 120; ++i)
            middle = text.indexOf(QStringLiteral("Hà Nội"), middle + 1);
        const Core::Span span{middle, middle + 6};
        view()->selectBodySpan(span);
        Gui::FindBar *find = m_window->findBar();
        find->activate();
        find->queryEdit()->setText(QStringLiteral("ha noi"));
        QCOMPARE(find->currentMatch(), 120);
        QCOMPARE(view()->selectedBodySpan(), span);
        // Backwards from the cursor: the match before it.
        find->hide();
        find->activate();
        QVERIFY(find->findPrevious());
        QCOMPARE(find->currentMatch(), 119);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
