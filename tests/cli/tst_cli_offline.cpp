// `lectern annotations add` and `sync` when the team server goes away (issue 17), on the real
// private cluster of the test run (fixture "postgres"): a client killed (SIGKILL) in the middle
// of a batch, part of it sent to the server and part kept in the offline journal after the server
// was stopped abruptly; after a restart of the server and of a client, every comment whose id was
// printed (acknowledged) is on the server exactly once.
#include "lecternprocess.h"
#include "../core/pgtestserver.h"

#include <QElapsedTimer>
#include <QTest>

class TestCliOffline : public QObject
{
    Q_OBJECT
    PgTestServer m_pg;
    QTemporaryDir m_home;
    QString m_article = QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt");

    QMap<QString, QString> env() const
    {
        return {{QStringLiteral("HOME"), m_home.path()},
                {QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))},
                {QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("no-pgpass"))},
                {QStringLiteral("PGPASSWORD"), QString()},
                {QStringLiteral("LANGUAGE"), QStringLiteral("en")}};
    }
    // A database with the schema and one reviewer; her address over the socket.
    QString setUp(const QString &database, QString *error)
    {
        const QString admin = m_pg.socketUri(m_pg.superuser(), database);
        const QString user = database + QStringLiteral("_thu");
        if (!m_pg.createDatabase(database, error) || !m_pg.createUser(user, QStringLiteral("pw"), error))
            return {};
        Run r = lectern({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), admin}, env());
        if (r.exitCode != 0) {
            *error = QString::fromUtf8(r.err);
            return {};
        }
        r = lectern({QStringLiteral("server"), QStringLiteral("grant"), user, QStringLiteral("reviewer"),
                     QStringLiteral("--db"), admin}, env());
        if (r.exitCode != 0) {
            *error = QString::fromUtf8(r.err);
            return {};
        }
        return m_pg.socketUri(user, database);
    }
    QStringList addArguments(const QString &uri, const QString &journal, int repeat) const
    {
        return {QStringLiteral("annotations"), QStringLiteral("add"), m_article, QStringLiteral("--db"), uri,
                QStringLiteral("--journal"), journal, QStringLiteral("--start"), QStringLiteral("0"),
                QStringLiteral("--end"), QStringLiteral("8"), QStringLiteral("--comment"), QStringLiteral("Nguồn?"),
                QStringLiteral("--author"), QStringLiteral("Thu"), QStringLiteral("--repeat"), QString::number(repeat)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_pg.unavailable().isEmpty())
            QSKIP(qPrintable(m_pg.unavailable()));
        QVERIFY(m_home.isValid());
    }

    void killedMidBatchEveryAcknowledgedCommentArrivesOnce()
    {
        const QString database = QStringLiteral("lectern_cli_kill");
        QString error;
        const QString uri = setUp(database, &error);
        QVERIFY2(!uri.isEmpty(), qPrintable(error));
        const QString journal = m_home.filePath(QStringLiteral("kill-journal.sqlite"));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const auto extra = env();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            if (it.value().isEmpty())
                environment.remove(it.key());
            else
                environment.insert(it.key(), it.value());
        }
        QProcess client;
        client.setProcessEnvironment(environment);
        client.start(QStringLiteral(LECTERN_BINARY), addArguments(uri, journal, 1000000));
        QVERIFY(client.waitForStarted());
        QStringList acknowledged;
        QByteArray partial;
        QByteArray errors;
        const auto readIds = [&] {
            errors += client.readAllStandardError();
            partial += client.readAllStandardOutput();
            qsizetype newline;
            while ((newline = partial.indexOf('\n')) >= 0) {
                acknowledged << QString::fromLatin1(partial.left(newline).trimmed());
                partial.remove(0, newline + 1);
            }
        };
        const auto waitForIds = [&](int count) {
            QElapsedTimer clock;
            clock.start();
            while (acknowledged.size() < count && client.state() == QProcess::Running && clock.elapsed() < 60000) {
                client.waitForReadyRead(1000);
                readIds();
            }
            return acknowledged.size() >= count;
        };
        // Part of the batch reaches the server…
        QVERIFY2(waitForIds(30), errors.constData());
        const int online = int(acknowledged.size());
        // …then the server is gone; the batch goes on into the journal…
        ResumeOnExit resume{m_pg};
        QVERIFY2(m_pg.halt(&error), qPrintable(error));
        QVERIFY2(waitForIds(online + 40), errors.constData());
        // …and the client is killed in the middle of it.
        client.kill(); // SIGKILL
        QVERIFY(client.waitForFinished(30000));
        QVERIFY2(client.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("exit %1 after %2 ids: %3")
                                .arg(client.exitCode())
                                .arg(acknowledged.size())
                                .arg(QString::fromUtf8(errors + client.readAllStandardError()))));
        readIds();
        if (!partial.trimmed().isEmpty())
            qInfo("an id cut by the kill was not acknowledged: %s", partial.constData());
        resume.armed = false;
        QVERIFY2(m_pg.resume(&error), qPrintable(error));
        for (const QString &id : std::as_const(acknowledged))
            QCOMPARE(id.size(), 36);

        // A client started again sends the journal.
        const Run sync = lectern({QStringLiteral("annotations"), QStringLiteral("sync"), QStringLiteral("--db"), uri,
                                  QStringLiteral("--journal"), journal},
                                 env());
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2(sync.out.contains("pending 0"), sync.out.constData());

        const QMap<QString, int> counts = serverCounts(m_pg, database);
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(counts.value(id) == 1, qPrintable(id));
        // At most the one write in flight at the kill came through unacknowledged.
        QVERIFY2(counts.size() <= acknowledged.size() + 1,
                 qPrintable(QStringLiteral("%1 on the server, %2 acknowledged").arg(counts.size()).arg(acknowledged.size())));
        qInfo("%d acknowledged (%d before the server stopped), %d on the server", int(acknowledged.size()), online,
              int(counts.size()));

        // A second sync finds nothing more to send.
        const Run again = lectern({QStringLiteral("annotations"), QStringLiteral("sync"), QStringLiteral("--db"), uri,
                                   QStringLiteral("--journal"), journal},
                                  env());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("sent 0,"), again.out.constData());
        QCOMPARE(serverCounts(m_pg, database), counts);
    }

    void offlineAddsWaitAndTheNextAddSendsThemFirst()
    {
        const QString database = QStringLiteral("lectern_cli_later");
        QString error;
        const QString uri = setUp(database, &error);
        QVERIFY2(!uri.isEmpty(), qPrintable(error));
        const QString journal = m_home.filePath(QStringLiteral("later-journal.sqlite"));

        QVERIFY2(m_pg.halt(&error), qPrintable(error));
        Run r = lectern(addArguments(uri, journal, 3), env());
        const bool resumed = m_pg.resume(&error); // before any QVERIFY: the other tests need it
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').size(), 3);
        QVERIFY2(r.err.contains("cannot be reached"), r.err.constData());
        QVERIFY2(r.err.contains("3 changes wait in the offline journal"), r.err.constData());
        QVERIFY2(resumed, qPrintable(error));
        const QList<QByteArray> offline = r.out.trimmed().split('\n');

        r = lectern(addArguments(uri, journal, 1), env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("wait in the offline journal"), r.err.constData());
        const QMap<QString, int> counts = serverCounts(m_pg, database);
        QCOMPARE(counts.size(), 4);
        for (const QByteArray &id : offline)
            QCOMPARE(counts.value(QString::fromLatin1(id)), 1);

        r = lectern({QStringLiteral("annotations"), QStringLiteral("sync"), QStringLiteral("--db"), uri,
                     QStringLiteral("--journal"), journal},
                    env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("pending 0"), r.out.constData());
        // sync names a team server.
        r = lectern({QStringLiteral("annotations"), QStringLiteral("sync"), QStringLiteral("--db"),
                     m_home.filePath(QStringLiteral("local.sqlite"))},
                    env());
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOffline)
#include "tst_cli_offline.moc"
