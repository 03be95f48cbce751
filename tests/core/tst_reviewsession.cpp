// ReviewSession: document <-> database: persistence, re-anchoring of a new version, two windows.
#include "document/articledocument.h"
#include "document/articleloader.h"
#include "review/anchoring.h"
#include "review/annotationcommand.h"
#include "review/reviewfile.h"
#include "document/reviewsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TestReviewSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void load(ArticleDocument &doc, const QString &path)
    {
        const LoadResult r = loadArticle(path);
        QVERIFY(r.import.ok());
        doc.setContent(*r.import.article, r.entities);
    }

    static Annotation commentOn(const ArticleDocument &doc, const QString &quote, const QString &after = {})
    {
        const QString text = doc.text();
        const qsizetype at = text.indexOf(quote, after.isEmpty() ? 0 : text.indexOf(after));
        Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
        a.comment = QStringLiteral("Ghi chú: ") + quote;
        return a;
    }

    QString copyFixture(const char *name, const QString &as)
    {
        const QString target = m_dir.filePath(as);
        QFile::remove(target);
        QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/review/") + QString::fromLatin1(name), target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void persistsAndReanchorsNewVersion()
    {
        const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString file = copyFixture("binh-lam.txt", QStringLiteral("article.txt"));
        QUuid figureId, sentenceId, deletedId;
        {
            ArticleDocument doc;
            ReviewSession session(&doc);
            session.setPollInterval(0);
            QVERIFY2(session.openDatabase(db), qPrintable(session.errorString()));
            load(doc, file);
            QVERIFY(session.articleId() > 0);
            const Annotation figure = commentOn(doc, QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Theo báo cáo"));
            const Annotation sentence = commentOn(doc, QStringLiteral("Ông Phạm Quang Vinh, Chủ tịch UBND tỉnh"));
            const Annotation deleted = commentOn(doc, QStringLiteral("Số doanh nghiệp thành lập mới là 318"));
            figureId = figure.id;
            sentenceId = sentence.id;
            deletedId = deleted.id;
            for (const Annotation &a : {figure, sentence, deleted})
                doc.undoStack()->push(doc.makeAddCommand(a));
            doc.undoStack()->push(doc.makeStatusCommand(sentence.id, Annotation::Status::Resolved));
            QVERIFY(session.setReviewState(ReviewState::InReview));
            QCOMPARE(session.store()->annotations(session.articleId()).size(), 3);
            // Undo of the add removes it from the database too.
            doc.undoStack()->push(doc.makeAddCommand(commentOn(doc, QStringLiteral("hội nghị"))));
            QCOMPARE(session.store()->annotationCount(), 4);
            doc.undoStack()->undo();
            QCOMPARE(session.store()->annotationCount(), 3);
        }
        // The file changes on disk: same path, new text.
        QFile::remove(file);
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/review/binh-lam-v2.txt"), file));
        ArticleDocument doc;
        ReviewSession session(&doc);
        session.setPollInterval(0);
        QSignalSpy reanchored(&session, &ReviewSession::reanchored);
        QVERIFY(session.openDatabase(db));
        load(doc, file);
        QCOMPARE(reanchored.size(), 1);
        QCOMPARE(session.reviewState(), ReviewState::InReview);
        QCOMPARE(doc.annotations()->size(), 3);
        QHash<QUuid, Anchoring::Outcome> outcomes;
        for (const auto &e : session.lastReport())
            outcomes.insert(e.id, e.outcome);
        QCOMPARE(outcomes.value(figureId), Anchoring::Outcome::Changed);
        QCOMPARE(outcomes.value(sentenceId), Anchoring::Outcome::Moved);
        QCOMPARE(outcomes.value(deletedId), Anchoring::Outcome::Orphaned);
        QCOMPARE(doc.annotations()->find(figureId)->anchor.exact, QStringLiteral("4.520 tỷ đồng"));
        QVERIFY(doc.annotations()->find(deletedId)->orphan);
        QCOMPARE(doc.annotations()->find(sentenceId)->status, Annotation::Status::Resolved);
        // Stored anchors were updated: loading again reports nothing.
        QCOMPARE(session.store()->annotation(figureId)->anchor.exact, QStringLiteral("4.520 tỷ đồng"));
        QVERIFY(session.attach());
        QVERIFY(session.lastReport().isEmpty());

        // Re-attach the orphan to a new selection.
        const QString text = doc.text();
        const qsizetype at = text.indexOf(QStringLiteral("tăng 12,5%"));
        QVERIFY(session.reattach(deletedId, at, at + 10));
        QVERIFY(!doc.annotations()->find(deletedId)->orphan);
        QCOMPARE(session.store()->annotation(deletedId)->anchor.exact, QStringLiteral("tăng 12,5%"));
        QVERIFY(session.store()->checkIntegrity());
    }

    void twoWindowsSeeEachOther()
    {
        const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString file = copyFixture("binh-lam.txt", QStringLiteral("shared.txt"));
        ArticleDocument one, two;
        ReviewSession s1(&one), s2(&two);
        s1.setPollInterval(0);
        s2.setPollInterval(0);
        QVERIFY(s1.openDatabase(db));
        QVERIFY(s2.openDatabase(db));
        load(one, file);
        load(two, file);
        QCOMPARE(s1.articleId(), s2.articleId());

        const Annotation a = commentOn(one, QStringLiteral("hội nghị"));
        one.undoStack()->push(one.makeAddCommand(a));
        QSignalSpy applied(&s2, &ReviewSession::externalChangesApplied);
        QVERIFY(s2.syncFromDatabase());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(two.annotations()->all(), QList<Annotation>{a});
        QCOMPARE(two.undoStack()->count(), 0); // other windows' edits are not in this window's undo history
        QVERIFY(!s1.syncFromDatabase());      // its own write is not an outside change

        two.undoStack()->push(two.makeStatusCommand(a.id, Annotation::Status::Resolved));
        QVERIFY(s1.syncFromDatabase());
        QCOMPARE(one.annotations()->find(a.id)->status, Annotation::Status::Resolved);
        two.undoStack()->push(two.makeRemoveCommand(a.id));
        QVERIFY(s1.syncFromDatabase());
        QCOMPARE(one.annotations()->size(), 0);

        // Polling does it by itself.
        s2.setPollInterval(50);
        one.undoStack()->push(one.makeAddCommand(commentOn(one, QStringLiteral("doanh nghiệp"))));
        QTRY_COMPARE(two.annotations()->size(), 1);
        QVERIFY(s1.setReviewState(ReviewState::Approved));
        QTRY_COMPARE(s2.reviewState(), ReviewState::Approved);
    }

    void reviewFileOpensWithEverythingInPlace()
    {
        // Editor A saves a review file; editor B (another database) opens it.
        ReviewFile::Contents contents;
        {
            ArticleDocument doc;
            ReviewSession session(&doc);
            session.setPollInterval(0);
            QVERIFY(session.openDatabase(m_dir.filePath(QStringLiteral("editor-a.sqlite"))));
            load(doc, copyFixture("binh-lam.txt", QStringLiteral("a.txt")));
            doc.undoStack()->push(doc.makeAddCommand(commentOn(doc, QStringLiteral("318"))));
            QVERIFY(session.setReviewState(ReviewState::InReview));
            contents.article = doc.article();
            contents.annotations = doc.annotations()->all();
            contents.state = session.reviewState();
        }
        const QString file = m_dir.filePath(QStringLiteral("x.lectern-review"));
        QString error;
        QVERIFY(ReviewFile::save(file, contents, &error));
        const auto opened = ReviewFile::load(file, &error);
        QVERIFY2(opened, qPrintable(error));

        ArticleDocument doc;
        ReviewSession session(&doc);
        session.setPollInterval(0);
        QVERIFY(session.openDatabase(m_dir.filePath(QStringLiteral("editor-b.sqlite"))));
        doc.setContent(opened->article, {});
        QVERIFY(session.importAnnotations(opened->annotations));
        QVERIFY(session.setReviewState(opened->state));
        QCOMPARE(doc.annotations()->all(), contents.annotations);
        QVERIFY(session.lastReport().isEmpty()); // same text: nothing moved
        QCOMPARE(session.store()->annotations(session.articleId()), contents.annotations);
        QCOMPARE(session.reviewState(), ReviewState::InReview);
    }

    void badDatabaseIsReported()
    {
        ArticleDocument doc;
        ReviewSession session(&doc);
        QVERIFY(!session.openDatabase(QStringLiteral("/proc/none/x.sqlite")));
        QVERIFY(!session.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
