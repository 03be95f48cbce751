#pragma once

#include "article/entitykind.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

namespace Lectern::Core {

// How the reader and the printout highlight each entity kind: colour plus a second cue per kind (underline style), so categories stay apart for
// colour-blind readers, in grayscale and on paper. Colours are from the Okabe–Ito palette.
struct HighlightStyle
{
    QColor background;
    QColor underline;
    QTextCharFormat::UnderlineStyle underlineStyle = QTextCharFormat::SingleUnderline;

    // Mentions the extractor is less sure of than this (Mention::confidence) are drawn paler,
    // so an editor checks them first.
    static constexpr float lowConfidence = 0.6f;

    static HighlightStyle forKind(EntityKind kind, bool darkPalette = false);
    // The kind's style for a low-confidence mention: the background halfway to the page's, the
    // underline kept (the kind stays recognisable).
    HighlightStyle lowConfidenceStyle(bool darkPalette = false) const;
    // The format applied to a highlighted span.
    QTextCharFormat charFormat(bool grayscale = false) const;
};

} // namespace Lectern::Core
