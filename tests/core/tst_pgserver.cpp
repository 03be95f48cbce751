// The review store on a real PostgreSQL team server (issue 17), the private cluster of the test
// run (fixture "postgres"): `server init` and its roles, the server's own enforcement of them
// (row-level security and GRANTs, also against direct SQL), row versions and conflicts, and the
// messages for a wrong password, an unreachable or stopped server and a schema mismatch.
#include "pgtestserver.h"

#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewschema.h"
#include "review/reviewserver.h"
#include "storage/database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lectern::Core;

namespace {

Article makeArticle()
{
    Article a;
    a.title = QStringLiteral("Hội nghị tổng kết năm");
    a.url = QStringLiteral("https://example.invalid/binh-lam");
    a.blocks.append(Block{Block::Kind::Paragraph, QStringLiteral("Sáng 12/3, tỉnh Bình Lâm tổ chức hội nghị.")});
    a.blocks.append(Block{Block::Kind::Paragraph, QStringLiteral("Tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5%.")});
    return a;
}

Annotation makeComment(const Article &article, const QString &quote, const QString &author, const QString &comment)
{
    const QString text = article.text();
    const qsizetype at = text.indexOf(quote);
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), author);
    a.comment = comment;
    return a;
}

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT
    PgTestServer m_pg;

    // A fresh database with the schema, and the users alice and bob (reviewers), carol (editor).
    QString setUpTeam(const QString &database)
    {
        QString error;
        if (!m_pg.createDatabase(database, &error))
            return error;
        const auto init = ReviewServer::init(m_pg.socketUri(m_pg.superuser(), database), &error);
        if (!init)
            return error;
        const QString prefix = database + QLatin1Char('_');
        const QList<std::pair<QString, ReviewServer::Role>> team{{QStringLiteral("alice"), ReviewServer::Role::Reviewer},
                                                                 {QStringLiteral("bob"), ReviewServer::Role::Reviewer},
                                                                 {QStringLiteral("carol"), ReviewServer::Role::Editor}};
        for (const auto &[name, role] : team) {
            if (!m_pg.createUser(prefix + name, QStringLiteral("pw-") + name, &error))
                return error;
            if (!ReviewServer::grant(m_pg.socketUri(m_pg.superuser(), database), prefix + name, role, &error))
                return error;
        }
        if (!m_pg.exec(database, {QStringLiteral("GRANT CONNECT ON DATABASE %1 TO PUBLIC").arg(database)}, &error))
            return error;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_pg.unavailable().isEmpty())
            QSKIP(qPrintable(m_pg.unavailable()));
        // Passwords only where a test puts them: never the machine's ~/.pgpass.
        qputenv("PGPASSFILE", "/nonexistent/lectern-test-pgpass");
        qunsetenv("PGPASSWORD");
    }

    void initCreatesTheSchemaAndTheRolesOnce()
    {
        const QString database = QStringLiteral("lectern_init");
        QString error;
        QVERIFY2(m_pg.createDatabase(database, &error), qPrintable(error));
        const QString uri = m_pg.socketUri(m_pg.superuser(), database);
        const auto first = ReviewServer::init(uri, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, ReviewSchema::latestServerVersion());
        const auto again = ReviewServer::init(uri, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->fromVersion, again->toVersion);

        AnnotationStore store;
        QVERIFY2(store.open(uri), qPrintable(store.errorString()));
        QVERIFY(store.isServer());
        QCOMPARE(store.storage()->moduleVersion(QStringLiteral("review")), ReviewSchema::latestServerVersion());
        QSqlQuery roles(store.connection());
        QVERIFY(roles.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'lectern\\_%' AND NOT rolcanlogin"
                                          " ORDER BY rolname")));
        QStringList names;
        while (roles.next())
            names << roles.value(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("lectern_admin"), QStringLiteral("lectern_editor"),
                                     QStringLiteral("lectern_reviewer")}));
        // The store works as on SQLite: an article, a comment with a tag and a reply, read back.
        const Article article = makeArticle();
        const auto record = store.registerArticle(article);
        QVERIFY2(record, qPrintable(store.errorString()));
        QVERIFY(record->created);
        Annotation a = makeComment(article, QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Lê Thu Hà"),
                                   QStringLiteral("Nguồn?"));
        a.tags = {QStringLiteral("figure")};
        a.replies.append({QUuid::createUuid(), QStringLiteral("Trần Minh"), Annotation::now(), QStringLiteral("Sở KH-ĐT")});
        QVERIFY2(store.saveAnnotation(record->id, a), qPrintable(store.errorString()));
        QCOMPARE(store.annotations(record->id), QList<Annotation>{a});
        QCOMPARE(store.annotationVersion(a.id), 1);
        QVERIFY(!store.registerArticle(article)->created);
        QCOMPARE(store.contentHashes(record->id), QStringList{article.contentHash()});
        QVERIFY(store.setReviewState(record->id, ReviewState::InReview));
        QCOMPARE(store.articleById(record->id)->reviewState, ReviewState::InReview);
        QVERIFY(store.removeAnnotation(a.id));
        QCOMPARE(store.annotationCount(), 0);
    }

    void grantGivesExactlyOneRole()
    {
        const QString database = QStringLiteral("lectern_grant");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString uri = m_pg.socketUri(m_pg.superuser(), database);
        QString error;
        QVERIFY2(ReviewServer::grant(uri, database + QStringLiteral("_bob"), ReviewServer::Role::Editor, &error),
                 qPrintable(error));
        AnnotationStore store;
        QVERIFY(store.open(uri));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                                      " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1_bob'")
                           .arg(database)));
        QStringList roles;
        while (q.next())
            roles << q.value(0).toString();
        QCOMPARE(roles, QStringList{QStringLiteral("lectern_editor")});
        // An unknown user is refused with a sentence, nothing is created.
        QVERIFY(!ReviewServer::grant(uri, QStringLiteral("nobody_here"), ReviewServer::Role::Reviewer, &error));
        QVERIFY2(error.contains(QStringLiteral("has no user “nobody_here”")), qPrintable(error));
        // An admin moves reviewers and editors; only the server's owner makes admins.
        const QString dana = database + QStringLiteral("_dana");
        QVERIFY2(m_pg.createUser(dana, QStringLiteral("pw"), &error), qPrintable(error));
        QVERIFY2(ReviewServer::grant(uri, dana, ReviewServer::Role::Admin, &error), qPrintable(error));
        const QString asDana = m_pg.socketUri(dana, database);
        QVERIFY2(ReviewServer::grant(asDana, database + QStringLiteral("_bob"), ReviewServer::Role::Reviewer, &error),
                 qPrintable(error));
        QVERIFY2(ReviewServer::grant(asDana, database + QStringLiteral("_alice"), ReviewServer::Role::Editor, &error),
                 qPrintable(error));
        QVERIFY(!ReviewServer::grant(asDana, database + QStringLiteral("_carol"), ReviewServer::Role::Admin, &error));
        QVERIFY2(error.contains(QStringLiteral("does not let you give roles")), qPrintable(error));
        // A reviewer may not give roles.
        QVERIFY(!ReviewServer::grant(m_pg.socketUri(database + QStringLiteral("_bob"), database),
                                     database + QStringLiteral("_bob"), ReviewServer::Role::Admin, &error));
        QVERIFY2(error.contains(QStringLiteral("does not let you give roles")), qPrintable(error));
    }

    void theServerEnforcesTheRoles()
    {
        const QString database = QStringLiteral("lectern_roles");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString alice = database + QStringLiteral("_alice");
        const QString bob = database + QStringLiteral("_bob");
        const QString carol = database + QStringLiteral("_carol");
        const Article article = makeArticle();

        AnnotationStore aliceStore;
        QVERIFY2(aliceStore.open(m_pg.socketUri(alice, database)), qPrintable(aliceStore.errorString()));
        const qint64 articleId = aliceStore.registerArticle(article)->id;
        Annotation comment = makeComment(article, QStringLiteral("Bình Lâm"), QStringLiteral("Alice"),
                                         QStringLiteral("Tên tỉnh đúng chưa?"));
        comment.tags = {QStringLiteral("name/title")};
        QVERIFY2(aliceStore.saveAnnotation(articleId, comment), qPrintable(aliceStore.errorString()));

        // Bob, a reviewer, through Lectern: refused with a sentence, nothing changed.
        AnnotationStore bobStore;
        QVERIFY2(bobStore.open(m_pg.socketUri(bob, database)), qPrintable(bobStore.errorString()));
        QCOMPARE(bobStore.annotations(articleId).size(), 1); // reads everything
        Annotation hijacked = comment;
        hijacked.comment = QStringLiteral("đã sửa bởi Bob");
        QVERIFY(!bobStore.saveAnnotation(articleId, hijacked));
        QCOMPARE(bobStore.lastFailure(), Database::Failure::PermissionDenied);
        QVERIFY2(bobStore.errorString().contains(QStringLiteral("refused the change")), qPrintable(bobStore.errorString()));
        QVERIFY(!bobStore.removeAnnotation(comment.id));
        QCOMPARE(bobStore.lastFailure(), Database::Failure::PermissionDenied);
        QVERIFY(!bobStore.setReviewState(articleId, ReviewState::Approved));
        QCOMPARE(bobStore.lastFailure(), Database::Failure::PermissionDenied);
        // Bob may reply to Alice's thread and add his own comment.
        Annotation replied = comment;
        replied.replies.append({QUuid::createUuid(), QStringLiteral("Bob"), Annotation::now(), QStringLiteral("Đúng.")});
        QVERIFY2(bobStore.saveAnnotation(articleId, replied), qPrintable(bobStore.errorString()));
        Annotation own = makeComment(article, QStringLiteral("12,5%"), QStringLiteral("Bob"), QStringLiteral("Kiểm tra"));
        QVERIFY2(bobStore.saveAnnotation(articleId, own), qPrintable(bobStore.errorString()));

        // Bob with his own SQL on his own connection: the server itself refuses.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bob-raw"));
            raw.setHostName(m_pg.socketDir());
            raw.setPort(m_pg.port());
            raw.setUserName(bob);
            raw.setDatabaseName(database);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE annotations SET comment = 'hijacked' WHERE owner <> CURRENT_USER")));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec(QStringLiteral("UPDATE annotations SET comment = 'hijacked'")));
            QCOMPARE(q.numRowsAffected(), 1); // his own only
            QVERIFY(q.exec(QStringLiteral("DELETE FROM annotations WHERE owner <> CURRENT_USER")));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM annotation_tags")));
            QCOMPARE(q.numRowsAffected(), 0); // Alice's tag
            // Taking over a comment by inserting in someone else's name is refused too.
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO annotations (uuid, article_id, kind, exact, prefix, suffix,"
                                           " start_cp, end_cp, comment, status, author, created, modified, owner)"
                                           " VALUES ('x', %1, 'comment', '', '', '', 0, 1, 'x', 'open', 'x', '', '', '%2')")
                                .arg(articleId)
                                .arg(alice)));
            QCOMPARE(Database::classify(q.lastError()), Database::Failure::PermissionDenied);
            QVERIFY(!q.exec(QStringLiteral("UPDATE articles SET review_state = 'approved'")));
            QCOMPARE(Database::classify(q.lastError()), Database::Failure::PermissionDenied);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bob-raw"));
        // …and with psql, when it is installed.
        const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"), {m_pg.binDir()}).isEmpty()
            ? QStandardPaths::findExecutable(QStringLiteral("psql"))
            : QStandardPaths::findExecutable(QStringLiteral("psql"), {m_pg.binDir()});
        if (!psql.isEmpty()) {
            QProcess p;
            p.start(psql, {QStringLiteral("-X"), QStringLiteral("-h"), m_pg.socketDir(), QStringLiteral("-p"),
                           QString::number(m_pg.port()), QStringLiteral("-U"), bob, QStringLiteral("-d"), database,
                           QStringLiteral("-c"), QStringLiteral("UPDATE annotations SET comment = 'psql' WHERE author = 'Alice'")});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("UPDATE 0"));
        }
        const auto stored = aliceStore.annotation(comment.id);
        QVERIFY(stored);
        QCOMPARE(stored->comment, comment.comment);
        QCOMPARE(stored->tags, comment.tags);
        QCOMPARE(stored->replies.size(), 1);

        // Carol, an editor: resolves Alice's thread, corrects it, and sets the review state.
        AnnotationStore carolStore;
        QVERIFY2(carolStore.open(m_pg.socketUri(carol, database)), qPrintable(carolStore.errorString()));
        Annotation resolved = *stored;
        resolved.status = Annotation::Status::Resolved;
        resolved.tags.append(QStringLiteral("fact-check"));
        QVERIFY2(carolStore.saveAnnotation(articleId, resolved), qPrintable(carolStore.errorString()));
        QCOMPARE(aliceStore.annotation(comment.id)->status, Annotation::Status::Resolved);
        QVERIFY2(carolStore.setReviewState(articleId, ReviewState::Approved), qPrintable(carolStore.errorString()));
        QCOMPARE(aliceStore.articleById(articleId)->reviewState, ReviewState::Approved);
        // …but may not delete it (only its owner or an admin).
        QVERIFY(!carolStore.removeAnnotation(comment.id));
        QCOMPARE(carolStore.lastFailure(), Database::Failure::PermissionDenied);
        QVERIFY(aliceStore.removeAnnotation(comment.id));
        QCOMPARE(aliceStore.annotations(articleId).size(), 1);
    }

    void aStaleSaveIsAConflictAndKeepsBothVersions()
    {
        const QString database = QStringLiteral("lectern_conflict");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Article article = makeArticle();
        AnnotationStore alice, carol;
        QVERIFY(alice.open(m_pg.socketUri(database + QStringLiteral("_alice"), database)));
        QVERIFY(carol.open(m_pg.socketUri(database + QStringLiteral("_carol"), database)));
        const qint64 articleId = alice.registerArticle(article)->id;
        const Annotation original = makeComment(article, QStringLiteral("hội nghị"), QStringLiteral("Alice"),
                                                QStringLiteral("Hội nghị gì?"));
        AnnotationStore::Conflict conflict;
        QCOMPARE(alice.saveAnnotationIfCurrent(articleId, original, 0, &conflict), AnnotationStore::SaveResult::Saved);
        QCOMPARE(alice.annotationVersion(original.id), 1);
        // A second "new" save of the same id is stale as well.
        QCOMPARE(carol.saveAnnotationIfCurrent(articleId, original, 0, &conflict), AnnotationStore::SaveResult::Conflict);

        // Both start from version 1; Carol saves first.
        Annotation carols = *carol.annotation(original.id);
        carols.status = Annotation::Status::Resolved;
        QCOMPARE(carol.saveAnnotationIfCurrent(articleId, carols, 1, &conflict), AnnotationStore::SaveResult::Saved);
        QCOMPARE(carol.annotationVersion(original.id), 2);
        Annotation alices = original;
        alices.comment = QStringLiteral("Hội nghị tổng kết năm nào?");
        QCOMPARE(alice.saveAnnotationIfCurrent(articleId, alices, 1, &conflict), AnnotationStore::SaveResult::Conflict);
        QCOMPARE(alice.lastFailure(), Database::Failure::Concurrency);
        QVERIFY2(alice.errorString().contains(QStringLiteral("nothing was overwritten")), qPrintable(alice.errorString()));
        QCOMPARE(conflict.basedOnVersion, 1);
        QCOMPARE(conflict.serverVersion, 2);
        QCOMPARE(conflict.mine, alices);
        QCOMPARE(conflict.theirs, carols);
        // The server keeps Carol's, and Alice's refused version beside it.
        QCOMPARE(*alice.annotation(original.id), carols);
        QSqlQuery kept(alice.connection());
        QVERIFY(kept.exec(QStringLiteral("SELECT based_on_version, server_version, refused, owner FROM annotation_conflicts"
                                         " WHERE uuid = '%1' ORDER BY id")
                              .arg(original.id.toString(QUuid::WithoutBraces))));
        QVERIFY(kept.next()); // Carol's stale "new" save above
        QCOMPARE(kept.value(0).toInt(), 0);
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toInt(), 1);
        QCOMPARE(kept.value(1).toInt(), 2);
        QVERIFY(kept.value(2).toString().contains(alices.comment));
        QCOMPARE(kept.value(3).toString(), database + QStringLiteral("_alice"));
        // Merged on top of the server's version, the save goes through.
        Annotation merged = carols;
        merged.comment = alices.comment;
        QCOMPARE(alice.saveAnnotationIfCurrent(articleId, merged, 2, &conflict), AnnotationStore::SaveResult::Saved);
        QCOMPARE(alice.annotationVersion(original.id), 3);

        // The review state too.
        const int stateVersion = carol.reviewStateVersion(articleId);
        QVERIFY(stateVersion >= 1);
        QCOMPARE(carol.setReviewStateIfCurrent(articleId, ReviewState::InReview, stateVersion, nullptr),
                 AnnotationStore::SaveResult::Saved);
        ReviewState theirs = ReviewState::Draft;
        QCOMPARE(carol.setReviewStateIfCurrent(articleId, ReviewState::Approved, stateVersion, &theirs),
                 AnnotationStore::SaveResult::Conflict);
        QCOMPARE(theirs, ReviewState::InReview);
        QCOMPARE(carol.articleById(articleId)->reviewState, ReviewState::InReview);
    }

    void aWrongPasswordIsToldAsSuch()
    {
        const QString database = QStringLiteral("lectern_password");
        const QString failed = setUpTeam(database);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString uri = m_pg.tcpUri(database + QStringLiteral("_alice"), database);
        AnnotationStore store;
        QVERIFY(!store.open(uri)); // no password anywhere
        QVERIFY2(store.errorString().contains(QStringLiteral("refused the password")), qPrintable(store.errorString()));
        qputenv("PGPASSWORD", "not-alices");
        QVERIFY(!store.open(uri));
        QVERIFY2(store.errorString().contains(QStringLiteral("refused the password of the user lectern_password_alice")),
                 qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(QStringLiteral("not-alices")));
        // The right one, from libpq's own places only.
        qputenv("PGPASSWORD", "pw-alice");
        QVERIFY2(store.open(uri), qPrintable(store.errorString()));
        store.close();
        qunsetenv("PGPASSWORD");
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:%2:%2_alice:pw-alice\n").arg(m_pg.port()).arg(database).toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        QVERIFY2(store.open(uri), qPrintable(store.errorString()));
        store.close();
        qputenv("PGPASSFILE", "/nonexistent/lectern-test-pgpass");
        // Unknown user, unknown database.
        QVERIFY(!store.open(m_pg.socketUri(QStringLiteral("nobody_at_all"), database)));
        QVERIFY2(store.errorString().contains(QStringLiteral("has no user nobody_at_all")), qPrintable(store.errorString()));
        QVERIFY(!store.open(m_pg.socketUri(m_pg.superuser(), QStringLiteral("no_such_db"))));
        QVERIFY2(store.errorString().contains(QStringLiteral("has no database “no_such_db”")),
                 qPrintable(store.errorString()));
        // Not allowed to connect to the database.
        QVERIFY(m_pg.exec(database, {QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(database)}));
        QVERIFY(!store.open(m_pg.socketUri(database + QStringLiteral("_bob"), database)));
        QVERIFY2(store.errorString().contains(QStringLiteral("does not let the user")), qPrintable(store.errorString()));
    }

    void anUnreachableServerIsToldAsSuch()
    {
        // A port nobody listens on (the cluster's own port plus one is not PostgreSQL's).
        AnnotationStore store;
        QVERIFY(!store.open(QStringLiteral("postgresql://someone@127.0.0.1:1/lectern?connect_timeout=5")));
        QVERIFY2(store.errorString().contains(QStringLiteral("cannot be reached")), qPrintable(store.errorString()));
        // Options Lectern does not know are refused before connecting; no password in the address.
        QVERIFY(!store.open(QStringLiteral("postgresql://someone@127.0.0.1:1/lectern?options=-csearch_path%3Dx")));
        QVERIFY2(store.errorString().contains(QStringLiteral("does not pass on")), qPrintable(store.errorString()));
        QVERIFY(!store.open(QStringLiteral("postgresql://someone:secret@127.0.0.1:1/lectern")));
        QVERIFY2(store.errorString().contains(QStringLiteral("holds a password")), qPrintable(store.errorString()));
    }

    void aServerStoppedMidSessionIsToldAsSuch()
    {
        // A cluster of this test's own, stopped with pg_ctl stop -m immediate under an open store.
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state"));
        QProcess start;
        start.start(QStringLiteral("sh"), {QStringLiteral(LECTERN_SOURCE_DIR "/tests/postgres/pgcluster.sh"),
                                           QStringLiteral("start"), state});
        QVERIFY(start.waitForFinished(120000));
        struct Stop
        {
            QString state;
            ~Stop() { QProcess::execute(QStringLiteral("sh"), {QStringLiteral(LECTERN_SOURCE_DIR "/tests/postgres/pgcluster.sh"),
                                                               QStringLiteral("stop"), state}); }
        } stopAtEnd{state};
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QMap<QString, QString> v;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1Char('=')))
                v.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
        if (v.value(QStringLiteral("status")) != QStringLiteral("running"))
            QSKIP(qPrintable(v.value(QStringLiteral("reason"))));
        const QString uri = QStringLiteral("postgresql://%1@localhost:%2/postgres?host=%3")
                                .arg(v.value(QStringLiteral("superuser")), v.value(QStringLiteral("port")),
                                     v.value(QStringLiteral("socket")));
        QString error;
        QVERIFY2(ReviewServer::init(uri, &error), qPrintable(error));
        AnnotationStore store;
        QVERIFY2(store.open(uri), qPrintable(store.errorString()));
        const Article article = makeArticle();
        const qint64 articleId = store.registerArticle(article)->id;

        const QString pgctl = v.value(QStringLiteral("bin")) + QStringLiteral("/pg_ctl");
        QStringList stop{pgctl, QStringLiteral("-D"), v.value(QStringLiteral("root")) + QStringLiteral("/data"),
                         QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")};
        QString runner = pgctl;
        if (::geteuid() == 0) { // the cluster belongs to an unprivileged user (pgcluster.sh)
            runner = QStringLiteral("runuser");
            stop = QStringList{QStringLiteral("-u"), v.value(QStringLiteral("user")), QStringLiteral("--")} + stop;
        } else {
            stop.removeFirst();
        }
        QCOMPARE(QProcess::execute(runner, stop), 0);

        const Annotation a = makeComment(article, QStringLiteral("Bình Lâm"), QStringLiteral("Alice"), QStringLiteral("?"));
        QVERIFY(!store.saveAnnotation(articleId, a));
        QCOMPARE(store.lastFailure(), Database::Failure::ConnectionLost);
        QVERIFY2(store.errorString().contains(QStringLiteral("connection to the team server")),
                 qPrintable(store.errorString()));
        // A new open says the server cannot be reached.
        AnnotationStore again;
        QVERIFY(!again.open(uri));
        QVERIFY2(again.errorString().contains(QStringLiteral("cannot be reached")), qPrintable(again.errorString()));
    }

    void aSchemaOlderOrNewerThanKnownIsRefusedUntouched()
    {
        const QString database = QStringLiteral("lectern_schema");
        QString error;
        QVERIFY2(m_pg.createDatabase(database, &error), qPrintable(error));
        const QString uri = m_pg.socketUri(m_pg.superuser(), database);
        // No schema yet: a normal open does not create one.
        AnnotationStore store;
        QVERIFY(!store.open(uri));
        QVERIFY2(store.errorString().contains(QStringLiteral("lectern server init")), qPrintable(store.errorString()));
        QVERIFY(m_pg.exec(database, {QStringLiteral("SELECT 1")}));
        {
            auto db = Database::open(uri, Database::Access::ReadWrite, &error);
            QVERIFY(db);
            QCOMPARE(db->moduleVersion(QStringLiteral("review")), 0);
            QVERIFY(!db->schemaChangesAllowed());
        }
        // Older: a module whose second step this "newer Lectern" has and the server lacks.
        const Migration step1{QStringLiteral("probe"), 1, QStringLiteral("one"),
                              {QStringLiteral("CREATE TABLE probe (id INTEGER)")}, {}, 0};
        const Migration step2{QStringLiteral("probe"), 2, QStringLiteral("two"),
                              {QStringLiteral("ALTER TABLE probe ADD COLUMN x INTEGER")}, {}, 0};
        {
            auto db = Database::open(uri, Database::Access::ReadWrite, &error);
            db->setSchemaChangesAllowed(true);
            QVERIFY2(db->migrate({step1}), qPrintable(db->errorString()));
        }
        {
            auto db = Database::open(uri, Database::Access::ReadWrite, &error);
            QVERIFY(!db->migrate({step1, step2}));
            QVERIFY2(db->errorString().contains(QStringLiteral("has an older schema")), qPrintable(db->errorString()));
            QVERIFY2(db->errorString().contains(QStringLiteral("Nothing was changed")), qPrintable(db->errorString()));
            QCOMPARE(db->moduleVersion(QStringLiteral("probe")), 1);
        }
        // Newer: the server's review tables at a version this Lectern does not know.
        QVERIFY2(ReviewServer::init(uri, &error), qPrintable(error));
        QVERIFY(m_pg.exec(database, {QStringLiteral("INSERT INTO schema_migrations VALUES ('review', %1, 'from the future',"
                                                    " '2030-01-01T00:00:00.000Z')")
                                         .arg(ReviewSchema::latestServerVersion() + 1)}));
        QVERIFY(!store.open(uri));
        QVERIFY2(store.errorString().contains(QStringLiteral("has a newer schema than this Lectern understands")),
                 qPrintable(store.errorString()));
        QVERIFY(!ReviewServer::init(uri, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
