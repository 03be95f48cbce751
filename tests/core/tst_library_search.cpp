// The library's full-text search: folding of diacritics, tone placement, đ/d, case and NFD;
// phrases, prefixes, OR; hostile queries; snippets cut from the original text.
#include "library/libraryquery.h"
#include "library/librarystore.h"
#include "util/textfold.h"

#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TestLibrarySearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    LibraryStore m_store;

    QStringList titlesFor(const QString &query)
    {
        QStringList titles;
        for (const SearchHit &hit : m_store.search(query))
            titles.append(hit.entry.title);
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("lib.sqlite"))), qPrintable(m_store.errorString()));
        const QString set = QStringLiteral(LECTERN_TEST_DATA "/library/set");
        for (const QString &name : {QStringLiteral("ngan-sach-binh-lam.txt"), QStringLiteral("hoa-binh-lua.txt"),
                                    QStringLiteral("tinh/chuyen-doi-so.txt"), QStringLiteral("tinh/dien-mat-troi.md")}) {
            const auto result = m_store.addFile(set + QLatin1Char('/') + name);
            QVERIFY2(result.outcome == LibraryStore::AddOutcome::Added, qPrintable(name + QStringLiteral(": ") + result.error));
        }
        QCOMPARE(m_store.articleCount(), 4);
    }

    void folding_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // titles that must be found (any order)
        QTest::addColumn<QStringList>("absent");   // titles that must not be found

        const QString budget = QStringLiteral("Bình Lâm chi 90 tỷ đồng nâng cấp đường liên xã");
        const QString rice = QStringLiteral("Nông dân xã Hoà Bình thu hoạch lúa sớm tránh lũ");
        const QString school = QStringLiteral("Đà Giang đẩy mạnh chuyển đổi số trong trường học");
        const QString solar = QStringLiteral("Hòa Bình lắp điện mặt trời cho 300 hộ vùng cao");

        QTest::newRow("no diacritics") << QStringLiteral("nguyen van tung") << QStringList{budget, school} << QStringList{rice, solar};
        QTest::newRow("exact NFC") << QStringLiteral("Nguyễn Văn Tùng") << QStringList{budget, school} << QStringList{rice};
        QTest::newRow("NFD query") << QStringLiteral("Nguye\u0302\u0303n Va\u0306n Tu\u0300ng") << QStringList{budget, school}
                                   << QStringList{solar};
        QTest::newRow("upper case") << QStringLiteral("NGUYỄN VĂN TÙNG") << QStringList{budget, school} << QStringList{};
        QTest::newRow("old tone placement finds new") << QStringLiteral("\"Hoà Bình\"") << QStringList{rice, solar} << QStringList{budget};
        QTest::newRow("new tone placement finds old") << QStringLiteral("\"Hòa Bình\"") << QStringList{rice, solar} << QStringList{school};
        QTest::newRow("d for đ") << QStringLiteral("dang thi lan") << QStringList{rice} << QStringList{budget};
        QTest::newRow("đ typed") << QStringLiteral("Đặng") << QStringList{rice} << QStringList{};
        QTest::newRow("eth for Đ") << QStringLiteral("\u00D0à Giang") << QStringList{school} << QStringList{rice};
        QTest::newRow("figure") << QStringLiteral("90 tỷ đồng") << QStringList{budget} << QStringList{solar};
        QTest::newRow("phrase keeps order") << QStringLiteral("\"van tung\"") << QStringList{budget, school} << QStringList{};
        QTest::newRow("phrase not adjacent") << QStringLiteral("\"tung van\"") << QStringList{} << QStringList{budget, school};
        QTest::newRow("phrase folded") << QStringLiteral("\"giam doc so tai chinh\"") << QStringList{budget, school}
                                       << QStringList{rice};
        QTest::newRow("words anywhere") << QStringLiteral("tung lan") << QStringList{} << QStringList{budget, rice};
        QTest::newRow("prefix") << QStringLiteral("chuyen doi s*") << QStringList{school} << QStringList{budget};
        QTest::newRow("OR") << QStringLiteral("Đỗ OR Đặng") << QStringList{rice, solar} << QStringList{budget, school};
        QTest::newRow("in title only") << QStringLiteral("vung cao") << QStringList{solar} << QStringList{};
    }

    void folding()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const QStringList found = titlesFor(query);
        QVERIFY2(m_store.errorString().isEmpty(), qPrintable(m_store.errorString()));
        for (const QString &title : expected)
            QVERIFY2(found.contains(title), qPrintable(title + QStringLiteral(" not in ") + found.join(QStringLiteral(" | "))));
        for (const QString &title : absent)
            QVERIFY2(!found.contains(title), qPrintable(title));
        if (expected.isEmpty() && absent.isEmpty())
            QVERIFY(found.isEmpty());
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lone quote") << QStringLiteral("\"");
        QTest::newRow("unclosed phrase") << QStringLiteral("\"nguyen van");
        QTest::newRow("operators") << QStringLiteral("AND OR NOT NEAR(");
        QTest::newRow("column filter") << QStringLiteral("title:tung body:");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE articles; --");
        QTest::newRow("stars and carets") << QStringLiteral("* ^tung +-");
        QTest::newRow("only punctuation") << QStringLiteral("!!! ??? ...");
        QTest::newRow("empty") << QString();
        QTest::newRow("trailing OR") << QStringLiteral("tung OR");
        QTest::newRow("curly quotes") << QStringLiteral("\u201Cvan tung\u201D");
    }

    void hostileQueries()
    {
        QFETCH(QString, query);
        m_store.search(query);
        QVERIFY2(m_store.errorString().isEmpty(), qPrintable(m_store.errorString()));
        QCOMPARE(m_store.articleCount(), 4);
    }

    void snippetsShowOriginalText()
    {
        const QList<SearchHit> hits = m_store.search(QStringLiteral("nguyen van tung"));
        QVERIFY(!hits.isEmpty());
        const SearchHit &hit = hits.first();
        QCOMPARE(hit.field, QStringLiteral("body"));
        QVERIFY(!hit.highlights.isEmpty());
        QStringList marked;
        for (const auto &r : hit.highlights)
            marked.append(hit.snippet.mid(r.first, r.second - r.first));
        QVERIFY2(marked.contains(QStringLiteral("Nguyễn")) && marked.contains(QStringLiteral("Tùng")),
                 qPrintable(marked.join(QLatin1Char(','))));
        QVERIFY(hit.snippetHtml().contains(QStringLiteral("<b>Nguyễn</b>")));
    }

    void rankingPrefersTitle()
    {
        // "Hòa Bình" in a title outranks the same words in a body only.
        const QList<SearchHit> hits = m_store.search(QStringLiteral("dien mat troi"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().entry.title, QStringLiteral("Hòa Bình lắp điện mặt trời cho 300 hộ vùng cao"));
        const QList<SearchHit> tung = m_store.search(QStringLiteral("tung"));
        QCOMPARE(tung.size(), 2);
        QVERIFY(tung.at(0).score <= tung.at(1).score);
    }

    void commonQueryListsNewestFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word in every article") << QStringLiteral("cho");
        QTest::newRow("two words, tone placement") << QStringLiteral("Hòa Bình");
    }

    void commonQueryListsNewestFirst()
    {
        // A query that matches more than half of the library (and at least the minimum, lowered
        // here) lists its hits newest first instead of ranking them: the same articles, with
        // highlights and no score (0).
        QFETCH(QString, query);
        m_store.setNewestFirstMinimum(0);
        const QList<SearchHit> ranked = m_store.search(query);
        m_store.setNewestFirstMinimum(3);
        const QList<SearchHit> newest = m_store.search(query);
        m_store.setNewestFirstMinimum(LibraryStore::kNewestFirstMinimum);
        QVERIFY2(ranked.size() >= 3, qPrintable(QString::number(ranked.size())));
        QCOMPARE(newest.size(), ranked.size());
        QMap<qint64, double> rankedScores;
        for (qsizetype k = 0; k < ranked.size(); ++k) {
            rankedScores.insert(ranked.at(k).entry.id, ranked.at(k).score);
            if (k > 0)
                QVERIFY(ranked.at(k - 1).score <= ranked.at(k).score);
        }
        for (qsizetype k = 0; k < newest.size(); ++k) {
            const SearchHit &hit = newest.at(k);
            QVERIFY(rankedScores.contains(hit.entry.id));
            QCOMPARE(hit.score, 0.0);
            QVERIFY(!hit.highlights.isEmpty());
            if (k > 0) {
                const LibraryEntry &before = newest.at(k - 1).entry;
                QVERIFY2(before.published > hit.entry.published
                             || (before.published == hit.entry.published && before.id > hit.entry.id),
                         qPrintable(before.published + QStringLiteral(" / ") + hit.entry.published));
            }
        }
        // Fewer matches than the minimum: ranked as before.
        m_store.setNewestFirstMinimum(int(ranked.size()) + 1);
        const QList<SearchHit> again = m_store.search(query);
        m_store.setNewestFirstMinimum(LibraryStore::kNewestFirstMinimum);
        QCOMPARE(again.size(), ranked.size());
        for (qsizetype k = 0; k < again.size(); ++k)
            QCOMPARE(again.at(k).entry.id, ranked.at(k).entry.id);
    }

    void prefixHitsAreHighlighted()
    {
        // A prefix query reads its highlights over the id range in one pass: every hit has them.
        for (const QString &prefix : {QStringLiteral("chuy"), QStringLiteral("tr")}) {
            const QList<SearchHit> hits = m_store.search(prefix + QLatin1Char('*'));
            QVERIFY(!hits.isEmpty());
            for (const SearchHit &hit : hits) {
                QVERIFY(!hit.highlights.isEmpty());
                const auto &r = hit.highlights.first();
                QVERIFY2(TextFold::searchKey(hit.snippet.mid(r.first, r.second - r.first)).startsWith(prefix),
                         qPrintable(hit.snippet));
            }
        }
    }

    void queryTranslation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts");
        QTest::newRow("words") << QStringLiteral("Nguyễn Văn") << QStringLiteral("\"nguyen\" \"van\"");
        QTest::newRow("phrase") << QStringLiteral("\"Văn Tùng\"") << QStringLiteral("\"van tung\"");
        QTest::newRow("prefix") << QStringLiteral("ngu*") << QStringLiteral("\"ngu\"*");
        QTest::newRow("or") << QStringLiteral("a OR b") << QStringLiteral("\"a\" OR \"b\"");
        QTest::newRow("leading or") << QStringLiteral("OR b") << QStringLiteral("\"b\"");
        QTest::newRow("hyphenated") << QStringLiteral("Hà-Nội") << QStringLiteral("\"ha noi\"");
        QTest::newRow("nothing") << QStringLiteral("\"\" ()") << QString();
    }

    void queryTranslation()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts);
        QCOMPARE(LibraryQuery::toFtsQuery(query), fts);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_library_search.moc"
