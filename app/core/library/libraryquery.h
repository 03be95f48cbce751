#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Lectern::Core::LibraryQuery {

// Turns what an editor types into a safe FTS5 MATCH expression over folded text:
// every word is folded with TextFold::searchKey (diacritics, tone placement, case, đ -> d) and
// quoted, so no input is an FTS5 syntax error. Supported: "quoted phrases" (an unclosed quote
// runs to the end), a trailing * on a word for a prefix ("ngu*"), and OR between two terms.
// Every other character (operators, parentheses, colons, NEAR, AND, NOT, -) is plain text.
// Returns an empty string when nothing searchable is left.
QString toFtsQuery(const QString &userQuery);

// Strips the markers FTS5 highlight() inserted into folded text; returns the plain text in
// *plain and the marked ranges as UTF-16 offsets [start, end) into it.
QList<QPair<int, int>> takeMarkers(const QString &marked, QChar open, QChar close, QString *plain);

// A window of about `width` characters of `text` around the first range, cut at white space,
// with "…" where it was cut; the ranges inside it are returned relative to the snippet.
QString snippet(const QString &text, const QList<QPair<int, int>> &ranges, int width,
                QList<QPair<int, int>> *snippetRanges);

} // namespace Lectern::Core::LibraryQuery
