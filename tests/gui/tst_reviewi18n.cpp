// Issue 19, the review in a Vietnamese interface: built-in tags are stored by their stable ids and
// shown translated (dialog, filter, list); Qt's dialog buttons are translated; a comment made
// before the reviewer has a name asks for one once, and no annotation is stored without an author.
#include "annotationdialog.h"
#include "annotationspanel.h"
#include "document/articledocument.h"
#include "languagemanager.h"
#include "models/annotationmodel.h"
#include "review/anchoring.h"
#include "reviewernamedialog.h"
#include "util/settings.h"
#include "util/systemuser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;
using Core::Annotation;

namespace {
const QString kText = QStringLiteral("Sáng 12/3, tỉnh Bình Lâm tổ chức hội nghị tổng kết. Tổng vốn đầu tư đạt 4.250 tỷ đồng.");

QListWidgetItem *itemWithId(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    }
    return nullptr;
}
} // namespace

class TestReviewI18n : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages;
    Core::ArticleDocument *m_doc = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewi18n"));
    }

    void init()
    {
        m_languages.apply(QStringLiteral("vi"));
        m_doc = new Core::ArticleDocument(this);
        Core::Article article;
        article.blocks = {Core::Block{Core::Block::Kind::Paragraph, kText}};
        m_doc->setContent(article, {});
    }

    void cleanup()
    {
        delete m_doc;
        m_languages.apply(QStringLiteral("en"));
    }

    void tagsAreIdsShownTranslated()
    {
        QCOMPARE(Annotation::tagLabel(QStringLiteral("fact-check")), QStringLiteral("kiểm chứng"));
        QCOMPARE(Annotation::tagLabel(QStringLiteral("needs source")), QStringLiteral("cần nguồn"));
        QCOMPARE(Annotation::tagLabel(QStringLiteral("nhãn riêng")), QStringLiteral("nhãn riêng")); // custom: as is
        for (const QString &id : Annotation::builtinTags()) {
            QVERIFY2(Annotation::tagLabel(id) != id, qPrintable(id)); // every built-in is translated
            QCOMPARE(Annotation::tagId(Annotation::tagLabel(id)), id);
            QCOMPARE(Annotation::tagId(id.toUpper()), id); // stored English labels of any case map to the id
        }

        Gui::AnnotationDialog dialog;
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QListWidgetItem *factCheck = itemWithId(list, QStringLiteral("fact-check"));
        QVERIFY(factCheck);
        QCOMPARE(factCheck->text(), QStringLiteral("kiểm chứng"));
        factCheck->setCheckState(Qt::Checked);
        dialog.findChild<QLineEdit *>(QStringLiteral("customTagsEdit"))->setText(QStringLiteral("Cần nguồn, nhãn riêng"));
        QCOMPARE(dialog.tags(), (QStringList{QStringLiteral("fact-check"), QStringLiteral("needs source"), QStringLiteral("nhãn riêng")}));
        dialog.setTags({QStringLiteral("legal")});
        QCOMPARE(itemWithId(list, QStringLiteral("legal"))->checkState(), Qt::Checked);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("customTagsEdit"))->text(), QString());

        m_languages.apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(factCheck->text(), QStringLiteral("fact-check"));
    }

    void filterAndListShowLabelsAndFilterById()
    {
        Annotation a = Annotation::create(Core::Anchoring::anchorAt(m_doc->text(), 0, 4), QStringLiteral("Lê Thu Hà"));
        a.tags = {QStringLiteral("needs source"), QStringLiteral("nhãn riêng")};
        m_doc->undoStack()->push(m_doc->makeAddCommand(a));
        Gui::AnnotationsPanel panel;
        panel.setDocument(m_doc);
        auto *tags = panel.findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QVERIFY(tags);
        const int i = tags->findData(QStringLiteral("needs source"));
        QVERIFY(i > 0);
        QCOMPARE(tags->itemText(i), QStringLiteral("cần nguồn"));
        tags->setCurrentIndex(i);
        QCOMPARE(panel.visibleCount(), 1);
        const QModelIndex tagCell = panel.model()->index(0, Core::AnnotationModel::TagsColumn);
        QCOMPARE(tagCell.data().toString(), QStringLiteral("cần nguồn, nhãn riêng"));
        QCOMPARE(m_doc->annotations()->all().first().tags.first(), QStringLiteral("needs source")); // stored by id
    }

    void dialogButtonsAreTranslated()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
        QMessageBox message(QMessageBox::Question, QString(), QString(), QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(message.button(QMessageBox::No)->text(), QStringLiteral("&Không"));
    }

    void theFirstCommentAsksTheNameOnce()
    {
        Core::Settings().setAuthorName(QString());
        QVERIFY(!Core::Settings().authorNameChosen());
        Gui::AnnotationsPanel panel;
        panel.setDocument(m_doc);
        panel.setAuthor(QString()); // what ReviewController passes while no name is chosen
        panel.show();
        panel.addComment(0, 4);
        QVERIFY(!panel.openDialog()); // not before the name is known
        auto *ask = panel.findChild<Gui::ReviewerNameDialog *>();
        QVERIFY(ask);
        auto *edit = ask->findChild<QLineEdit *>(QStringLiteral("reviewerNameEdit"));
        QCOMPARE(edit->text(), Core::SystemUser::fullName());
        auto *ok = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        edit->setText(QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // never a blank name
        edit->setText(QStringLiteral(" Lê Thu Hà "));
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(Core::Settings().authorName(), QStringLiteral("Lê Thu Hà"));
        QVERIFY(Core::Settings().authorNameChosen());
        Gui::AnnotationDialog *comment = panel.openDialog();
        QVERIFY(comment);
        comment->setComment(QStringLiteral("Nguồn?"));
        comment->accept();
        QCOMPARE(m_doc->annotations()->all().first().author, QStringLiteral("Lê Thu Hà"));

        // The second comment does not ask again.
        QTRY_VERIFY(!panel.openDialog());
        panel.addComment(5, 9);
        QVERIFY(panel.openDialog());
        QCOMPARE(panel.findChildren<Gui::ReviewerNameDialog *>().size(), 0);
    }

    void noAnnotationIsStoredWithoutAnAuthor()
    {
        Core::Settings().setAuthorName(QStringLiteral("Lan"));
        Annotation a = Annotation::create(Core::Anchoring::anchorAt(m_doc->text(), 0, 4), QStringLiteral("  "));
        a.replies.append({QUuid::createUuid(), QString(), Annotation::now(), QStringLiteral("Đã kiểm tra.")});
        m_doc->undoStack()->push(m_doc->makeAddCommand(a));
        const Annotation stored = m_doc->annotations()->all().first();
        QCOMPARE(stored.author, QStringLiteral("Lan"));
        QCOMPARE(stored.replies.first().author, QStringLiteral("Lan"));
        Core::Settings().setAuthorName(QString());
        QVERIFY(!Core::Settings().authorName().trimmed().isEmpty()); // the fallback is never blank

        Gui::AnnotationsPanel panel;
        panel.setDocument(m_doc);
        auto *authors = panel.findChild<QComboBox *>(QStringLiteral("authorFilter"));
        for (int i = 0; i < authors->count(); ++i)
            QVERIFY2(!authors->itemText(i).trimmed().isEmpty(), qPrintable(QString::number(i)));
    }
};

QTEST_MAIN(TestReviewI18n)
#include "tst_reviewi18n.moc"
