#pragma once

#include <QString>

namespace Lectern::Core::LiteralText {

// Document data (a title, a name, a comment, a path) destined for a place that guesses rich text
// — a tool tip, a QMessageBox, a QLabel left on Qt::AutoText — made safe to show there: the result
// is shown exactly as the text was written and never interpreted as markup (no <img> is loaded).
// Text in which no Qt widget could see markup comes back unchanged; anything else is escaped and
// wrapped in <qt>…</qt> (new lines kept as <br>). Thread-safe, no UI.
QString forRichTextContext(const QString &text);

// A string made of Lectern's own markup with document data in it: every %1… argument is escaped.
// Use instead of tr("<b>%1</b>").arg(title).
QString escaped(const QString &text);

} // namespace Lectern::Core::LiteralText
