#pragma once

#include "article/article.h"
#include "import/documentcomment.h"
#include "review/annotation.h"

#include <QList>
#include <QUuid>

namespace Lectern::Core::DocumentComments {

// The id of the annotation made from a comment the file carries: a name-based UUID (v5) of the
// article's content hash and the comment's id in the file, so opening the same file twice gives
// the same annotations (and the review export recognises them as the file's own).
QUuid annotationId(const Article &article, const QString &sourceId);

// The comments of a .docx/.odt as review annotations on article (its text is the coordinate
// system of the comments' spans): one annotation per comment that answers none, its replies
// (comments whose parentId names it, oldest first) as the annotation's replies; resolved comments
// have status Resolved. Comments without a date get `fallbackTime`. Order: the file's.
QList<Annotation> toAnnotations(const Article &article, const QList<DocumentComment> &comments,
                                const QDateTime &fallbackTime);

} // namespace Lectern::Core::DocumentComments
