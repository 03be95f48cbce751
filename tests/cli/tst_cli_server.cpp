// `lectern server init|grant` and `lectern annotations` on a real PostgreSQL team server (issue
// 17), the private cluster of the test run (fixture "postgres"): the same verbs as on SQLite,
// the roles enforced by the server, and a clear message for a wrong password or a missing schema.
#include "lecternprocess.h"
#include "../core/pgtestserver.h"

#include <QJsonDocument>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

class TestCliServer : public QObject
{
    Q_OBJECT
    PgTestServer m_pg;
    QTemporaryDir m_home;
    QString m_article = QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt");

    QMap<QString, QString> env(const QString &password = {}) const
    {
        // A private HOME (settings, no ~/.pgpass); a password only when a test gives one.
        return {{QStringLiteral("HOME"), m_home.path()},
                {QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))},
                {QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("no-pgpass"))},
                {QStringLiteral("PGPASSWORD"), password},
                {QStringLiteral("LANGUAGE"), QStringLiteral("en")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_pg.unavailable().isEmpty())
            QSKIP(qPrintable(m_pg.unavailable()));
        QVERIFY(m_home.isValid());
    }

    void initGrantAndAnnotate()
    {
        const QString db = QStringLiteral("lectern_cli");
        QString error;
        QVERIFY2(m_pg.createDatabase(db, &error), qPrintable(error));
        const QString admin = m_pg.socketUri(m_pg.superuser(), db);

        // Before init: a normal open says what to do and creates nothing.
        Run r = lectern({QStringLiteral("annotations"), QStringLiteral("list"), m_article, QStringLiteral("--db"), admin}, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("lectern server init"), r.err.constData());

        r = lectern({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), admin}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("created the review schema (version"), r.out.constData());
        r = lectern({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), admin}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("is current"), r.out.constData());

        for (const QString &user : {QStringLiteral("cli_dung"), QStringLiteral("cli_lan")})
            QVERIFY2(m_pg.createUser(user, QStringLiteral("pw-") + user, &error), qPrintable(error));
        r = lectern({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("cli_dung"), QStringLiteral("reviewer"),
                     QStringLiteral("--db"), admin}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("cli_dung is now reviewer"));
        r = lectern({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("cli_lan"), QStringLiteral("editor"),
                     QStringLiteral("--db"), admin}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = lectern({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("cli_lan"), QStringLiteral("boss"),
                     QStringLiteral("--db"), admin}, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown role 'boss'"), r.err.constData());

        // Dũng (reviewer) comments over TCP with his password from PGPASSWORD.
        const QString dung = m_pg.tcpUri(QStringLiteral("cli_dung"), db);
        r = lectern({QStringLiteral("annotations"), QStringLiteral("add"), m_article, QStringLiteral("--db"), dung,
                     QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("8"),
                     QStringLiteral("--comment"), QStringLiteral("Tiêu đề dài quá"), QStringLiteral("--tag"),
                     QStringLiteral("style"), QStringLiteral("--author"), QStringLiteral("Dũng")},
                    env(QStringLiteral("pw-cli_dung")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray id = r.out.trimmed();
        QCOMPARE(id.size(), 36);

        // Lan (editor) lists it and exports it as on SQLite.
        const QString lan = m_pg.socketUri(QStringLiteral("cli_lan"), db);
        r = lectern({QStringLiteral("annotations"), QStringLiteral("list"), m_article, QStringLiteral("--db"), lan}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject listed = QJsonDocument::fromJson(r.out.trimmed()).object();
        QVERIFY2(listed.value(QStringLiteral("id")).toString().contains(QString::fromLatin1(id)), r.out.constData());
        QVERIFY(r.out.contains("Tiêu đề dài quá"));
        r = lectern({QStringLiteral("annotations"), QStringLiteral("export"), m_article, QStringLiteral("--db"), lan,
                     QStringLiteral("--format"), QStringLiteral("csv")}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Tiêu đề dài quá"));

        // A wrong password: a sentence, no SQL, no crash; the password is not echoed.
        r = lectern({QStringLiteral("annotations"), QStringLiteral("list"), m_article, QStringLiteral("--db"), dung},
                    env(QStringLiteral("wrong-secret")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused the password of the user cli_dung"), r.err.constData());
        QVERIFY(!r.err.contains("wrong-secret"));
        // A reviewer may not give roles.
        r = lectern({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("cli_dung"), QStringLiteral("admin"),
                     QStringLiteral("--db"), m_pg.socketUri(QStringLiteral("cli_dung"), db)}, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not let you give roles"), r.err.constData());
        // init needs a server address.
        r = lectern({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                     m_home.filePath(QStringLiteral("local.sqlite"))}, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a team server"), r.err.constData());
    }

    // Two Lectern processes on one article: what one adds, the other's `watch` prints (NOTIFY),
    // both ways. The delay is logged, not asserted (tests/bench measures).
    void aCommentAppearsInTheOtherProcess()
    {
        const QString db = QStringLiteral("lectern_live");
        QString error;
        QVERIFY2(m_pg.createDatabase(db, &error), qPrintable(error));
        const QString admin = m_pg.socketUri(m_pg.superuser(), db);
        QCOMPARE(lectern({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), admin}, env()).exitCode, 0);
        for (const QString &user : {QStringLiteral("live_an"), QStringLiteral("live_binh")}) {
            QVERIFY2(m_pg.createUser(user, QStringLiteral("pw"), &error), qPrintable(error));
            QCOMPARE(lectern({QStringLiteral("server"), QStringLiteral("grant"), user, QStringLiteral("reviewer"),
                              QStringLiteral("--db"), admin}, env()).exitCode, 0);
        }
        const QList<std::pair<QString, QString>> directions{{QStringLiteral("live_an"), QStringLiteral("live_binh")},
                                                            {QStringLiteral("live_binh"), QStringLiteral("live_an")}};
        for (const auto &[watcher, writer] : directions) {
            QProcess watch;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            const auto vars = env();
            for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
                if (it.value().isEmpty())
                    e.remove(it.key());
                else
                    e.insert(it.key(), it.value());
            }
            watch.setProcessEnvironment(e);
            watch.start(QStringLiteral(LECTERN_BINARY),
                        {QStringLiteral("annotations"), QStringLiteral("watch"), m_article, QStringLiteral("--db"),
                         m_pg.socketUri(watcher, db), QStringLiteral("--count"), QStringLiteral("1"),
                         QStringLiteral("--timeout"), QStringLiteral("60")});
            QByteArray err;
            while (!err.contains("watching") && watch.state() != QProcess::NotRunning) {
                watch.waitForReadyRead(1000);
                err += watch.readAllStandardError();
            }
            QVERIFY2(err.contains("watching"), err.constData());
            const QString comment = QStringLiteral("Bình luận của ") + writer;
            const Run added = lectern({QStringLiteral("annotations"), QStringLiteral("add"), m_article,
                                       QStringLiteral("--db"), m_pg.socketUri(writer, db), QStringLiteral("--start"),
                                       QStringLiteral("10"), QStringLiteral("--end"), QStringLiteral("20"),
                                       QStringLiteral("--comment"), comment}, env());
            QVERIFY2(added.exitCode == 0, added.err.constData());
            QElapsedTimer sinceCommit;
            sinceCommit.start();
            QVERIFY(watch.waitForFinished(90000));
            const QByteArray seen = watch.readAllStandardOutput();
            qInfo("%s saw %s's comment %lld ms after the writer exited", qPrintable(watcher), qPrintable(writer),
                  sinceCommit.elapsed());
            err += watch.readAllStandardError();
            QVERIFY2(watch.exitCode() == 0, err.constData());
            QVERIFY2(seen.contains(comment.toUtf8()), seen.constData());
            QVERIFY2(seen.contains(added.out.trimmed()), seen.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
