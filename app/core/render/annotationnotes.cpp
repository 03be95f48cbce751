#include "render/annotationnotes.h"

#include "util/textoffsets.h"

namespace Lectern::Core {

QList<PrintNote> AnnotationNotes::fromAnnotations(const QList<Annotation> &annotations, const QString &bodyText)
{
    const TextOffsets offsets(bodyText);
    QList<PrintNote> notes;
    for (const Annotation &a : annotations) {
        if (a.orphan || a.anchor.end <= a.anchor.start)
            continue;
        PrintNote note;
        note.span = {offsets.toUtf16(a.anchor.start), offsets.toUtf16(a.anchor.end)};
        note.text = a.comment.simplified();
        if (!a.tags.isEmpty())
            note.text += QStringLiteral(" [") + Annotation::tagLabels(a.tags).join(QStringLiteral(", ")) + QLatin1Char(']');
        note.author = a.author;
        note.status = Annotation::statusName(a.status);
        for (const AnnotationReply &reply : a.replies)
            if (!reply.text.trimmed().isEmpty())
                note.replies.append({reply.author, reply.text.trimmed()});
        notes.append(note);
    }
    return notes;
}

} // namespace Lectern::Core
