// The storage layer: locations, a connection per thread, transactions, per-module migrations
// (applied once and in order, a newer version refused, a failed step rolled back whole).
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lectern::Core;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// Steps of a test module "notes" that log what ran (into *log) and create one table each.
QList<Migration> noteSteps(int count, QStringList *log)
{
    QList<Migration> steps;
    for (int v = 1; v <= count; ++v) {
        Migration m;
        m.module = QStringLiteral("notes");
        m.version = v;
        m.description = QStringLiteral("notes table %1").arg(v);
        m.statements = {QStringLiteral("CREATE TABLE notes_%1 (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").arg(v)};
        m.run = [log, v](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO notes_%1 (body) VALUES ('ghi chú %1')").arg(v))) {
                *error = QStringLiteral("insert failed");
                return false;
            }
            log->append(QStringLiteral("notes %1").arg(v));
            return true;
        };
        steps.append(m);
    }
    return steps;
}

QStringList tables(const std::shared_ptr<Database> &db)
{
    QStringList names = db->connection().tables();
    names.sort();
    return names;
}

qint64 count(const std::shared_ptr<Database> &db, const QString &table)
{
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1/lectern.sqlite").arg(++m_counter)); }

    std::shared_ptr<Database> openFresh(QString *path = nullptr)
    {
        const QString file = freshPath();
        if (path)
            *path = file;
        QString error;
        auto db = Database::open(file, Database::Access::ReadWrite, &error);
        if (!db)
            qWarning() << error;
        return db;
    }

private Q_SLOTS:
    void parsesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("display");
        QTest::newRow("absolute path") << QStringLiteral("/srv/báo/lectern.sqlite") << false
                                       << QStringLiteral("/srv/báo/lectern.sqlite");
        QTest::newRow("file URL") << QStringLiteral("file:///srv/b%C3%A1o/lectern.sqlite") << false
                                  << QStringLiteral("/srv/báo/lectern.sqlite");
        QTest::newRow("memory") << QStringLiteral(":memory:") << false << QStringLiteral(":memory:");
        QTest::newRow("postgresql URI")
            << QStringLiteral("postgresql://thuha@db.toasoan.invalid:5433/lectern?sslmode=require") << true
            << QStringLiteral("postgresql://thuha@db.toasoan.invalid:5433/lectern?sslmode=require");
        QTest::newRow("postgres scheme") << QStringLiteral("postgres://db.toasoan.invalid/lectern") << true
                                         << QStringLiteral("postgresql://db.toasoan.invalid/lectern");
    }

    void parsesLocations()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        QFETCH(QString, display);
        QString error;
        const auto location = DatabaseLocation::parse(text, &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->backend() == DatabaseLocation::Backend::PostgreSql, postgres);
        QCOMPARE(location->displayName(), display);
    }

    void postgresParts()
    {
        const auto location = DatabaseLocation::parse(
            QStringLiteral("postgresql://thuha@db.toasoan.invalid:5433/lectern?sslmode=verify-full&connect_timeout=5"));
        QVERIFY(location);
        QCOMPARE(location->host(), QStringLiteral("db.toasoan.invalid"));
        QCOMPARE(location->port(), 5433);
        QCOMPARE(location->userName(), QStringLiteral("thuha"));
        QCOMPARE(location->databaseName(), QStringLiteral("lectern"));
        QCOMPARE(location->options().value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(location->options().value(QStringLiteral("connect_timeout")), QStringLiteral("5"));
    }

    void refusesBadLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("No database");
        QTest::newRow("password in the URI") << QStringLiteral("postgresql://thuha:bimat@db.invalid/lectern")
                                             << QStringLiteral("password");
        QTest::newRow("password option") << QStringLiteral("postgresql://db.invalid/lectern?password=bimat")
                                         << QStringLiteral("password");
        QTest::newRow("another scheme") << QStringLiteral("https://example.invalid/db") << QStringLiteral("postgresql://");
    }

    void refusesBadLocations()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!DatabaseLocation::parse(text, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!Database::open(text, Database::Access::ReadWrite, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void anUnreachablePostgresServerIsASentence()
    {
        // The team server backend (#17; tests against a real server: core.pgserver): nobody
        // listens on port 1, so the open fails with a sentence, at once, without a crash.
        QString error;
        QVERIFY(!Database::open(QStringLiteral("postgresql://thuha@127.0.0.1:1/lectern"), Database::Access::ReadWrite, &error));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QVERIFY2(error.contains(QStringLiteral("PostgreSQL driver (QPSQL) is not installed")), qPrintable(error));
        else
            QVERIFY2(error.contains(QStringLiteral("team server postgresql://thuha@127.0.0.1:1/lectern cannot be reached")),
                     qPrintable(error));
    }

    void opensWithSqliteSettings()
    {
        QString path;
        auto db = openFresh(&path);
        QVERIFY(db);
        QCOMPARE(db->backend(), DatabaseLocation::Backend::Sqlite);
        QCOMPARE(db->displayName(), path);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 10000);
        q.finish();
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(db->checkIntegrity());
    }

    void readOnlyNeedsAnExistingFile()
    {
        const QString path = freshPath();
        QString error;
        QVERIFY(!Database::open(path, Database::Access::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QFile text(m_dir.filePath(QStringLiteral("not-a-database.sqlite")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Đây không phải là cơ sở dữ liệu, chỉ là một tệp văn bản đủ dài để SQLite đọc phần đầu của nó.\n");
        text.close();
        QVERIFY(!Database::open(text.fileName(), Database::Access::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("not an SQLite database")) || error.contains(QStringLiteral("not a database")),
                 qPrintable(error));
    }

    void oneConnectionPerThread()
    {
        QString path;
        auto db = openFresh(&path);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (thread TEXT NOT NULL)")));
        const QString mine = db->connectionName();
        QVERIFY(!mine.isEmpty());
        QCOMPARE(db->connection().connectionName(), mine); // the same one on every call
        QCOMPARE(db->connectionCount(), 1);

        QString theirs;
        int countInThread = 0;
        bool wrote = false;
        QThread *worker = QThread::create([&] {
            theirs = db->connection().connectionName();
            wrote = db->transaction([&] { return db->exec(QStringLiteral("INSERT INTO t VALUES ('worker')")); });
            countInThread = db->connectionCount();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(wrote);
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(countInThread, 2);
        // Removed when its thread ended (its thread-local state is destroyed after QThread::wait()
        // returns, so this may take a moment); its commit is visible here.
        QTRY_COMPARE(db->connectionCount(), 1);
        QTRY_VERIFY(!QSqlDatabase::contains(theirs));
        QCOMPARE(count(db, QStringLiteral("t")), 1);

        // Destroying the Database removes every connection, also one of a thread still running.
        QSemaphore opened, release;
        QString parked;
        QThread *parker = QThread::create([&] {
            parked = db->connection().connectionName();
            opened.release();
            release.acquire();
        });
        parker->start();
        opened.acquire();
        QCOMPARE(db->connectionCount(), 2);
        db.reset();
        QVERIFY(!QSqlDatabase::contains(mine));
        QVERIFY(!QSqlDatabase::contains(parked));
        release.release();
        QVERIFY(parker->wait(30000)); // its thread exit finds nothing left to remove
        delete parker;
    }

    void transactionsNestAndRollBackWhole()
    {
        auto db = openFresh();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(db->begin());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(db->begin()); // joins
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        db->rollback();       // undoes both
        QVERIFY(!db->inTransaction());
        QVERIFY(!db->commit()); // the outer level has nothing left to commit
        QCOMPARE(count(db, QStringLiteral("t")), 0);
        QVERIFY(db->transaction([&] { return db->exec(QStringLiteral("INSERT INTO t VALUES (3)")); }));
        QVERIFY(!db->transaction([&] {
            db->exec(QStringLiteral("INSERT INTO t VALUES (4)"));
            return false;
        }));
        QCOMPARE(count(db, QStringLiteral("t")), 1);
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO missing VALUES (1)")));
        QVERIFY2(db->errorString().contains(QStringLiteral("missing")), qPrintable(db->errorString()));
    }

    void migrationsRunOnceInOrder()
    {
        QString path;
        auto db = openFresh(&path);
        QVERIFY(db);
        QStringList log;
        QList<Migration> steps = noteSteps(3, &log);
        std::reverse(steps.begin(), steps.end()); // the order of the list does not matter, the versions do
        QVERIFY2(db->migrate(steps), qPrintable(db->errorString()));
        QCOMPARE(log, (QStringList{QStringLiteral("notes 1"), QStringLiteral("notes 2"), QStringLiteral("notes 3")}));
        QCOMPARE(db->moduleVersion(QStringLiteral("notes")), 3);
        QCOMPARE(db->moduleVersion(QStringLiteral("other")), 0);
        const QList<AppliedMigration> applied = db->appliedMigrations();
        QCOMPARE(applied.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(applied.at(i).module, QStringLiteral("notes"));
            QCOMPARE(applied.at(i).version, i + 1);
            QCOMPARE(applied.at(i).description, QStringLiteral("notes table %1").arg(i + 1));
            QVERIFY(QDateTime::fromString(applied.at(i).applied, Qt::ISODateWithMs).isValid());
        }
        // Again, and from another Database on the file (another window or process): nothing runs.
        QVERIFY(db->migrate(noteSteps(3, &log)));
        {
            QString error;
            auto other = Database::open(path, Database::Access::ReadWrite, &error);
            QVERIFY2(other, qPrintable(error));
            QVERIFY(other->migrate(noteSteps(3, &log)));
            QCOMPARE(other->appliedMigrations(), applied);
        }
        QCOMPARE(log.size(), 3);
        // A build with one more step runs that step only.
        QVERIFY(db->migrate(noteSteps(4, &log)));
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.last(), QStringLiteral("notes 4"));
        QCOMPARE(count(db, QStringLiteral("notes_1")), 1);
        // Two modules in one call: each at its own version.
        Migration other{QStringLiteral("other"), 1, QStringLiteral("other table"),
                        {QStringLiteral("CREATE TABLE other_1 (x)")}, {}, 0};
        QVERIFY(db->migrate(noteSteps(4, &log) + QList<Migration>{other}));
        QCOMPARE(db->moduleVersion(QStringLiteral("other")), 1);
        QCOMPARE(db->moduleVersion(QStringLiteral("notes")), 4);
    }

    void stepsMustBeNumberedFromOne()
    {
        auto db = openFresh();
        QVERIFY(db);
        QStringList log;
        QList<Migration> steps = noteSteps(3, &log);
        steps.removeAt(1); // 1, 3
        QVERIFY(!db->migrate(steps));
        QVERIFY2(db->errorString().contains(QStringLiteral("not numbered")), qPrintable(db->errorString()));
        QVERIFY(log.isEmpty());
    }

    void newerModuleVersionIsRefused()
    {
        QString path;
        QStringList log;
        {
            auto db = openFresh(&path);
            QVERIFY(db);
            QVERIFY(db->migrate(noteSteps(3, &log)));
        }
        const QByteArray before = digest(path);
        for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            QString error;
            auto db = Database::open(path, access, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(!db->migrate(noteSteps(2, &log))); // an older build knows 2 steps
            QVERIFY2(db->errorString().contains(QStringLiteral("newer Lectern")), qPrintable(db->errorString()));
            QVERIFY2(db->errorString().contains(QStringLiteral("“notes” tables are at version 3")),
                     qPrintable(db->errorString()));
            QCOMPARE(db->moduleVersion(QStringLiteral("notes")), 3);
        }
        QCOMPARE(log.size(), 3);
        QCOMPARE(digest(path), before); // refused, never touched
    }

    void failedStepRollsBackWhole()
    {
        auto db = openFresh();
        QVERIFY(db);
        QStringList log;
        QVERIFY(db->migrate(noteSteps(1, &log)));
        const QStringList tablesBefore = tables(db);

        QList<Migration> steps = noteSteps(3, &log);
        // Step 2 creates a table, changes step 1's rows, then fails on its last statement.
        steps[1].statements = {QStringLiteral("CREATE TABLE half_done (x)"),
                               QStringLiteral("INSERT INTO half_done VALUES (1)"),
                               QStringLiteral("DELETE FROM notes_1"),
                               QStringLiteral("INSERT INTO no_such_table VALUES (1)")};
        QVERIFY(!db->migrate(steps));
        QVERIFY2(db->errorString().contains(QStringLiteral("step 2 of the “notes” tables")), qPrintable(db->errorString()));
        QVERIFY2(db->errorString().contains(QStringLiteral("no_such_table")), qPrintable(db->errorString()));
        QCOMPARE(db->moduleVersion(QStringLiteral("notes")), 1);
        QCOMPARE(tables(db), tablesBefore); // no half_done, no notes_2, no notes_3
        QCOMPARE(count(db, QStringLiteral("notes_1")), 1);
        QVERIFY(!db->inTransaction());

        // A step whose code fails is rolled back the same way.
        steps = noteSteps(2, &log);
        steps[1].run = [](QSqlDatabase &, QString *error) {
            *error = QStringLiteral("the conversion found a bad row");
            return false;
        };
        QVERIFY(!db->migrate(steps));
        QVERIFY2(db->errorString().contains(QStringLiteral("bad row")), qPrintable(db->errorString()));
        QCOMPARE(tables(db), tablesBefore);
        QCOMPARE(db->moduleVersion(QStringLiteral("notes")), 1);

        // The fixed build then migrates.
        QVERIFY2(db->migrate(noteSteps(3, &log)), qPrintable(db->errorString()));
        QCOMPARE(db->moduleVersion(QStringLiteral("notes")), 3);
    }

    void readOnlyMigratesNothing()
    {
        QString path;
        QStringList log;
        {
            auto db = openFresh(&path);
            QVERIFY(db);
            QVERIFY(db->migrate(noteSteps(1, &log)));
        }
        const QByteArray before = digest(path);
        QString error;
        auto db = Database::open(path, Database::Access::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isReadOnly());
        QVERIFY(db->migrate(noteSteps(1, &log)));   // current: fine
        QVERIFY(!db->migrate(noteSteps(2, &log)));  // not current: refused, not migrated
        QVERIFY2(db->errorString().contains(QStringLiteral("write access")), qPrintable(db->errorString()));
        QVERIFY(!db->exec(QStringLiteral("CREATE TABLE x (y)")));
        db.reset();
        QCOMPARE(log.size(), 1);
        QCOMPARE(digest(path), before);
    }

    void unknownStorageFormatIsRefused()
    {
        QString path;
        {
            auto db = openFresh(&path);
            QVERIFY(db);
            QStringList log;
            QVERIFY(db->migrate(noteSteps(1, &log)));
            QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 101")));
        }
        QString error;
        auto db = Database::open(path, Database::Access::ReadWrite, &error);
        QVERIFY(db);
        QStringList log;
        QVERIFY(!db->migrate(noteSteps(2, &log)));
        QVERIFY2(db->errorString().contains(QStringLiteral("newer Lectern")), qPrintable(db->errorString()));
        QVERIFY(log.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
