// Library files from other people (LibraryStore::importLibrary, ForeignLibrary): crafted values,
// tables replaced by views, triggers, extra objects, damaged pages, empty and foreign files are
// refused with a sentence (no crash, no hang, nothing imported, the file left untouched); rows
// that belong to nothing are reported as lost. Leftovers of interrupted imports are removed and
// a read-only database is opened without writing.
#include "library/foreignlibrary.h"
#include "library/librarystore.h"
#include "review/anchoring.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

Article makeArticle(int n)
{
    Article a;
    a.title = QStringLiteral("Bản tin số %1").arg(n);
    a.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Ông Nguyễn Văn Tùng dự họp lần thứ %1.").arg(n)},
                Block{Block::Kind::Paragraph, QStringLiteral("Tổng vốn đầu tư đạt 4.250 tỷ đồng.")}};
    return a;
}

ExtractionResult people(const Article &a)
{
    ExtractionResult r;
    Entity e;
    e.type = EntityKind::Person;
    e.name = QStringLiteral("Nguyễn Văn Tùng");
    const qsizetype at = a.text().indexOf(e.name);
    e.mentions = {Mention{Span{at, at + e.name.size()}, e.name}};
    r.people = {e};
    r.metrics.resize(1);
    return r;
}

bool rawExec(const QString &path, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                *error = sql;
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Overwrites the root page of a table with garbage (a damaged disk sector).
bool damageTable(const QString &path, const QString &table)
{
    int root = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table)) && q.next())
                root = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    if (root < 2 || pageSize < 512)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(qint64(root - 1) * pageSize))
        return false;
    return f.write(QByteArray(pageSize, '\x5a')) == pageSize;
}

} // namespace

class TestUntrustedLibrary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_export; // a valid library: 3 articles, people, annotations with tags and replies

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    QString copyOfExport()
    {
        const QString copy = m_dir.filePath(QStringLiteral("crafted-%1.lectern").arg(++m_counter));
        return QFile::copy(m_export, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_export = m_dir.filePath(QStringLiteral("valid.lectern"));
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        for (int n = 1; n <= 3; ++n) {
            const Article a = makeArticle(n);
            const auto id = store.indexArticle(a, people(a));
            QVERIFY(id);
            const qsizetype at = a.text().indexOf(QStringLiteral("4.250"));
            Annotation note = Annotation::create(Anchoring::anchorAt(a.text(), at, at + 5), QStringLiteral("Lan"));
            note.comment = QStringLiteral("Xác minh %1").arg(n);
            note.tags = {QStringLiteral("figure")};
            note.replies = {AnnotationReply{QUuid::createUuid(), QStringLiteral("Minh"), Annotation::now(), QStringLiteral("Đã gọi")}};
            QVERIFY(store.reviewStore().saveAnnotation(*id, note));
        }
        QVERIFY(store.exportTo(m_export));
    }

    void validLibraryImports()
    {
        const QString file = copyOfExport();
        const QByteArray before = digest(file);
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        const auto report = target.importLibrary(file);
        QVERIFY2(report.has_value(), qPrintable(target.errorString()));
        QCOMPARE(report->added, 3);
        QVERIFY(report->complete());
        QCOMPARE(target.articleCount(), 3);
        QCOMPARE(target.reviewStore().annotationCount(), 3);
        QCOMPARE(target.entities(EntityKind::Person).size(), 1);
        // Read in place, never written: same bytes, nothing created beside it.
        QCOMPARE(digest(file), before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY(!QFile::exists(file + QLatin1String(suffix)));
    }

    void craftedFilesAreRefused_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("expected");
        const QString annotationColumns = QStringLiteral(
            "abs(random()) % 7 AS id, lower(hex(randomblob(16))) AS uuid, abs(random()) % 5 AS article_id, 'comment' AS kind,"
            " 'x' AS exact, '' AS prefix, '' AS suffix, 0 AS start_cp, 1 AS end_cp, 0 AS orphan, 'c' AS comment,"
            " 'open' AS status, 'a' AS author, '' AS created, '' AS modified, NULL AS correction");
        QTest::newRow("figure_count=2147483647")
            << QStringList{QStringLiteral("UPDATE library_articles SET figure_count = 2147483647")} << QStringLiteral("figure count");
        QTest::newRow("negative figure_count")
            << QStringList{QStringLiteral("UPDATE library_articles SET figure_count = -5")} << QStringLiteral("figure count");
        QTest::newRow("huge mention_count")
            << QStringList{QStringLiteral("UPDATE library_mentions SET mention_count = 2000000000")} << QStringLiteral("mention");
        QTest::newRow("a table replaced by a view using random()")
            << QStringList{QStringLiteral("DROP TABLE annotations"),
                           QStringLiteral("CREATE VIEW annotations AS SELECT %1 FROM articles").arg(annotationColumns)}
            << QStringLiteral("view “annotations”");
        QTest::newRow("a recursive CTE view")
            << QStringList{QStringLiteral("DROP TABLE library_mentions"),
                           QStringLiteral("CREATE VIEW library_mentions AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL"
                                          " SELECT n + 1 FROM r) SELECT n AS entity_id, n AS article_id, '' AS surface,"
                                          " '' AS aliases, '' AS roles, 1 AS mention_count, 0 AS first_offset FROM r")}
            << QStringLiteral("view “library_mentions”");
        QTest::newRow("a view returning a huge blob")
            << QStringList{QStringLiteral("DROP TABLE library_articles"),
                           QStringLiteral("CREATE VIEW library_articles AS SELECT id AS article_id, '' AS published, '' AS site,"
                                          " '' AS format, '' AS authors, NULL AS file_path, '' AS file_hash, 0 AS file_mtime,"
                                          " 0 AS file_size, 0 AS people_count, 0 AS organization_count, 0 AS figure_count,"
                                          " 0 AS comments_stale, '' AS indexed, zeroblob(300000000) AS body FROM articles")}
            << QStringLiteral("view “library_articles”");
        QTest::newRow("a trigger")
            << QStringList{QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON articles BEGIN DELETE FROM annotations; END")}
            << QStringLiteral("trigger “wipe”");
        QTest::newRow("one of our triggers redefined")
            << QStringList{QStringLiteral("DROP TRIGGER library_comments_insert"),
                           QStringLiteral("CREATE TRIGGER library_comments_insert AFTER INSERT ON annotations BEGIN"
                                          " DELETE FROM articles; END")}
            << QStringLiteral("trigger “library_comments_insert” is not defined");
        QTest::newRow("an extra table") << QStringList{QStringLiteral("CREATE TABLE extra (x)")} << QStringLiteral("table “extra”");
        QTest::newRow("another virtual table")
            << QStringList{QStringLiteral("CREATE VIRTUAL TABLE other_fts USING fts5(x)")} << QStringLiteral("other_fts");
        QTest::newRow("an index on an expression")
            << QStringList{QStringLiteral("CREATE INDEX slow ON annotations(length(comment))")} << QStringLiteral("index “slow”");
        QTest::newRow("a missing table")
            << QStringList{QStringLiteral("DROP TABLE replies")} << QStringLiteral("“replies” is missing");
        QTest::newRow("a body beyond 64 MB")
            << QStringList{QStringLiteral("UPDATE library_articles SET body = printf('%.*c', 67200000, 'x') WHERE rowid ="
                                          " (SELECT min(rowid) FROM library_articles)")}
            << QStringLiteral("import limits");
        QTest::newRow("a newer version") << QStringList{QStringLiteral("PRAGMA user_version = 99")} << QStringLiteral("newer Lectern");
        QTest::newRow("a review database without a library")
            << QStringList{QStringLiteral("PRAGMA user_version = 2")} << QStringLiteral("has no library");
    }

    void craftedFilesAreRefused()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, expected);
        const QString file = copyOfExport();
        QString error;
        QVERIFY2(rawExec(file, sql, &error), qPrintable(error));
        const QByteArray before = digest(file);
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        const auto report = target.importLibrary(file);
        QVERIFY(!report.has_value());
        QVERIFY2(target.errorString().contains(expected), qPrintable(target.errorString()));
        QCOMPARE(target.articleCount(), 0);
        QCOMPARE(target.reviewStore().annotationCount(), 0);
        QCOMPARE(digest(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void damagedOrForeignFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0 bytes") << QStringLiteral("empty") << QStringLiteral("the file is empty");
        QTest::newRow("not SQLite") << QStringLiteral("text") << QStringLiteral("Not a Lectern library");
        QTest::newRow("damaged annotations page") << QStringLiteral("annotations") << QStringLiteral("cannot read annotations");
        QTest::newRow("damaged mentions page") << QStringLiteral("library_mentions")
                                               << QStringLiteral("cannot read library_mentions");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    }

    void damagedOrForeignFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString file = m_dir.filePath(QStringLiteral("foreign-%1.lectern").arg(++m_counter));
        if (kind == QStringLiteral("empty") || kind == QStringLiteral("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QStringLiteral("text"))
                f.write("Tin tức: đây không phải là thư viện Lectern.\n");
        } else if (kind != QStringLiteral("missing")) {
            file = copyOfExport();
            QVERIFY(damageTable(file, kind));
        }
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        QVERIFY(!target.importLibrary(file).has_value());
        QVERIFY2(target.errorString().contains(expected), qPrintable(target.errorString()));
        QVERIFY(!target.importFrom(file).has_value());
        QCOMPARE(target.articleCount(), 0);
        if (kind == QStringLiteral("empty"))
            QCOMPARE(QFileInfo(file).size(), 0); // never turned into a database
    }

    void rowsThatBelongToNothingAreReportedLost()
    {
        const QString file = copyOfExport();
        QString error;
        QVERIFY2(rawExec(file, {QStringLiteral("INSERT INTO annotations (uuid, article_id, kind, exact, prefix, suffix,"
                                               " start_cp, end_cp, comment, status, author, created, modified)"
                                               " VALUES ('8f0e4b9a-2c1d-4e5f-9a8b-7c6d5e4f3a2b', 9999, 'comment', 'x', '',"
                                               " '', 0, 1, 'lạc', 'open', 'a', '', '')")},
                         &error),
                 qPrintable(error));
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        const auto report = target.importLibrary(file);
        QVERIFY2(report.has_value(), qPrintable(target.errorString()));
        QCOMPARE(report->added, 3);
        QVERIFY(!report->complete());
        QVERIFY2(report->problems.join(QLatin1Char(' ')).contains(QStringLiteral("1 rows of annotations")),
                 qPrintable(report->problems.join(QLatin1Char(' '))));
        LibraryStore again;
        QVERIFY(again.open(freshPath()));
        QVERIFY(!again.importFrom(file).has_value()); // the count-only form fails when anything was lost
    }

    void leftoversOfKilledImportsAreRemoved()
    {
        const QString db = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(db));
        }
        const QStringList leftovers = {db + QStringLiteral(".import-1733220000000"),
                                       db + QStringLiteral(".import-1733220000000-wal"),
                                       db + QStringLiteral(".import-1733220000001-shm")};
        const QString unrelated = db + QStringLiteral(".import-notes.txt");
        for (const QString &path : leftovers + QStringList{unrelated}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("SQLite format 3");
        }
        LibraryStore store;
        QVERIFY(store.open(db));
        for (const QString &path : leftovers)
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        QVERIFY(QFile::exists(unrelated));
    }

    void readOnlyOpenWritesNothing()
    {
        const QString db = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(db));
            QVERIFY(store.importLibrary(m_export));
        }
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        const QByteArray before = digest(db);
        {
            LibraryStore store;
            QVERIFY2(store.open(db, LibraryStore::Access::ReadOnly), qPrintable(store.errorString()));
            QCOMPARE(store.list().size(), 3);
            QCOMPARE(store.search(QStringLiteral("xac minh")).size(), 3);
            QVERIFY(!store.importLibrary(m_export).has_value());
            QVERIFY(store.reviewStore().isReadOnly());
            QVERIFY(!store.reviewStore().setReviewState(store.list().first().id, ReviewState::Approved));
        }
        QCOMPARE(digest(db), before);
        // A new database is the owner's alone.
        QCOMPARE(QFileInfo(db).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // Read-only needs an existing database of this version.
        LibraryStore missing;
        QVERIFY(!missing.open(m_dir.filePath(QStringLiteral("none/x.sqlite")), LibraryStore::Access::ReadOnly));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("none"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestUntrustedLibrary)
#include "tst_untrusted_library.moc"
