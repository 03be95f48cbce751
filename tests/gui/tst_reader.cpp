// The reader: panels over the document, selection sync, mention cycling, category toggles,
// diacritic-insensitive filter and find. The document is built by hand so the test checks the
// reader, not the extractor.
#include "actionregistry.h"
#include "document/articleloader.h"
#include "articleview.h"
#include "document/documentmanager.h"
#include "entitypanel.h"
#include "findbar.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "readerpanels.h"
#include "review/anchoring.h"
#include "review/annotationcommand.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Lectern;
using Core::EntityKind;

namespace {

Core::Span spanOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    return {at, at + needle.size()};
}

Core::LoadResult fixture()
{
    Core::Article a;
    a.title = QStringLiteral("Hội nghị tổng kết năm của Thành ủy");
    a.blocks = {
        {Core::Block::Kind::Paragraph,
         QStringLiteral("Sáng 6/1, đồng chí Trần Lưu Quang, Bí thư Thành ủy, chủ trì hội nghị với 120 đại biểu.")},
        {Core::Block::Kind::Paragraph,
         QStringLiteral("Bà Ngô Thị Hạnh, Giám đốc Sở Tài chính, báo cáo thu ngân sách tăng 12,5%.")},
        {Core::Block::Kind::Paragraph,
         QStringLiteral("Kết luận hội nghị, đồng chí Trần Lưu Quang đề nghị Sở Tài chính rà soát.")},
    };
    const QString text = a.text();
    Core::ExtractionResult r;
    Core::Entity quang{Core::EntityKind::Person, QStringLiteral("Trần Lưu Quang"), {}, {QStringLiteral("Bí thư Thành ủy")}, {}, {}};
    quang.mentions = {{spanOf(text, QStringLiteral("Trần Lưu Quang"), 0), QStringLiteral("Trần Lưu Quang")},
                      {spanOf(text, QStringLiteral("Trần Lưu Quang"), 1), QStringLiteral("Trần Lưu Quang")}};
    Core::Entity hanh{Core::EntityKind::Person, QStringLiteral("Ngô Thị Hạnh"), {}, {QStringLiteral("Giám đốc Sở Tài chính")}, {}, {}};
    hanh.mentions = {{spanOf(text, QStringLiteral("Ngô Thị Hạnh")), QStringLiteral("Ngô Thị Hạnh")}};
    Core::Entity so{Core::EntityKind::Organization, QStringLiteral("Sở Tài chính"), {}, {}, {}, {}};
    so.mentions = {{spanOf(text, QStringLiteral("Sở Tài chính"), 0), QStringLiteral("Sở Tài chính")},
                   {spanOf(text, QStringLiteral("Sở Tài chính"), 1), QStringLiteral("Sở Tài chính")}};
    r.people = {quang, hanh};
    r.organizations = {so};
    Core::Metric pct;
    pct.kind = Core::MetricKind::Percent;
    pct.value = 12.5;
    pct.unit = QStringLiteral("%");
    pct.direction = QStringLiteral("tăng");
    pct.span = spanOf(text, QStringLiteral("12,5%"));
    pct.text = QStringLiteral("12,5%");
    r.metrics = {pct};
    Core::LoadResult result;
    result.path = QStringLiteral("fixture.txt");
    result.import = Core::ImportResult::success(a);
    result.entities = r;
    return result;
}

QString selectedText(Gui::ArticleView *view)
{
    return view->textCursor().selectedText();
}

bool hasHighlightAt(Gui::ArticleView *view, qsizetype bodyOffset)
{
    const int pos = view->built().toDocumentPosition(bodyOffset);
    QTextCursor c(view->document());
    c.setPosition(pos + 1);
    return c.charFormat().underlineStyle() != QTextCharFormat::NoUnderline;
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT
    Gui::LanguageManager *m_languages = nullptr;
    Gui::MainWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reader"));
        for (EntityKind c : Core::allEntityKinds())
            Core::Settings().setCategoryVisible(Core::entityKindId(c), true);
    }

    void init()
    {
        m_languages = new Gui::LanguageManager;
        m_languages->apply(QStringLiteral("en"));
        m_window = new Gui::MainWindow(m_languages);
        m_window->show();
        m_window->documents()->openLoaded(fixture(), {});
        QVERIFY(m_window->currentView());
    }

    void cleanup()
    {
        delete m_window;
        delete m_languages;
    }

    void panelsAreFilled()
    {
        auto *people = m_window->panels()->panel(EntityKind::Person);
        QCOMPARE(people->view()->model()->rowCount(), 2);
        QCOMPARE(people->view()->model()->index(0, 0).data().toString(), QStringLiteral("Trần Lưu Quang"));
        QCOMPARE(people->view()->model()->index(0, 1).data().toString(), QStringLiteral("Bí thư Thành ủy"));
        QCOMPARE(people->view()->model()->index(0, 2).data().toInt(), 2);
        QCOMPARE(m_window->panels()->panel(EntityKind::Organization)->view()->model()->rowCount(), 1);
        auto *metrics = m_window->panels()->panel(EntityKind::Metric)->view()->model();
        QCOMPARE(metrics->rowCount(), 1);
        QCOMPARE(metrics->index(0, 0).data().toString(), QStringLiteral("12,5%"));
        QCOMPARE(metrics->index(0, 2).data().toString(), QStringLiteral("12.5%"));
    }

    void clickingAPersonSelectsTheName()
    {
        auto *people = m_window->panels()->panel(EntityKind::Person);
        const QModelIndex hanh = people->view()->model()->index(1, 0);
        const QRect rect = people->view()->visualRect(hanh);
        QTest::mouseClick(people->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(selectedText(m_window->currentView()), QStringLiteral("Ngô Thị Hạnh"));
    }

    void f3CyclesMentions()
    {
        auto *people = m_window->panels()->panel(EntityKind::Person);
        people->view()->setCurrentIndex(people->view()->model()->index(0, 0));
        Gui::ArticleView *view = m_window->currentView();
        const QString text = view->articleDocument()->text();
        QCOMPARE(view->selectedBodySpan(), spanOf(text, QStringLiteral("Trần Lưu Quang"), 0));
        QAction *next = m_window->actions()->action(QStringLiteral("view.nextMention"));
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F3));
        next->trigger();
        QCOMPARE(view->selectedBodySpan(), spanOf(text, QStringLiteral("Trần Lưu Quang"), 1));
        next->trigger(); // wraps around
        QCOMPARE(view->selectedBodySpan(), spanOf(text, QStringLiteral("Trần Lưu Quang"), 0));
        m_window->actions()->action(QStringLiteral("view.previousMention"))->trigger();
        QCOMPARE(view->selectedBodySpan(), spanOf(text, QStringLiteral("Trần Lưu Quang"), 1));
    }

    void aJumpPutsTheMentionInTheMiddle()
    {
        // Issue 19: a mention far down a long article is shown in the middle of the view, not on
        // its bottom edge, whether reached from the panel or with F3.
        Core::Article a;
        a.title = QStringLiteral("Bài dài");
        for (int i = 0; i < 150; ++i)
            a.blocks.append({Core::Block::Kind::Paragraph,
                             QStringLiteral("Đoạn %1: hội nghị bàn về kế hoạch phát triển kinh tế xã hội của tỉnh.").arg(i)});
        a.blocks[100].text = QStringLiteral("Đồng chí Lê Văn Bình phát biểu tại hội nghị.");
        a.blocks[120].text = QStringLiteral("Kết luận, đồng chí Lê Văn Bình đề nghị các sở rà soát.");
        const QString text = a.text();
        Core::Entity binh{Core::EntityKind::Person, QStringLiteral("Lê Văn Bình"), {}, {}, {}, {}};
        binh.mentions = {{spanOf(text, QStringLiteral("Lê Văn Bình"), 0), QStringLiteral("Lê Văn Bình")},
                         {spanOf(text, QStringLiteral("Lê Văn Bình"), 1), QStringLiteral("Lê Văn Bình")}};
        Core::LoadResult result;
        result.path = QStringLiteral("long.txt");
        result.import = Core::ImportResult::success(a);
        result.entities.people = {binh};
        m_window->resize(1000, 700);
        m_window->documents()->openLoaded(result, {});
        Gui::ArticleView *view = m_window->currentView();
        QCOMPARE(view->articleDocument()->text(), text);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        auto inTheMiddle = [view](const Core::Span &span) {
            QTextCursor c(view->document());
            c.setPosition(view->built().toDocumentPosition(span.start));
            const int y = view->cursorRect(c).center().y();
            const int h = view->viewport()->height();
            return y > h * 2 / 5 && y < h * 3 / 5;
        };
        auto *people = m_window->panels()->panel(EntityKind::Person);
        people->view()->setCurrentIndex(people->view()->model()->index(0, 0));
        QCOMPARE(view->selectedBodySpan(), binh.mentions.at(0).span);
        QVERIFY(inTheMiddle(binh.mentions.at(0).span));
        m_window->actions()->action(QStringLiteral("view.nextMention"))->trigger();
        QCOMPARE(view->selectedBodySpan(), binh.mentions.at(1).span);
        QVERIFY(inTheMiddle(binh.mentions.at(1).span));
    }

    void clickingAHighlightSelectsItsEntry()
    {
        Gui::ArticleView *view = m_window->currentView();
        QSignalSpy clicked(view, &Gui::ArticleView::entityClicked);
        const QString text = view->articleDocument()->text();
        const Core::Span span = spanOf(text, QStringLiteral("Sở Tài chính"), 1);
        QTextCursor c(view->document());
        c.setPosition(view->built().toDocumentPosition(span.start + 2));
        const QPoint point = view->cursorRect(c).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(clicked.size(), 1);
        auto *orgs = m_window->panels()->panel(EntityKind::Organization);
        QCOMPARE(orgs->currentEntity(), 0);
        // Selecting the entry from the text does not move the text selection (no loop).
        QVERIFY(!view->textCursor().hasSelection());
    }

    void togglingACategoryRemovesItsHighlights()
    {
        Gui::ArticleView *view = m_window->currentView();
        const QString text = view->articleDocument()->text();
        const qsizetype person = spanOf(text, QStringLiteral("Ngô Thị Hạnh")).start;
        const qsizetype org = spanOf(text, QStringLiteral("Sở Tài chính")).start;
        QVERIFY(hasHighlightAt(view, person));
        QAction *toggle = m_window->actions()->action(QStringLiteral("view.highlight.person"));
        toggle->trigger();
        QVERIFY(!hasHighlightAt(view, person));
        QVERIFY(hasHighlightAt(view, org));
        QVERIFY(!Core::Settings().categoryVisible(QStringLiteral("person")));
        toggle->trigger();
        QVERIFY(hasHighlightAt(view, person));
    }

    void filterIgnoresDiacritics()
    {
        auto *people = m_window->panels()->panel(EntityKind::Person);
        people->filterEdit()->setText(QStringLiteral("tran luu quang"));
        QCOMPARE(people->view()->model()->rowCount(), 1);
        QCOMPARE(people->view()->model()->index(0, 0).data().toString(), QStringLiteral("Trần Lưu Quang"));
        people->filterEdit()->setText(QStringLiteral("giam doc so tai chinh")); // matches a role
        QCOMPARE(people->view()->model()->rowCount(), 1);
        QCOMPARE(people->view()->model()->index(0, 0).data().toString(), QStringLiteral("Ngô Thị Hạnh"));
    }

    void findIgnoresDiacritics()
    {
        m_window->actions()->action(QStringLiteral("edit.find"))->trigger();
        Gui::FindBar *bar = m_window->findBar();
        QVERIFY(bar->isVisible());
        bar->queryEdit()->setText(QStringLiteral("tran luu quang"));
        QCOMPARE(selectedText(m_window->currentView()), QStringLiteral("Trần Lưu Quang"));
        QVERIFY(bar->findNext());
        const QString text = m_window->currentView()->articleDocument()->text();
        QCOMPARE(m_window->currentView()->selectedBodySpan(), spanOf(text, QStringLiteral("Trần Lưu Quang"), 1));
        bar->setIgnoreDiacritics(false);
        bar->queryEdit()->setText(QStringLiteral("tran luu quang"));
        QVERIFY(!bar->findNext());
    }

    void tooltipDescribesTheEntity()
    {
        Gui::ArticleView *view = m_window->currentView();
        const QString text = view->articleDocument()->text();
        const QString tip = view->toolTipAt(spanOf(text, QStringLiteral("Trần Lưu Quang")).start + 1);
        QVERIFY(tip.contains(QStringLiteral("Trần Lưu Quang")));
        QVERIFY(tip.contains(QStringLiteral("Bí thư Thành ủy")));
        QVERIFY(view->toolTipAt(spanOf(text, QStringLiteral("12,5%")).start).contains(QStringLiteral("12.5%")));
        QVERIFY(view->toolTipAt(0).isEmpty());
    }

    void tooltipShowsTheCommentThenTheEntity()
    {
        // Issue 19: hovering a commented name shows the comment (first) and the entity.
        Gui::ArticleView *view = m_window->currentView();
        Core::ArticleDocument *document = view->articleDocument();
        const QString text = document->text();
        const Core::Span name = spanOf(text, QStringLiteral("Trần Lưu Quang"));
        Core::Annotation a = Core::Annotation::create(Core::Anchoring::anchorAt(text, name.start, name.end + 10),
                                                      QStringLiteral("Lê <Thu> Hà"));
        a.comment = QStringLiteral("Kiểm tra chức danh\nvới Văn phòng");
        document->undoStack()->push(document->makeAddCommand(a));
        const QString tip = view->toolTipAt(name.start + 1);
        QVERIFY2(tip.contains(QStringLiteral("Kiểm tra chức danh")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Lê &lt;Thu&gt; Hà"))); // shown, never run as markup
        QVERIFY(tip.contains(QStringLiteral("Bí thư Thành ủy")));
        QVERIFY(tip.indexOf(QStringLiteral("Kiểm tra")) < tip.indexOf(QStringLiteral("Bí thư Thành ủy")));
        // Past the name, still inside the comment: the comment alone.
        const QString after = view->toolTipAt(name.end + 3);
        QVERIFY(after.contains(QStringLiteral("Kiểm tra chức danh")));
        QVERIFY(!after.contains(QStringLiteral("Bí thư Thành ủy")));
        document->undoStack()->undo();
        QVERIFY(!view->toolTipAt(name.start + 1).contains(QStringLiteral("Kiểm tra")));
    }

    void zoomIsRemembered()
    {
        Gui::ArticleView *view = m_window->currentView();
        const int before = view->zoomSteps();
        m_window->actions()->action(QStringLiteral("view.zoomIn"))->trigger();
        QCOMPARE(view->zoomSteps(), before + 1);
        QCOMPARE(Core::Settings().zoomSteps(), before + 1);
        m_window->actions()->action(QStringLiteral("view.zoomReset"))->trigger();
        QCOMPARE(view->zoomSteps(), 0);
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
