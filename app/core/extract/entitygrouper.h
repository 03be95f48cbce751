#pragma once

#include "extract/entity.h"
#include "extract/gazetteer.h"
#include "extract/mentionpropagator.h"
#include "extract/rolebinder.h"
#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// Turns the spans of one text into entities:
//  - people: one entity per full name; short forms ("Dũng", "Temer") join the one person whose
//    name ends with them (the nearest one before when several could); roles are merged in
//    order; titles used alone for a person who holds them become references;
//  - organizations: grouped when they are the same known organization, when they expand to the
//    same words (UBND = Ủy ban nhân dân), when one defines the other in parentheses, or when one
//    is the other without its place ("UBND thành phố" of "UBND thành phố Hải Phòng", if only one
//    such organization is in the text). The canonical name is the most complete form;
//  - places: grouped by gazetteer entry or by name.
// Entities come in order of first mention. Thread-safe (pure function of its inputs).
class EntityGrouper final
{
public:
    struct Input
    {
        const QString &text;
        const QList<Token> &tokens;
        const QList<ScanSpan> &spans;
        const RoleBinder::Result &bound;
        const MentionPropagator::Links &links;
        const QStringList &extraPeople;
    };

    static void group(const Input &input, const Gazetteer &gazetteer, ExtractionResult &out);
};

} // namespace Lectern::Core
