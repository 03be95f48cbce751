// Batch import on a worker thread: folders walked recursively, per-file errors with reasons
// while the rest go on, cancel, and a second run that skips unchanged files.
#include "library/batchimporter.h"
#include "extract/extractor.h"
#include "import/articleimporter.h"
#include "library/librarystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TestLibraryBatch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    static BatchImporter::Report runToEnd(BatchImporter &importer, const QString &db, const QStringList &paths)
    {
        QSignalSpy finished(&importer, &BatchImporter::finished);
        if (!importer.start(db, paths))
            return {};
        if (!finished.wait(120000))
            return {};
        return importer.report();
    }

    // Every row of the library's tables and of the articles, without times.
    static QStringList contents(const QString &db)
    {
        LibraryStore store;
        if (!store.open(db))
            return {};
        const QStringList queries = {
            QStringLiteral("SELECT id, url, source_path, content_hash, title FROM articles ORDER BY id"),
            QStringLiteral("SELECT article_id, published, site, format, authors, file_path, file_hash, file_mtime, file_size,"
                           " people_count, organization_count, figure_count, comments_stale, body, reader_version"
                           " FROM library_articles ORDER BY article_id"),
            QStringLiteral("SELECT rowid, title, body, comments FROM library_fts ORDER BY rowid"),
            QStringLiteral("SELECT id, type, key, name FROM library_entities ORDER BY id"),
            QStringLiteral("SELECT entity_id, article_id, surface, aliases, roles, mention_count, first_offset"
                           " FROM library_mentions ORDER BY entity_id, article_id"),
            QStringLiteral("SELECT entity_id, article_count, mention_count FROM library_entity_counts ORDER BY entity_id"),
        };
        QStringList rows;
        for (const QString &sql : queries) {
            QSqlQuery q(store.reviewStore().connection());
            if (!q.exec(sql))
                return {q.lastError().text()};
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    values.append(q.value(c).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void collectsRecursively()
    {
        const QStringList files = BatchImporter::collectFiles({QStringLiteral(LECTERN_TEST_DATA "/library/set")});
        QCOMPARE(files.size(), 4);
        QVERIFY(files.first().endsWith(QStringLiteral("hoa-binh-lua.txt")));
        QVERIFY(files.last().endsWith(QStringLiteral("tinh/dien-mat-troi.md")));
    }

    void importsAndSkipsUnchanged()
    {
        const QString db = freshPath();
        BatchImporter importer;
        QSignalSpy progress(&importer, &BatchImporter::progressed);
        BatchImporter::Report report = runToEnd(importer, db, {QStringLiteral(LECTERN_TEST_DATA "/library/set")});
        QCOMPARE(report.total, 4);
        QCOMPARE(report.added, 4);
        QVERIFY(report.failures.isEmpty());
        QVERIFY(!report.cancelled);
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);

        report = runToEnd(importer, db, {QStringLiteral(LECTERN_TEST_DATA "/library/set")});
        QCOMPARE(report.unchanged, 4);
        QCOMPARE(report.added, 0);
        LibraryStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.articleCount(), 4);
    }

    void errorsAreListedAndTheRestGoOn_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<int>("added");
        QTest::addColumn<QStringList>("failedNames");
        const QString bad = QStringLiteral(LECTERN_TEST_DATA "/library/bad");
        QTest::newRow("folder with a blank file")
            << QStringList{bad} << 1 << QStringList{QStringLiteral("blank.txt")};
        QTest::newRow("missing file among good ones")
            << QStringList{m_dir.filePath(QStringLiteral("gone.txt")), QStringLiteral(LECTERN_TEST_DATA "/library/set/tinh")}
            << 2 << QStringList{QStringLiteral("gone.txt")};
    }

    void errorsAreListedAndTheRestGoOn()
    {
        QFETCH(QStringList, paths);
        QFETCH(int, added);
        QFETCH(QStringList, failedNames);
        BatchImporter importer;
        QSignalSpy failedSpy(&importer, &BatchImporter::fileFailed);
        const BatchImporter::Report report = runToEnd(importer, freshPath(), paths);
        QCOMPARE(report.added, added);
        QStringList failed;
        for (const auto &f : report.failures) {
            QVERIFY2(!f.reason.isEmpty(), qPrintable(f.path));
            failed << QFileInfo(f.path).fileName();
        }
        for (const QString &name : failedNames)
            QVERIFY2(failed.contains(name), qPrintable(failed.join(QLatin1Char(','))));
        QCOMPARE(failedSpy.size(), report.failures.size());
        QCOMPARE(report.done(), report.total);
    }

    void badDatabaseFailsEveryFile()
    {
        const QString notADb = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(notADb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        BatchImporter importer;
        const BatchImporter::Report report = runToEnd(importer, notADb, {QStringLiteral(LECTERN_TEST_DATA "/library/set")});
        QCOMPARE(report.failures.size(), 4);
        QCOMPARE(report.added, 0);
    }

    void cancelStopsEarly()
    {
        // Many copies so the worker is still busy when the cancel arrives.
        QTemporaryDir many(m_dir.filePath(QStringLiteral("many-XXXXXX")));
        const QString source = QStringLiteral(LECTERN_TEST_DATA "/library/set/hoa-binh-lua.txt");
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        for (int i = 0; i < 300; ++i) {
            QFile out(many.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes + QStringLiteral("\nBài số %1.\n").arg(i).toUtf8());
        }
        BatchImporter importer;
        QSignalSpy finished(&importer, &BatchImporter::finished);
        connect(&importer, &BatchImporter::progressed, &importer, [&importer](int done) {
            if (done == 1)
                importer.cancel();
        });
        QVERIFY(importer.start(freshPath(), {many.path()}));
        QVERIFY(!importer.start(freshPath(), {many.path()})); // one run at a time
        QVERIFY(finished.wait(120000));
        const BatchImporter::Report report = importer.report();
        QVERIFY(report.cancelled);
        QCOMPARE(report.total, 300);
        QVERIFY2(report.done() < 300, qPrintable(QString::number(report.done())));
        QVERIFY(report.done() >= 1);
        QVERIFY(!importer.isRunning());
    }

    void cancelledImportResumes()
    {
        // Cancelled part way, what was handled is committed; the same import again adds the rest.
        QTemporaryDir many(m_dir.filePath(QStringLiteral("resume-XXXXXX")));
        QFile in(QStringLiteral(LECTERN_TEST_DATA "/library/set/ngan-sach-binh-lam.txt"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        for (int i = 0; i < 200; ++i) {
            QFile out(many.filePath(QStringLiteral("b%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes + QStringLiteral("\nBài số %1.\n").arg(i).toUtf8());
        }
        const QString db = freshPath();
        BatchImporter importer;
        connect(&importer, &BatchImporter::progressed, &importer, [&importer](int done) {
            if (done == 20)
                importer.cancel();
        });
        const BatchImporter::Report first = runToEnd(importer, db, {many.path()});
        QVERIFY(first.cancelled);
        QVERIFY(first.added >= 20);
        {
            LibraryStore store;
            QVERIFY(store.open(db));
            QCOMPARE(store.articleCount(), qint64(first.added));
        }
        importer.disconnect(&importer);
        const BatchImporter::Report second = runToEnd(importer, db, {many.path()});
        QVERIFY(!second.cancelled);
        QCOMPARE(second.unchanged, first.added);
        QCOMPARE(second.added, 200 - first.added);
        LibraryStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.articleCount(), qint64(200));
        // Stored in input order: ids ascend with the file names.
        QList<LibraryEntry> entries = store.list();
        std::sort(entries.begin(), entries.end(), [](const LibraryEntry &a, const LibraryEntry &b) { return a.id < b.id; });
        QStringList paths;
        for (const LibraryEntry &e : entries)
            paths << e.path;
        QStringList sorted = paths;
        sorted.sort();
        QCOMPARE(paths, sorted);
    }

    void batchStoresWhatOneArticleStores()
    {
        // The pipeline's workers normalise and fold the texts the writer stores; an article
        // indexed alone (indexArticle: the writer does it all) gives the same rows.
        const QStringList files = BatchImporter::collectFiles({QStringLiteral(LECTERN_TEST_DATA "/library/set")});
        const QString batchDb = freshPath();
        BatchImporter importer;
        QCOMPARE(runToEnd(importer, batchDb, files).added, 4);
        const QString aloneDb = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(aloneDb));
            for (const QString &path : files) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ImportResult imported = ArticleImporter::importBytes(file.readAll(), path);
                QVERIFY(imported.ok());
                imported.article->sourcePath = path;
                QVERIFY2(store.indexArticle(*imported.article, store.extractor()->extract(*imported.article)),
                         qPrintable(store.errorString()));
            }
        }
        const QStringList batch = contents(batchDb);
        const QStringList alone = contents(aloneDb);
        QVERIFY(batch.size() > 12);
        QCOMPARE(batch, alone);
    }

    void rateIsReported()
    {
        BatchImporter importer;
        QSignalSpy rate(&importer, &BatchImporter::rateChanged);
        const BatchImporter::Report report = runToEnd(importer, freshPath(), {QStringLiteral(LECTERN_TEST_DATA "/library/set")});
        QCOMPARE(report.added, 4);
        QVERIFY(!rate.isEmpty()); // at least at the end
        QVERIFY(rate.last().at(0).toDouble() > 0);
        QVERIFY(rate.last().at(1).toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryBatch)
#include "tst_library_batch.moc"
