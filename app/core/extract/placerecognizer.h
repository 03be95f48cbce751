#pragma once

#include "extract/gazetteer.h"
#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>

namespace Lectern::Core {

// Recognises places at a token position: gazetteer places (provinces, cities, districts,
// countries, regions, with their short forms) and an administrative word followed by a
// capitalised name ("huyện Tân Yên", "xã An Dương", "quận 1"). The span covers the admin word;
// nameFirst..nameLast covers the name only. Ambiguous names ("Anh") need a place cue before.
// Stateless apart from the shared, immutable gazetteer: thread-safe.
class PlaceRecognizer final
{
public:
    explicit PlaceRecognizer(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    // A place starting exactly at tokens[index], or an invalid span.
    ScanSpan matchAt(const QList<Token> &tokens, qsizetype index) const;
    // Only a gazetteer place (no admin word) at index; used for place continuations of names.
    ScanSpan knownAt(const QList<Token> &tokens, qsizetype index) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Lectern::Core
