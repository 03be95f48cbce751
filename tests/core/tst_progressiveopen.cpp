// Progressive open of a long article (issue 21): DocumentManager shows the first screen first
// (firstScreenReady), then gives exactly what a one-step open gives (text, entities, stored
// annotations); a cancelled load opens nothing; a manager destroyed while loading waits.
#include "document/articledocument.h"
#include "document/articleloader.h"
#include "document/documentmanager.h"
#include "document/reviewsession.h"
#include "review/anchoring.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

// About `bytes` of generated news text: people, titles, organizations, places and figures that
// change from paragraph to paragraph, so the whole-article passes (further mentions, short forms,
// grouping) have work beyond the first screen.
QByteArray generatedArticle(qsizetype bytes)
{
    const QStringList given = {QStringLiteral("Văn An"), QStringLiteral("Thị Hạnh"), QStringLiteral("Quang Vinh"),
                               QStringLiteral("Minh Châu"), QStringLiteral("Thu Hà"), QStringLiteral("Đức Long")};
    const QStringList family = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                QStringLiteral("Phạm"), QStringLiteral("Ngô")};
    const QStringList places = {QStringLiteral("Bình Định"), QStringLiteral("Cần Thơ"), QStringLiteral("Quảng Nam"),
                                QStringLiteral("Hà Tĩnh")};
    QString text = QStringLiteral("Hội nghị tổng kết công tác năm của các tỉnh\n\n");
    for (int i = 0; text.size() < bytes; ++i) {
        const QString name = family.at(i % family.size()) + QLatin1Char(' ') + given.at((i / 3) % given.size());
        const QString place = places.at((i / 2) % places.size());
        text += QStringLiteral("Chiều %1/5, ông %2, Giám đốc Sở Tài chính tỉnh %3, cho biết doanh thu tăng %4,5%% so "
                               "với năm trước, đạt %5 tỷ đồng. Ông %6 đề nghị UBND tỉnh %3 rà soát %7 dự án.\n\n")
                    .arg(i % 28 + 1)
                    .arg(name, place)
                    .arg(i % 40 + 1)
                    .arg(1000 + i)
                    .arg(given.at((i / 3) % given.size()).section(QLatin1Char(' '), -1))
                    .arg(i % 90 + 3);
    }
    return text.toUtf8();
}

// Everything the panels and highlights show, in order, as text to compare.
QStringList describe(const ExtractionResult &r)
{
    QStringList out;
    for (const QList<Entity> *list : {&r.people, &r.organizations, &r.places})
        for (const Entity &e : *list) {
            QString line = QString::number(int(e.type)) + QLatin1Char(' ') + e.name + QLatin1Char('|')
                + e.aliases.join(QLatin1Char(',')) + QLatin1Char('|') + e.roles.join(QLatin1Char(','));
            for (const Mention &m : e.mentions)
                line += QStringLiteral(" %1-%2:%3").arg(m.span.start).arg(m.span.end).arg(double(m.confidence));
            out << line;
        }
    for (const Metric &m : r.metrics)
        out << QStringLiteral("metric %1-%2 %3 %4").arg(m.span.start).arg(m.span.end).arg(m.value).arg(m.unit);
    out << r.warnings;
    return out;
}

} // namespace

class TestProgressiveOpen : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_large;
    QString m_small;

    static DocumentManager::OpenOptions progressive(qsizetype from = 64 * 1024)
    {
        DocumentManager::OpenOptions options;
        options.progressiveFromChars = from;
        options.firstScreenChars = 8 * 1024;
        return options; // no tagger model: the rules alone, quick
    }

    static ArticleDocument *open(DocumentManager &manager, const QString &path,
                                 const DocumentManager::OpenOptions &options)
    {
        QSignalSpy opened(&manager, &DocumentManager::documentOpened);
        QSignalSpy failed(&manager, &DocumentManager::loadFailed);
        manager.openFile(path, options);
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000) || opened.isEmpty())
            return nullptr;
        return opened.first().at(0).value<ArticleDocument *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_large = m_dir.filePath(QStringLiteral("large.txt"));
        m_small = m_dir.filePath(QStringLiteral("small.txt"));
        for (const auto &[path, bytes] : {std::pair{m_large, 300 * 1024}, std::pair{m_small, 4 * 1024}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(generatedArticle(bytes)) > 0);
        }
    }

    void firstScreenIsAPrefix()
    {
        Article article;
        for (int i = 0; i < 10; ++i)
            article.blocks.append({Block::Kind::Paragraph, QString(1000, QLatin1Char('a' + i))});
        article.title = QStringLiteral("T");
        const Article first = firstScreenOf(article, 2500);
        QCOMPARE(first.blocks.size(), 3); // whole blocks, at least 2,500 characters
        QCOMPARE(first.title, article.title);
        QVERIFY(article.text().startsWith(first.text()));
        QCOMPARE(firstScreenOf(article, 0).blocks.size(), 1);
        QCOMPARE(firstScreenOf(article, 1'000'000).blocks.size(), 10);
    }

    void givesWhatAOneStepOpenGives()
    {
        DocumentManager manager;
        ArticleDocument *whole = open(manager, m_large, {});
        QVERIFY(whole);

        QStringList order;
        QSignalSpy first(&manager, &DocumentManager::firstScreenReady);
        QSignalSpy progress(&manager, &DocumentManager::loadProgressed);
        connect(&manager, &DocumentManager::firstScreenReady, this, [&order] { order << QStringLiteral("first"); });
        connect(&manager, &DocumentManager::documentOpened, this, [&order] { order << QStringLiteral("opened"); });
        DocumentManager::OpenOptions options = progressive();
        QAtomicInt prepared = 0;
        options.prepare = [&prepared](const LoadResult &loaded) {
            prepared.fetchAndAddOrdered(1);
            return QVariant(loaded.import.article->text().size());
        };
        ArticleDocument *stepwise = open(manager, m_large, options);
        QVERIFY(stepwise);
        QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("opened")}));
        QCOMPARE(prepared.loadAcquire(), 2); // the first screen, then the whole article

        // The first screen: the article's first blocks, their entities inside them, prepared alone.
        QCOMPARE(first.count(), 1);
        QCOMPARE(first.first().at(0).toString(), m_large);
        const auto screen = first.first().at(1).value<LoadResult>();
        QVERIFY(screen.import.ok());
        const QString screenText = screen.import.article->text();
        QVERIFY(screenText.size() >= 8 * 1024);
        QVERIFY(screenText.size() < whole->text().size() / 4);
        QVERIFY(whole->text().startsWith(screenText));
        QCOMPARE(first.first().at(2).toInt(), int(screenText.size()));
        QVERIFY(!screen.entities.people.isEmpty());
        for (const Entity &e : screen.entities.people)
            for (const Mention &m : e.mentions) {
                QVERIFY(m.span.end <= screenText.size());
                QCOMPARE(whole->text().mid(m.span.start, m.span.length()), m.text);
            }

        // The complete document is the one-step open's.
        QCOMPARE(stepwise->text(), whole->text());
        QCOMPARE(stepwise->article().blocks.size(), whole->article().blocks.size());
        QVERIFY(!whole->entities().people.isEmpty());
        QCOMPARE(describe(stepwise->entities()), describe(whole->entities()));
        QCOMPARE(describe(stepwise->extractedEntities()), describe(whole->extractedEntities()));

        // Progress by stage, never backwards, ending complete.
        QVERIFY(progress.count() >= 2);
        int last = 0;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            QVERIFY(p.at(1).toInt() >= last);
            last = p.at(1).toInt();
        }
        QCOMPARE(last, 100);
    }

    void shortArticleOpensInOneStep()
    {
        DocumentManager manager;
        QSignalSpy first(&manager, &DocumentManager::firstScreenReady);
        QSignalSpy progress(&manager, &DocumentManager::loadProgressed);
        QVERIFY(open(manager, m_small, progressive()));
        QCOMPARE(first.count(), 0);
        QCOMPARE(progress.count(), 0);
    }

    void storedAnnotationsAnchorTheSame()
    {
        const QString database = m_dir.filePath(QStringLiteral("review.sqlite"));
        DocumentManager::OpenOptions options;
        options.databasePath = database;
        Annotation stored;
        {
            DocumentManager manager;
            ArticleDocument *document = open(manager, m_large, options);
            QVERIFY(document);
            // Far past the first screen.
            const qsizetype at = document->text().indexOf(QStringLiteral("tỷ đồng"), document->text().size() - 2000);
            QVERIFY(at > 0);
            stored = Annotation::create(Anchoring::anchorAt(document->text(), at, at + 7), QStringLiteral("Lê Thu Hà"));
            stored.comment = QStringLiteral("kiểm tra");
            document->undoStack()->push(document->makeAddCommand(stored));
            QVERIFY(manager.closeDocument(document));
        }
        DocumentManager manager;
        DocumentManager::OpenOptions stepwise = progressive();
        stepwise.databasePath = database;
        ArticleDocument *document = open(manager, m_large, stepwise);
        QVERIFY(document);
        QVERIFY(manager.session(document)->articleId() > 0);
        const Annotation *found = document->annotations()->find(stored.id);
        QVERIFY(found);
        QCOMPARE(found->anchor, stored.anchor);
        QCOMPARE(found->comment, stored.comment);
    }

    void cancelledLoadOpensNothing_data()
    {
        QTest::addColumn<bool>("atFirstScreen"); // else at once, before the worker got far
        QTest::newRow("at the first screen") << true;
        QTest::newRow("at once") << false;
    }
    void cancelledLoadOpensNothing()
    {
        QFETCH(bool, atFirstScreen);
        DocumentManager manager;
        QSignalSpy opened(&manager, &DocumentManager::documentOpened);
        QSignalSpy failed(&manager, &DocumentManager::loadFailed);
        QSignalSpy finished(&manager, &DocumentManager::loadFinished);
        QSignalSpy first(&manager, &DocumentManager::firstScreenReady);
        bool cancelled = false;
        if (atFirstScreen)
            connect(&manager, &DocumentManager::firstScreenReady, this,
                    [&](const QString &path) { cancelled = manager.cancelLoad(path); });
        manager.openFile(m_large, progressive());
        if (!atFirstScreen) {
            cancelled = manager.cancelLoad(m_large);
            QVERIFY(!manager.cancelLoad(m_large)); // once is enough
        }
        QVERIFY(finished.wait(60000));
        QVERIFY(cancelled);
        QCOMPARE(first.count(), atFirstScreen ? 1 : 0);
        QTest::qWait(50); // nothing more comes
        QCOMPARE(opened.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(manager.documents().isEmpty());
        QCOMPARE(manager.pendingLoads(), 0);
        QVERIFY(!manager.cancelLoad(m_large));
    }

    void managerDestroyedWhileLoading()
    {
        QSignalSpy *first = nullptr;
        {
            auto *manager = new DocumentManager;
            first = new QSignalSpy(manager, &DocumentManager::firstScreenReady);
            manager->openFile(m_large, progressive());
            manager->openFile(m_large, progressive());
            QVERIFY(first->wait(60000));
            delete manager; // waits for the loads still running; their results are dropped
        }
        QVERIFY(first->count() >= 1);
        delete first;
        QTest::qWait(50); // no posted report reaches a deleted manager
    }
};

QTEST_GUILESS_MAIN(TestProgressiveOpen)
#include "tst_progressiveopen.moc"
