// The batch import of a newsroom archive: the 2,645 Dân trí articles of
// ../shared/corpus/dantri-unlabeled.jsonl written out one file per article (title on the first
// line, then the text), imported with the pipeline (BatchPipeline) into a new library, with the
// learned model and with the rules alone. Prints articles/s, MB/s, CPU time, the load average
// of the machine meanwhile and the peak resident set size. Skips (exit 0) when the corpus is absent.
//
// Run: cmake --build build --target bench_import && build/bench/bench_import [model|rules|both] [THREADS]
// (LECTERN_SHARED_DIR=/path/to/shared when the corpus is not in ../shared beside the checkout)
// (each mode in its own process gives its own peak memory: run `model` and `rules` separately).
// Each mode also prints a digest of what it stored (see contentDigest), the same for two builds
// that store the same rows.
#include "extract/taggermodel.h"
#include "library/batchimporter.h"
#include "library/batchpipeline.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace Lectern::Core;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// One .txt file per article: "<title>\n<body>" as the corpus gives it. Returns the total bytes.
qint64 writeCorpus(const QString &jsonl, const QString &folder, int *count)
{
    QFile in(jsonl);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    qint64 bytes = 0;
    *count = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QByteArray text = o.value(QStringLiteral("text")).toString().toUtf8() + '\n';
        QFile out(QStringLiteral("%1/%2/%3.txt").arg(folder).arg(*count / 500).arg(o.value(QStringLiteral("id")).toString()));
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return -1;
        bytes += text.size();
        ++*count;
    }
    return bytes;
}

// A digest of what the import stored, to check that two builds store the same: every row of the
// library's tables and of the articles, in key order, without what differs from run to run
// (times, and the temporary folder in paths).
QByteArray contentDigest(LibraryStore &store, const QString &folder)
{
    const QStringList queries = {
        QStringLiteral("SELECT id, url, replace(source_path, ?, ''), content_hash, title, review_state FROM articles ORDER BY id"),
        QStringLiteral("SELECT article_id, content_hash FROM article_versions ORDER BY article_id, content_hash"),
        QStringLiteral("SELECT article_id, published, site, format, authors, replace(file_path, ?, ''), file_hash, file_size,"
                       " people_count, organization_count, figure_count, comments_stale, body, reader_version"
                       " FROM library_articles ORDER BY article_id"),
        QStringLiteral("SELECT rowid, title, body, comments FROM library_fts ORDER BY rowid"),
        QStringLiteral("SELECT id, type, key, name FROM library_entities ORDER BY id"),
        QStringLiteral("SELECT entity_id, article_id, surface, aliases, roles, mention_count, first_offset"
                       " FROM library_mentions ORDER BY entity_id, article_id"),
        QStringLiteral("SELECT entity_id, article_count, mention_count FROM library_entity_counts ORDER BY entity_id"),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery q(store.reviewStore().connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        if (sql.contains(QLatin1Char('?')))
            q.addBindValue(folder);
        if (!q.exec())
            return "error: " + q.lastError().text().toUtf8();
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c) {
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return hash.result().toHex().left(16);
}

int runMode(const char *label, std::shared_ptr<const TaggerModel> model, const QStringList &files, qint64 bytes,
            int threads, const QString &dbFolder)
{
    LibraryStore store;
    const QString db = QStringLiteral("%1/%2.sqlite").arg(dbFolder, QString::fromLatin1(label));
    if (!store.open(db)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    BatchPipeline::Options options;
    options.model = model;
    options.threads = threads;
    const QByteArray loadBefore = loadAverage();
    const double cpuBefore = cpuSeconds();
    const double writerBefore = cpuSeconds(RUSAGE_THREAD); // run() writes on this thread
    QElapsedTimer clock;
    clock.start();
    const BatchPipeline::Report report = BatchPipeline::run(store, files, options, nullptr, {});
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double writer = cpuSeconds(RUSAGE_THREAD) - writerBefore;
    std::printf("%-6s %5d added %3lld failed  %6.2f s  %6.0f articles/s  %5.2f MB/s  CPU %6.2f s (%.0f%% of %d threads)"
                "  load %s -> %s  peak RSS %ld MB\n",
                label, report.added, qlonglong(report.failures.size()), seconds, double(report.added) / seconds,
                double(bytes) / 1e6 / seconds, cpu, 100.0 * cpu / seconds / threads, threads, loadBefore.constData(),
                loadAverage().constData(), peakRssKb() / 1024);
    // The writer's CPU time bounds the rate once the workers keep up: at 2 cores, 2 / (CPU per
    // article) if the writer is not the bound, 1 / (writer CPU per article) if it is.
    std::printf("%-6s writer thread CPU %.2f s (%.0f articles per writer CPU second); content digest %s\n", label,
                writer, double(report.added) / writer, contentDigest(store, dbFolder).constData());
    std::fflush(stdout);
    return report.added == files.size() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // Preferences of the test profile, not the user's
    const QString mode = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("both");
    const int threads = argc > 2 ? std::max(1, atoi(argv[2])) : std::max(1, QThread::idealThreadCount());
    // ../shared beside the checkout, or LECTERN_SHARED_DIR (a worktree elsewhere).
    const QString shared = qEnvironmentVariable("LECTERN_SHARED_DIR", QStringLiteral(LECTERN_SHARED_DIR));
    const QString jsonl = shared + QStringLiteral("/corpus/dantri-unlabeled.jsonl");
    if (!QFileInfo::exists(jsonl)) {
        std::printf("bench_import: skipped, %s is absent\n", qPrintable(jsonl));
        return 0;
    }
    QTemporaryDir dir;
    int count = 0;
    const qint64 bytes = writeCorpus(jsonl, dir.filePath(QStringLiteral("articles")), &count);
    if (bytes < 0) {
        std::fprintf(stderr, "cannot write the corpus out\n");
        return 1;
    }
    const QStringList files = BatchImporter::collectFiles({dir.filePath(QStringLiteral("articles"))});
    std::printf("bench_import: %d articles, %.1f MB, %d worker threads, %d cores\n", count, double(bytes) / 1e6, threads,
                QThread::idealThreadCount());
    int failed = 0;
    if (mode == QStringLiteral("model") || mode == QStringLiteral("both")) {
        const std::shared_ptr<const TaggerModel> model = TaggerModel::bundled();
        if (!model) {
            std::fprintf(stderr, "no bundled model\n");
            return 1;
        }
        failed += runMode("model", model, files, bytes, threads, dir.path());
    }
    if (mode == QStringLiteral("rules") || mode == QStringLiteral("both"))
        failed += runMode("rules", nullptr, files, bytes, threads, dir.path());
    return failed ? 1 : 0;
}
