// `lectern model train/info` and `lectern extract --model/--no-model`, run as a user would, on a
// span file written by the test (tests/core/taggerfixture.h: invented sentences).
#include "../core/taggerfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliModel : public QObject
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
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1700000000"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LECTERN_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QStringList sources(const QByteArray &jsonLine)
    {
        QStringList out;
        const QJsonObject o = QJsonDocument::fromJson(jsonLine).object();
        for (const char *kind : {"people", "organizations"})
            for (const QJsonValue &e : o.value(QLatin1String(kind)).toArray())
                for (const QJsonValue &m : e.toObject().value(QStringLiteral("mentions")).toArray()) {
                    const QJsonObject mo = m.toObject();
                    const double c = mo.value(QStringLiteral("confidence")).toDouble(-1);
                    if (c < 0 || c > 1)
                        out << QStringLiteral("bad confidence");
                    out << mo.value(QStringLiteral("source")).toString();
                }
        return out;
    }

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(path("spans.jsonl"), TaggerFixture::spanLines());
        write(path("split.json"), R"({"train": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
                                                "13", "14", "15", "16", "17", "18", "19", "20"], "tune": ["21"]})");
        write(path("article.txt"), TaggerFixture::q("Chủ tịch UBND tỉnh Võ Thành Trung và Phó Chủ tịch UBND tỉnh "
                                                    "Châu Thị Ngọc tiếp Đoàn công tác của Sở Nội vụ.\n")
                                       .toUtf8());
    }

    void trainIsDeterministic()
    {
        const QStringList args{QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("--spans"), path("spans.jsonl"),
                               QStringLiteral("--split-file"), path("split.json"), QStringLiteral("--split"),
                               QStringLiteral("train"), QStringLiteral("--terms"), QStringLiteral("invented test sentences"),
                               QStringLiteral("-o")};
        const Run a = lectern(args + QStringList{path("a.ltm")});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY(a.err.contains("20 articles"));
        // The command is part of the provenance: train again with the same command.
        QVERIFY(QFile::rename(path("a.ltm"), path("first.ltm")));
        const Run b = lectern(args + QStringList{path("a.ltm")});
        QCOMPARE(b.exitCode, 0);
        QFile fa(path("a.ltm")), fb(path("first.ltm"));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray first = fb.readAll();
        QVERIFY(first.size() > 100);
        QVERIFY(fa.readAll() == first);
    }

    void info()
    {
        const Run r = lectern({QStringLiteral("model"), QStringLiteral("info"), path("a.ltm")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("hash: sha256:"));
        QVERIFY(r.out.contains("features: "));
        QVERIFY(r.out.contains("terms: invented test sentences"));
        QVERIFY(r.out.contains("command: lectern model train --spans"));
        QVERIFY(r.out.contains("date: 2023-11-14T22:13:20Z"));
        QVERIFY(r.out.contains("\"articles\":20"));
        QVERIFY(r.out.contains("\"split\":\"train\""));
    }

    void usageErrors()
    {
        QCOMPARE(lectern({QStringLiteral("model")}).exitCode, 2);
        QCOMPARE(lectern({QStringLiteral("model"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(lectern({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("-o"), path("x.ltm")}).exitCode, 2);
        const Run missing = lectern({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("--spans"),
                                     path("missing.jsonl"), QStringLiteral("-o"), path("x.ltm")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("missing.jsonl"));
    }

    void extractWithModel()
    {
        const Run r = lectern({QStringLiteral("extract"), QStringLiteral("--model"), path("a.ltm"), path("article.txt")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("people")).toArray().size(), 2);
        const QStringList s = sources(r.out);
        QVERIFY(s.contains(QStringLiteral("model")));
        QVERIFY(!s.contains(QStringLiteral("bad confidence")));
    }

    void extractWithoutModel()
    {
        const Run r = lectern({QStringLiteral("extract"), QStringLiteral("--no-model"), path("article.txt")});
        QCOMPARE(r.exitCode, 0);
        const QStringList s = sources(r.out);
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.count(QStringLiteral("rules")), s.size());
        QCOMPARE(lectern({QStringLiteral("extract"), QStringLiteral("--no-model"), QStringLiteral("--model"), path("a.ltm"),
                          path("article.txt")})
                     .exitCode,
                 2);
    }

    void damagedModelFallsBackToRules()
    {
        QFile f(path("a.ltm"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        write(path("cut.ltm"), f.readAll().left(1000));
        const Run r = lectern({QStringLiteral("extract"), QStringLiteral("--model"), path("cut.ltm"), path("article.txt")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("truncated model file") && r.err.contains("using the rules alone"), r.err.constData());
        const QStringList s = sources(r.out);
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.count(QStringLiteral("rules")), s.size());
        const Run info = lectern({QStringLiteral("model"), QStringLiteral("info"), path("cut.ltm")});
        QCOMPARE(info.exitCode, 1);
        QVERIFY(info.err.contains("truncated"));
    }
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "tst_cli_model.moc"
