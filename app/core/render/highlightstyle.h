#pragma once

#include <QColor>
#include <QString>
#include <QTextCharFormat>

namespace Lectern::Core {

// The categories the reader and the printout highlight.
enum class HighlightCategory { Person, Organization, Place, Metric };

// Colour plus a second cue per category (underline style), so categories stay apart for
// colour-blind readers, in grayscale and on paper. Colours are from the Okabe–Ito palette.
struct HighlightStyle
{
    QColor background;
    QColor underline;
    QTextCharFormat::UnderlineStyle underlineStyle = QTextCharFormat::SingleUnderline;

    static HighlightStyle forCategory(HighlightCategory category, bool darkPalette = false);
    static QString categoryId(HighlightCategory category); // "person", "organization", "place", "metric"
    static QList<HighlightCategory> all();
    // The format applied to a highlighted span.
    QTextCharFormat charFormat(bool grayscale = false) const;
};

} // namespace Lectern::Core
