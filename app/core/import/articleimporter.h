#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Lectern::Core {

// Entry point of import: reads a file, detects its encoding (TextDecoder) and format, and hands
// the text to the importer for that format (PortalTextImporter, PlainTextImporter, HtmlImporter,
// MarkdownImporter; OfficeImporter for .docx/.odt and other ZIP packages; PdfImporter for PDF
// documents). ImportFormats lists the extensions. Never touches the network. Thread-safe (no shared state).
//
// Errors are complete English sentences without the file name (callers add it): a missing file,
// a folder, a file over maxFileSize (refused before reading), an empty or blank file, binary
// data, more than maxLines lines or maxHtmlElements HTML elements, a page with no article text. Invalid UTF-8 is not an error: it is replaced and reported
// in Article::warnings.
class ArticleImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::ArticleImporter)

public:
    enum class Format { PortalText, PlainText, Html, Markdown, Pdf };

    // Files larger than this are refused with a clear message (see README "Limits").
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    // Limits on structure, checked on the decoded text before it is parsed: far above any
    // article, low enough that no file keeps Lectern busy for more than a few seconds. Text and
    // Markdown: line breaks; HTML: start tags. Beyond them the import fails with a message.
    static constexpr qsizetype maxLines = 200'000;
    static constexpr qsizetype maxHtmlElements = 250'000;

    static ImportResult importFile(const QString &path);
    // nameHint: a file name used to pick the format by extension ("a.html"); may be empty.
    // A PDF (by magic number or a .pdf name) goes to PdfImporter, the rest is decoded as text.
    static ImportResult importBytes(const QByteArray &bytes, const QString &nameHint = {});
    // Text formats only: decoded by TextDecoder, then by format (detectFormat).
    static ImportResult importText(const QByteArray &bytes, const QString &nameHint = {});

    // The format of decoded text: by extension (.html/.htm/.xhtml, .md/.markdown), else by
    // content (an HTML document start; Markdown front matter or headings for unknown
    // extensions; portal chrome), else plain text.
    static Format detectFormat(const QString &text, const QString &nameHint);

    // "portal-text", "html", "markdown", "plain", "pdf" (the value of Article::format).
    static QString formatName(Format format);
};

} // namespace Lectern::Core
