// `lectern library add` interrupted: killed with SIGKILL at a random point (twice), then stopped
// with SIGTERM (as Ctrl+C does: exit 130, what was read is committed), then run to the end.
// Every article is there exactly once with the entities an uninterrupted import gives it, and the
// people index is the same. The random points are printed (and can be replayed with
// LECTERN_TEST_SEED=n).
#include "library/librarystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "lecternprocess.h"

using namespace Lectern::Core;

namespace {

const QString kSet = QStringLiteral(LECTERN_TEST_DATA "/library/set");
constexpr int kArticles = 240;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture");
    return f.readAll();
}

// One row per article and one per (person, article): everything the import stores of them.
QStringList contents(const QString &database)
{
    LibraryStore store;
    if (!store.open(database, LibraryStore::Access::ReadOnly))
        return {store.errorString()};
    QStringList out;
    for (const LibraryEntry &e : store.list())
        out << QStringLiteral("article %1 | %2 | %3 people, %4 organizations, %5 figures")
                   .arg(QFileInfo(e.path).fileName(), e.title)
                   .arg(e.people)
                   .arg(e.organizations)
                   .arg(e.figures);
    for (EntityKind type : {EntityKind::Person, EntityKind::Organization}) {
        for (const LibraryEntity &entity : store.entities(type)) {
            for (const LibraryEntityArticle &a : store.entityArticles(entity.id))
                out << QStringLiteral("%1 %2 in %3 (%4 mentions)")
                           .arg(entityKindId(type), entity.name, QFileInfo(a.entry.path).fileName())
                           .arg(a.mentionCount);
        }
    }
    out.sort();
    out << QStringLiteral("%1 articles in the review database").arg(store.articleIds().size());
    return out;
}

} // namespace

class TestCliLibraryResume : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_articles;

    QStringList addArgs(const QString &db) const
    {
        return {QStringLiteral("library"), QStringLiteral("add"), m_articles, QStringLiteral("--db"), db};
    }

    // Starts an import and stops it with `signal` after `msecs`; true when it was still running.
    bool interrupt(const QString &db, int msecs, bool kill, QByteArray *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LECTERN_BINARY), addArgs(db));
        if (!p.waitForStarted(30000))
            qFatal("lectern did not start");
        const bool finishedEarly = p.waitForFinished(msecs);
        if (!finishedEarly) {
            if (kill)
                p.kill();      // SIGKILL: no chance to clean up
            else
                p.terminate(); // SIGTERM: what Ctrl+C does too
            p.waitForFinished(120000);
        }
        *err = p.readAllStandardError();
        if (!finishedEarly && !kill) {
            // A clean stop: exit 130 and how to resume (or it had just finished).
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 130)
                QTest::qVerify(err->contains("run the same command again"), "resume hint", err->constData(), __FILE__, __LINE__);
        }
        return !finishedEarly;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Distinct articles (their own text, so their own identity) with people varied.
        const QStringList names = {QStringLiteral("Lê Minh Khôi"), QStringLiteral("Trần Thu Hạnh"), QStringLiteral("Phạm Quang Huy"),
                                   QStringLiteral("Võ Ngọc Yến"), QStringLiteral("Bùi Đức Phong"), QStringLiteral("Hồ Thị Nga")};
        const QList<QByteArray> sources = {readAll(kSet + QStringLiteral("/hoa-binh-lua.txt")),
                                           readAll(kSet + QStringLiteral("/ngan-sach-binh-lam.txt")),
                                           readAll(kSet + QStringLiteral("/tinh/chuyen-doi-so.txt"))};
        m_articles = m_dir.filePath(QStringLiteral("articles"));
        for (int i = 0; i < kArticles; ++i) {
            const QString folder = m_articles + QStringLiteral("/%1").arg(i / 100);
            QDir().mkpath(folder);
            QString text = QString::fromUtf8(sources.at(i % sources.size()));
            text.replace(QStringLiteral("Đặng Thị Lan"), names.at(i % names.size()));
            text.replace(QStringLiteral("Nguyễn Văn Tùng"), names.at((i / 3) % names.size()));
            text += QStringLiteral("\nBài số %1.\n").arg(i);
            QFile f(folder + QStringLiteral("/bai-%1.txt").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
    }

    void resumesWithoutDuplicatesOrGaps()
    {
        // The reference: one uninterrupted run.
        const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
        QElapsedTimer clock;
        clock.start();
        const Run whole = lectern(addArgs(reference));
        const int duration = int(clock.elapsed());
        QCOMPARE(whole.exitCode, 0);
        QCOMPARE(whole.out.count("added "), kArticles);
        const QStringList expected = contents(reference);
        QCOMPARE(expected.last(), QStringLiteral("%1 articles in the review database").arg(kArticles));

        bool ok = false;
        const quint32 seed = qEnvironmentVariableIntValue("LECTERN_TEST_SEED", &ok);
        QRandomGenerator rng(ok ? seed : QRandomGenerator::system()->generate());
        const quint32 usedSeed = ok ? seed : rng.generate();
        rng.seed(usedSeed);
        qInfo("LECTERN_TEST_SEED=%u (an uninterrupted import took %d ms)", usedSeed, duration);

        const QString db = m_dir.filePath(QStringLiteral("resumed.sqlite"));
        int interrupted = 0;
        for (int round = 0; round < 3; ++round) {
            const bool kill = round < 2;
            // Somewhere in the first run; the later runs skip what is stored, so earlier there.
            const int span = std::max(2, duration * (round == 0 ? 8 : 5) / 10);
            const int at = duration / 10 + int(rng.bounded(quint32(span)));
            QByteArray err;
            const bool stopped = interrupt(db, at, kill, &err);
            interrupted += stopped ? 1 : 0;
            qInfo("round %d: %s after %d ms%s", round, kill ? "SIGKILL" : "SIGTERM", at, stopped ? "" : " (it had finished)");
        }
        if (interrupted == 0)
            QWARN("every run finished before it was interrupted: the resume is checked on a complete import");

        const Run rest = lectern(addArgs(db));
        QCOMPARE(rest.exitCode, 0);
        // Each file once: added in one run, unchanged in the others.
        QCOMPARE(rest.out.count("added ") + rest.out.count("unchanged "), kArticles);
        QCOMPARE(contents(db), expected);
        LibraryStore store;
        QVERIFY(store.open(db));
        QString report;
        QVERIFY2(store.reviewStore().checkIntegrity(&report), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestCliLibraryResume)
#include "tst_cli_library_resume.moc"
