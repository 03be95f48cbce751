// Import of a 100-page .docx (and the same as .odt), and the review export back into it.
// The documents are generated here: per page a heading, six paragraphs of about 500 characters of
// Vietnamese news text (~3,000 characters, a printed A4 page at 12 pt), a footnote and a comment;
// a table every ten pages. Times are the median of 5 runs; peak memory is the process's high-water
// mark (VmHWM) after each step, so read the growth from the line before.
// Run: cmake --build build --target bench_office && build/bench/bench_office [PAGES]
#include "document/articleloader.h"
#include "import/articleimporter.h"
#include "import/zippackage.h"
#include "review/anchoring.h"
#include "review/documentcomments.h"
#include "review/officereviewexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Lectern::Core;

namespace {

const char *kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

QString paragraph(int page, int i)
{
    static const QStringList sentences = {
        QStringLiteral("Sáng %1/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm với %2 đại biểu tham dự."),
        QStringLiteral("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết thu ngân sách đạt %1.250 tỷ đồng, tăng %2% so với cùng kỳ."),
        QStringLiteral("Sở Tài chính đề nghị các huyện rà soát %1 dự án chậm giải ngân trong quý %2."),
        QStringLiteral("Bà Trần Thị Mai, Giám đốc Sở Kế hoạch và Đầu tư, nêu %1 giải pháp thu hút vốn cho năm %2.")};
    QString out;
    for (int s = 0; out.size() < 480; ++s)
        out += sentences.at((i + s) % sentences.size()).arg(page + s).arg(2020 + i) + QLatin1Char(' ');
    return out.trimmed();
}

QByteArray esc(const QString &s) { return s.toHtmlEscaped().toUtf8(); }

QByteArray docx(int pages)
{
    QByteArray body, footnotes, comments;
    for (int p = 0; p < pages; ++p) {
        body += "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>" + esc(QStringLiteral("Phần %1").arg(p + 1))
            + "</w:t></w:r></w:p>";
        for (int i = 0; i < 6; ++i) {
            const QString text = paragraph(p, i);
            if (i == 2) {
                const QByteArray id = QByteArray::number(p);
                body += "<w:p><w:r><w:t xml:space=\"preserve\">" + esc(text.left(40)) + "</w:t></w:r><w:commentRangeStart w:id=\""
                    + id + "\"/><w:r><w:rPr><w:b/></w:rPr><w:t>" + esc(text.mid(40, 30)) + "</w:t></w:r><w:commentRangeEnd w:id=\""
                    + id + "\"/><w:r><w:commentReference w:id=\"" + id + "\"/></w:r><w:r><w:footnoteReference w:id=\""
                    + QByteArray::number(p + 1) + "\"/></w:r><w:r><w:t xml:space=\"preserve\">" + esc(text.mid(70))
                    + "</w:t></w:r></w:p>";
                comments += "<w:comment w:id=\"" + id + "\" w:author=\"Trần Minh\" w:date=\"2024-03-13T08:00:00Z\"><w:p><w:r><w:t>"
                    + esc(QStringLiteral("Kiểm tra số liệu trang %1.").arg(p + 1)) + "</w:t></w:r></w:p></w:comment>";
                footnotes += "<w:footnote w:id=\"" + QByteArray::number(p + 1) + "\"><w:p><w:r><w:t>"
                    + esc(QStringLiteral("Theo báo cáo số %1/BC-UBND.").arg(p + 1)) + "</w:t></w:r></w:p></w:footnote>";
            } else {
                body += "<w:p><w:r><w:t>" + esc(text) + "</w:t></w:r></w:p>";
            }
        }
        if (p % 10 == 9)
            body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Kết quả</w:t></w:r></w:p></w:tc></w:tr>"
                    "<w:tr><w:tc><w:p><w:r><w:t>Vốn đầu tư</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12,5 tỷ đồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    }
    const QByteArray ns = QByteArray(" xmlns:w=\"") + kW + "\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    return ZipPackage::write({
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
         "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
         "</Types>", false},
        {QStringLiteral("_rels/.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
             + rel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>", false},
        {QStringLiteral("word/_rels/document.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
             + rel + "comments\" Target=\"comments.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel
             + "footnotes\" Target=\"footnotes.xml\"/></Relationships>", false},
        {QStringLiteral("word/document.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + ns + "><w:body>" + body
             + "</w:body></w:document>", false},
        {QStringLiteral("word/comments.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments" + ns + ">" + comments
             + "</w:comments>", false},
        {QStringLiteral("word/footnotes.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes" + ns + ">" + footnotes
             + "</w:footnotes>", false},
    });
}

long peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

template<typename F>
double medianMs(F f, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pages = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    std::printf("bench_office: %s, %d cores, Qt %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qVersion());
    std::printf("peak memory at start: %ld KB\n", peakKb());
    const QByteArray bytes = docx(pages);
    std::printf("generated a %d-page .docx: %lld KB\n", pages, qint64(bytes.size() / 1024));
    std::printf("peak memory after generating: %ld KB\n", peakKb());

    ImportResult result;
    const double importMs = medianMs([&] { result = ArticleImporter::importBytes(bytes, QStringLiteral("bench.docx")); });
    if (!result.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
        return 1;
    }
    const qsizetype chars = result.article->text().size();
    std::printf("import .docx: %.1f ms median of 5 (%lld blocks, %lld characters, %lld comments)\n", importMs,
                qint64(result.article->blocks.size()), qint64(chars), qint64(result.comments.size()));
    std::printf("peak memory after import: %ld KB\n", peakKb());

    LoadResult loaded;
    const double loadMs = medianMs([&] { loaded = loadArticleBytes(bytes, QStringLiteral("bench.docx")); }, 3);
    std::printf("import + extraction (loadArticleBytes): %.1f ms median of 3 (%lld annotations from comments)\n", loadMs,
                qint64(loaded.reviewAnnotations.size()));
    std::printf("peak memory after extraction: %ld KB\n", peakKb());

    // The review back into the draft: the file's comments plus one new comment per page.
    QList<Annotation> review = loaded.reviewAnnotations;
    const QString text = result.article->text();
    for (qsizetype at = text.indexOf(QStringLiteral("Nguyễn Văn An")); at >= 0 && review.size() < 2 * pages;
         at = text.indexOf(QStringLiteral("Nguyễn Văn An"), at + 1)) {
        Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + 13), QStringLiteral("Lê Thu Hà"));
        a.comment = QStringLiteral("Tên đệm?");
        review << a;
    }
    QByteArray out;
    QString error;
    const double exportMs = medianMs([&] {
        out = OfficeReviewExport::write(bytes, review, OfficeReviewExport::Format::Docx, &error).value_or(QByteArray());
    });
    if (out.isEmpty()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("review export .docx: %.1f ms median of 5 (%lld annotations, %lld KB)\n", exportMs, qint64(review.size()),
                qint64(out.size() / 1024));
    std::printf("peak memory after export: %ld KB\n", peakKb());
    return 0;
}
