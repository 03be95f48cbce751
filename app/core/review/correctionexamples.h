#pragma once

#include "extract/entity.h"
#include "extract/taggertrainer.h"
#include "review/annotation.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lectern::Core {

// Turns an editor's entity corrections of one article into a training example for the tagger:
// the article's text with the names as corrected, i.e. the current extraction (model or rules)
// with the corrections applied. Pure and deterministic (same input, same spans in the same
// order).
//
// What each correction teaches: Reject drops the entity's mentions (they become "outside");
// ChangeType relabels them; AddMissed adds its span and every other whole-word occurrence of
// the same words (overlapping names give way); Rename fixes a boundary (each mention is
// moved to the occurrence of the new name that overlaps it, when there is one); SplitAlias makes
// the alias's mentions an entity of their own. Verify, Merge and figure decisions change no
// name span and do not make an example on their own.
struct CorrectionExample
{
    QString text;                              // the article's body (UTF-16 offsets below index it)
    QList<TaggerTrainer::LabeledSpan> spans;   // sorted by start, non-overlapping
    int corrections = 0;                       // the learnable corrections it comes from
};

namespace CorrectionExamples {

// Whether a correction changes name spans or types (see above).
bool isLearnable(const EntityCorrection &correction);

// extracted: the extraction of text the corrections were made on (the model's or rules' current
// result); annotations: the article's annotations (comments and won't-fix ones are ignored).
// nullopt when none of them is a learnable correction.
std::optional<CorrectionExample> build(const QString &text, const ExtractionResult &extracted,
                                       const QList<Annotation> &annotations);

// The people, organizations and places mentions of a result as training spans (sorted,
// overlaps resolved: the earlier, then the longer span wins).
QList<TaggerTrainer::LabeledSpan> spansOf(const ExtractionResult &result);

} // namespace CorrectionExamples

} // namespace Lectern::Core
