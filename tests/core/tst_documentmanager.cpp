// DocumentManager: opening off the GUI thread, failed loads with their reason, review files
// merged through ReviewSession::importAnnotations() (not undoable, the stored ones untouched),
// the current document's undo stack, closing.
#include "document/articledocument.h"
#include "document/documentmanager.h"
#include "document/libraryindexer.h"
#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewfile.h"
#include "document/reviewsession.h"

#include <QAtomicInt>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoGroup>

using namespace Lectern::Core;

namespace {

const QString kArticle = QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt");

Annotation commentOn(const ArticleDocument &doc, const QString &quote, const QString &comment)
{
    const QString text = doc.text();
    const qsizetype at = text.indexOf(quote);
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
    a.comment = comment;
    return a;
}

} // namespace

class TestDocumentManager : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString freshDatabase() { return m_dir.filePath(QStringLiteral("review-%1.sqlite").arg(++m_databases)); }

    DocumentManager::OpenOptions withDatabase(const QString &database)
    {
        DocumentManager::OpenOptions options;
        options.databasePath = database;
        return options; // no tagger model: the rules alone, quick
    }

    // Opens path and waits for the outcome; the document, or null on failure.
    static ArticleDocument *open(DocumentManager &manager, const QString &path,
                                 const DocumentManager::OpenOptions &options, QVariant *prepared = nullptr)
    {
        QSignalSpy opened(&manager, &DocumentManager::documentOpened);
        QSignalSpy failed(&manager, &DocumentManager::loadFailed);
        manager.openFile(path, options);
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000) || opened.isEmpty())
            return nullptr;
        if (prepared)
            *prepared = opened.first().at(2);
        return opened.first().at(0).value<ArticleDocument *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void opensOffTheGuiThread()
    {
        DocumentManager manager;
        QSignalSpy started(&manager, &DocumentManager::loadStarted);
        QSignalSpy finished(&manager, &DocumentManager::loadFinished);
        QSignalSpy opened(&manager, &DocumentManager::documentOpened);
        DocumentManager::OpenOptions options = withDatabase(freshDatabase());
        QThread *gui = QThread::currentThread();
        QAtomicInt preparedElsewhere = 0;
        options.prepare = [gui, &preparedElsewhere](const LoadResult &loaded) {
            preparedElsewhere = QThread::currentThread() != gui ? 1 : 0;
            return QVariant(loaded.import.article->title);
        };
        manager.openFile(kArticle, options);
        QCOMPARE(started.count(), 1);
        QCOMPARE(manager.pendingLoads(), 1);
        QVERIFY(opened.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(manager.pendingLoads(), 0);
        QCOMPARE(opened.first().at(1).toString(), kArticle);
        QCOMPARE(preparedElsewhere.loadAcquire(), 1);
        QCOMPARE(opened.first().at(2).toString(),
                 QStringLiteral("Hội thảo khoa học về phát triển nông nghiệp bền vững"));

        auto *document = opened.first().at(0).value<ArticleDocument *>();
        QVERIFY(document);
        QCOMPARE(manager.documents(), QList<ArticleDocument *>{document});
        QVERIFY(document->text().contains(QStringLiteral("Viện Nghiên cứu Nông nghiệp")));
        QCOMPARE(document->thread(), gui);
        // Its session is attached to the database, its indexer follows it, its stack is grouped.
        ReviewSession *session = manager.session(document);
        QVERIFY(session);
        QVERIFY(session->articleId() > 0);
        QVERIFY(manager.indexer(document));
        QVERIFY(manager.undoGroup()->stacks().contains(document->undoStack()));
    }

    void withoutDatabaseNothingIsStored()
    {
        DocumentManager manager;
        ArticleDocument *document = open(manager, kArticle, {});
        QVERIFY(document);
        QVERIFY(manager.session(document));
        QCOMPARE(manager.session(document)->articleId(), 0);
        QVERIFY(!manager.indexer(document));
    }

    void failedLoadGivesTheReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes"); // written to file first unless empty and file exists
        QTest::newRow("missing") << QStringLiteral("missing.txt") << QByteArray();
        QTest::newRow("white space only") << QStringLiteral("blank.txt") << QByteArray(" \n\t\n");
        QTest::newRow("broken review file") << QStringLiteral("broken.lectern-review") << QByteArray("{\"no\": ");
    }
    void failedLoadGivesTheReason()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(file);
        if (!bytes.isEmpty()) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        DocumentManager manager;
        QSignalSpy failed(&manager, &DocumentManager::loadFailed);
        QSignalSpy opened(&manager, &DocumentManager::documentOpened);
        QSignalSpy finished(&manager, &DocumentManager::loadFinished);
        manager.openFile(path, withDatabase(freshDatabase()));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(), path);
        QVERIFY(!failed.first().at(1).toString().trimmed().isEmpty());
        QCOMPARE(finished.count(), 1);
        QVERIFY(opened.isEmpty());
        QVERIFY(manager.documents().isEmpty());
        QCOMPARE(manager.pendingLoads(), 0);
    }

    void reviewFileIsMergedThroughTheImportRule()
    {
        const QString database = freshDatabase();
        DocumentManager manager;
        // What the database already has: a comment with id X.
        ArticleDocument *first = open(manager, kArticle, withDatabase(database));
        QVERIFY(first);
        const Annotation stored = commentOn(*first, QStringLiteral("Cần Thơ"), QStringLiteral("đã lưu"));
        first->undoStack()->push(first->makeAddCommand(stored));
        const Article article = first->article();
        QVERIFY(manager.closeDocument(first));

        // A colleague's review file: the same id with another comment, a new one, a state.
        Annotation conflicting = stored;
        conflicting.comment = QStringLiteral("của đồng nghiệp");
        ArticleDocument scratch;
        scratch.setContent(article, {});
        const Annotation fresh = commentOn(scratch, QStringLiteral("6,2%"), QStringLiteral("kiểm tra số liệu"));
        ReviewFile::Contents contents;
        contents.article = article;
        contents.annotations = {conflicting, fresh};
        contents.state = ReviewState::InReview;
        const QString reviewFile = m_dir.filePath(QStringLiteral("colleague.lectern-review"));
        QString error;
        QVERIFY2(ReviewFile::save(reviewFile, contents, &error), qPrintable(error));

        ArticleDocument *merged = open(manager, reviewFile, withDatabase(database));
        QVERIFY(merged);
        ReviewSession *session = manager.session(merged);
        QVERIFY(session && session->articleId() > 0);
        // The stored one is neither moved nor rewritten; the conflicting one is kept beside it
        // under a new id; the new one is added; all of it is in the database.
        const QList<Annotation> all = merged->annotations()->all();
        QCOMPARE(all.size(), 3);
        QVERIFY(merged->annotations()->find(stored.id));
        QCOMPARE(merged->annotations()->find(stored.id)->comment, QStringLiteral("đã lưu"));
        QVERIFY(merged->annotations()->find(fresh.id));
        QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                               [](const Annotation &a) { return a.comment == QStringLiteral("của đồng nghiệp"); }),
                 1);
        AnnotationStore check;
        QVERIFY(check.open(database));
        QCOMPARE(check.annotations(session->articleId()).size(), 3);
        QCOMPARE(session->reviewState(), ReviewState::InReview);
        // Like opening a file, the merge is not an undoable edit.
        QCOMPARE(merged->undoStack()->count(), 0);
        QVERIFY(!merged->undoStack()->canUndo());
    }

    void reviewFileWithoutDatabaseIsOnlyShown()
    {
        ArticleDocument scratch;
        {
            DocumentManager probe;
            ArticleDocument *doc = open(probe, kArticle, {});
            QVERIFY(doc);
            scratch.setContent(doc->article(), {});
        }
        ReviewFile::Contents contents;
        contents.article = scratch.article();
        contents.annotations = {commentOn(scratch, QStringLiteral("Cần Thơ"), QStringLiteral("chỉ xem"))};
        const QString reviewFile = m_dir.filePath(QStringLiteral("shown.lectern-review"));
        QString error;
        QVERIFY2(ReviewFile::save(reviewFile, contents, &error), qPrintable(error));

        DocumentManager manager;
        ArticleDocument *document = open(manager, reviewFile, {});
        QVERIFY(document);
        QCOMPARE(document->annotations()->all(), contents.annotations);
        QCOMPARE(manager.session(document)->articleId(), 0);
        QCOMPARE(document->undoStack()->count(), 0);
    }

    // What the worker prepared was made from the extractor's entities; once the stored entity
    // corrections change them on adoption, it is not handed over (the view typesets again).
    void preparedIsDroppedWhenCorrectionsChangeTheEntities()
    {
        const QString database = freshDatabase();
        DocumentManager manager;
        DocumentManager::OpenOptions options = withDatabase(database);
        options.prepare = [](const LoadResult &) { return QVariant(42); };
        QVariant prepared;
        ArticleDocument *document = open(manager, kArticle, options, &prepared);
        QVERIFY(document);
        QCOMPARE(prepared.toInt(), 42);
        const QString text = document->text();
        const QString place = QStringLiteral("Cần Thơ");
        const qsizetype at = text.indexOf(place);
        EntityCorrection added;
        added.action = EntityCorrection::Action::AddMissed;
        added.newType = EntityKind::Organization;
        added.newName = QStringLiteral("Thành phố Cần Thơ");
        document->undoStack()->push(document->makeAddCommand(
            Annotation::createCorrection(Anchoring::anchorAt(text, at, at + place.size()), QStringLiteral("Lan"), added)));
        QVERIFY(manager.closeDocument(document));

        document = open(manager, kArticle, options, &prepared);
        QVERIFY(document);
        QVERIFY(!prepared.isValid());
        const QList<Entity> &organizations = document->entities().organizations;
        QVERIFY(std::any_of(organizations.cbegin(), organizations.cend(),
                            [](const Entity &e) { return e.name == QStringLiteral("Thành phố Cần Thơ"); }));
    }

    void currentDocumentOwnsTheActiveStack()
    {
        DocumentManager manager;
        ArticleDocument *one = open(manager, kArticle, {});
        ArticleDocument *two = open(manager, kArticle, {});
        QVERIFY(one && two && one != two);
        QCOMPARE(manager.documents(), (QList<ArticleDocument *>{one, two}));
        QSignalSpy current(&manager, &DocumentManager::currentChanged);
        manager.setCurrentDocument(two);
        QCOMPARE(manager.currentDocument(), two);
        QCOMPARE(manager.undoGroup()->activeStack(), two->undoStack());
        QCOMPARE(current.count(), 1);
        manager.setCurrentDocument(two); // no change, no signal
        QCOMPARE(current.count(), 1);
        ArticleDocument stranger;
        manager.setCurrentDocument(&stranger); // not one of ours: none
        QCOMPARE(manager.currentDocument(), nullptr);
        QCOMPARE(manager.undoGroup()->activeStack(), nullptr);
    }

    void closeDeletesTheDocumentAndItsSession()
    {
        DocumentManager manager;
        ArticleDocument *document = open(manager, kArticle, withDatabase(freshDatabase()));
        QVERIFY(document);
        manager.setCurrentDocument(document);
        QPointer<ArticleDocument> watched = document;
        QPointer<ReviewSession> session = manager.session(document);
        QPointer<LibraryIndexer> indexer = manager.indexer(document);
        QVERIFY(session && indexer);
        QUndoStack *stack = document->undoStack();
        QSignalSpy closed(&manager, &DocumentManager::documentClosed);
        QVERIFY(manager.closeDocument(document));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(0).value<ArticleDocument *>(), document);
        QVERIFY(manager.documents().isEmpty());
        QCOMPARE(manager.currentDocument(), nullptr);
        QVERIFY(!manager.session(document));
        QVERIFY(!manager.closeDocument(document)); // not ours any more
        QVERIFY(watched); // deleted later, after the receivers of documentClosed let go
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!watched);
        QVERIFY(!session);
        QVERIFY(!indexer);
        QVERIFY(!manager.undoGroup()->stacks().contains(stack));
    }
};

QTEST_GUILESS_MAIN(TestDocumentManager)
#include "tst_documentmanager.moc"
