#pragma once
// PDF fixtures written by the tests themselves with QPdfWriter (issue 18): text placed line by
// line at known positions, in the bundled Noto Serif (every Vietnamese glyph), so the PDF
// importer's reading order, running-line removal and hyphenation are checked on real PDFs.
// Units are points on an A4 page (595 x 842), origin at the top left; y is a baseline.
// Needs a QGuiApplication (QTEST_MAIN in a test linking lectern_core gives one).
#include "render/bundledfonts.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

#include <functional>

namespace PdfFixture {

struct Text
{
    QString text;
    double x = 0;
    double y = 0;
    double size = 11;
};

using Page = QList<Text>;

constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;

// The PDF of the pages; title: the document information title (empty: none).
inline QByteArray write(const QList<Page> &pages, const QString &title = {})
{
    Lectern::Core::BundledFonts::ensureRegistered();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setCreator(QStringLiteral("Lectern tests"));
        if (!title.isEmpty())
            writer.setTitle(title);
        QPainter painter(&writer);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            for (const Text &t : pages.at(p)) {
                QFont font(Lectern::Core::BundledFonts::serifFamily());
                font.setPointSizeF(t.size);
                painter.setFont(font);
                painter.drawText(QPointF(t.x, t.y), t.text);
            }
        }
    }
    return bytes;
}

// Pages that hold only a picture (a scan without a text layer); textPages: pages with one line
// of text before them.
inline QByteArray writeScanned(int imagePages, int textPages = 0)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setCreator(QStringLiteral("Lectern tests"));
        QPainter painter(&writer);
        QImage scan(200, 280, QImage::Format_RGB32);
        scan.fill(Qt::white);
        for (int y = 20; y < 260; y += 12)
            for (int x = 20; x < 180; ++x)
                scan.setPixel(x, y, qRgb(30, 30, 30));
        Lectern::Core::BundledFonts::ensureRegistered();
        QFont font(Lectern::Core::BundledFonts::serifFamily());
        font.setPointSizeF(11);
        painter.setFont(font);
        for (int p = 0; p < textPages + imagePages; ++p) {
            if (p > 0)
                writer.newPage();
            if (p < textPages)
                painter.drawText(QPointF(72, 120), QStringLiteral("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm."));
            else
                painter.drawImage(QRectF(50, 50, 495, 742), scan);
        }
    }
    return bytes;
}

// A PDF written by hand: objects numbered from 1 (1 is the catalog), a correct cross-reference
// table, and trailerExtra inside the trailer dictionary ("/Encrypt 5 0 R /ID […]").
inline QByteArray writeObjects(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra + " >>\n";
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// One page with one line of Helvetica text, and its content stream.
inline QList<QByteArray> simplePageObjects(const QByteArray &line = "Tin tuc trong ngay.")
{
    const QByteArray content = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
    return {"<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream"};
}

// Protected by a user password (RC4, revision 2): no reader opens it without the password.
inline QByteArray writeEncrypted()
{
    QList<QByteArray> objects = simplePageObjects();
    objects.append("<< /Filter /Standard /V 1 /R 2 /P -44"
                   " /O <8f1e6c3a0b4d2e7f9a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b0d2f>"
                   " /U <1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b0d> >>");
    return writeObjects(objects, "/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
}

// pages pages sharing one content stream (a document too long to open).
inline QByteArray writeManyPages(int pages)
{
    const QByteArray content = "BT /F1 12 Tf 72 720 Td (Trang tin.) Tj ET";
    QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", QByteArray(),
                                 "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream"};
    QByteArray kids;
    for (int i = 0; i < pages; ++i) {
        kids += QByteArray::number(4 + i) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
                       " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>");
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    return writeObjects(objects);
}

// Breaks a paragraph into lines no wider than width at the given size.
inline QStringList wrap(const QString &paragraph, double width, double size = 11)
{
    Lectern::Core::BundledFonts::ensureRegistered();
    QFont font(Lectern::Core::BundledFonts::serifFamily());
    font.setPointSizeF(size);
    // Measured at 72 dpi, the writer's resolution: one unit is one point, as on the page.
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(2835);
    device.setDotsPerMeterY(2835);
    const QFontMetricsF metrics(font, &device);
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// Lays paragraphs into a column from y down (a blank line between paragraphs), adds pages when
// the column is full; decorate(page, number) adds the running header and footer of each page.
struct Flow
{
    double left = 72;
    double width = 451;
    double top = 100;
    double bottom = 760;
    double size = 11;
    double leading = 15;
    std::function<void(Page &, int)> decorate;

    QList<Page> pages;
    double y = 0;

    void newPage()
    {
        pages.append(Page());
        if (decorate)
            decorate(pages.last(), int(pages.size()));
        y = top;
    }
    void heading(const QString &text, double size)
    {
        if (pages.isEmpty() || y + size * 1.6 > bottom)
            newPage();
        pages.last().append(Text{text, left, y + size, size});
        y += size * 1.8;
    }
    void paragraph(const QString &text)
    {
        paragraphLines(wrap(text, width, size));
    }
    void paragraphLines(const QStringList &lines)
    {
        if (pages.isEmpty())
            newPage();
        for (const QString &line : lines) {
            if (y + leading > bottom)
                newPage();
            pages.last().append(Text{line, left, y + size, size});
            y += leading;
        }
        y += leading; // the blank line after a paragraph
    }
};

} // namespace PdfFixture
