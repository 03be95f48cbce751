// Import of a 100-page PDF (issue 18). The bench writes the PDF itself with QPdfWriter (the test
// fixture helper: Vietnamese paragraphs in one column, a running header and footer with the page
// number on every page), then times ArticleImporter::importFile (Poppler + layout) and
// loadArticle (import + entity extraction): median and worst of RUNS runs. Peak memory is the
// process's maximum resident set (getrusage) before the first import and after the last one.
// Run: cmake --build build --target bench_import_pdf && build/bench/bench_import_pdf [PAGES] [RUNS]
#include "../core/pdffixture.h"

#include "document/articleloader.h"
#include "import/articleimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Lectern::Core;

namespace {

const QStringList kParagraphs = {
    QStringLiteral("Sáng 4/12, tại quận Ba Đình, thành phố tổ chức lễ khởi công tuyến đường sắt đô thị số 5 với tổng mức "
                   "đầu tư khoảng 65.400 tỷ đồng, dài hơn 38 km từ trung tâm đi về phía tây."),
    QStringLiteral("Theo ban quản lý dự án, tuyến có 17 ga, trong đó 7 ga ngầm và 10 ga trên cao; đoàn tàu đầu tiên dự kiến "
                   "chạy thử vào năm 2030 và khai thác thương mại một năm sau đó."),
    QStringLiteral("Phát biểu tại buổi lễ, ông Nguyễn Văn Bình, giám đốc Sở Giao thông vận tải, cho biết việc giải phóng mặt "
                   "bằng đã hoàn thành khoảng 80% và các gói thầu xây lắp sẽ được triển khai đồng loạt trong quý đầu năm tới."),
    QStringLiteral("Người dân sống dọc tuyến được hỗ trợ tái định cư tại chỗ; những hộ có nhà bị ảnh hưởng một phần được bồi "
                   "thường theo giá thị trường và được ưu tiên mua căn hộ ở các khu đô thị mới gần ga."),
};

double peakMegabytes()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#else
    return 0;
#endif
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int pages = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;

    PdfFixture::Flow flow;
    flow.decorate = [](PdfFixture::Page &page, int number) {
        page.append(PdfFixture::Text{QStringLiteral("Báo Lectern · Bản tin đô thị"), 72, 40, 9});
        page.append(PdfFixture::Text{QStringLiteral("Trang %1").arg(number), 280, 815, 9});
    };
    flow.heading(QStringLiteral("Hà Nội khởi công tuyến đường sắt đô thị số 5"), 18);
    for (int i = 0; int(flow.pages.size()) < pages || (int(flow.pages.size()) == pages && i % 4 != 0); ++i) {
        if (int(flow.pages.size()) == pages && flow.y + 4 * flow.leading > flow.bottom)
            break;
        flow.paragraph(kParagraphs.at(i % kParagraphs.size()));
    }
    const QByteArray pdf = PdfFixture::write(flow.pages);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdf"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    out.close();
    std::printf("bench_import_pdf: %lld pages, %.2f MB PDF; %s, %d threads\n", qlonglong(flow.pages.size()),
                pdf.size() / 1048576.0, qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());

    const double before = peakMegabytes();
    QList<double> importMs, loadMs;
    qsizetype blocks = 0, characters = 0;
    int lastPage = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const ImportResult result = ArticleImporter::importFile(path);
        importMs.append(t.nsecsElapsed() / 1e6);
        if (!result.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
            return 1;
        }
        blocks = result.article->blocks.size();
        characters = result.article->text().size();
        lastPage = result.article->blocks.last().page;
        t.restart();
        const LoadResult loaded = loadArticle(path);
        loadMs.append(t.nsecsElapsed() / 1e6);
    }
    const double after = peakMegabytes();
    std::printf("article: %lld blocks, %lld characters, last block on page %d\n", qlonglong(blocks), qlonglong(characters),
                lastPage);
    std::printf("%-34s %10s %10s\n", "", "median ms", "max ms");
    std::printf("%-34s %10.1f %10.1f\n", "import (Poppler + layout)", median(importMs),
                *std::max_element(importMs.cbegin(), importMs.cend()));
    std::printf("%-34s %10.1f %10.1f\n", "import + extraction (loadArticle)", median(loadMs),
                *std::max_element(loadMs.cbegin(), loadMs.cend()));
    std::printf("peak resident memory: %.1f MB before the first import, %.1f MB after the last (+%.1f MB)\n", before, after,
                after - before);
    return 0;
}
