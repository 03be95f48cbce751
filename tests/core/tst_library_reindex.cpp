// Re-index on change: every stored article records the reader (extractor revision and model)
// that read it; after a change the articles read by another reader are re-read, newest first,
// and the people index follows — from the file when it still holds the imported bytes, else from
// the stored text. Also the schema change that adds the column to an existing library.
#include "library/batchimporter.h"
#include "library/batchpipeline.h"
#include "library/libraryreindex.h"
#include "library/libraryreindexer.h"
#include "library/librarystore.h"
#include "library/readerversion.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

const QString kSet = QStringLiteral(LECTERN_TEST_DATA "/library/set");

// The people index as text: "name: articles, mentions" per person, in the index's order.
QStringList peopleIndex(const LibraryStore &store)
{
    QStringList out;
    for (const LibraryEntity &e : store.entities(EntityKind::Person))
        out << QStringLiteral("%1: %2, %3").arg(e.name).arg(e.articleCount).arg(e.mentionCount);
    return out;
}

BatchPipeline::Options rulesOnly()
{
    BatchPipeline::Options options;
    options.model = std::shared_ptr<const TaggerModel>();
    return options;
}

// What an older extractor left: another version recorded and nobody found.
void makeStale(LibraryStore &store)
{
    QSqlQuery q(store.reviewStore().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE library_articles SET reader_version = 'extractor 0; rules', people_count = 0")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM library_mentions")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM library_entities")));
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyFolder(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestLibraryReindex : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void recordsTheReader()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const BatchPipeline::Report report =
            BatchPipeline::run(store, BatchImporterFiles(), rulesOnly(), nullptr, {});
        QCOMPARE(report.added, 4);
        const QString rules = ReaderVersion::of(nullptr);
        QVERIFY(rules.startsWith(QStringLiteral("extractor ")));
        QCOMPARE(store.staleCount(rules), 0);
        QCOMPARE(store.staleCount(QStringLiteral("extractor 999; rules")), 4);
        QVERIFY(store.staleArticles(rules).isEmpty());
    }

    void staleArticlesNewestFirst()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        BatchPipeline::run(store, BatchImporterFiles(), rulesOnly(), nullptr, {});
        makeStale(store);
        const QList<qint64> ids = store.staleArticles(ReaderVersion::of(nullptr));
        QCOMPARE(ids.size(), 4);
        QString previous = QStringLiteral("9999");
        for (qint64 id : ids) {
            const QString published = store.entry(id)->published;
            QVERIFY2(published <= previous, qPrintable(published + QStringLiteral(" after ") + previous));
            previous = published;
        }
    }

    void versionChangeUpdatesThePeopleIndex_data()
    {
        QTest::addColumn<bool>("removeFiles");
        QTest::newRow("files as imported") << false;
        QTest::newRow("files gone: the stored text") << true;
    }

    void versionChangeUpdatesThePeopleIndex()
    {
        QFETCH(bool, removeFiles);
        QTemporaryDir copy(m_dir.filePath(QStringLiteral("set-XXXXXX")));
        QVERIFY(copyFolder(kSet, copy.path()));
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QCOMPARE(BatchPipeline::run(store, BatchImporter::collectFiles({copy.path()}), rulesOnly(), nullptr, {}).added, 4);
        const QStringList expected = peopleIndex(store);
        QVERIFY(expected.size() >= 3);
        QVERIFY2(expected.join(QLatin1Char('\n')).contains(QStringLiteral("Nguyễn Văn Tùng")), qPrintable(expected.join(QLatin1Char('\n'))));

        makeStale(store);
        QVERIFY(peopleIndex(store).isEmpty());
        if (removeFiles)
            QVERIFY(QDir(copy.path()).removeRecursively());

        LibraryReindex::Options options;
        options.model = std::shared_ptr<const TaggerModel>();
        options.batchArticles = 3; // two batches
        QList<int> progress;
        const LibraryReindex::Report report =
            LibraryReindex::run(store, options, nullptr, [&](const LibraryReindex::Progress &p) { progress << p.done; });
        QCOMPARE(report.total, 4);
        QCOMPARE(report.done, 4);
        QCOMPARE(report.failed, 0);
        QCOMPARE(progress, (QList<int>{3, 4}));
        QCOMPARE(report.readerVersion, ReaderVersion::of(nullptr));
        QCOMPARE(peopleIndex(store), expected);
        QCOMPARE(store.staleCount(ReaderVersion::of(nullptr)), 0);
        int people = 0;
        for (const LibraryEntry &e : store.list())
            people += e.people;
        QVERIFY(people >= expected.size());

        // Nothing left to do: a second run reads nothing.
        QCOMPARE(LibraryReindex::run(store, options, nullptr).total, 0);
    }

    void inTheBackground()
    {
        const QString db = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(db));
            BatchPipeline::run(store, BatchImporterFiles(), rulesOnly(), nullptr, {});
            makeStale(store);
        }
        LibraryReindexer reindexer;
        QSignalSpy finished(&reindexer, &LibraryReindexer::finished);
        QSignalSpy progressed(&reindexer, &LibraryReindexer::progressed);
        LibraryReindex::Options options;
        options.model = std::shared_ptr<const TaggerModel>();
        QVERIFY(reindexer.start(db, options));
        QVERIFY(reindexer.isRunning());
        QVERIFY(!reindexer.start(db, options));
        // Searching meanwhile is not held up (its own connection; WAL).
        LibraryStore reader;
        QVERIFY(reader.open(db));
        QCOMPARE(reader.search(QStringLiteral("lua")).isEmpty(), false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(reindexer.report().done, 4);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toInt(), 4);
        QVERIFY(!peopleIndex(reader).isEmpty());
    }

    void columnAddedToAnOlderLibrary()
    {
        // A library written before the reader version existed: schema 3 without the column.
        const QString db = freshPath();
        {
            AnnotationStore review;
            QVERIFY(review.open(db));
            QSqlQuery q(review.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('library_articles') WHERE name = 'reader_version'")));
            QVERIFY(!q.next());
        }
        LibraryStore store;
        QVERIFY(store.open(db));
        QSqlQuery q(store.reviewStore().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('library_articles') WHERE name = 'reader_version'")));
        QVERIFY(q.next());
        q.finish();
        store.close();
        QVERIFY(store.open(db)); // and once only
    }

private:
    static QStringList BatchImporterFiles() { return BatchImporter::collectFiles({kSet}); }
};

QTEST_GUILESS_MAIN(TestLibraryReindex)
#include "tst_library_reindex.moc"
