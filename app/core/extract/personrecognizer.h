#pragma once

#include "extract/gazetteer.h"
#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>

namespace Lectern::Core {

// Recognises a personal name starting at a token: a run of capitalised syllables (foreign
// particles such as "da" allowed inside) that is
//  - a Vietnamese full name: a surname from the gazetteer + 1..3 syllables; or
//  - any 1..5-syllable name right after a cue (honorific, occupation, title, possibly with
//    its organization or place: "ông Dũng", "Tổng thống Brazil Michel Temer"); or
//  - a 2..4-syllable name followed by a verb of saying ("John Smith cho biết");
//  - a 2..3-word ASCII name with a word that cannot be a Vietnamese syllable ("Angela Merkel");
//  - a player's name before a shirt number, or 2..3 given-name syllables ("Quốc Hoàng").
// The span covers the name only. Thread-safe (reads the immutable gazetteer only).
class PersonRecognizer final
{
public:
    explicit PersonRecognizer(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    // text: the tokenized text; cued: a cue stands right before tokens[index].
    ScanSpan matchAt(const QString &text, const QList<Token> &tokens, qsizetype index, bool cued) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Lectern::Core
