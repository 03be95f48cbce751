// The Annotations panel and comment dialog driven as an editor would: add, edit (with a reply),
// resolve, filter, jump, delete and undo; orphans in their own section.
#include "annotationdialog.h"
#include "annotationspanel.h"
#include "document/articledocument.h"
#include "models/annotationmodel.h"
#include "review/anchoring.h"
#include "review/annotationcommand.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Lectern::Core;
using namespace Lectern::Gui;

namespace {
const QString kText = QStringLiteral("😀 Sáng 12/3, tỉnh Bình Lâm tổ chức hội nghị tổng kết. "
                                     "Tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5% so với cùng kỳ.");

QPushButton *button(QWidget *panel, const QString &text)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestAnnotationsPanel : public QObject
{
    Q_OBJECT

    ArticleDocument *m_doc = nullptr;
    AnnotationsPanel *m_panel = nullptr;

private Q_SLOTS:
    void init()
    {
        m_doc = new ArticleDocument(this);
        Article article;
        article.blocks = {Block{Block::Kind::Paragraph, kText}};
        m_doc->setContent(article, {});
        m_panel = new AnnotationsPanel;
        m_panel->setDocument(m_doc);
        m_panel->setAuthor(QStringLiteral("Lê Thu Hà"));
        m_panel->resize(700, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }

    void cleanup()
    {
        delete m_panel;
        delete m_doc;
    }

    // Issue 18: for a paged source (PDF) the panel shows the page each comment is on.
    void pageColumnForPagedArticles()
    {
        auto *view = m_panel->findChild<QTreeView *>(QStringLiteral("annotationsView"));
        QVERIFY(view->isColumnHidden(AnnotationModel::PageColumn)); // this article has no pages
        ArticleDocument paged;
        Article article;
        article.format = QStringLiteral("pdf");
        article.blocks = {Block{Block::Kind::Heading, QStringLiteral("Thông cáo"), 1},
                          Block{Block::Kind::Paragraph, kText, 3}};
        paged.setContent(article, {});
        m_panel->setDocument(&paged);
        QVERIFY(!view->isColumnHidden(AnnotationModel::PageColumn));
        const qsizetype start = paged.text().indexOf(QStringLiteral("4.250 tỷ đồng"));
        m_panel->addComment(start, start + 13);
        AnnotationDialog *dialog = m_panel->openDialog();
        QVERIFY(dialog);
        dialog->setComment(QStringLiteral("Nguồn?"));
        dialog->accept();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AnnotationModel::PageColumn).data().toInt(), 3);
        QCOMPARE(view->model()->headerData(AnnotationModel::PageColumn, Qt::Horizontal).toString(), QStringLiteral("Page"));
        m_panel->setDocument(m_doc);
        QVERIFY(view->isColumnHidden(AnnotationModel::PageColumn));
    }

    void addEditResolveDelete()
    {
        auto *counts = m_panel->findChild<QLabel *>(QStringLiteral("annotationCounts"));
        auto *view = m_panel->findChild<QTreeView *>(QStringLiteral("annotationsView"));
        QVERIFY(counts && view);

        // Add: select "4.250 tỷ đồng", open the dialog, type, tick tags, OK.
        const qsizetype start = kText.indexOf(QStringLiteral("4.250 tỷ đồng"));
        const qsizetype end = start + 13;
        m_panel->addComment(start, end);
        AnnotationDialog *dialog = m_panel->openDialog();
        QVERIFY(dialog);
        dialog->setComment(QStringLiteral("Số liệu này lấy từ đâu?\nCần nguồn."));
        dialog->setTags({QStringLiteral("fact-check"), QStringLiteral("số liệu tỉnh")});
        dialog->accept();
        QCOMPARE(m_doc->annotations()->size(), 1);
        const Annotation added = m_doc->annotations()->all().first();
        QCOMPARE(added.comment, QStringLiteral("Số liệu này lấy từ đâu?\nCần nguồn."));
        QCOMPARE(added.tags, (QStringList{QStringLiteral("fact-check"), QStringLiteral("số liệu tỉnh")}));
        QCOMPARE(added.author, QStringLiteral("Lê Thu Hà"));
        QCOMPARE(added.anchor.exact, QStringLiteral("4.250 tỷ đồng"));
        QCOMPARE(added.anchor.start, start - 1); // the emoji is one code point
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(counts->text().contains(QStringLiteral("Open: 1")));
        QCOMPARE(m_panel->currentAnnotation(), added.id);

        // Clicking the row jumps to the span (UTF-16 offsets of the view's text).
        QSignalSpy jumped(m_panel, &AnnotationsPanel::spanActivated);
        const QRect rect = view->visualRect(view->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(jumped.size(), 1);
        QCOMPARE(jumped.first().at(0).value<qsizetype>(), start);
        QCOMPARE(jumped.first().at(1).value<qsizetype>(), end);

        // Edit through the button, with a reply.
        QPushButton *edit = button(m_panel, QStringLiteral("Edit…"));
        QVERIFY(edit && edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        dialog = m_panel->openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->tags(), added.tags);
        dialog->setComment(QStringLiteral("Đã đối chiếu báo cáo của Sở."));
        dialog->setReplyText(QStringLiteral("Số liệu đúng."));
        dialog->accept();
        const Annotation *edited = m_doc->annotations()->find(added.id);
        QCOMPARE(edited->comment, QStringLiteral("Đã đối chiếu báo cáo của Sở."));
        QCOMPARE(edited->replies.size(), 1);
        QCOMPARE(edited->replies.first().author, QStringLiteral("Lê Thu Hà"));
        QCOMPARE(m_doc->undoStack()->count(), 2);

        // Resolve through the button; the counts follow.
        QPushButton *resolve = button(m_panel, QStringLiteral("Resolve"));
        QVERIFY(resolve);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QCOMPARE(m_doc->annotations()->find(added.id)->status, Annotation::Status::Resolved);
        QVERIFY(counts->text().contains(QStringLiteral("Open: 0")));
        QVERIFY(counts->text().contains(QStringLiteral("Resolved: 1")));
        QCOMPARE(resolve->text(), QStringLiteral("Reopen"));

        // Filters: text (diacritics-insensitive), status, tag.
        m_panel->setTextFilter(QStringLiteral("doi chieu"));
        QCOMPARE(m_panel->visibleCount(), 1);
        m_panel->setTextFilter(QStringLiteral("không có"));
        QCOMPARE(m_panel->visibleCount(), 0);
        m_panel->setTextFilter(QString());
        auto *status = m_panel->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(Annotation::Status::Open)));
        QCOMPARE(m_panel->visibleCount(), 0);
        status->setCurrentIndex(0);
        auto *tag = m_panel->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QVERIFY(tag->findData(QStringLiteral("số liệu tỉnh")) > 0);
        tag->setCurrentIndex(tag->findData(QStringLiteral("fact-check")));
        QCOMPARE(m_panel->visibleCount(), 1);
        tag->setCurrentIndex(0);

        // Delete, then undo brings it back exactly.
        QVERIFY(m_panel->selectAnnotation(added.id));
        const Annotation beforeDelete = *m_doc->annotations()->find(added.id);
        QTest::mouseClick(button(m_panel, QStringLiteral("Delete")), Qt::LeftButton);
        QCOMPARE(m_doc->annotations()->size(), 0);
        QCOMPARE(view->model()->rowCount(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(*m_doc->annotations()->find(added.id), beforeDelete);
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void cancelAddsNothing()
    {
        m_panel->addComment(0, 6);
        QVERIFY(m_panel->openDialog());
        m_panel->openDialog()->reject();
        QCOMPARE(m_doc->annotations()->size(), 0);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void orphansHaveTheirOwnSection()
    {
        const qsizetype at = kText.indexOf(QStringLiteral("hội nghị"));
        Annotation orphan = Annotation::create(Anchoring::anchorAt(kText, at, at + 8), QStringLiteral("B"));
        orphan.orphan = true;
        Annotation normal = Annotation::create(Anchoring::anchorAt(kText, 2, 6), QStringLiteral("B"));
        m_doc->undoStack()->push(m_doc->makeAddCommand(orphan));
        m_doc->undoStack()->push(m_doc->makeAddCommand(normal));
        auto *orphans = m_panel->findChild<QTreeView *>(QStringLiteral("orphansView"));
        QVERIFY(orphans->isVisible());
        QCOMPARE(orphans->model()->rowCount(), 1);
        QCOMPARE(m_panel->visibleCount(), 1);
        QVERIFY(orphans->model()->index(0, 0).data(AnnotationModel::ContextRole).toString().contains(QStringLiteral("[hội nghị]")));
        QSignalSpy reattach(m_panel, &AnnotationsPanel::reattachRequested);
        QVERIFY(m_panel->selectAnnotation(orphan.id));
        QPushButton *button = nullptr;
        for (QPushButton *b : m_panel->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Re-attach to Selection"))
                button = b;
        }
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(reattach.size(), 1);
        QCOMPARE(reattach.first().first().toUuid(), orphan.id);
    }
};

QTEST_MAIN(TestAnnotationsPanel)
#include "tst_annotationspanel.moc"
