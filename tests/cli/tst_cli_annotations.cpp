// `lectern annotations …` as a user runs it, and the crash test: SIGKILL in the middle of a burst
// of inserts loses no committed annotation and leaves a sound database.
#include "review/annotationstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TestCliAnnotations : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    const QString m_article = QStringLiteral(LECTERN_TEST_DATA "/review/binh-lam.txt");

    static Run lectern(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LECTERN_BINARY), QStringList{QStringLiteral("annotations")} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString db(const QString &name) const { return m_dir.filePath(name); }

    QStringList addArgs(const QString &dbPath, int start, int end, const QString &comment) const
    {
        return {QStringLiteral("add"), m_article, QStringLiteral("--start"), QString::number(start),
                QStringLiteral("--end"), QString::number(end), QStringLiteral("--comment"), comment,
                QStringLiteral("--author"), QStringLiteral("Lê Thu Hà"), QStringLiteral("--db"), dbPath};
    }

private Q_SLOTS:
    void addAndExport()
    {
        const QString path = db(QStringLiteral("a.sqlite"));
        Run r = lectern(addArgs(path, 0, 8, QStringLiteral("Tên tỉnh?")) + QStringList{QStringLiteral("--tag"),
                                                                                        QStringLiteral("name/title")});
        QCOMPARE(r.exitCode, 0);
        const QString id = QString::fromUtf8(r.out).trimmed();
        QVERIFY(!QUuid::fromString(id).isNull());

        r = lectern({QStringLiteral("export"), m_article, QStringLiteral("--format"), QStringLiteral("jsonld"),
                     QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 1);
        QVERIFY(r.out.contains(id.toUtf8()));
        QVERIFY(r.out.contains("\"exact\": \"Bình Lâm\""));

        r = lectern({QStringLiteral("export"), m_article, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Tên tỉnh?,name/title,open")));

        const QString md = m_dir.filePath(QStringLiteral("report.md"));
        r = lectern({QStringLiteral("export"), m_article, QStringLiteral("--format"), QStringLiteral("md"),
                     QStringLiteral("-o"), md, QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(f.readAll());
        QVERIFY(report.startsWith(QStringLiteral("# Review: Bình Lâm tổng kết năm")));
        QVERIFY(report.contains(QStringLiteral("> Bình Lâm")));
    }

    void importIntoAnotherDatabase()
    {
        const QString from = db(QStringLiteral("from.sqlite"));
        const QString to = db(QStringLiteral("to.sqlite"));
        QCOMPARE(lectern(addArgs(from, 9, 17, QStringLiteral("một"))).exitCode, 0);
        QCOMPARE(lectern(addArgs(from, 20, 30, QStringLiteral("hai\ndòng"))).exitCode, 0);
        const QString jsonld = m_dir.filePath(QStringLiteral("out.jsonld"));
        QCOMPARE(lectern({QStringLiteral("export"), m_article, QStringLiteral("-o"), jsonld, QStringLiteral("--db"), from}).exitCode, 0);
        Run r = lectern({QStringLiteral("import"), m_article, jsonld, QStringLiteral("--db"), to});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("imported 2 annotations"));
        // Importing twice updates, never duplicates.
        QCOMPARE(lectern({QStringLiteral("import"), m_article, jsonld, QStringLiteral("--db"), to}).exitCode, 0);
        const Run a = lectern({QStringLiteral("list"), m_article, QStringLiteral("--db"), from});
        const Run b = lectern({QStringLiteral("list"), m_article, QStringLiteral("--db"), to});
        QCOMPARE(b.out.count('\n'), 2);
        QCOMPARE(b.out, a.out);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString path = db(QStringLiteral("err.sqlite"));
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frob"), m_article} << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), m_article, QStringLiteral("--format"),
                                                   QStringLiteral("xml"), QStringLiteral("--db"), path} << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("export"), QStringLiteral("/nonexistent.txt"),
                                                     QStringLiteral("--db"), path} << 1;
        QTest::newRow("span outside") << addArgs(path, 5, 100000, QStringLiteral("x")) << 2;
        QTest::newRow("import garbage") << QStringList{QStringLiteral("import"), m_article, m_article,
                                                       QStringLiteral("--db"), path} << 1;
        QTest::newRow("bad database") << QStringList{QStringLiteral("list"), m_article, QStringLiteral("--db"),
                                                     QStringLiteral("/proc/nope/x.sqlite")} << 1;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = lectern(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }

    void sigkillLosesNothingCommitted()
    {
        const QString path = db(QStringLiteral("crash.sqlite"));
        QProcess p;
        p.start(QStringLiteral(LECTERN_BINARY),
                QStringList{QStringLiteral("annotations")} + addArgs(path, 0, 8, QStringLiteral("loạt ghi"))
                    + QStringList{QStringLiteral("--repeat"), QStringLiteral("1000000")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        // Let it commit a good number, then kill it mid-burst.
        while (out.count('\n') < 150 && p.state() == QProcess::Running) {
            p.waitForReadyRead(10000);
            out += p.readAllStandardOutput();
        }
        QCOMPARE(p.state(), QProcess::Running);
        p.kill(); // SIGKILL on Unix
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        out += p.readAllStandardOutput();

        // Every id printed (printed only after its commit) is in the database after the restart.
        QStringList ids = QString::fromUtf8(out).split(QLatin1Char('\n'));
        if (!out.endsWith('\n'))
            ids.removeLast(); // a line cut by the kill
        ids.removeAll(QString());
        QVERIFY(ids.size() >= 150);

        AnnotationStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QString report;
        QVERIFY2(store.checkIntegrity(&report), qPrintable(report));
        for (const QString &id : std::as_const(ids))
            QVERIFY2(store.annotation(QUuid::fromString(id)), qPrintable(id));
        // At most the one transaction in flight may be there without having been printed.
        QVERIFY(store.annotationCount() >= ids.size());
        QVERIFY(store.annotationCount() <= ids.size() + 1);
        store.close();

        // The restarted program works on the same database.
        const Run r = lectern(addArgs(path, 9, 17, QStringLiteral("sau khi khởi động lại")));
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "tst_cli_annotations.moc"
