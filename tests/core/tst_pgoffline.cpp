// Offline work on a team server (issue 17), on the real private cluster of the test run (fixture
// "postgres"): the server stopped abruptly mid-session (pg_ctl stop -m immediate) and started
// again, the offline journal sent once on reconnection, a journal sent twice (a crash after the
// server committed) writing nothing twice, an offline edit that meets a colleague's edit kept as a
// conflict, and a refusal of the server's roles reported, never journalled.
#include "pgtestserver.h"

#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewjournal.h"
#include "review/reviewserver.h"
#include "review/teamreviewwriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

Q_DECLARE_METATYPE(Lectern::Core::TeamReviewWriter::ReplayReport)

namespace {

Article makeArticle()
{
    Article a;
    a.title = QStringLiteral("Kỳ họp thứ năm");
    a.url = QStringLiteral("https://example.invalid/ky-hop");
    a.blocks.append(Block{Block::Kind::Paragraph, QStringLiteral("Sáng 5/6, Hội đồng nhân dân tỉnh khai mạc kỳ họp.")});
    a.blocks.append(Block{Block::Kind::Paragraph, QStringLiteral("Thu ngân sách đạt 7.800 tỷ đồng.")});
    return a;
}

Annotation makeComment(const Article &article, const QString &author, const QString &comment)
{
    const QString text = article.text();
    const QString quote = QStringLiteral("7.800 tỷ đồng");
    const qsizetype at = text.indexOf(quote);
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), author);
    a.comment = comment;
    return a;
}

} // namespace

class TestPgOffline : public QObject
{
    Q_OBJECT
    PgTestServer m_pg;
    QTemporaryDir m_dir;

    // A fresh database with the schema and two reviewers, <database>_alice and <database>_bob.
    QString setUpTeam(const QString &database)
    {
        QString error;
        if (!m_pg.createDatabase(database, &error))
            return error;
        if (!ReviewServer::init(m_pg.socketUri(m_pg.superuser(), database), &error))
            return error;
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            const QString user = database + QLatin1Char('_') + name;
            if (!m_pg.createUser(user, QStringLiteral("pw-") + name, &error)
                || !ReviewServer::grant(m_pg.socketUri(m_pg.superuser(), database), user, ReviewServer::Role::Reviewer,
                                        &error))
                return error;
        }
        return {};
    }
    QString uri(const QString &database, const QString &who) const
    {
        return m_pg.socketUri(database + QLatin1Char('_') + who, database);
    }
    // An address where no server listens: a writer there is offline from the start.
    static QString nowhere(const QString &database)
    {
        return QStringLiteral("postgresql://nobody@127.0.0.1:1/%1?connect_timeout=2").arg(database);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_pg.unavailable().isEmpty())
            QSKIP(qPrintable(m_pg.unavailable()));
        qputenv("PGPASSFILE", "/nonexistent/lectern-test-pgpass");
        qunsetenv("PGPASSWORD");
        QVERIFY(m_dir.isValid());
    }

    void serverStoppedMidSessionTwentyCommentsArriveOnce()
    {
        const QString database = QStringLiteral("lectern_offline");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Article article = makeArticle();
        const QString journalPath = m_dir.filePath(QStringLiteral("mid-session.sqlite"));

        TeamReviewWriter writer(uri(database, QStringLiteral("alice")), journalPath);
        writer.setMaxReconnectInterval(200);
        QSignalSpy online(&writer, &TeamReviewWriter::onlineChanged);
        QSignalSpy replayed(&writer, &TeamReviewWriter::replayed);
        QVERIFY2(writer.open(), qPrintable(writer.errorString()));
        QVERIFY(writer.isOnline());
        QStringList written;
        for (int i = 0; i < 2; ++i) {
            const Annotation a = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("trực tuyến %1").arg(i));
            QCOMPARE(writer.saveAnnotation(article, a, 0), TeamReviewWriter::Outcome::Saved);
            written << a.id.toString(QUuid::WithoutBraces);
        }

        QString error;
        ResumeOnExit resume{m_pg};
        QVERIFY2(m_pg.halt(&error), qPrintable(error));
        for (int i = 0; i < 20; ++i) {
            const Annotation a = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("ngoại tuyến %1").arg(i));
            QCOMPARE(writer.saveAnnotation(article, a, 0), TeamReviewWriter::Outcome::Journaled);
            written << a.id.toString(QUuid::WithoutBraces);
        }
        QVERIFY(!writer.isOnline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.at(0).at(0).toBool(), false);
        QCOMPARE(writer.pendingCount(), 20);
        // Nothing reached the server while it was gone (its data is still there when it is back).
        resume.armed = false;
        QVERIFY2(m_pg.resume(&error), qPrintable(error));

        // The writer reconnects on its own (timer) and sends the journal.
        QTRY_VERIFY_WITH_TIMEOUT(writer.isOnline() && replayed.count() >= 1, 30000);
        QCOMPARE(online.count(), 2);
        QCOMPARE(online.at(1).at(0).toBool(), true);
        QCOMPARE(writer.pendingCount(), 0);
        const auto report = writer.replay(); // again: nothing more to send
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.pending, 0);

        const QMap<QString, int> counts = serverCounts(m_pg, database, QStringLiteral("annotations"));
        QCOMPARE(counts.size(), 22);
        for (const QString &id : std::as_const(written))
            QCOMPARE(counts.value(id), 1);
        QVERIFY(serverCounts(m_pg, database, QStringLiteral("annotation_conflicts")).isEmpty());
        // What arrived is what was typed offline.
        AnnotationStore reader;
        QVERIFY2(reader.open(uri(database, QStringLiteral("bob"))), qPrintable(reader.errorString()));
        const auto record = reader.findArticle(article);
        QVERIFY(record);
        QStringList comments;
        for (const Annotation &a : reader.annotations(record->id))
            comments << a.comment;
        QCOMPARE(comments.count(QStringLiteral("ngoại tuyến 7")), 1);
        QCOMPARE(comments.size(), 22);
    }

    void aJournalSentTwiceWritesNothingTwice()
    {
        const QString database = QStringLiteral("lectern_offline_twice");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Article article = makeArticle(); // the server has never seen it
        const QString journalPath = m_dir.filePath(QStringLiteral("twice.sqlite"));
        const QString copyPath = m_dir.filePath(QStringLiteral("twice-copy.sqlite"));
        QStringList written;
        {
            TeamReviewWriter offline(nowhere(database), journalPath);
            QVERIFY2(offline.open(), qPrintable(offline.errorString()));
            QVERIFY(!offline.isOnline());
            for (int i = 0; i < 5; ++i) {
                const Annotation a = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("bản %1").arg(i));
                QCOMPARE(offline.saveAnnotation(article, a, 0), TeamReviewWriter::Outcome::Journaled);
                written << a.id.toString(QUuid::WithoutBraces);
            }
        } // quit while offline: the journal stays
        // The state of the journal at a crash right after the server committed, before the
        // entries could be dropped.
        QVERIFY(QFile::copy(journalPath, copyPath));

        {
            TeamReviewWriter next(uri(database, QStringLiteral("alice")), journalPath);
            QSignalSpy replayed(&next, &TeamReviewWriter::replayed);
            QVERIFY2(next.open(), qPrintable(next.errorString())); // the next start sends it
            QVERIFY(next.isOnline());
            QCOMPARE(replayed.count(), 1);
            const auto report = replayed.at(0).at(0).value<TeamReviewWriter::ReplayReport>();
            QCOMPARE(report.sent, 5);
            QCOMPARE(report.pending, 0);
        }
        {
            TeamReviewWriter again(uri(database, QStringLiteral("alice")), copyPath);
            QVERIFY2(again.open(), qPrintable(again.errorString()));
            QCOMPARE(again.pendingCount(), 0);
            const auto report = again.replay();
            QCOMPARE(report.sent, 0);
        }
        ReviewJournal copy;
        QVERIFY(copy.open(copyPath));
        QCOMPARE(copy.pendingCount(), 0);
        const QMap<QString, int> counts = serverCounts(m_pg, database, QStringLiteral("annotations"));
        QCOMPARE(counts.size(), 5);
        for (const QString &id : std::as_const(written))
            QCOMPARE(counts.value(id), 1);
        QVERIFY(serverCounts(m_pg, database, QStringLiteral("annotation_conflicts")).isEmpty());
    }

    void laterOfflineChangesOfOneCommentAreSentAsItsLastState()
    {
        const QString database = QStringLiteral("lectern_offline_last");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Article article = makeArticle();
        const QString journalPath = m_dir.filePath(QStringLiteral("last.sqlite"));
        Annotation kept = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("Nguồn?"));
        const Annotation dropped = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("bỏ"));
        {
            TeamReviewWriter offline(nowhere(database), journalPath);
            QVERIFY(offline.open());
            QCOMPARE(offline.saveAnnotation(article, kept, 0), TeamReviewWriter::Outcome::Journaled);
            QCOMPARE(offline.saveAnnotation(article, dropped, 0), TeamReviewWriter::Outcome::Journaled);
            kept.comment = QStringLiteral("Nguồn: Sở Tài chính");
            kept.tags = {QStringLiteral("figure")};
            QCOMPARE(offline.saveAnnotation(article, kept, 0), TeamReviewWriter::Outcome::Journaled);
            QCOMPARE(offline.removeAnnotation(article, dropped.id), TeamReviewWriter::Outcome::Journaled);
            QCOMPARE(offline.pendingCount(), 2); // one entry per comment
        }
        TeamReviewWriter back(uri(database, QStringLiteral("alice")), journalPath);
        QSignalSpy replayed(&back, &TeamReviewWriter::replayed);
        QVERIFY2(back.open(), qPrintable(back.errorString()));
        QCOMPARE(replayed.count(), 1);
        const auto report = replayed.at(0).at(0).value<TeamReviewWriter::ReplayReport>();
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.alreadyThere, 1); // the removed one never reached the server
        AnnotationStore reader;
        QVERIFY(reader.open(uri(database, QStringLiteral("bob"))));
        const auto record = reader.findArticle(article);
        QVERIFY(record);
        QCOMPARE(reader.annotations(record->id), QList<Annotation>{kept});
        QCOMPARE(reader.annotationVersion(kept.id), 1);
    }

    void anOfflineEditThatMeetsAColleaguesIsAConflict()
    {
        const QString database = QStringLiteral("lectern_offline_conflict");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Article article = makeArticle();
        Annotation mine = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("Nguồn?"));
        AnnotationStore alice;
        QVERIFY2(alice.open(uri(database, QStringLiteral("alice"))), qPrintable(alice.errorString()));
        const auto record = alice.registerArticle(article);
        QVERIFY(record);
        QVERIFY(alice.saveAnnotation(record->id, mine));
        QCOMPARE(alice.annotationVersion(mine.id), 1);

        // Offline, this session edits the comment read at version 1…
        const QString journalPath = m_dir.filePath(QStringLiteral("conflict.sqlite"));
        {
            TeamReviewWriter offline(nowhere(database), journalPath);
            QVERIFY(offline.open());
            Annotation edited = mine;
            edited.comment = QStringLiteral("Nguồn: Sở Tài chính");
            QCOMPARE(offline.saveAnnotation(article, edited, 1), TeamReviewWriter::Outcome::Journaled);
        }
        // …while another session of the same author changes it on the server.
        Annotation theirs = mine;
        theirs.comment = QStringLiteral("Nguồn: Cục Thống kê");
        QCOMPARE(alice.saveAnnotationIfCurrent(record->id, theirs, 1, nullptr), AnnotationStore::SaveResult::Saved);

        TeamReviewWriter back(uri(database, QStringLiteral("alice")), journalPath);
        QSignalSpy replayed(&back, &TeamReviewWriter::replayed);
        QVERIFY2(back.open(), qPrintable(back.errorString()));
        QCOMPARE(replayed.count(), 1);
        const auto report = replayed.at(0).at(0).value<TeamReviewWriter::ReplayReport>();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.sent, 0);
        QCOMPARE(back.pendingCount(), 0);
        // Nothing overwritten, nothing lost: the server's version stays, the offline one is kept.
        QCOMPARE(alice.annotation(mine.id)->comment, theirs.comment);
        QCOMPARE(serverCounts(m_pg, database, QStringLiteral("annotation_conflicts")).value(mine.id.toString(QUuid::WithoutBraces)), 1);
    }

    void aRefusalOfTheRolesIsReportedNotJournalled()
    {
        const QString database = QStringLiteral("lectern_offline_refusal");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Article article = makeArticle();
        const Annotation hers = makeComment(article, QStringLiteral("Lê Thu Hà"), QStringLiteral("Nguồn?"));
        TeamReviewWriter alice(uri(database, QStringLiteral("alice")), m_dir.filePath(QStringLiteral("alice.sqlite")));
        QVERIFY(alice.open());
        QCOMPARE(alice.saveAnnotation(article, hers, 0), TeamReviewWriter::Outcome::Saved);

        TeamReviewWriter bob(uri(database, QStringLiteral("bob")), m_dir.filePath(QStringLiteral("bob.sqlite")));
        QVERIFY(bob.open());
        Annotation changed = hers;
        changed.comment = QStringLiteral("sửa của người khác");
        QCOMPARE(bob.saveAnnotation(article, changed, 1), TeamReviewWriter::Outcome::Failed);
        QVERIFY(bob.isOnline());
        QCOMPARE(bob.pendingCount(), 0);
        QVERIFY2(bob.errorString().contains(QStringLiteral("refused")), qPrintable(bob.errorString()));

        // A wrong address of another kind (no such database) is refused at open, not journalled.
        TeamReviewWriter lost(m_pg.socketUri(m_pg.superuser(), QStringLiteral("lectern_no_such_db")),
                              m_dir.filePath(QStringLiteral("lost.sqlite")));
        QVERIFY(!lost.open());
        QVERIFY(!lost.isOnline());
    }
};

QTEST_GUILESS_MAIN(TestPgOffline)
#include "tst_pgoffline.moc"
