#pragma once

#include "review/annotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern::Core {

// The review written back into the draft it was made on: the original .docx or .odt with every
// annotation as a real comment on its range, so the reporter reads it in Word or LibreOffice.
//
// .docx: a w:comment per annotation (author, initials, date, the comment, then a line with its
// tags and status; an entity correction says what it corrects), placed with
// commentRangeStart/commentRangeEnd and a commentReference run (runs are split where a range
// starts or ends inside one, keeping their properties); replies are comments of their own linked
// to their parent in commentsExtended.xml (w15:paraIdParent), a resolved annotation is done there.
// .odt: an office:annotation / office:annotation-end pair per annotation, replies as further
// annotations on the same range naming their parent (loext:parent-name, as LibreOffice writes them).
//
// Only the parts that must change are rewritten: document.xml (or content.xml) gets the marks
// spliced into its original text; comments.xml and commentsExtended.xml get new entries after the
// existing ones; [Content_Types].xml and the document's relationships get an entry when a part is
// new. Every other part is copied unchanged, in the original order. Comments the file already has
// (their annotations carry the ids DocumentComments gives them, or the same note) are not written
// twice; replies added to them in Lectern are. Orphaned annotations go at the start of the text
// with their last known quote. Output is the same bytes for the same input (sorted annotations,
// fixed ZIP timestamps, ids derived from the annotations').
//
// annotations: anchored on the article imported from original (ArticleImporter). Errors are
// complete English sentences. Pure and thread-safe.
class OfficeReviewExport final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::OfficeReviewExport)

public:
    enum class Format { Docx, Odt };

    static std::optional<QByteArray> write(const QByteArray &original, const QList<Annotation> &annotations,
                                           Format format, QString *error);
    // Initials for a name ("Lê Thu Hà" -> "LTH").
    static QString initials(const QString &name);
};

} // namespace Lectern::Core
