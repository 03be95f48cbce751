// The library store: identity and incremental re-import, listing and filters, the comment index,
// people and organizations across articles, export/import and vacuum.
#include "document/articleloader.h"
#include "library/libraryschema.h"
#include "library/librarystore.h"
#include "review/anchoring.h"
#include "review/reviewschema.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

const QString kSet = QStringLiteral(LECTERN_TEST_DATA "/library/set");

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestLibraryStore : public QObject
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

    void schemaIsShared()
    {
        LibraryStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        QCOMPARE(store.storage()->moduleVersion(QStringLiteral("review")), ReviewSchema::latestVersion());
        QCOMPARE(store.storage()->moduleVersion(QStringLiteral("library")), LibrarySchema::latestVersion());
        QCOMPARE(store.reviewStore().journalMode(), QStringLiteral("wal"));
        QVERIFY(store.reviewStore().checkIntegrity());
        // One Database, one connection on this thread, for the review tables and the library's.
        QCOMPARE(store.reviewStore().storage(), store.storage());
        QCOMPARE(store.reviewStore().connection().connectionName(), store.storage()->connectionName());
        QCOMPARE(store.storage()->connectionCount(), 1);
    }

    void incrementalReimport_data()
    {
        QTest::addColumn<QString>("change");  // what happens to the file before the second import
        QTest::addColumn<int>("outcome");
        QTest::newRow("untouched") << QStringLiteral("none") << int(LibraryStore::AddOutcome::Unchanged);
        QTest::newRow("touched, same bytes") << QStringLiteral("touch") << int(LibraryStore::AddOutcome::Unchanged);
        QTest::newRow("edited text") << QStringLiteral("edit") << int(LibraryStore::AddOutcome::Updated);
    }

    void incrementalReimport()
    {
        QFETCH(QString, change);
        QFETCH(int, outcome);
        const QString file = m_dir.filePath(QStringLiteral("article-%1.txt").arg(++m_counter));
        QVERIFY(copyFile(kSet + QStringLiteral("/ngan-sach-binh-lam.txt"), file));
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const auto first = store.addFile(file);
        QCOMPARE(first.outcome, LibraryStore::AddOutcome::Added);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (change == QStringLiteral("touch")) {
            f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
        } else if (change == QStringLiteral("edit")) {
            bytes.replace("74 km", "81 km");
            f.resize(0);
            f.write(bytes);
            f.setFileTime(QDateTime::currentDateTime().addSecs(120), QFileDevice::FileModificationTime);
        }
        f.close();
        const auto second = store.addFile(file);
        QCOMPARE(int(second.outcome), outcome);
        QCOMPARE(second.articleId, first.articleId);
        QCOMPARE(store.articleCount(), 1);
        // A third import of whatever is there now reads nothing.
        QCOMPARE(store.addFile(file).outcome, LibraryStore::AddOutcome::Unchanged);
        if (change == QStringLiteral("edit")) {
            QCOMPARE(store.search(QStringLiteral("81 km")).size(), 1);
            QCOMPARE(store.search(QStringLiteral("74 km")).size(), 0);
        }
    }

    void sameTextElsewhereIsOneArticle()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.txt").arg(++m_counter));
        QVERIFY(copyFile(kSet + QStringLiteral("/hoa-binh-lua.txt"), copy));
        QCOMPARE(store.addFile(kSet + QStringLiteral("/hoa-binh-lua.txt")).outcome, LibraryStore::AddOutcome::Added);
        QCOMPARE(store.addFile(copy).outcome, LibraryStore::AddOutcome::Updated);
        QCOMPARE(store.articleCount(), 1);
    }

    void failuresHaveReasons_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.txt")) << QStringLiteral("does not exist");
        QTest::newRow("folder") << m_dir.path() << QStringLiteral("not a regular file");
        QTest::newRow("blank") << QStringLiteral(LECTERN_TEST_DATA "/library/bad/blank.txt") << QStringLiteral("white space");
    }

    void failuresHaveReasons()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const auto result = store.addFile(path);
        QCOMPARE(result.outcome, LibraryStore::AddOutcome::Failed);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(store.articleCount(), 0);
    }

    void listAndFilters()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const auto budget = store.addFile(kSet + QStringLiteral("/ngan-sach-binh-lam.txt"));
        const auto rice = store.addFile(kSet + QStringLiteral("/hoa-binh-lua.txt"));
        const auto school = store.addFile(kSet + QStringLiteral("/tinh/chuyen-doi-so.txt"));
        QVERIFY(budget.articleId && rice.articleId && school.articleId);
        QVERIFY(store.reviewStore().setReviewState(rice.articleId, ReviewState::InReview));

        const QList<LibraryEntry> all = store.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, school.articleId); // newest first
        QCOMPARE(all.first().published.left(10), QStringLiteral("2025-05-20"));
        QVERIFY(all.first().people >= 2);
        QVERIFY(all.first().figures >= 2);

        LibraryFilter inReview;
        inReview.state = ReviewState::InReview;
        QCOMPARE(store.list(inReview).size(), 1);
        QCOMPARE(store.list(inReview).first().id, rice.articleId);

        LibraryFilter range;
        range.from = QDate(2025, 1, 1);
        range.to = QDate(2025, 3, 31);
        QCOMPARE(store.list(range).size(), 1);
        QCOMPARE(store.list(range).first().id, budget.articleId);

        // Tags and open annotations come from the review store.
        Annotation note = Annotation::create(Anchoring::anchorAt(QStringLiteral("x Ông Nguyễn Văn Tùng y"), 2, 21),
                                             QStringLiteral("Lê Thu Hà"));
        note.comment = QStringLiteral("Kiểm tra lại số liệu ngân sách với Sở");
        note.tags = QStringList{QStringLiteral("số liệu")};
        QVERIFY(store.reviewStore().saveAnnotation(budget.articleId, note));
        LibraryFilter tagged;
        tagged.tag = QStringLiteral("số liệu");
        QCOMPARE(store.list(tagged).size(), 1);
        QCOMPARE(store.entry(budget.articleId)->openAnnotations, 1);
        QCOMPARE(store.tags(), QStringList{QStringLiteral("số liệu")});

        // The comment becomes searchable (folded) as soon as it is saved.
        const QList<SearchHit> hits = store.search(QStringLiteral("kiem tra so lieu"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().field, QStringLiteral("comments"));
        QVERIFY(hits.first().snippetHtml().contains(QStringLiteral("<b>Kiểm</b>")));
        note.comment = QStringLiteral("Đã đối chiếu");
        QVERIFY(store.reviewStore().saveAnnotation(budget.articleId, note));
        QCOMPARE(store.search(QStringLiteral("kiem tra so lieu")).size(), 0);
        QCOMPARE(store.search(QStringLiteral("\"da doi chieu\"")).size(), 1);
    }

    void peopleAcrossArticles()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        store.addFile(kSet + QStringLiteral("/ngan-sach-binh-lam.txt"));
        store.addFile(kSet + QStringLiteral("/tinh/chuyen-doi-so.txt"));
        store.addFile(kSet + QStringLiteral("/hoa-binh-lua.txt"));
        const QList<LibraryEntity> people = store.entities(EntityKind::Person);
        QVERIFY(!people.isEmpty());
        const auto tung = std::find_if(people.begin(), people.end(),
                                       [](const LibraryEntity &e) { return e.name == QStringLiteral("Nguyễn Văn Tùng"); });
        QVERIFY(tung != people.end());
        QCOMPARE(tung->articleCount, 2);
        QCOMPARE(people.first().articleCount, 2); // most articles first
        const QList<LibraryEntityArticle> articles = store.entityArticles(tung->id);
        QCOMPARE(articles.size(), 2);
        for (const auto &a : articles) {
            QVERIFY2(a.context.contains(QStringLiteral("Nguyễn Văn Tùng")), qPrintable(a.context));
            QVERIFY(a.mentionCount >= 1);
        }
        bool roleSeen = false;
        for (const auto &a : articles)
            roleSeen = roleSeen || a.roles.join(QLatin1Char(' ')).contains(QStringLiteral("Giám đốc"));
        QVERIFY(roleSeen);
        QVERIFY(!store.entities(EntityKind::Organization).isEmpty());
    }

    // The people index reads counts that triggers keep (library schema 3): after adding, updating
    // and deleting, they equal a count over every mention row.
    void entityCountsFollowEveryChange()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        auto recounted = [&store](EntityKind kind) {
            QStringList out;
            QSqlQuery q(store.reviewStore().connection());
            q.prepare(QStringLiteral("SELECT e.name, COUNT(*), SUM(m.mention_count) FROM library_entities e"
                                     " JOIN library_mentions m ON m.entity_id = e.id WHERE e.type = ? GROUP BY e.id"
                                     " ORDER BY COUNT(*) DESC, e.key"));
            q.addBindValue(entityKindId(kind));
            if (q.exec())
                while (q.next())
                    out << QStringLiteral("%1 %2 %3").arg(q.value(0).toString()).arg(q.value(1).toInt()).arg(q.value(2).toInt());
            return out;
        };
        auto listed = [&store](EntityKind kind) {
            QStringList out;
            for (const LibraryEntity &e : store.entities(kind))
                out << QStringLiteral("%1 %2 %3").arg(e.name).arg(e.articleCount).arg(e.mentionCount);
            return out;
        };
        auto same = [&] {
            for (const EntityKind kind : {EntityKind::Person, EntityKind::Organization}) {
                const QStringList expected = recounted(kind);
                const QStringList actual = listed(kind);
                if (actual != expected) {
                    qWarning("index: %s\nrecount: %s", qPrintable(actual.join(QLatin1String("; "))),
                             qPrintable(expected.join(QLatin1String("; "))));
                    return false;
                }
            }
            return true;
        };
        store.addFile(kSet + QStringLiteral("/ngan-sach-binh-lam.txt"));
        store.addFile(kSet + QStringLiteral("/tinh/chuyen-doi-so.txt"));
        store.addFile(kSet + QStringLiteral("/hoa-binh-lua.txt"));
        QVERIFY(!listed(EntityKind::Person).isEmpty());
        QVERIFY(same());
        // A new version of a file replaces its entities.
        const QString file = m_dir.filePath(QStringLiteral("counted-%1.txt").arg(++m_counter));
        QVERIFY(writeFile(file, QStringLiteral("Họp báo\n\nÔng Nguyễn Văn Tùng, Chánh Văn phòng UBND tỉnh, chủ trì họp báo."
                                               " Ông Nguyễn Văn Tùng cho biết.\n").toUtf8()));
        QCOMPARE(store.addFile(file).outcome, LibraryStore::AddOutcome::Added);
        QVERIFY(same());
        QVERIFY(listed(EntityKind::Person).filter(QStringLiteral("Nguyễn Văn Tùng 3 ")).size() == 1);
        QVERIFY(writeFile(file, QStringLiteral("Họp báo\n\nBà Tạ Thị Mai, Chánh Văn phòng UBND tỉnh, chủ trì họp báo.\n").toUtf8()));
        QCOMPARE(store.addFile(file).outcome, LibraryStore::AddOutcome::Updated);
        QVERIFY(same());
        // Deleting articles (the mentions go by cascade) takes their counts away.
        QSqlQuery remove(store.reviewStore().connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM articles WHERE id = (SELECT MIN(id) FROM articles)")));
        QVERIFY(same());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM library_mentions")));
        QVERIFY(listed(EntityKind::Person).isEmpty());
        QVERIFY(same());
    }

    void editorRejectionsApply()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const QString file = kSet + QStringLiteral("/ngan-sach-binh-lam.txt");
        store.addFile(file);
        store.addFile(kSet + QStringLiteral("/tinh/chuyen-doi-so.txt"));
        LoadResult loaded = loadArticle(file);
        QVERIFY(loaded.import.ok());
        const QString text = loaded.import.article->text();
        const qsizetype at = text.indexOf(QStringLiteral("Nguyễn Văn Tùng"));
        EntityCorrection reject;
        reject.action = EntityCorrection::Action::Reject;
        reject.type = EntityKind::Person;
        reject.name = QStringLiteral("Nguyễn Văn Tùng");
        const auto id = store.reviewStore().findArticle(*loaded.import.article)->id;
        QVERIFY(store.reviewStore().saveAnnotation(
            id, Annotation::createCorrection(Anchoring::anchorAt(text, at, at + 15), QStringLiteral("Lê Thu Hà"), reject)));
        QVERIFY(store.indexArticle(*loaded.import.article, loaded.entities).has_value());
        for (const auto &e : store.entities(EntityKind::Person)) {
            if (e.name == QStringLiteral("Nguyễn Văn Tùng"))
                QCOMPARE(e.articleCount, 1); // only the other article still names him
        }
    }

    void newVersionReplacesEntities()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        const QString file = m_dir.filePath(QStringLiteral("versioned-%1.txt").arg(++m_counter));
        QVERIFY(writeFile(file, QStringLiteral("Họp báo quý I\n\nÔng Lưu Văn Định, Chánh Văn phòng UBND tỉnh, chủ trì họp báo.\n").toUtf8()));
        QCOMPARE(store.addFile(file).outcome, LibraryStore::AddOutcome::Added);
        QVERIFY(writeFile(file, QStringLiteral("Họp báo quý I\n\nBà Tạ Thị Mai, Chánh Văn phòng UBND tỉnh, chủ trì họp báo.\n").toUtf8()));
        QCOMPARE(store.addFile(file).outcome, LibraryStore::AddOutcome::Updated);
        QStringList names;
        for (const auto &e : store.entities(EntityKind::Person))
            names << e.name;
        QVERIFY2(!names.contains(QStringLiteral("Lưu Văn Định")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY2(names.contains(QStringLiteral("Tạ Thị Mai")), qPrintable(names.join(QLatin1Char(','))));
    }

    void exportImportVacuum()
    {
        const QString exported = m_dir.filePath(QStringLiteral("export-%1.lectern").arg(++m_counter));
        qint64 budgetId = 0;
        {
            LibraryStore store;
            QVERIFY(store.open(freshPath()));
            budgetId = store.addFile(kSet + QStringLiteral("/ngan-sach-binh-lam.txt")).articleId;
            store.addFile(kSet + QStringLiteral("/hoa-binh-lua.txt"));
            Annotation note = Annotation::create(Anchoring::anchorAt(QStringLiteral("Ông Nguyễn Văn Tùng"), 4, 19),
                                                 QStringLiteral("Lê Thu Hà"));
            note.comment = QStringLiteral("Xác minh chức danh");
            QVERIFY(store.reviewStore().saveAnnotation(budgetId, note));
            QVERIFY(store.reviewStore().setReviewState(budgetId, ReviewState::Approved));
            QVERIFY2(store.exportTo(exported), qPrintable(store.errorString()));
            QVERIFY(store.exportTo(exported)); // replaces
            QVERIFY2(store.vacuum(), qPrintable(store.errorString()));
            QCOMPARE(store.articleCount(), 2);
        }
        LibraryStore target;
        QVERIFY(target.open(freshPath()));
        target.addFile(kSet + QStringLiteral("/hoa-binh-lua.txt"));
        const auto added = target.importFrom(exported);
        QVERIFY2(added.has_value(), qPrintable(target.errorString()));
        QCOMPARE(*added, 1); // the rice article was already there
        QCOMPARE(target.articleCount(), 2);
        const QList<SearchHit> hits = target.search(QStringLiteral("xac minh chuc danh"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entry.state, ReviewState::Approved);
        QCOMPARE(hits.first().entry.openAnnotations, 1);
        QCOMPARE(target.search(QStringLiteral("nguyen van tung")).size(), 1);
        QVERIFY(target.importFrom(exported).value_or(-1) == 0); // idempotent
        QVERIFY(!target.importFrom(m_dir.filePath(QStringLiteral("missing.lectern"))).has_value());
        QVERIFY(target.reviewStore().checkIntegrity());
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_library_store.moc"
