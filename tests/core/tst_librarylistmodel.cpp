// The Library table's model loads rows on demand: a page at first, the next page on fetchMore()
// (a view calls it as it scrolls to the end), never past the total; sorting asks the source for
// the rows in the new order. Over a real store, pages follow list()'s order without overlap.
#include "library/librarylistmodel.h"
#include "library/librarystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

struct Call
{
    int offset;
    int limit;
    int column;
    Qt::SortOrder order;
};

LibraryEntry entry(int i)
{
    LibraryEntry e;
    e.id = i + 1;
    e.title = QStringLiteral("Bài %1").arg(i, 5, 10, QLatin1Char('0'));
    return e;
}

} // namespace

class TestLibraryListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsRowsOnDemand()
    {
        LibraryListModel model;
        QList<Call> calls;
        model.setSource(1000, [&calls](int offset, int limit, int column, Qt::SortOrder order) {
            calls.append({offset, limit, column, order});
            QList<LibraryEntry> page;
            for (int i = offset; i < offset + limit; ++i)
                page.append(entry(i));
            return page;
        }, 300);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.totalRows(), 1000);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().offset, 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.index(599, LibraryListModel::Title).data().toString(), entry(599).title);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(calls.last().offset, 900);
        QCOMPARE(calls.last().limit, 100); // never past the total
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(calls.size(), 4);

        // Sorting reloads from the first page in the new order.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(LibraryListModel::Title, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(calls.last().offset, 0);
        QCOMPARE(calls.last().column, int(LibraryListModel::Title));
        QCOMPARE(calls.last().order, Qt::DescendingOrder);
    }

    void shrinkingSourceStops()
    {
        LibraryListModel model;
        model.setSource(500, [](int offset, int limit, int, Qt::SortOrder) {
            QList<LibraryEntry> page;
            for (int i = offset; i < std::min(offset + limit, 120); ++i) // only 120 left
                page.append(entry(i));
            return page;
        }, 100);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
    }

    void pagesOfARealStore()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("lib.sqlite"))));
        QVERIFY(store.reviewStore().begin());
        for (int i = 0; i < 45; ++i) {
            Article a;
            a.title = QStringLiteral("Tin số %1").arg((i * 7) % 45, 2, 10, QLatin1Char('0'));
            a.published = QDateTime(QDate(2024, 1, 1).addDays(i % 9), QTime(8, 0));
            a.publishedHasTime = true;
            a.blocks.append(Block{Block::Kind::Paragraph, QStringLiteral("Nội dung bài %1.").arg(i)});
            QVERIFY(store.indexArticle(a, {}));
        }
        QVERIFY(store.reviewStore().commit());
        QCOMPARE(store.count(), qint64(45));
        LibraryFilter none;
        for (auto [key, column] : {std::pair{LibraryStore::SortKey::Newest, -1},
                                   std::pair{LibraryStore::SortKey::Title, int(LibraryListModel::Title)}}) {
            LibraryListModel model;
            model.setSource(int(store.count()), [&store, none, key = key](int offset, int limit, int, Qt::SortOrder order) {
                return store.listPage(none, offset, limit, key, order);
            }, 10);
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), 10);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), 45);
            QStringList titles;
            QSet<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row) {
                titles << model.index(row, LibraryListModel::Title).data().toString();
                ids.insert(model.entryAt(row).id);
            }
            QCOMPARE(ids.size(), 45); // no overlap, no gap
            if (column == int(LibraryListModel::Title)) {
                QStringList sorted = titles;
                sorted.sort();
                QCOMPARE(titles, sorted);
            } else {
                QList<LibraryEntry> all = store.list();
                QStringList expected;
                for (const LibraryEntry &e : all)
                    expected << e.title;
                QCOMPARE(titles, expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryListModel)
#include "tst_librarylistmodel.moc"
