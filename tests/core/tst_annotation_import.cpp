// The one import rule (AnnotationImport, AnnotationStore::importAnnotations): an import adds, it
// never moves an annotation off its article or rewrites it; tags and replies are never dropped;
// importing the same thing twice changes nothing. Library import goes through it too.
#include "library/librarystore.h"
#include "review/anchoring.h"
#include "review/annotationimport.h"
#include "review/annotationstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

Article makeArticle(const QString &body, const QString &title = QStringLiteral("Hội nghị tổng kết năm"))
{
    Article a;
    a.title = title;
    for (const QString &p : body.split(QStringLiteral("\n\n")))
        a.blocks.append(Block{Block::Kind::Paragraph, p});
    return a;
}

const QString kBodyA = QStringLiteral("Sáng 12/3, tỉnh Bình Lâm tổ chức hội nghị.\n\nTổng vốn đầu tư đạt 4.250 tỷ đồng.");
const QString kBodyB = QStringLiteral("Chiều 14/3, tỉnh Hòa Bình họp báo.\n\nTổng vốn đầu tư đạt 4.250 tỷ đồng.");

Annotation note(const QString &text, const QString &quote, const QString &comment)
{
    const qsizetype at = text.indexOf(quote);
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
    a.comment = comment;
    return a;
}

AnnotationReply reply(const QString &author, const QString &text)
{
    return AnnotationReply{QUuid::createUuid(), author, Annotation::now(), text};
}

} // namespace

class TestAnnotationImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void saveNeverMovesAnAnnotationToAnotherArticle()
    {
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const Article a = makeArticle(kBodyA), b = makeArticle(kBodyB);
        const qint64 idA = store.registerArticle(a)->id, idB = store.registerArticle(b)->id;
        Annotation mine = note(a.text(), QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Xác minh số liệu"));
        mine.tags = {QStringLiteral("figure")};
        QVERIFY(store.saveAnnotation(idA, mine));
        Annotation theirs = mine;
        theirs.comment = QStringLiteral("Khác");
        theirs.tags.clear();
        QVERIFY(!store.saveAnnotation(idB, theirs));
        QCOMPARE(store.annotations(idA).size(), 1);
        QCOMPARE(store.annotations(idA).first(), mine);
        QVERIFY(store.annotations(idB).isEmpty());
    }

    void sameIdOtherArticleGetsANewId()
    {
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const Article a = makeArticle(kBodyA), b = makeArticle(kBodyB);
        const qint64 idA = store.registerArticle(a)->id, idB = store.registerArticle(b)->id;
        Annotation mine = note(a.text(), QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Xác minh số liệu"));
        mine.tags = {QStringLiteral("figure"), QStringLiteral("fact-check")};
        mine.replies = {reply(QStringLiteral("Minh"), QStringLiteral("Đã gọi Sở Tài chính"))};
        QVERIFY(store.saveAnnotation(idA, mine));
        // The same id, the same reply id, on another article.
        Annotation incoming = mine;
        incoming.anchor = Anchoring::anchorAt(b.text(), 0, 5);
        incoming.comment = QStringLiteral("Ngày họp?");
        incoming.tags = {QStringLiteral("typo")};
        const auto report = store.importAnnotations(idB, {incoming});
        QVERIFY2(report.has_value(), qPrintable(store.errorString()));
        QCOMPARE(report->renamed, 1);
        QCOMPARE(report->renames.size(), 1);
        QCOMPARE(report->renames.first().first, mine.id);
        QCOMPARE(store.annotations(idA), QList<Annotation>{mine}); // untouched, tags and replies kept
        const QList<Annotation> onB = store.annotations(idB);
        QCOMPARE(onB.size(), 1);
        QVERIFY(onB.first().id != mine.id);
        QCOMPARE(onB.first().id, report->renames.first().second);
        QCOMPARE(onB.first().comment, incoming.comment);
        QCOMPARE(onB.first().tags, incoming.tags);
        QCOMPARE(onB.first().replies.size(), 1);
        QVERIFY(onB.first().replies.first().id != mine.replies.first().id);
        QCOMPARE(onB.first().replies.first().text, mine.replies.first().text);
        // Importing it again changes nothing.
        const auto again = store.importAnnotations(idB, {incoming});
        QVERIFY(again);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(store.annotations(idB).size(), 1);
        QCOMPARE(store.annotationCount(), 2);
    }

    void sameArticle_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<bool>("extraReply");
        QTest::addColumn<int>("expectedCount");
        QTest::addColumn<QString>("action");
        QTest::newRow("same content") << 0 << QStringLiteral("Xác minh số liệu") << QStringList{QStringLiteral("figure")}
                                      << false << 1 << QStringLiteral("unchanged");
        QTest::newRow("fewer tags") << 0 << QStringLiteral("Xác minh số liệu") << QStringList{} << false << 1
                                    << QStringLiteral("unchanged");
        QTest::newRow("a new tag and reply") << 0 << QStringLiteral("Xác minh số liệu")
                                             << QStringList{QStringLiteral("legal")} << true << 1 << QStringLiteral("merged");
        QTest::newRow("another comment") << 0 << QStringLiteral("Sai số liệu") << QStringList{} << false << 2
                                         << QStringLiteral("renamed");
        QTest::newRow("another comment, replace") << 1 << QStringLiteral("Sai số liệu") << QStringList{}
                                                  << true << 1 << QStringLiteral("replaced");
    }

    void sameArticle()
    {
        QFETCH(int, mode);
        QFETCH(QString, comment);
        QFETCH(QStringList, tags);
        QFETCH(bool, extraReply);
        QFETCH(int, expectedCount);
        QFETCH(QString, action);
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const Article a = makeArticle(kBodyA);
        const qint64 id = store.registerArticle(a)->id;
        Annotation mine = note(a.text(), QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Xác minh số liệu"));
        mine.tags = {QStringLiteral("figure")};
        mine.replies = {reply(QStringLiteral("Minh"), QStringLiteral("Đã gọi Sở Tài chính"))};
        QVERIFY(store.saveAnnotation(id, mine));
        Annotation incoming = mine;
        incoming.comment = comment;
        incoming.tags = tags;
        incoming.modified = Annotation::now().addSecs(60);
        if (extraReply)
            incoming.replies.append(reply(QStringLiteral("Lan"), QStringLiteral("Nguồn: báo cáo quý")));
        const auto report = store.importAnnotations(id, {incoming},
                                                    mode ? AnnotationImport::Mode::Replace : AnnotationImport::Mode::Add);
        QVERIFY2(report.has_value(), qPrintable(store.errorString()));
        const QList<Annotation> stored = store.annotations(id);
        QCOMPARE(stored.size(), expectedCount);
        const Annotation *kept = nullptr;
        for (const Annotation &s : stored)
            if (s.id == mine.id)
                kept = &s;
        QVERIFY(kept);
        // Nothing is ever dropped: the stored tags and replies are all still on the original.
        for (const QString &t : mine.tags)
            QVERIFY(kept->tags.contains(t));
        QVERIFY(kept->replies.size() >= mine.replies.size());
        QCOMPARE(kept->replies.first(), mine.replies.first());
        if (action == QStringLiteral("unchanged")) {
            QCOMPARE(report->unchanged, 1);
            QCOMPARE(*kept, mine);
        } else if (action == QStringLiteral("merged")) {
            QCOMPARE(report->merged, 1);
            QCOMPARE(kept->comment, mine.comment);
            QCOMPARE(kept->tags, (QStringList{QStringLiteral("figure"), QStringLiteral("legal")}));
            QCOMPARE(kept->replies.size(), 2);
        } else if (action == QStringLiteral("renamed")) {
            QCOMPARE(report->renamed, 1);
            QCOMPARE(*kept, mine);
        } else {
            QCOMPARE(report->replaced, 1);
            QCOMPARE(kept->comment, comment);
            QCOMPARE(kept->tags, mine.tags); // the union
            QCOMPARE(kept->replies.size(), 2);
        }
        // Idempotent: the same import again adds nothing.
        const auto again = store.importAnnotations(id, {incoming},
                                                   mode ? AnnotationImport::Mode::Replace : AnnotationImport::Mode::Add);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(store.annotations(id).size(), expectedCount);
    }

    void libraryImportKeepsExistingWork()
    {
        // The editor's library: article A with an annotation (tags, a reply).
        LibraryStore mine;
        QVERIFY(mine.open(freshPath()));
        const Article a = makeArticle(kBodyA), b = makeArticle(kBodyB, QStringLiteral("Họp báo"));
        const qint64 idA = *mine.indexArticle(a, {});
        Annotation original = note(a.text(), QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Xác minh số liệu"));
        original.tags = {QStringLiteral("figure")};
        original.replies = {reply(QStringLiteral("Minh"), QStringLiteral("Đã gọi Sở Tài chính"))};
        QVERIFY(mine.reviewStore().saveAnnotation(idA, original));

        // Someone else's library: article B holding an annotation with the same id.
        const QString exported = m_dir.filePath(QStringLiteral("theirs-%1.lectern").arg(++m_counter));
        {
            LibraryStore theirs;
            QVERIFY(theirs.open(freshPath()));
            const qint64 idB = *theirs.indexArticle(b, {});
            Annotation clash = note(b.text(), QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Số liệu khác"));
            clash.id = original.id;
            QVERIFY(theirs.reviewStore().saveAnnotation(idB, clash));
            QVERIFY(theirs.exportTo(exported));
        }
        const auto report = mine.importLibrary(exported);
        QVERIFY2(report.has_value(), qPrintable(mine.errorString()));
        QCOMPARE(report->added, 1);
        QCOMPARE(report->annotations.renamed, 1);
        QVERIFY(report->complete());
        QCOMPARE(mine.reviewStore().annotations(idA), QList<Annotation>{original});
        const auto idB = mine.reviewStore().findArticle(b);
        QVERIFY(idB);
        const QList<Annotation> onB = mine.reviewStore().annotations(idB->id);
        QCOMPARE(onB.size(), 1);
        QCOMPARE(onB.first().comment, QStringLiteral("Số liệu khác"));
        QVERIFY(onB.first().id != original.id);

        // Re-importing one's own export changes nothing, also after the comment was edited here.
        const QString own = m_dir.filePath(QStringLiteral("own-%1.lectern").arg(++m_counter));
        QVERIFY(mine.exportTo(own));
        Annotation edited = original;
        edited.comment = QStringLiteral("Đã xác minh");
        QVERIFY(mine.reviewStore().saveAnnotation(idA, edited));
        const qint64 before = mine.reviewStore().annotationCount();
        const auto again = mine.importLibrary(own);
        QVERIFY2(again.has_value(), qPrintable(mine.errorString()));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->known, 2);
        QVERIFY(mine.reviewStore().annotation(original.id));
        QCOMPARE(mine.reviewStore().annotation(original.id)->comment, edited.comment); // not rewritten
        QCOMPARE(mine.reviewStore().annotation(original.id)->tags, original.tags);
        QCOMPARE(mine.reviewStore().annotation(original.id)->replies, original.replies);
        // The exported (older) comment is kept beside it, as a conflict to resolve.
        QCOMPARE(again->annotations.renamed, 1);
        QCOMPARE(mine.reviewStore().annotationCount(), before + 1);
        const auto third = mine.importLibrary(own);
        QVERIFY(third);
        QCOMPARE(mine.reviewStore().annotationCount(), before + 1);
        QVERIFY(mine.reviewStore().checkIntegrity());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotation_import.moc"
