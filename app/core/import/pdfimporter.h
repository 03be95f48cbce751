#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Lectern::Core {

// PDF documents, read through Poppler's Qt 6 binding: the text layer of every page, laid out by
// PdfLayout (reading order, columns, running headers and footers and page numbers removed, line-
// end hyphenation undone), each block with the page it starts on. Nothing is ever fetched or
// run: links, forms, scripts, attachments and embedded files are not looked at.
//
// Errors (complete English sentences, no file name): not a PDF, damaged, protected by a
// password, no pages, more than maxPages pages or maxCharacters characters of text, text
// extraction longer than timeLimitMs (a hostile content stream), and no text layer at all (a
// scan): "…no text layer…". Pages without text in a document that has some are named in
// Article::warnings. Only the body, title and page numbers are filled in; ArticleImporter sets
// format, provenance and applies MetadataRules.
//
// Thread-safe: each call has its own Poppler document.
class PdfImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PdfImporter)

public:
    static constexpr int maxPages = 2000;
    static constexpr qsizetype maxCharacters = 10'000'000;
    static constexpr int timeLimitMs = 60'000;

    // True when the bytes start like a PDF ("%PDF-" within the first 1024 bytes, as readers accept).
    static bool looksLikePdf(const QByteArray &bytes);

    static ImportResult import(const QByteArray &bytes);
};

} // namespace Lectern::Core
