#pragma once

// The private PostgreSQL cluster of the test run (CTest fixture "postgres",
// tests/postgres/pgcluster.sh): where it is, and superuser helpers to make the databases and
// users a test needs. Tests that need it QSKIP with the reason when it is not running (no server
// binaries, or the test was run outside CTest).

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

class PgTestServer
{
public:
    PgTestServer()
    {
#ifdef LECTERN_PG_STATE
        QFile state(QStringLiteral(LECTERN_PG_STATE));
        if (!state.open(QIODevice::ReadOnly)) {
            m_reason = QStringLiteral("no PostgreSQL test cluster (run through ctest: the fixture postgres.start makes one)");
            return;
        }
        const QStringList lines = QString::fromUtf8(state.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                m_values.insert(line.left(eq), line.mid(eq + 1));
        }
#endif
        if (m_values.value(QStringLiteral("status")) != QStringLiteral("running")) {
            if (m_reason.isEmpty())
                m_reason = m_values.value(QStringLiteral("reason"), QStringLiteral("the PostgreSQL test cluster is not running"));
            return;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            m_reason = QStringLiteral("the Qt PostgreSQL driver is not installed (package libqt6sql6-psql)");
    }

    // Empty when the cluster is usable; else why not (for QSKIP).
    QString unavailable() const { return m_reason; }
    QString socketDir() const { return m_values.value(QStringLiteral("socket")); }
    int port() const { return m_values.value(QStringLiteral("port")).toInt(); }
    QString superuser() const { return m_values.value(QStringLiteral("superuser")); }
    QString superPassword() const { return m_values.value(QStringLiteral("password")); }
    QString binDir() const { return m_values.value(QStringLiteral("bin")); }
    QString root() const { return m_values.value(QStringLiteral("root")); }
    QString owner() const { return m_values.value(QStringLiteral("user")); }

    // A Lectern address over the Unix socket (trusted: no password) as `user`.
    QString socketUri(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4").arg(user).arg(port()).arg(database, socketDir());
    }
    // A Lectern address over TCP (a password is needed: ~/.pgpass or PGPASSWORD).
    QString tcpUri(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port()).arg(database);
    }

    // Stops the server abruptly (pg_ctl stop -m immediate) and starts it again, same data and
    // address (pgcluster.sh halt / resume): a server gone mid-session. False and *error on failure.
    bool halt(QString *error = nullptr) const { return control(QStringLiteral("halt"), error); }
    bool resume(QString *error = nullptr) const { return control(QStringLiteral("resume"), error); }

    // Runs statements as the superuser on `database`; false and *error on the first failure.
    bool exec(const QString &database, const QStringList &statements, QString *error = nullptr) const
    {
        const QString name = QStringLiteral("pgtest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(port());
            db.setUserName(superuser());
            db.setDatabaseName(database);
            ok = db.open();
            if (!ok && error)
                *error = db.lastError().text();
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    // A fresh, empty database (dropped first when a previous run left it).
    bool createDatabase(const QString &database, QString *error = nullptr) const
    {
        return exec(QStringLiteral("postgres"),
                    {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database),
                     QStringLiteral("CREATE DATABASE %1").arg(database)},
                    error);
    }
    // A login user with a password (dropped first, with what it owned in the test databases).
    bool createUser(const QString &user, const QString &password, QString *error = nullptr) const
    {
        return exec(QStringLiteral("postgres"),
                    {QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                                    " EXECUTE 'DROP ROLE %1'; END IF; END $$")
                         .arg(user),
                     QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user, password)},
                    error);
    }

private:
    bool control(const QString &mode, QString *error) const
    {
#if defined(LECTERN_PG_STATE) && defined(LECTERN_PG_SCRIPT)
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral(LECTERN_PG_SCRIPT), mode, QStringLiteral(LECTERN_PG_STATE)});
        if (sh.waitForFinished(120000) && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0)
            return true;
        if (error)
            *error = mode + QStringLiteral(" failed: ") + QString::fromUtf8(sh.readAllStandardError());
#else
        if (error)
            *error = mode + QStringLiteral(": this test was built without LECTERN_PG_SCRIPT");
#endif
        return false;
    }

    QMap<QString, QString> m_values;
    QString m_reason;
};

// Starts the halted server again when a test leaves early (the other tests need it).
struct ResumeOnExit
{
    const PgTestServer &pg;
    bool armed = true;
    ~ResumeOnExit()
    {
        if (armed)
            pg.resume();
    }
};

// uuid -> how many rows `table` of `database` holds for it, read as the superuser.
inline QMap<QString, int> serverCounts(const PgTestServer &pg, const QString &database,
                                       const QString &table = QStringLiteral("annotations"))
{
    QMap<QString, int> counts;
    const QString name = QStringLiteral("pgtest-count");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pg.socketDir());
        db.setPort(pg.port());
        db.setUserName(pg.superuser());
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT uuid::text, count(*) FROM %1 GROUP BY uuid").arg(table))) {
                while (q.next())
                    counts.insert(q.value(0).toString(), q.value(1).toInt());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}
