// Undo/redo of every annotation change through the document's undo stack.
#include "document/articledocument.h"
#include "review/anchoring.h"
#include "review/annotationcommand.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lectern::Core;

namespace {
const QString kText = QStringLiteral("Ông Phạm Quang Vinh làm việc với Sở Tài chính Bình Lâm.");

Entity entity(EntityKind type, const QString &name, const QString &text)
{
    Entity e;
    e.type = type;
    e.name = name;
    const qsizetype at = text.indexOf(name);
    e.mentions.append({Span{at, at + name.size()}, name});
    return e;
}
} // namespace

class TestAnnotationCommand : public QObject
{
    Q_OBJECT

    ArticleDocument *m_doc = nullptr;

    Annotation comment(const QString &quote)
    {
        const qsizetype at = kText.indexOf(quote);
        Annotation a = Annotation::create(Anchoring::anchorAt(kText, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
        a.comment = QStringLiteral("Kiểm tra");
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_doc = new ArticleDocument(this);
        Article article;
        article.blocks = {Block{Block::Kind::Paragraph, kText}};
        ExtractionResult r;
        r.people.append(entity(EntityKind::Person, QStringLiteral("Phạm Quang Vinh"), kText));
        r.organizations.append(entity(EntityKind::Organization, QStringLiteral("Bình Lâm"), kText));
        m_doc->setContent(article, r);
    }
    void cleanup() { delete m_doc; }

    void addUndoRedo()
    {
        QSignalSpy added(m_doc, &ArticleDocument::annotationAdded);
        QSignalSpy removed(m_doc, &ArticleDocument::annotationRemoved);
        const Annotation a = comment(QStringLiteral("Sở Tài chính"));
        m_doc->undoStack()->push(m_doc->makeAddCommand(a));
        QCOMPARE(m_doc->annotations()->all(), QList<Annotation>{a});
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toUuid(), a.id);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Add Comment"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->annotations()->size(), 0);
        QCOMPARE(removed.size(), 1);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->annotations()->all(), QList<Annotation>{a});
    }

    void editStatusReplyRemove_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("edit") << QStringLiteral("edit");
        QTest::newRow("resolve") << QStringLiteral("resolve");
        QTest::newRow("wontfix") << QStringLiteral("wontfix");
        QTest::newRow("reply") << QStringLiteral("reply");
        QTest::newRow("remove") << QStringLiteral("remove");
    }

    void editStatusReplyRemove()
    {
        QFETCH(QString, which);
        const AnnotationSet *set = m_doc->annotations();
        const Annotation a = comment(QStringLiteral("Sở Tài chính"));
        const Annotation other = comment(QStringLiteral("làm việc"));
        m_doc->undoStack()->push(m_doc->makeAddCommand(a));
        m_doc->undoStack()->push(m_doc->makeAddCommand(other));
        const QList<Annotation> before = set->all();

        AnnotationCommand *command = nullptr;
        if (which == QStringLiteral("edit")) {
            Annotation changed = a;
            changed.comment = QStringLiteral("Ghi chú mới\ncó hai dòng");
            changed.tags = {QStringLiteral("typo"), QStringLiteral("riêng")};
            command = m_doc->makeEditCommand(changed);
        } else if (which == QStringLiteral("resolve")) {
            command = m_doc->makeStatusCommand(a.id, Annotation::Status::Resolved);
        } else if (which == QStringLiteral("wontfix")) {
            command = m_doc->makeStatusCommand(a.id, Annotation::Status::WontFix);
        } else if (which == QStringLiteral("reply")) {
            command = m_doc->makeReplyCommand(a.id, {QUuid::createUuid(), QStringLiteral("B"), Annotation::now(),
                                                     QStringLiteral("Đã sửa")});
        } else {
            command = m_doc->makeRemoveCommand(a.id);
        }
        QVERIFY(command);
        m_doc->undoStack()->push(command);
        const QList<Annotation> after = set->all();
        QVERIFY(after != before);
        if (which == QStringLiteral("remove")) {
            QVERIFY(!set->find(a.id));
        } else {
            const Annotation *now = set->find(a.id);
            QVERIFY(now);
            QVERIFY(now->modified >= a.modified);
            if (which == QStringLiteral("resolve"))
                QCOMPARE(now->status, Annotation::Status::Resolved);
            if (which == QStringLiteral("wontfix"))
                QCOMPARE(now->status, Annotation::Status::WontFix);
            if (which == QStringLiteral("reply"))
                QCOMPARE(now->replies.size(), 1);
            if (which == QStringLiteral("edit"))
                QCOMPARE(now->tags, (QStringList{QStringLiteral("typo"), QStringLiteral("riêng")}));
        }
        m_doc->undoStack()->undo();
        QCOMPARE(set->all(), before);
        m_doc->undoStack()->redo();
        QCOMPARE(set->all(), after);
        QVERIFY(set->find(other.id)); // the other annotation is never touched
    }

    void unknownIdGivesNoCommand()
    {
        QVERIFY(!m_doc->makeRemoveCommand(QUuid::createUuid()));
        QVERIFY(!m_doc->makeStatusCommand(QUuid::createUuid(), Annotation::Status::Resolved));
    }

    void textOrderIsKept()
    {
        const Annotation late = comment(QStringLiteral("Bình Lâm"));
        const Annotation early = comment(QStringLiteral("Phạm Quang Vinh"));
        m_doc->undoStack()->push(m_doc->makeAddCommand(late));
        m_doc->undoStack()->push(m_doc->makeAddCommand(early));
        QCOMPARE(m_doc->annotations()->all().first().id, early.id);
    }

    void entityCorrections_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("organizations");
        QTest::addColumn<int>("places");
        QTest::newRow("reject") << int(EntityCorrection::Action::Reject) << 1 << 0 << 0;
        QTest::newRow("change type") << int(EntityCorrection::Action::ChangeType) << 1 << 0 << 1;
        QTest::newRow("verify") << int(EntityCorrection::Action::Verify) << 1 << 1 << 0;
        QTest::newRow("add missed") << int(EntityCorrection::Action::AddMissed) << 1 << 2 << 0;
    }

    void entityCorrections()
    {
        QFETCH(int, action);
        QFETCH(int, people);
        QFETCH(int, organizations);
        QFETCH(int, places);
        QSignalSpy changed(m_doc, &ArticleDocument::entitiesChanged);
        Annotation c = comment(action == int(EntityCorrection::Action::AddMissed) ? QStringLiteral("Sở Tài chính")
                                                                                  : QStringLiteral("Bình Lâm"));
        c.kind = Annotation::Kind::EntityCorrection;
        c.correction.action = EntityCorrection::Action(action);
        c.correction.type = EntityKind::Organization;
        c.correction.name = QStringLiteral("Bình Lâm");
        c.correction.newType = action == int(EntityCorrection::Action::AddMissed) ? EntityKind::Organization
                                                                                 : EntityKind::Place;
        c.correction.newName = QStringLiteral("Sở Tài chính");
        m_doc->undoStack()->push(m_doc->makeAddCommand(c));
        QVERIFY(m_doc->undoStack()->undoText().startsWith(QStringLiteral("Entity Correction")));
        QCOMPARE(m_doc->entities().people.size(), people);
        QCOMPARE(m_doc->entities().organizations.size(), organizations);
        QCOMPARE(m_doc->entities().places.size(), places);
        QCOMPARE(changed.size(), 1);
        // The extractor's own result is kept apart.
        QCOMPARE(m_doc->extractedEntities().organizations.size(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->entities().organizations.size(), 1);
        QCOMPARE(m_doc->entities().places.size(), 0);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->entities().places.size(), places);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCommand)
#include "tst_annotationcommand.moc"
