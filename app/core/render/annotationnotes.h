#pragma once

#include "render/printnote.h"
#include "review/annotation.h"

#include <QList>

namespace Lectern::Core {

// Converts review annotations to the printout's notes: code-point anchors to UTF-16 spans of
// bodyText (Article::text()), the comment as the note text (tags appended in brackets), the
// status by its stable name, the replies (author, text) in thread order. Orphaned annotations (no longer anchored) are left out.
class AnnotationNotes final
{
public:
    static QList<PrintNote> fromAnnotations(const QList<Annotation> &annotations, const QString &bodyText);
};

} // namespace Lectern::Core
