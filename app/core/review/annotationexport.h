#pragma once

#include "article/article.h"
#include "review/annotation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Lectern::Core::AnnotationExport {

// CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets pick the encoding, CRLF line ends),
// one row per annotation in the order given, header first. Columns: id, kind, start, end (code
// points), quote, comment, tags ("; "-separated), status, author, created, modified, replies,
// correction. Cells that a spreadsheet would run as a formula (starting with '=', '+', '-', '@',
// TAB or CR) get a leading "'". For an article with pages (a PDF), a last column "page": the page
// each annotation starts on (empty for an orphan).
QByteArray toCsv(const QList<Annotation> &annotations, const Article *article = nullptr);

// A Markdown report: title, URL, publication date, export date and counts per status, then each
// annotation with its quote (as a block quote), tags, status, page (for a PDF), author, comment
// and replies.
// exportedAt is passed in so reports are reproducible in tests. Text from the article and the
// annotations is shown, never run: raw HTML is escaped (&lt;), links to anything but http(s) and
// mailto keep only their text, and the URL line appears only for a web address.
QByteArray toMarkdown(const Article &article, const QList<Annotation> &annotations, const QDateTime &exportedAt);

// The export formats, one dispatch for Export Annotations… and `lectern annotations export`.
enum class Format { WebAnnotations, Csv, Markdown };
// "jsonld", "csv", "md" (the CLI's --format); nullopt for any other name.
std::optional<Format> formatNamed(const QString &name);
// By the file's extension (.csv, .md); W3C Web Annotations (JSON-LD) for any other.
Format formatForPath(const QString &path);
// One export of the annotations in the order given (WebAnnotationJson::exportCollection,
// toCsv or toMarkdown); exportedAt is the Markdown report's export date.
QByteArray exportAs(Format format, const Article &article, const QList<Annotation> &annotations,
                    const QDateTime &exportedAt);

} // namespace Lectern::Core::AnnotationExport
