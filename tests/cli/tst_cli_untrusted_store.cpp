// Files from other people through the CLI: `annotations import` never takes over another
// article's annotation and checks the annotations' target; `library import` killed with SIGKILL
// and run again leaves whole articles, every annotation and no leftovers; damaged, empty and
// crafted library files exit non-zero with a message (no crash); a database one may not write
// can still be listed.
#include "library/librarystore.h"
#include "review/anchoring.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "lecternprocess.h"

#include <unistd.h>

using namespace Lectern::Core;

namespace {

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

const QString kArticleA = QStringLiteral("Bình Lâm tổng kết năm\n\nSáng 12/3, tỉnh Bình Lâm tổ chức hội nghị tổng kết."
                                         " Tổng vốn đầu tư đạt 4.250 tỷ đồng.\n");
const QString kArticleB = QStringLiteral("Hòa Bình họp báo\n\nChiều 14/3, tỉnh Hòa Bình họp báo về vụ lúa."
                                         " Sản lượng đạt 1,2 triệu tấn.\n");

} // namespace

class TestCliUntrustedStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name)); }

    QList<QJsonObject> listed(const QString &article, const QString &db)
    {
        const Run r = lectern({QStringLiteral("annotations"), QStringLiteral("list"), article, QStringLiteral("--db"), db});
        QList<QJsonObject> out;
        for (const QByteArray &line : r.out.split('\n'))
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void annotationsImportChecksTheTargetAndNeverMoves()
    {
        const QString a = path(QStringLiteral("a.txt")), b = path(QStringLiteral("b.txt"));
        QVERIFY(writeText(a, kArticleA));
        QVERIFY(writeText(b, kArticleB));
        const QString db = path(QStringLiteral("review.sqlite"));
        Run r = lectern({QStringLiteral("annotations"), QStringLiteral("add"), a, QStringLiteral("--start"), QStringLiteral("0"),
                         QStringLiteral("--end"), QStringLiteral("8"), QStringLiteral("--comment"), QStringLiteral("Tên tỉnh?"),
                         QStringLiteral("--tag"), QStringLiteral("name/title"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QString id = QString::fromUtf8(r.out).trimmed();
        const QString jsonld = path(QStringLiteral("a.jsonld"));
        QCOMPARE(lectern({QStringLiteral("annotations"), QStringLiteral("export"), a, QStringLiteral("-o"), jsonld,
                          QStringLiteral("--db"), db}).exitCode, 0);

        // Into another article: refused, nothing changes.
        r = lectern({QStringLiteral("annotations"), QStringLiteral("import"), b, jsonld, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not this article"), r.err.constData());
        QVERIFY(listed(b, db).isEmpty());
        QCOMPARE(listed(a, db).size(), 1);

        // Asked for: it is added to b under a new id; a keeps its own, unchanged.
        r = lectern({QStringLiteral("annotations"), QStringLiteral("import"), b, jsonld, QStringLiteral("--any-source"),
                     QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 kept beside a different one under a new id"), r.out.constData());
        const QList<QJsonObject> onA = listed(a, db), onB = listed(b, db);
        QCOMPARE(onA.size(), 1);
        QCOMPARE(onA.first().value(QStringLiteral("id")).toString(), QStringLiteral("urn:uuid:") + id);
        QVERIFY(QJsonDocument(onA.first()).toJson().contains("name/title"));
        QCOMPARE(onB.size(), 1);
        QVERIFY(onB.first().value(QStringLiteral("id")).toString() != QStringLiteral("urn:uuid:") + id);

        // One's own export read back after the article changed: still one annotation on a.
        QVERIFY(writeText(a, kArticleA + QStringLiteral("\nĐoạn bổ sung về kế hoạch năm sau.\n")));
        r = lectern({QStringLiteral("annotations"), QStringLiteral("import"), a, jsonld, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("0 added, 1 already there"), r.out.constData());
        QCOMPARE(listed(a, db).size(), 1);
    }

    void libraryImportSurvivesSigkill()
    {
        const int articles = 60;
        const int notesPerArticle = 3;
        const QString exported = path(QStringLiteral("big.lectern"));
        {
            LibraryStore source;
            QVERIFY(source.open(path(QStringLiteral("source.sqlite"))));
            for (int n = 0; n < articles; ++n) {
                Article article;
                article.title = QStringLiteral("Bản tin %1").arg(n);
                article.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Tin số %1: tỉnh Bình Lâm họp về ngân sách.").arg(n)},
                                  Block{Block::Kind::Paragraph, QStringLiteral("Tổng vốn đầu tư đạt %1 tỷ đồng.").arg(4000 + n)}};
                const auto id = source.indexArticle(article, {});
                QVERIFY(id);
                QList<Annotation> notes;
                for (int k = 0; k < notesPerArticle; ++k) {
                    Annotation note = Annotation::create(Anchoring::anchorAt(article.text(), k, k + 4), QStringLiteral("Lan"));
                    note.comment = QStringLiteral("Ghi chú %1.%2").arg(n).arg(k);
                    note.tags = {QStringLiteral("figure")};
                    notes.append(note);
                }
                QVERIFY(source.reviewStore().saveAnnotations(*id, notes));
            }
            QVERIFY(source.exportTo(exported));
        }
        const QString db = path(QStringLiteral("target.sqlite"));
        const QStringList args{QStringLiteral("library"), QStringLiteral("import"), exported, QStringLiteral("--db"), db};
        // Killed three times at different points, then run to the end.
        int killed = 0;
        for (const int at : {1, 12, 30}) {
            QProcess p;
            p.start(QStringLiteral(LECTERN_BINARY), args);
            QVERIFY(p.waitForStarted());
            QByteArray err;
            const QByteArray mark = QByteArray::number(at) + '/' + QByteArray::number(articles) + " articles";
            while (!err.contains(mark) && p.state() == QProcess::Running) {
                p.waitForReadyRead(10000);
                err += p.readAllStandardError();
            }
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL
                ++killed;
            }
            QVERIFY(p.waitForFinished(30000));
        }
        QVERIFY(killed > 0);
        const Run r = lectern(args);
        QCOMPARE(r.exitCode, 0);
        const Run again = lectern(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 articles added"), again.out.constData());
        QVERIFY2(again.out.contains("annotations: 0 added"), again.out.constData());

        LibraryStore target;
        QVERIFY(target.open(db));
        QCOMPARE(target.articleCount(), articles);
        QCOMPARE(target.reviewStore().annotationCount(), articles * notesPerArticle);
        QString report;
        QVERIFY2(target.reviewStore().checkIntegrity(&report), qPrintable(report));
        QSqlQuery q(target.reviewStore().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles a LEFT JOIN library_articles l ON l.article_id = a.id"
                                      " WHERE l.article_id IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // no article without its library row
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotation_tags")) && q.next());
        QCOMPARE(q.value(0).toInt(), articles * notesPerArticle);
        const QFileInfo info(db);
        QCOMPARE(info.absoluteDir().entryList({info.fileName() + QStringLiteral(".import-*")}, QDir::Files), QStringList());
    }

    void badLibraryFilesExitNonZero_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("0 bytes") << QStringLiteral("empty") << QByteArray("the file is empty");
        QTest::newRow("damaged annotations page") << QStringLiteral("damage") << QByteArray("cannot read annotations");
        QTest::newRow("figure_count=2147483647") << QStringLiteral("figures") << QByteArray("figure count");
        QTest::newRow("view using random()") << QStringLiteral("view") << QByteArray("view");
    }

    void badLibraryFilesExitNonZero()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, expected);
        const QString file = path(QStringLiteral("bad.lectern"));
        if (kind == QStringLiteral("empty")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else {
            LibraryStore source;
            QVERIFY(source.open(path(QStringLiteral("src.sqlite"))));
            Article article;
            article.title = QStringLiteral("Bản tin");
            article.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Ông Nguyễn Văn Tùng dự họp.")}};
            const auto id = source.indexArticle(article, {});
            QVERIFY(id);
            Annotation note = Annotation::create(Anchoring::anchorAt(article.text(), 0, 3), QStringLiteral("Lan"));
            note.comment = QStringLiteral("Chức danh?");
            QVERIFY(source.reviewStore().saveAnnotation(*id, note));
            QVERIFY(source.exportTo(file));
            source.close();
            const QString name = QStringLiteral("craft");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(file);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                int root = 0, pageSize = 0;
                if (q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'")) && q.next())
                    root = q.value(0).toInt();
                if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                    pageSize = q.value(0).toInt();
                if (kind == QStringLiteral("figures"))
                    QVERIFY(q.exec(QStringLiteral("UPDATE library_articles SET figure_count = 2147483647")));
                if (kind == QStringLiteral("view")) {
                    QVERIFY(q.exec(QStringLiteral("DROP TABLE annotations")));
                    QVERIFY(q.exec(QStringLiteral(
                        "CREATE VIEW annotations AS SELECT abs(random()) % 7 AS id, hex(randomblob(16)) AS uuid,"
                        " abs(random()) % 3 AS article_id, 'comment' AS kind, 'x' AS exact, '' AS prefix, '' AS suffix,"
                        " 0 AS start_cp, 1 AS end_cp, 0 AS orphan, 'c' AS comment, 'open' AS status, 'a' AS author,"
                        " '' AS created, '' AS modified, NULL AS correction FROM articles")));
                }
                q.finish();
                raw.close();
                if (kind == QStringLiteral("damage")) {
                    QVERIFY(root > 1 && pageSize > 0);
                    QFile f(file);
                    QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(qint64(root - 1) * pageSize));
                    QVERIFY(f.write(QByteArray(pageSize, '\x5a')) == pageSize);
                }
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QString db = path(QStringLiteral("into.sqlite"));
        const Run r = lectern({QStringLiteral("library"), QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(!r.out.contains("articles added"));
    }

    void readOnlyDatabaseCanBeListed()
    {
        // As root every file is writable: the listing runs as "nobody", who may read but not write.
        if (::geteuid() != 0)
            QSKIP("needs root to run the listing as another user");
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("runuser is not installed");
        QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/lectern-ro-XXXXXX"));
        QVERIFY(shared.isValid());
        QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                 | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        const QString db = shared.filePath(QStringLiteral("library.sqlite"));
        const QString article = shared.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeText(article, kArticleA));
        QCOMPARE(lectern({QStringLiteral("library"), QStringLiteral("add"), article, QStringLiteral("--db"), db}).exitCode, 0);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QTemporaryDir home(QDir::tempPath() + QStringLiteral("/lectern-home-XXXXXX"));
        QFile::setPermissions(home.path(), QFile::Permissions(0x7777));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                            QStringLiteral(LECTERN_BINARY), QStringLiteral("library"), QStringLiteral("list"),
                                            QStringLiteral("--db"), db});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
        if (err.contains("Permission denied") && err.contains(QByteArray(LECTERN_BINARY)))
            QSKIP("nobody cannot run the build's binary here");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("Bình Lâm tổng kết năm")), QByteArray(out + err).constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliUntrustedStore)
#include "tst_cli_untrusted_store.moc"
