// The review database: schema migrations, transactions, article identity, two connections.
#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {
Article makeArticle(const QString &body, const QString &url = {}, const QString &path = {})
{
    Article a;
    a.title = QStringLiteral("Hội nghị tổng kết năm");
    a.url = url;
    a.sourcePath = path;
    for (const QString &p : body.split(QStringLiteral("\n\n")))
        a.blocks.append(Block{Block::Kind::Paragraph, p});
    return a;
}

const QString kBody = QStringLiteral("Sáng 12/3, tỉnh Bình Lâm tổ chức hội nghị.\n\n"
                                     "Tổng vốn đầu tư đạt 4.250 tỷ đồng, tăng 12,5%.");

Annotation makeAnnotation(const QString &text, const QString &quote, const QString &comment)
{
    const qsizetype at = text.indexOf(quote);
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
    a.comment = comment;
    return a;
}

// Runs SQL on the file through a connection of its own (the store never sees it).
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1/lectern.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void opensWithWalAtLatestVersion()
    {
        AnnotationStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        QCOMPARE(store.storage()->moduleVersion(QString::fromLatin1(ReviewSchema::module)), ReviewSchema::latestVersion());
        QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        QVERIFY(store.checkIntegrity());
    }

    void migratesVersion1Data()
    {
        const QString path = freshPath();
        {
            // The review tables as their first step made them.
            QString error;
            const auto old = Database::open(path, Database::Access::ReadWrite, &error);
            QVERIFY2(old, qPrintable(error));
            QVERIFY(old->migrate(ReviewSchema::migrations().mid(0, 1)));
            QCOMPARE(old->moduleVersion(QString::fromLatin1(ReviewSchema::module)), 1);
        }
        rawExec(path, {QStringLiteral("INSERT INTO articles (id, url, content_hash, title, first_seen, last_seen)"
                                      " VALUES (7, 'https://example.invalid/a', 'abc', 'Cũ', '2024-01-02T03:04:05.000Z',"
                                      " '2024-01-02T03:04:05.000Z')")});
        AnnotationStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.storage()->moduleVersion(QString::fromLatin1(ReviewSchema::module)), ReviewSchema::latestVersion());
        const auto record = store.articleById(7);
        QVERIFY(record);
        QCOMPARE(record->reviewState, ReviewState::Draft);
        QCOMPARE(record->title, QStringLiteral("Cũ"));
        QVERIFY(store.setReviewState(7, ReviewState::Approved));
        QCOMPARE(store.articleById(7)->reviewState, ReviewState::Approved);
        QVERIFY(store.checkIntegrity());
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        {
            AnnotationStore s;
            QVERIFY(s.open(path));
        }
        rawExec(path, {QStringLiteral("PRAGMA user_version=99")});
        AnnotationStore store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains(QStringLiteral("newer")));
        QVERIFY(!store.isOpen());
    }

    void roundTripsEveryField()
    {
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const Article article = makeArticle(kBody, QStringLiteral("https://example.invalid/binh-lam"));
        const auto record = store.registerArticle(article);
        QVERIFY(record && record->created);

        Annotation a = makeAnnotation(article.text(), QStringLiteral("4.250 tỷ đồng"), QStringLiteral("Số liệu\nnào?"));
        a.tags = {QStringLiteral("figure"), QStringLiteral("fact-check"), QStringLiteral("nhãn riêng")};
        a.status = Annotation::Status::WontFix;
        a.replies.append({QUuid::createUuid(), QStringLiteral("Trần Minh"), Annotation::now(), QStringLiteral("Đã hỏi sở.")});
        a.replies.append({QUuid::createUuid(), QStringLiteral("Lê Thu Hà"), Annotation::now(), QStringLiteral("Cảm ơn.")});
        Annotation c = makeAnnotation(article.text(), QStringLiteral("Bình Lâm"), QString());
        c.kind = Annotation::Kind::EntityCorrection;
        c.correction.action = EntityCorrection::Action::ChangeType;
        c.correction.type = EntityKind::Organization;
        c.correction.name = QStringLiteral("Bình Lâm");
        c.correction.newType = EntityKind::Place;
        c.orphan = true;
        QVERIFY2(store.saveAnnotations(record->id, {a, c}), qPrintable(store.errorString()));

        const QList<Annotation> loaded = store.annotations(record->id);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), c); // text order: "Bình Lâm" comes first
        QCOMPARE(loaded.at(1), a);
        QCOMPARE(*store.annotation(a.id), a);
    }

    void upsertReplacesAndDeleteCascades()
    {
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const Article article = makeArticle(kBody);
        const qint64 id = store.registerArticle(article)->id;
        Annotation a = makeAnnotation(article.text(), QStringLiteral("hội nghị"), QStringLiteral("một"));
        a.tags = {QStringLiteral("style"), QStringLiteral("typo")};
        QVERIFY(store.saveAnnotation(id, a));
        a.tags = {QStringLiteral("legal")};
        a.comment = QStringLiteral("hai");
        a.modified = Annotation::now().addSecs(5);
        QVERIFY(store.saveAnnotation(id, a));
        QCOMPARE(store.annotations(id), QList<Annotation>{a});
        QVERIFY(store.removeAnnotation(a.id));
        QCOMPARE(store.annotationCount(), 0);
        QVERIFY(store.annotations(id).isEmpty());
        QVERIFY(store.checkIntegrity());
    }

    void failedBatchRollsBack()
    {
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const Article article = makeArticle(kBody);
        const qint64 id = store.registerArticle(article)->id;
        Annotation first = makeAnnotation(article.text(), QStringLiteral("hội nghị"), QStringLiteral("một"));
        first.replies.append({QUuid::createUuid(), QStringLiteral("A"), Annotation::now(), QStringLiteral("x")});
        Annotation second = makeAnnotation(article.text(), QStringLiteral("tăng"), QStringLiteral("hai"));
        second.replies = first.replies; // the same reply id twice violates UNIQUE: the batch must fail whole
        QVERIFY(!store.saveAnnotations(id, {first, second}));
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.annotationCount(), 0);
        // The connection is usable afterwards.
        QVERIFY(store.saveAnnotation(id, first));
        QCOMPARE(store.annotationCount(), 1);
    }

    void articleIdentity_data()
    {
        QTest::addColumn<QString>("firstUrl");
        QTest::addColumn<QString>("firstPath");
        QTest::addColumn<QString>("secondBody");
        QTest::addColumn<QString>("secondUrl");
        QTest::addColumn<QString>("secondPath");
        QTest::addColumn<bool>("sameArticle");
        QTest::addColumn<bool>("newVersion");

        const QString edited = kBody + QStringLiteral(" Đã cập nhật.");
        const QString url = QStringLiteral("https://example.invalid/a");
        const QString path = QStringLiteral("/tmp/lectern-test/a.txt");
        QTest::newRow("same url, edited") << url << QString() << edited << url << QString() << true << true;
        QTest::newRow("same url, same text") << url << QString() << kBody << url << QString() << true << false;
        QTest::newRow("no url, same hash") << QString() << QString() << kBody << QString() << QString() << true << false;
        QTest::newRow("no url, same path, edited") << QString() << path << edited << QString() << path << true << true;
        QTest::newRow("no url, other path, edited") << QString() << path << edited << QString()
                                                   << QStringLiteral("/tmp/other.txt") << false << false;
        QTest::newRow("different url, same path") << url << path << edited << QStringLiteral("https://example.invalid/b")
                                                  << path << false << false;
        QTest::newRow("copy elsewhere, same text") << QString() << path << kBody << QString()
                                                   << QStringLiteral("/tmp/copy.txt") << true << false;
    }

    void articleIdentity()
    {
        QFETCH(QString, firstUrl);
        QFETCH(QString, firstPath);
        QFETCH(QString, secondBody);
        QFETCH(QString, secondUrl);
        QFETCH(QString, secondPath);
        QFETCH(bool, sameArticle);
        QFETCH(bool, newVersion);
        AnnotationStore store;
        QVERIFY(store.open(freshPath()));
        const auto first = store.registerArticle(makeArticle(kBody, firstUrl, firstPath));
        QVERIFY(first && first->created);
        const auto second = store.registerArticle(makeArticle(secondBody, secondUrl, secondPath));
        QVERIFY(second);
        QCOMPARE(second->id == first->id, sameArticle);
        QCOMPARE(second->created, !sameArticle);
        QCOMPARE(second->newVersion, newVersion);
        if (newVersion)
            QCOMPARE(second->previousHash, first->contentHash);
    }

    void twoConnectionsSeeEachOther()
    {
        const QString path = freshPath();
        AnnotationStore one;
        AnnotationStore two;
        QVERIFY(one.open(path));
        QVERIFY(two.open(path));
        const Article article = makeArticle(kBody);
        const qint64 id = one.registerArticle(article)->id;
        QCOMPARE(two.registerArticle(article)->id, id);

        const qint64 before = two.dataVersion();
        const Annotation a = makeAnnotation(article.text(), QStringLiteral("hội nghị"), QStringLiteral("từ cửa sổ một"));
        QVERIFY(one.saveAnnotation(id, a));
        QVERIFY(two.dataVersion() != before); // the other window can notice without reading everything
        QCOMPARE(two.annotations(id), QList<Annotation>{a});

        Annotation b = makeAnnotation(article.text(), QStringLiteral("tăng"), QStringLiteral("từ cửa sổ hai"));
        QVERIFY(two.saveAnnotation(id, b));
        QCOMPARE(one.annotations(id).size(), 2);
        QVERIFY(two.removeAnnotation(a.id));
        QCOMPARE(one.annotations(id), QList<Annotation>{b});
        QVERIFY(one.checkIntegrity());
    }

    void unwritableLocationFails()
    {
        AnnotationStore store;
        QVERIFY(!store.open(QStringLiteral("/proc/lectern/nowhere.sqlite")));
        QVERIFY(!store.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
