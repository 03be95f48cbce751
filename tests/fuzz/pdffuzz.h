#pragma once
// Shared by fuzz_pdf and core.fuzz_regressions. An input that starts like a PDF goes through the
// whole PDF import (Poppler, then the layout); any other input is read as positioned lines for
// the layout alone (10 bytes a line: x, y, width, height, text length, text bytes from a small
// alphabet with hyphens, soft hyphens, digits and Vietnamese letters), so the geometry is fuzzed
// without Poppler's parser in the way. Invariants: a failed import has an error sentence; an
// article has blocks, none empty or with a line break, pages from 1 and never going back.
#include "import/articleimporter.h"
#include "import/pdfimporter.h"
#include "import/pdflayout.h"

#include <QString>

namespace PdfFuzz {

using namespace Lectern::Core;

inline QString checkBlocks(const QList<Block> &blocks, int maxPage)
{
    int previous = 1;
    for (const Block &b : blocks) {
        if (b.text.isEmpty() || b.text.contains(QLatin1Char('\n')))
            return QStringLiteral("an empty block or a line break inside one");
        if (b.page < previous || b.page > maxPage)
            return QStringLiteral("page %1 after %2 (of %3)").arg(b.page).arg(previous).arg(maxPage);
        previous = b.page;
    }
    return {};
}

inline QList<PdfPage> pagesFromBytes(const QByteArray &bytes)
{
    static const QString alphabet = QStringLiteral("ab cde-fgh\u00adij1 2.;:ÊđệỗƯ- Trang ");
    QList<PdfPage> pages;
    PdfPage page;
    page.number = 1;
    page.size = QSizeF(595, 842);
    for (qsizetype i = 0; i + 5 <= bytes.size() && pages.size() < 50;) {
        const auto at = [&](qsizetype k) { return uchar(bytes.at(i + k)); };
        if (at(0) == 0xff) { // a new page
            pages.append(page);
            page = PdfPage{int(pages.size()) + 1, QSizeF(595, 842), {}};
            ++i;
            continue;
        }
        const double x = at(0) * 2.5, y = at(1) * 3.5, w = at(2) * 2.5, h = 1 + at(3) % 40;
        const int length = at(4) % 48;
        QString text;
        for (int k = 0; k < length && i + 5 + k < bytes.size(); ++k)
            text += alphabet.at(uchar(bytes.at(i + 5 + k)) % alphabet.size());
        page.lines.append(PdfLine{text, QRectF(x, y, w, h)});
        i += 5 + length;
    }
    pages.append(page);
    return pages;
}

inline QString run(const QByteArray &bytes)
{
    if (PdfImporter::looksLikePdf(bytes)) {
        const ImportResult result = ArticleImporter::importBytes(bytes, QStringLiteral("fuzz.pdf"));
        if (!result.ok())
            return result.error.isEmpty() ? QStringLiteral("a failed import without an error") : QString();
        return checkBlocks(result.article->blocks, PdfImporter::maxPages);
    }
    const QList<PdfPage> pages = pagesFromBytes(bytes);
    const PdfLayout::Result laid = PdfLayout::layout(pages);
    return checkBlocks(laid.blocks, int(pages.size()));
}

} // namespace PdfFuzz
