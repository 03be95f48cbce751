// Team server (issue 17) under load: 20 editors, each with a connection of its own (a thread and
// an AnnotationStore each), add 200 comments each to 5 articles on a private PostgreSQL cluster
// (tests/postgres/pgcluster.sh); one more connection LISTENs like an open Lectern and reads every
// announced comment back. Reports: all 4,000 present, no writer failed or deadlocked, and the
// median and p95 time from a writer's commit to the comment read back on the listener.
// Skipped (exit 0, with the reason) without the PostgreSQL server binaries or the QPSQL driver.
#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewchanges.h"
#include "review/reviewserver.h"
#include "storage/databasenotifier.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace Lectern::Core;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kEditors = 20;
constexpr int kCommentsEach = 200;
constexpr int kArticles = 5;

const QString kScript = QStringLiteral(LECTERN_TEST_DATA "/../postgres/pgcluster.sh");

Article article(int n)
{
    Article a;
    a.title = QStringLiteral("Bài %1").arg(n);
    a.url = QStringLiteral("https://example.invalid/bai-%1").arg(n);
    a.blocks.append(Block{Block::Kind::Paragraph, QStringLiteral("Sáng 12/3, tỉnh Bình Lâm tổ chức hội nghị số %1.").arg(n)});
    return a;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    QProcess::execute(QStringLiteral("sh"), {kScript, QStringLiteral("start"), state});
    struct Stop
    {
        QString state;
        ~Stop() { QProcess::execute(QStringLiteral("sh"), {kScript, QStringLiteral("stop"), state}); }
    } stop{state};
    QMap<QString, QString> v;
    QFile file(state);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1Char('=')))
                v.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
    }
    if (v.value(QStringLiteral("status")) != QStringLiteral("running")) {
        std::printf("bench_teamserver: skipped: %s\n", qPrintable(v.value(QStringLiteral("reason"), QStringLiteral("no cluster"))));
        return 0;
    }
    const QString uri = QStringLiteral("postgresql://%1@localhost:%2/postgres?host=%3")
                            .arg(v.value(QStringLiteral("superuser")), v.value(QStringLiteral("port")),
                                 v.value(QStringLiteral("socket")));
    QString error;
    if (!ReviewServer::init(uri, &error)) {
        std::printf("bench_teamserver: init failed: %s\n", qPrintable(error));
        return 1;
    }
    AnnotationStore listener;
    if (!listener.open(uri)) {
        std::printf("bench_teamserver: %s\n", qPrintable(listener.errorString()));
        return 1;
    }
    QList<qint64> articleIds;
    for (int i = 0; i < kArticles; ++i)
        articleIds << listener.registerArticle(article(i))->id;

    QMutex mutex;
    QHash<QUuid, Clock::time_point> committed;
    QList<double> delaysMs;
    std::atomic<int> failures = 0;
    std::atomic<int> writersDone = 0;
    DatabaseNotifier notifier(listener.storage(), QString::fromLatin1(ReviewChanges::channel));
    if (!notifier.isActive()) {
        std::printf("bench_teamserver: %s\n", qPrintable(notifier.errorString()));
        return 1;
    }
    QEventLoop loop;
    QSet<QUuid> seen;
    QObject::connect(&notifier, &DatabaseNotifier::notified, &loop, [&](const QString &payload, bool) {
        const auto change = ReviewChanges::parse(payload);
        if (!change || change->annotation.isNull() || seen.contains(change->annotation))
            return;
        if (!listener.annotation(change->annotation)) // display-ready: read back from the server
            return;
        const auto now = Clock::now();
        seen.insert(change->annotation);
        QMutexLocker lock(&mutex);
        const auto it = committed.constFind(change->annotation);
        if (it != committed.constEnd())
            delaysMs << std::chrono::duration<double, std::milli>(now - *it).count();
        if (seen.size() == kEditors * kCommentsEach)
            loop.quit();
    });

    const auto start = Clock::now();
    std::vector<std::thread> writers;
    for (int e = 0; e < kEditors; ++e) {
        writers.emplace_back([&, e] {
            AnnotationStore store; // a Database, and so a connection, of its own
            if (!store.open(uri)) {
                failures += kCommentsEach;
                ++writersDone;
                return;
            }
            for (int c = 0; c < kCommentsEach; ++c) {
                const int n = (e + c) % kArticles;
                const Article a = article(n);
                Annotation comment = Annotation::create(Anchoring::anchorAt(a.text(), 0, 4), QStringLiteral("Biên tập %1").arg(e));
                comment.comment = QStringLiteral("Bình luận %1 của %2").arg(c).arg(e);
                if (!store.saveAnnotation(articleIds.at(n), comment)) {
                    ++failures;
                    continue;
                }
                QMutexLocker lock(&mutex);
                committed.insert(comment.id, Clock::now());
            }
            ++writersDone;
        });
    }
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    for (std::thread &t : writers)
        t.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    QSqlQuery q(listener.connection());
    qint64 stored = -1;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM annotations")) && q.next())
        stored = q.value(0).toLongLong();
    std::sort(delaysMs.begin(), delaysMs.end());
    const auto pct = [&](double p) { return delaysMs.isEmpty() ? -1.0 : delaysMs.at(qsizetype(p * (delaysMs.size() - 1))); };
    std::printf("bench_teamserver: %d editors x %d comments on %d articles: %lld stored (expected %d), %d failed saves,"
                " all writers finished: %s, %.1f s\n",
                kEditors, kCommentsEach, kArticles, stored, kEditors * kCommentsEach, failures.load(),
                writersDone.load() == kEditors ? "yes" : "no", seconds);
    std::printf("bench_teamserver: commit -> read back on the listener: %lld measured, median %.1f ms, p95 %.1f ms,"
                " max %.1f ms\n",
                qint64(delaysMs.size()), pct(0.5), pct(0.95), delaysMs.isEmpty() ? -1.0 : delaysMs.last());
    return stored == kEditors * kCommentsEach && failures == 0 ? 0 : 1;
}
