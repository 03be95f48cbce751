// `lectern library`: add (incremental, errors), search (text and JSON, folding, hostile
// queries), list with a state filter, export/import, usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "lecternprocess.h"

namespace {


const QString kSet = QStringLiteral(LECTERN_TEST_DATA "/library/set");

} // namespace

class TestCliLibrary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QStringList lib(const QStringList &args) const
    {
        return QStringList{QStringLiteral("library")} + args + QStringList{QStringLiteral("--db"), m_db};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        const Run r = lectern(lib({QStringLiteral("add"), kSet}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("added "), 4);
    }

    void secondAddSkipsUnchanged()
    {
        const Run r = lectern(lib({QStringLiteral("add"), kSet}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("unchanged "), 4);
        QVERIFY(r.err.contains("0 added, 0 updated, 4 unchanged, 0 failed"));
    }

    void addReportsFailuresAndGoesOn()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run r = lectern({QStringLiteral("library"), QStringLiteral("add"), m_dir.filePath(QStringLiteral("missing.txt")),
                               QStringLiteral(LECTERN_TEST_DATA "/library/bad/blank.txt"),
                               kSet + QStringLiteral("/hoa-binh-lua.txt"), QStringLiteral("--db"), other});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count("added "), 1);
        QVERIFY2(r.err.contains("missing.txt: The file does not exist."), r.err.constData());
        QVERIFY2(r.err.contains("blank.txt: The file contains only white space."), r.err.constData());
    }

    void searchJson_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("folded name") << QStringLiteral("nguyen van tung") << 2;
        QTest::newRow("tone placement") << QStringLiteral("\"Hoà Bình\"") << 2;
        QTest::newRow("phrase") << QStringLiteral("\"90 ty dong\"") << 1;
        QTest::newRow("hostile") << QStringLiteral("\"; DROP TABLE articles; NEAR(") << 0;
    }

    void searchJson()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        const Run r = lectern(lib({QStringLiteral("search"), query, QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(doc.array().size(), hits);
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("path")).toString().startsWith(kSet));
            QVERIFY(!o.value(QStringLiteral("highlights")).toArray().isEmpty());
        }
    }

    void searchText()
    {
        const Run r = lectern(lib({QStringLiteral("search"), QStringLiteral("dang thi lan")}));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Nông dân xã Hoà Bình thu hoạch lúa sớm tránh lũ")), r.out.constData());
        QVERIFY2(out.contains(QStringLiteral("[Đặng] [Thị] [Lan]")), r.out.constData());
    }

    void listByState()
    {
        Run r = lectern(lib({QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4);
        r = lectern(lib({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("in-review")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        r = lectern(lib({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("draft")}));
        QCOMPARE(r.out.count('\n'), 4);
    }

    void exportAndImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("backup.lectern"));
        QCOMPARE(lectern(lib({QStringLiteral("export"), file})).exitCode, 0);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run r = lectern({QStringLiteral("library"), QStringLiteral("import"), file, QStringLiteral("--db"), fresh});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("4 articles added"), r.out.constData());
        QCOMPARE(lectern(lib({QStringLiteral("vacuum")})).exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("add without path") << QStringList{QStringLiteral("add")};
        QTest::newRow("search without query") << QStringList{QStringLiteral("search")};
        QTest::newRow("bad state") << QStringList{QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("done")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = lectern(lib(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("lectern library: "));
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
