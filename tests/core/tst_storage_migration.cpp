// A review database as Lectern wrote it before per-module schema versions (tests/data/storage/
// review-library-v3.sql: the schema exactly as that code created it, and rows it wrote) opens
// with the storage layer, is adopted and migrated, and keeps every article, annotation, reply,
// tag, correction, version and library row.
#include "library/libraryschema.h"
#include "library/librarystore.h"
#include "review/reviewschema.h"
#include "storage/database.h"
#include "storage/sqliteformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

const QString kFixture = QStringLiteral(LECTERN_TEST_DATA "/storage/review-library-v3.sql");
const QStringList kTables = {QStringLiteral("articles"),         QStringLiteral("article_versions"),
                             QStringLiteral("annotations"),      QStringLiteral("annotation_tags"),
                             QStringLiteral("replies"),          QStringLiteral("library_entities"),
                             QStringLiteral("library_articles"), QStringLiteral("library_mentions")};

// Runs SQL through a connection of its own (never a Database): one statement per line, "--"
// lines are comments.
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
                *error = sql.left(80) + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QStringList fixtureStatements()
{
    QFile f(kFixture);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QStringLiteral("--")))
            out << line;
    }
    return out;
}

// Every row of every table (and the full-text index), as text, in row order.
QStringList snapshot(const QString &path)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const QString &table : kTables + QStringList{QStringLiteral("library_fts")}) {
                QSqlQuery q(db);
                const QString sql = table == QStringLiteral("library_fts")
                    ? QStringLiteral("SELECT rowid, title, body, comments FROM library_fts ORDER BY rowid")
                    : QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table);
                if (!q.exec(sql))
                    rows << table + QStringLiteral(" unreadable: ") + q.lastError().text();
                while (q.next()) {
                    QStringList values;
                    for (int i = 0; i < q.record().count(); ++i)
                        values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                    rows << table + QStringLiteral(": ") + values.join(QStringLiteral(" | "));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    return rows;
}

// The rows of an old file once migrated: the same, each library row with the reader_version
// column that library step 2 adds, empty (read by an older Lectern: re-read once).
QStringList migratedRows(QStringList rows)
{
    for (QString &row : rows)
        if (row.startsWith(QStringLiteral("library_articles: ")))
            row += QStringLiteral(" | ");
    return rows;
}

// sqlite_schema without the FTS5 shadow tables (their text is SQLite's own).
QStringList schema(const QString &path, int *userVersion = nullptr)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"
                                  " WHERE NOT (type = 'table' AND name LIKE 'library_fts_%') ORDER BY type, name"));
            while (q.next())
                out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                           .join(QStringLiteral(" | "));
            if (userVersion && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                *userVersion = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    return out;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

const Annotation *byId(const QList<Annotation> &list, const QString &uuid)
{
    for (const Annotation &a : list) {
        if (a.id == QUuid::fromString(uuid))
            return &a;
    }
    return nullptr;
}

} // namespace

class TestStorageMigration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    QString legacyDatabase()
    {
        const QString path = freshPath();
        QString error;
        const QStringList statements = fixtureStatements();
        if (statements.size() < 40
            || !rawExec(path, QStringList{QStringLiteral("BEGIN")} + statements + QStringList{QStringLiteral("COMMIT")}, &error))
            qWarning() << "fixture:" << error;
        return path;
    }

    QString freshSchemaPath()
    {
        const QString path = freshPath();
        LibraryStore store;
        store.open(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(kFixture));
    }

    void oldDatabaseKeepsEveryRow()
    {
        const QString path = legacyDatabase();
        int before = -1;
        QVERIFY(!schema(path, &before).isEmpty());
        QCOMPARE(before, 3);
        const QStringList rowsBefore = snapshot(path);
        QCOMPARE(rowsBefore.filter(QRegularExpression(QStringLiteral("^annotations: "))).size(), 6);
        QCOMPARE(rowsBefore.filter(QRegularExpression(QStringLiteral("^replies: "))).size(), 2);

        {
            LibraryStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            // Adopted: the steps the file already had are recorded, none run again.
            QStringList applied;
            for (const AppliedMigration &m : store.storage()->appliedMigrations())
                applied << QStringLiteral("%1 %2").arg(m.module).arg(m.version);
            QCOMPARE(applied, (QStringList{QStringLiteral("legacy 3"), QStringLiteral("library 1"),
                                           QStringLiteral("library 2"), QStringLiteral("library 3"), QStringLiteral("review 1"),
                                           QStringLiteral("review 2")}));
            QCOMPARE(store.storage()->moduleVersion(QStringLiteral("review")), ReviewSchema::latestVersion());
            QCOMPARE(store.storage()->moduleVersion(QStringLiteral("library")), LibrarySchema::latestVersion());
            QVERIFY(store.reviewStore().checkIntegrity());

            // Every annotation, with its replies, tags and correction, through the store.
            AnnotationStore &review = store.reviewStore();
            QCOMPARE(review.annotationCount(), 6);
            const QList<Annotation> first = review.annotations(1);
            QCOMPARE(first.size(), 3);
            const Annotation *figure = byId(first, QStringLiteral("0326a0fd-a42a-47e9-b8ac-01a8ec287496"));
            QVERIFY(figure);
            QCOMPARE(figure->anchor.exact, QStringLiteral("4.250 tỷ đồng"));
            QCOMPARE(figure->tags, (QStringList{QStringLiteral("figure"), QStringLiteral("fact-check")}));
            QCOMPARE(figure->replies.size(), 2);
            QCOMPARE(figure->replies.at(0).text, QStringLiteral("Đã hỏi Sở Kế hoạch, đúng."));
            QCOMPARE(figure->replies.at(1).author, QStringLiteral("Lê Thu Hà"));
            const Annotation *title = byId(first, QStringLiteral("9570a8f1-ca61-438d-af9e-dd666e74d815"));
            QVERIFY(title);
            QCOMPARE(title->status, Annotation::Status::Resolved);
            QCOMPARE(title->tags, QStringList{QStringLiteral("tên riêng")});
            const Annotation *changeType = byId(first, QStringLiteral("f2c6740d-2317-4643-a4d6-bab9f74c96a5"));
            QVERIFY(changeType);
            QCOMPARE(changeType->kind, Annotation::Kind::EntityCorrection);
            QCOMPARE(changeType->correction.action, EntityCorrection::Action::ChangeType);
            QCOMPARE(changeType->correction.newType, EntityKind::Place);
            QCOMPARE(changeType->correction.name, QStringLiteral("Bình Lâm"));
            const QList<Annotation> second = review.annotations(2);
            QCOMPARE(second.size(), 2);
            const Annotation *reject = byId(second, QStringLiteral("27802db6-ba4e-49fc-83df-b4521a3b77cc"));
            QVERIFY(reject);
            QCOMPARE(reject->correction.action, EntityCorrection::Action::Reject);
            QCOMPARE(reject->correction.name, QStringLiteral("Trần Minh Đức"));
            const Annotation *orphan = byId(second, QStringLiteral("055cb5da-74ce-4553-90a3-475873048e4f"));
            QVERIFY(orphan);
            QVERIFY(orphan->orphan);
            QCOMPARE(orphan->comment, QStringLiteral("Dòng 1\nDòng 2 với 'nháy đơn'"));
            QCOMPARE(review.annotations(3).size(), 1);

            // Articles, states, versions and the library.
            QCOMPARE(review.articleById(1)->reviewState, ReviewState::InReview);
            QCOMPARE(review.articleById(2)->reviewState, ReviewState::Approved);
            QCOMPARE(review.contentHashes(1).size(), 2);
            QCOMPARE(store.articleCount(), 2);
            QCOMPARE(store.list().size(), 2);
            QVERIFY(!store.entities(EntityKind::Organization).isEmpty());
            const QList<SearchHit> inComments = store.search(QStringLiteral("doi chieu"));
            QCOMPARE(inComments.size(), 1); // a comment, diacritics folded
            QCOMPARE(inComments.first().field, QStringLiteral("comments"));
            QCOMPARE(store.search(QStringLiteral("song xanh")).size(), 1);    // a title and body
            QCOMPARE(store.storedText(1).has_value(), true);
        }
        QCOMPARE(snapshot(path), migratedRows(rowsBefore)); // nothing lost, nothing rewritten

        // The schema is now the one a new database gets (so its exports import anywhere).
        int after = -1;
        QCOMPARE(schema(path, &after), schema(freshSchemaPath()));
        QCOMPARE(after, SqliteFormat::moduleVersions);

        // Opening again changes nothing.
        QList<AppliedMigration> applied;
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            applied = store.storage()->appliedMigrations();
        }
        LibraryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.storage()->appliedMigrations(), applied);
    }

    void reviewFirstThenLibrary()
    {
        // The reader opens the review tables alone; the library later adopts its own tables
        // from the same old version instead of creating them again.
        const QString path = legacyDatabase();
        const QStringList rowsBefore = snapshot(path);
        {
            AnnotationStore review;
            QVERIFY2(review.open(path), qPrintable(review.errorString()));
            QCOMPARE(review.storage()->moduleVersion(QStringLiteral("review")), ReviewSchema::latestVersion());
            QCOMPARE(review.storage()->moduleVersion(QStringLiteral("library")), 0);
            QCOMPARE(review.annotationCount(), 6);
        }
        LibraryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.storage()->moduleVersion(QStringLiteral("library")), LibrarySchema::latestVersion());
        QCOMPARE(store.articleCount(), 2);
        QCOMPARE(snapshot(path), migratedRows(rowsBefore));
    }

    void reviewOnlyDatabaseGetsTheLibrary()
    {
        // Schema version 2 (before the library existed): the review tables are adopted, the
        // library's created.
        const QString path = freshPath();
        QStringList statements;
        for (const Migration &m : ReviewSchema::migrations())
            statements += m.statements;
        statements << QStringLiteral("INSERT INTO articles (id, content_hash, title, first_seen, last_seen)"
                                     " VALUES (5, 'h', 'Bài cũ', '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z')")
                   << QStringLiteral("PRAGMA user_version = 2");
        QString error;
        QVERIFY2(rawExec(path, statements, &error), qPrintable(error));
        LibraryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QStringList applied;
        for (const AppliedMigration &m : store.storage()->appliedMigrations())
            applied << QStringLiteral("%1 %2").arg(m.module).arg(m.version);
        QCOMPARE(applied, (QStringList{QStringLiteral("legacy 2"), QStringLiteral("library 1"),
                                       QStringLiteral("library 2"), QStringLiteral("library 3"), QStringLiteral("review 1"),
                                       QStringLiteral("review 2")}));
        QCOMPARE(store.reviewStore().articleById(5)->title, QStringLiteral("Bài cũ"));
        QCOMPARE(store.articleCount(), 0);
        store.close();
        QCOMPARE(schema(path), schema(freshSchemaPath()));
    }

    void oldDatabaseOpensReadOnly()
    {
        // Read-only writes nothing, so nothing is adopted: the old file is read as it is.
        const QString path = legacyDatabase();
        const QByteArray before = digest(path);
        {
            LibraryStore store;
            QVERIFY2(store.open(path, LibraryStore::Access::ReadOnly), qPrintable(store.errorString()));
            QCOMPARE(store.list().size(), 2);
            QCOMPARE(store.reviewStore().annotationCount(), 6);
        }
        QCOMPARE(digest(path), before);
    }

    void oldAndMigratedExportsImport()
    {
        // A library exported by the old Lectern (this very file: user_version 3, no -wal) …
        const QString old = legacyDatabase();
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        const auto report = target.importLibrary(old);
        QVERIFY2(report.has_value(), qPrintable(target.errorString()));
        QVERIFY2(report->complete(), qPrintable(report->problems.join(QLatin1Char(' '))));
        QCOMPARE(report->added, 2);
        QCOMPARE(target.reviewStore().annotationCount(), 5); // article 3 is not in the library
        // … and one exported after migration.
        const QString migrated = legacyDatabase();
        LibraryStore source;
        QVERIFY(source.open(migrated));
        const QString file = m_dir.filePath(QStringLiteral("migrated.lectern"));
        QVERIFY2(source.exportTo(file), qPrintable(source.errorString()));
        LibraryStore other;
        QVERIFY(other.open(freshPath()));
        const auto second = other.importLibrary(file);
        QVERIFY2(second.has_value(), qPrintable(other.errorString()));
        QCOMPARE(second->added, 2);
        QCOMPARE(other.reviewStore().annotationCount(), 5);
    }

    void libraryOfTheFirstModuleVersionImportsAndReads()
    {
        // A library written by the Lectern before the reader version (library tables at version 1,
        // with schema_migrations): it is accepted as an import, and opened read-only as it is.
        const QString path = freshPath();
        {
            QList<Migration> steps = LibrarySchema::withDependencies();
            steps.removeIf([](const Migration &m) { return m.module == QLatin1String(LibrarySchema::module) && m.version > 1; });
            QString error;
            const std::shared_ptr<Database> db = Database::open(path, Database::Access::ReadWrite, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(db->migrate(steps), qPrintable(db->errorString()));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO articles (id, content_hash, title, first_seen, last_seen) VALUES"
                                            " (7, 'h7', 'Bài của bản trước', '2026-11-01T00:00:00.000Z',"
                                            " '2026-11-01T00:00:00.000Z')")));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO library_articles (article_id, indexed, body) VALUES"
                                            " (7, '2026-11-01T00:00:00.000Z', 'Nội dung bài của bản trước.')")));
            QCOMPARE(db->moduleVersion(QStringLiteral("library")), 1);
        }
        const QByteArray before = digest(path);
        {
            LibraryStore reader;
            QVERIFY2(reader.open(path, LibraryStore::Access::ReadOnly), qPrintable(reader.errorString()));
            QCOMPARE(reader.list().size(), 1);
        }
        QCOMPARE(digest(path), before);
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        const auto report = target.importLibrary(path);
        QVERIFY2(report.has_value(), qPrintable(target.errorString()));
        QCOMPARE(report->added, 1);
        QCOMPARE(target.list().first().title, QStringLiteral("Bài của bản trước"));
    }

    void newerModuleIsRefused()
    {
        const QString path = legacyDatabase();
        {
            LibraryStore store;
            QVERIFY(store.open(path));
        }
        QString error;
        QVERIFY(rawExec(path,
                        {QStringLiteral("INSERT INTO schema_migrations (module, version, description, applied)"
                                        " VALUES ('review', 3, 'from a newer Lectern', '2027-01-01T00:00:00.000Z')")},
                        &error));
        const QStringList rows = snapshot(path);
        AnnotationStore review;
        QVERIFY(!review.open(path));
        QVERIFY2(review.errorString().contains(QStringLiteral("newer Lectern")), qPrintable(review.errorString()));
        LibraryStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("“review” tables are at version 3")),
                 qPrintable(store.errorString()));
        QCOMPARE(snapshot(path), rows);
    }
};

QTEST_GUILESS_MAIN(TestStorageMigration)
#include "tst_storage_migration.moc"
