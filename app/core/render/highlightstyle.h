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

    // Mentions the extractor is less sure of than this (Mention::confidence) are drawn paler,
    // so an editor checks them first.
    static constexpr float lowConfidence = 0.6f;

    static HighlightStyle forCategory(HighlightCategory category, bool darkPalette = false);
    // The category's style for a low-confidence mention: the background halfway to the page's,
    // the underline kept (the category stays recognisable).
    HighlightStyle lowConfidenceStyle(bool darkPalette = false) const;
    static QString categoryId(HighlightCategory category); // "person", "organization", "place", "metric"
    static QList<HighlightCategory> all();
    // The format applied to a highlighted span.
    QTextCharFormat charFormat(bool grayscale = false) const;
};

} // namespace Lectern::Core
