// The .lectern-review file: everything a review needs, on another machine.
#include "document/articleloader.h"
#include "review/anchoring.h"
#include "review/reviewfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TestReviewFile : public QObject
{
    Q_OBJECT

    static ReviewFile::Contents sample()
    {
        const LoadResult loaded = loadArticle(QStringLiteral(LECTERN_TEST_DATA "/review/binh-lam.txt"));
        ReviewFile::Contents c;
        c.article = *loaded.import.article;
        c.state = ReviewState::InReview;
        c.savedBy = QStringLiteral("Lê Thu Hà");
        c.saved = Annotation::now();
        const QString text = c.article.text();
        const QString quote = QStringLiteral("4.250 tỷ đồng");
        const qsizetype at = text.indexOf(quote, text.indexOf(QStringLiteral("Theo báo cáo")));
        Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
        a.comment = QStringLiteral("Đối chiếu với báo cáo của Sở.");
        a.tags = {QStringLiteral("figure")};
        a.replies.append({QUuid::createUuid(), QStringLiteral("Trần Minh"), Annotation::now(), QStringLiteral("Đúng.")});
        Annotation reject = Annotation::create(Anchoring::anchorAt(text, 0, 8), QStringLiteral("Lê Thu Hà"));
        reject.kind = Annotation::Kind::EntityCorrection;
        reject.correction.action = EntityCorrection::Action::ChangeType;
        reject.correction.type = EntityKind::Organization;
        reject.correction.name = QStringLiteral("Bình Lâm");
        reject.correction.newType = EntityKind::Place;
        c.annotations = {a, reject};
        return c;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const ReviewFile::Contents c = sample();
        QVERIFY(!c.article.originalBytes.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("binh-lam.lectern-review"));
        QString error;
        QVERIFY2(ReviewFile::save(path, c, &error), qPrintable(error));

        const auto back = ReviewFile::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->article.text(), c.article.text());
        QCOMPARE(back->article.contentHash(), c.article.contentHash());
        QCOMPARE(back->article.originalBytes, c.article.originalBytes);
        QCOMPARE(back->article.title, c.article.title);
        QCOMPARE(back->article.blocks, c.article.blocks);
        QCOMPARE(back->state, ReviewState::InReview);
        QCOMPARE(back->savedBy, c.savedBy);
        QCOMPARE(back->saved, c.saved);
        QCOMPARE(back->annotations, c.annotations);
        // The anchors hold on the carried text.
        for (const Annotation &a : back->annotations)
            QCOMPARE(Anchoring::reanchor(a.anchor, back->article.text()).outcome, Anchoring::Outcome::Unchanged);
        // The original bytes re-import to the same text.
        const LoadResult again = loadArticleBytes(back->article.originalBytes, QStringLiteral("binh-lam.txt"));
        QVERIFY(again.import.ok());
        QCOMPARE(again.import.article->contentHash(), c.article.contentHash());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QJsonObject good = QJsonDocument::fromJson(ReviewFile::write(sample())).object();
        QJsonObject wrongFormat = good;
        wrongFormat.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        QJsonObject newer = good;
        newer.insert(QStringLiteral("version"), 99);
        QJsonObject tampered = good;
        QJsonObject article = tampered.value(QStringLiteral("article")).toObject();
        article.insert(QStringLiteral("contentHash"), QStringLiteral("00"));
        tampered.insert(QStringLiteral("article"), article);
        QJsonObject noText = good;
        article = noText.value(QStringLiteral("article")).toObject();
        article.remove(QStringLiteral("blocks"));
        noText.insert(QStringLiteral("article"), article);
        QTest::newRow("other format") << QJsonDocument(wrongFormat).toJson() << QStringLiteral("not a Lectern review");
        QTest::newRow("newer version") << QJsonDocument(newer).toJson() << QStringLiteral("version 99");
        QTest::newRow("hash mismatch") << QJsonDocument(tampered).toJson() << QStringLiteral("hash");
        QTest::newRow("no text") << QJsonDocument(noText).toJson() << QStringLiteral("no article text");
        QTest::newRow("deep") << QByteArray(1000, '[') + QByteArray(1000, ']') << QStringLiteral("nested");
        QTest::newRow("truncated") << QJsonDocument(good).toJson().left(200) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a Lectern review");
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!ReviewFile::read(bytes, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!ReviewFile::load(QStringLiteral("/nonexistent/x.lectern-review"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewFile)
#include "tst_reviewfile.moc"
