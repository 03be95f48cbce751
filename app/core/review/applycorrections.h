#pragma once

#include "extract/entity.h"
#include "review/annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// One correction ready to apply: the decision and, for AddMissed, the UTF-16 span in the text.
struct CorrectionStep
{
    EntityCorrection correction;
    Span span;
};

// Applies editor decisions, in order, to an extraction result. Pure. Entities are found by type
// and matchKey of their name (or, failing that, of an alias); a decision about an entity that is
// no longer there is skipped. text is the body the result indexes (for AddMissed). Mentions stay
// in text order.
ExtractionResult applyCorrections(ExtractionResult result, const QList<CorrectionStep> &steps, const QString &text);

// The steps of a document's correction annotations: oldest first, skipping "won't fix" ones and
// orphaned AddMissed ones and orphaned figure decisions (their span is gone). Anchors (code points) become UTF-16 spans of text.
QList<CorrectionStep> correctionSteps(const QList<Annotation> &annotations, const QString &text);

// matchKeys of entities marked verified ("person|nguyễn văn a"), for the panels.
QStringList verifiedEntityKeys(const QList<CorrectionStep> &steps);
// Spans (UTF-16, in text) of the figures marked verified, for the Metrics panel.
QList<Span> verifiedMetricSpans(const QList<CorrectionStep> &steps);

// User-gazetteer lines (extract/gazetteer.h format: "person: NAME", "organization: NAME|ALIAS",
// "place: NAME", "block: PHRASE") for the corrections the editor wants for all articles.
QStringList gazetteerLines(const QList<CorrectionStep> &steps);

// Appends lines not already in the file (compared after trimming), creating it with a header
// comment; written through QSaveFile. False with error set on failure.
bool appendToUserGazetteer(const QString &path, const QStringList &lines, QString *error);

} // namespace Lectern::Core
