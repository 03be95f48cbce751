// The library at 100,000 articles. Generates a synthetic Vietnamese-like library from the library
// fixtures (names, numbers, places and dates varied) in a temporary folder (500 articles per
// transaction), then times ranked searches with snippets (median and 95th percentile of 30 runs),
// the Library table's first page and count (what opening the window reads: the table is lazy),
// a page deep in the list, list() of everything, and the people index; prints the database size
// per article and the peak resident set size.
// Run: cmake --build build --target bench_library && build/bench/bench_library [COUNT] [DB] (default 100000)
// With DB (a path), the generated library is kept there, and a later run with the same DB reuses it
// instead of generating it again (opening it applies any newer schema migration first).
#include "document/articleloader.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Lectern::Core;

namespace {

const QStringList kSurnames = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm"),
                               QStringLiteral("Hoàng"), QStringLiteral("Huỳnh"), QStringLiteral("Võ"), QStringLiteral("Đặng"),
                               QStringLiteral("Bùi"), QStringLiteral("Đỗ"), QStringLiteral("Hồ"), QStringLiteral("Ngô"),
                               QStringLiteral("Dương"), QStringLiteral("Lý"), QStringLiteral("Tạ"), QStringLiteral("Đinh")};
const QStringList kMiddles = {QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Minh"), QStringLiteral("Quang"),
                              QStringLiteral("Đức"), QStringLiteral("Thu"), QStringLiteral("Ngọc"), QStringLiteral("Hoài")};
const QStringList kGivens = {QStringLiteral("Tùng"), QStringLiteral("Lan"), QStringLiteral("Hoà"), QStringLiteral("Khôi"),
                             QStringLiteral("Mai"), QStringLiteral("Hưng"), QStringLiteral("Yến"), QStringLiteral("Định"),
                             QStringLiteral("Trang"), QStringLiteral("Huy"), QStringLiteral("Thuỷ"), QStringLiteral("Phong"),
                             QStringLiteral("Dũng"), QStringLiteral("Nga"), QStringLiteral("Quyết"), QStringLiteral("Hạnh")};
const QStringList kPlaces = {QStringLiteral("Bình Lâm"), QStringLiteral("Đà Giang"), QStringLiteral("Hoà Bình"),
                             QStringLiteral("Đông Sơn"), QStringLiteral("Tân Lam"), QStringLiteral("Quảng Hà"),
                             QStringLiteral("Sơn Thủy"), QStringLiteral("Phú Điền")};
const QStringList kOrgs = {QStringLiteral("Sở Tài chính"), QStringLiteral("Sở Giáo dục và Đào tạo"),
                           QStringLiteral("Sở Y tế"), QStringLiteral("Công ty Điện lực"), QStringLiteral("Hợp tác xã Đồng Tiến"),
                           QStringLiteral("Ủy ban nhân dân huyện")};
const QStringList kSites = {QStringLiteral("binhlam.gov.vn"), QStringLiteral("TTXVN"), QStringLiteral("baodagiang.vn"),
                            QStringLiteral("hoabinh.gov.vn")};

QStringList fixtureParagraphs()
{
    QStringList out;
    QDir dir(QStringLiteral(LECTERN_TEST_DATA "/library/set"));
    const QStringList files = {QStringLiteral("ngan-sach-binh-lam.txt"), QStringLiteral("hoa-binh-lua.txt"),
                               QStringLiteral("tinh/chuyen-doi-so.txt"), QStringLiteral("tinh/dien-mat-troi.md")};
    for (const QString &f : files) {
        const LoadResult r = loadArticle(dir.filePath(f));
        if (r.import.ok())
            for (const Block &b : r.import.article->blocks)
                if (b.text.size() > 60)
                    out.append(b.text);
    }
    return out;
}

template<typename T>
const T &pick(const QList<T> &list, QRandomGenerator &rng)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

struct Generated
{
    Article article;
    ExtractionResult entities;
};

Generated generate(int i, const QStringList &paragraphs, QRandomGenerator &rng)
{
    Generated g;
    const QString person = pick(kSurnames, rng) + QLatin1Char(' ') + pick(kMiddles, rng) + QLatin1Char(' ') + pick(kGivens, rng);
    const QString other = pick(kSurnames, rng) + QLatin1Char(' ') + pick(kMiddles, rng) + QLatin1Char(' ') + pick(kGivens, rng);
    const QString place = pick(kPlaces, rng);
    const QString org = pick(kOrgs, rng) + QStringLiteral(" tỉnh ") + place;
    Article &a = g.article;
    a.title = QStringLiteral("%1: %2 công bố %3 tỷ đồng cho %4 (số %5)")
                  .arg(place, org).arg(rng.bounded(10, 999)).arg(pick(kPlaces, rng)).arg(i);
    a.url = QStringLiteral("https://%1/tin/%2.html").arg(pick(kSites, rng)).arg(i);
    a.site = pick(kSites, rng);
    a.published = QDateTime(QDate(2020, 1, 1).addDays(rng.bounded(2000)), QTime(8, 0));
    a.publishedHasTime = true;
    a.format = QStringLiteral("portal-text");
    const int count = 5 + int(rng.bounded(5));
    for (int p = 0; p < count; ++p) {
        QString text = pick(paragraphs, rng);
        text.replace(QStringLiteral("Nguyễn Văn Tùng"), person);
        text.replace(QStringLiteral("Đặng Thị Lan"), other);
        text.replace(QStringLiteral("Bình Lâm"), place);
        text.replace(QStringLiteral("90 tỷ"), QStringLiteral("%1 tỷ").arg(rng.bounded(1, 500)));
        text.replace(QStringLiteral("62%"), QStringLiteral("%1%").arg(rng.bounded(1, 100)));
        if (p == 1)
            text = QStringLiteral("Ông %1, Giám đốc %2, cho biết %3 hộ dân được hỗ trợ. ").arg(person, org).arg(rng.bounded(10, 9000)) + text;
        a.blocks.append(Block{Block::Kind::Paragraph, text});
    }
    Entity p;
    p.type = EntityKind::Person;
    p.name = person;
    p.roles = QStringList{QStringLiteral("Giám đốc ") + org};
    p.mentions.append(Mention{Span{0, person.size()}, person});
    Entity o;
    o.type = EntityKind::Organization;
    o.name = org;
    o.mentions.append(Mention{Span{0, org.size()}, org});
    g.entities.people.append(p);
    g.entities.organizations.append(o);
    g.entities.metrics.resize(3);
    return g;
}

double percentile(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * double(v.size()))));
}

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

double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    std::printf("bench_library: %d articles; %s, %d threads, %s\n", total, qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()));
    QTemporaryDir dir;
    const QString dbPath = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("library.sqlite"));
    const bool reuse = argc > 2 && QFileInfo::exists(dbPath);
    LibraryStore store;
    QElapsedTimer opening;
    opening.start();
    if (!store.open(dbPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const QStringList paragraphs = fixtureParagraphs();
    if (paragraphs.isEmpty()) {
        std::fprintf(stderr, "no fixture paragraphs\n");
        return 1;
    }
    if (reuse)
        std::printf("reusing %s: %lld articles (opened in %.1f ms)\n", qPrintable(dbPath), qlonglong(store.count()),
                    double(opening.nsecsElapsed()) / 1e6);
    QRandomGenerator rng(20241126);
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    for (int i = 0; i < (reuse ? 0 : total); ++i) {
        if (i % 500 == 0 && !store.reviewStore().begin())
            return 1;
        const Generated g = generate(i, paragraphs, rng);
        bytes += g.article.text().toUtf8().size();
        const auto id = store.indexArticle(g.article, g.entities);
        if (!id) {
            std::fprintf(stderr, "article %d: %s\n", i, qPrintable(store.errorString()));
            return 1;
        }
        if (i % 7 == 0)
            store.reviewStore().setReviewState(*id, ReviewState::InReview);
        if ((i % 500 == 499 || i == total - 1) && !store.reviewStore().commit())
            return 1;
    }
    {
        QSqlQuery checkpoint(store.reviewStore().connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const double dbBytes = double(QFileInfo(store.path()).size() + QFileInfo(store.path() + QStringLiteral("-wal")).size());
    if (reuse)
        std::printf("database %.1f MB, %.1f KB per article\n", dbBytes / 1e6, dbBytes / 1e3 / total);
    else
        std::printf("generated and indexed %d articles (%.1f MB of text) in %.1f s; database %.1f MB, %.1f KB per article"
                    " (%.1f KB of text each)\n",
                    total, double(bytes) / 1e6, double(t.elapsed()) / 1000.0, dbBytes / 1e6, dbBytes / 1e3 / total,
                    double(bytes) / 1e3 / total);

    struct Case
    {
        const char *label;
        QString query;
        LibraryFilter filter;
    };
    LibraryFilter recent;
    recent.from = QDate(2024, 1, 1);
    const QList<Case> cases = {
        {"name, no diacritics", QStringLiteral("nguyen van tung"), {}},
        {"name phrase", QStringLiteral("\"ta thi mai\""), {}},
        {"common word", QStringLiteral("tinh"), {}},
        {"figure", QStringLiteral("\"90 ty dong\""), {}},
        {"prefix", QStringLiteral("chuyen*"), {}},
        {"tone placement", QStringLiteral("Hòa Bình"), {}},
        {"name + date filter", QStringLiteral("nguyen van tung"), recent},
        {"common + date filter", QStringLiteral("tinh"), recent},
        {"no match", QStringLiteral("xyzzy"), {}},
    };
    // Wall time, and the CPU time of this thread (what a loaded shared machine inflates least).
    std::printf("%-22s %8s %10s %10s %10s %10s\n", "search (50 hits)", "hits", "median ms", "p95 ms", "CPU med", "CPU p95");
    bool ok = true;
    for (const Case &c : cases) {
        QList<double> times;
        QList<double> cpuTimes;
        qsizetype hits = 0;
        for (int run = 0; run < 30; ++run) {
            QElapsedTimer s;
            s.start();
            const double cpuBefore = threadCpuMs();
            hits = store.search(c.query, 50, c.filter).size();
            cpuTimes.append(threadCpuMs() - cpuBefore);
            times.append(double(s.nsecsElapsed()) / 1e6);
        }
        const double median = percentile(times, 0.5);
        std::printf("%-22s %8lld %10.2f %10.2f %10.2f %10.2f\n", c.label, qlonglong(hits), median, percentile(times, 0.95),
                    percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.95));
        ok = ok && store.errorString().isEmpty();
    }
    QElapsedTimer s;
    s.start();
    const qint64 counted = store.count();
    const qsizetype firstPage = store.listPage({}, 0, 256).size();
    std::printf("Library window open (count + first page of 256 rows): %lld articles, %lld rows in %.1f ms\n",
                qlonglong(counted), qlonglong(firstPage), double(s.nsecsElapsed()) / 1e6);
    s.restart();
    const qsizetype deepPage = store.listPage({}, std::max(0, total - 300), 256, LibraryStore::SortKey::Title,
                                              Qt::AscendingOrder).size();
    std::printf("a page near the end, sorted by title: %lld rows in %.1f ms\n", qlonglong(deepPage), double(s.nsecsElapsed()) / 1e6);
    s.restart();
    const qsizetype listed = store.list().size();
    std::printf("list() all: %lld rows in %.1f ms\n", qlonglong(listed), double(s.nsecsElapsed()) / 1e6);
    s.restart();
    const qsizetype people = store.entities(EntityKind::Person).size();
    std::printf("people index: %lld names in %.1f ms\n", qlonglong(people), double(s.nsecsElapsed()) / 1e6);
    QList<double> peopleTimes;
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer p;
        p.start();
        store.entities(EntityKind::Person);
        peopleTimes.append(double(p.nsecsElapsed()) / 1e6);
    }
    std::printf("people index, 10 runs: median %.1f ms, worst %.1f ms\n", percentile(peopleTimes, 0.5),
                percentile(peopleTimes, 1.0));
    std::printf("peak RSS %ld MB; load average %s\n", peakRssKb() / 1024, loadAverage().constData());
    return ok ? 0 : 1;
}
