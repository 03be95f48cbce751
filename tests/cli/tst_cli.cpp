// Runs the built `lectern` binary as a user would and checks exit codes and the JSON contract.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run lectern(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LECTERN_BINARY), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(LECTERN_TEST_DATA "/foundation/") + QString::fromLatin1(name);
    }

private Q_SLOTS:
    void version()
    {
        const Run r = lectern({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Lectern "));
    }

    void help()
    {
        const Run r = lectern({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("extract"));
    }

    void unknownVerb()
    {
        const Run r = lectern({QStringLiteral("frobnicate")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.exitCode > 0); // an error exit, not a crash
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("frobnicate"));
    }

    void extractNeedsFiles()
    {
        const Run r = lectern({QStringLiteral("extract")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no file"));
    }

    void extractJsonShape()
    {
        const QString file = fixture("plain-utf8.txt");
        const Run r = lectern({QStringLiteral("extract"), file});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.first(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), file);
        const QString text = o.value(QStringLiteral("text")).toString();
        QVERIFY(text.contains(QStringLiteral("Viện Nghiên cứu Nông nghiệp")));
        QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
        for (const char *key : {"people", "organizations", "metrics", "authors", "photographers"})
            QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
        QVERIFY(o.contains(QStringLiteral("title")));
        QVERIFY(o.contains(QStringLiteral("published")));
        QVERIFY(o.contains(QStringLiteral("url")));
    }

    void extractNfdBecomesNfc()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nfd.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString nfd = QStringLiteral("Tin ve\u0302\u0300 Vie\u0323\u0302t Nam\n\nNo\u0323\u0302i dung ba\u0300i vie\u0302\u0301t.");
        f.write(nfd.toUtf8());
        f.close();
        const Run r = lectern({QStringLiteral("extract"), path});
        QCOMPARE(r.exitCode, 0);
        const QString text = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("text")).toString();
        QVERIFY(text.contains(QStringLiteral("Việt Nam")));
        QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
    }

    void missingFileStillGetsALine()
    {
        const QString good = fixture("plain-utf8.txt");
        const QString missing = fixture("does-not-exist.txt");
        const Run r = lectern({QStringLiteral("extract"), missing, good});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("source")).toString(), missing);
        QVERIFY(!first.value(QStringLiteral("error")).toString().isEmpty());
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QVERIFY(second.contains(QStringLiteral("text")));
    }

    void guiWithMissingFileFailsCleanly()
    {
        const Run r = lectern({fixture("nope.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no such file"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
