// `lectern model learn --db DB [--base MODEL] -o MODEL` as a user runs it, on a review database
// made in the test with the core API (an article indexed by the library, an entity correction
// on it, an article registered without stored text) and a base model trained in the test from
// invented sentences (tests/core/taggerfixture.h), so nothing depends on the bundled model.
#include "../core/taggerfixture.h"
#include "lecternprocess.h"

#include "extract/entity.h"
#include "library/librarystore.h"
#include "review/anchoring.h"
#include "review/annotationstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lectern::Core;
using TaggerFixture::q;

class TestCliModelLearn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static Article article(const QString &title, const QString &body)
    {
        Article a;
        a.title = title;
        a.url = QStringLiteral("https://example.org/") + QString::number(qHash(title));
        a.blocks.append(Block{Block::Kind::Paragraph, body});
        return a;
    }
    // Names of the organizations `lectern extract --model M FILE` finds.
    QStringList organizations(const QString &model, const QString &file)
    {
        const Run r = lectern({QStringLiteral("extract"), QStringLiteral("--model"), model, file});
        if (r.exitCode != 0)
            return {QStringLiteral("extract failed: ") + QString::fromUtf8(r.err)};
        QStringList out;
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue &e : o.value(QStringLiteral("organizations")).toArray())
            out << e.toObject().value(QStringLiteral("name")).toString();
        return out;
    }

    const QString corrected = q("Sáng 12/3, Chủ tịch UBND tỉnh Lê Văn An tiếp Đoàn công tác của Sở Nội vụ.\n"
                                "Hôm nay, nhóm Kim Ngân Phát khai trương chi nhánh mới tại Lạc Sơn.");
    const QString missedName = q("nhóm Kim Ngân Phát");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(path("spans.jsonl"), TaggerFixture::spanLines());
        Run r = lectern({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("--spans"), path("spans.jsonl"),
                         QStringLiteral("-o"), path("base.ltm")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        LibraryStore store;
        QVERIFY2(store.open(path("review.sqlite")), qPrintable(store.errorString()));
        const Article a = article(QStringLiteral("Corrected"), corrected);
        const auto id = store.indexArticle(a, ExtractionResult{});
        QVERIFY2(id.has_value(), qPrintable(store.errorString()));
        EntityCorrection c;
        c.action = EntityCorrection::Action::AddMissed;
        c.newType = EntityKind::Organization;
        c.newName = missedName;
        const qsizetype at = a.text().indexOf(missedName);
        QVERIFY(at > 0);
        const Annotation note = Annotation::createCorrection(Anchoring::anchorAt(a.text(), at, at + missedName.size()),
                                                             QStringLiteral("editor"), c);
        QVERIFY(store.reviewStore().saveAnnotation(*id, note));
        // Registered by the review store alone (no library text), with a correction: skipped.
        const Article bare = article(QStringLiteral("No text kept"), q("Ông Trần Thị Bình phát biểu."));
        const auto record = store.reviewStore().registerArticle(bare);
        QVERIFY(record.has_value());
        QVERIFY(store.reviewStore().saveAnnotation(
            record->id, Annotation::createCorrection(Anchoring::anchorAt(bare.text(), 4, 17), QStringLiteral("editor"), c)));
        store.close();

        LibraryStore empty;
        QVERIFY(empty.open(path("empty.sqlite")));
        empty.close();
        write(path("second.txt"), q("Chiều qua, nhóm Kim Ngân Phát khai trương chi nhánh mới tại Hòa Phong.\n").toUtf8());
        write(path("broken.ltm"), QByteArrayLiteral("LECTNER\0 not really a model"));
    }

    void learnsTheCorrection()
    {
        const Run r = lectern({QStringLiteral("model"), QStringLiteral("learn"), QStringLiteral("--db"), path("review.sqlite"),
                               QStringLiteral("--base"), path("base.ltm"), QStringLiteral("-o"), path("learned.ltm")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("skipped article 2"), r.err.constData());
        QVERIFY2(r.err.contains("no stored text"), r.err.constData());
        QVERIFY2(r.err.contains("learned from 1 corrections in 1 of 2 articles"), r.err.constData());
        const Run info = lectern({QStringLiteral("model"), QStringLiteral("info"), path("learned.ltm")});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("entity corrections of a review database"), info.out.constData());
        QVERIFY2(info.out.contains("review.sqlite"), info.out.constData());

        // The missed organization is found by the learned model in another article of the same shape.
        QVERIFY(!organizations(path("base.ltm"), path("second.txt")).contains(missedName));
        QVERIFY2(organizations(path("learned.ltm"), path("second.txt")).contains(missedName),
                 qPrintable(organizations(path("learned.ltm"), path("second.txt")).join(QLatin1Char('|'))));
    }

    void deterministic()
    {
        const QStringList args{QStringLiteral("model"), QStringLiteral("learn"), QStringLiteral("--db"), path("review.sqlite"),
                               QStringLiteral("--base"), path("base.ltm"), QStringLiteral("-o")};
        QCOMPARE(lectern(args + QStringList{path("a.ltm")}).exitCode, 0);
        QCOMPARE(lectern(args + QStringList{path("b.ltm")}).exitCode, 0);
        QVERIFY(!read(path("a.ltm")).isEmpty());
        QCOMPARE(read(path("a.ltm")), read(path("b.ltm")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString out = path("out.ltm");
        QTest::newRow("no db") << QStringList{QStringLiteral("-o"), out} << 2 << QByteArray("learn needs --db DB and -o MODEL");
        QTest::newRow("no output") << QStringList{QStringLiteral("--db"), path("review.sqlite")} << 2
                                   << QByteArray("learn needs --db DB and -o MODEL");
        QTest::newRow("missing db") << QStringList{QStringLiteral("--db"), path("nothing.sqlite"), QStringLiteral("-o"), out}
                                    << 1 << QByteArray("no such review database");
        QTest::newRow("no corrections") << QStringList{QStringLiteral("--db"), path("empty.sqlite"), QStringLiteral("-o"), out}
                                        << 1 << QByteArray("no entity corrections to learn from");
        QTest::newRow("broken base") << QStringList{QStringLiteral("--db"), path("review.sqlite"), QStringLiteral("--base"),
                                                    path("broken.ltm"), QStringLiteral("-o"), out}
                                     << 1 << QByteArray("broken.ltm");
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("--db"), path("review.sqlite"), QStringLiteral("--base"),
                                                          path("base.ltm"), QStringLiteral("-o"), path("no/such/dir/x.ltm")}
                                           << 1 << QByteArray("x.ltm");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = lectern(QStringList{QStringLiteral("model"), QStringLiteral("learn")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFile::exists(path("out.ltm")));
    }
};

QTEST_GUILESS_MAIN(TestCliModelLearn)
#include "tst_cli_modellearn.moc"
