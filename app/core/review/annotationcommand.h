#pragma once

#include "review/annotation.h"

#include <QPointer>
#include <QUndoCommand>

#include <QCoreApplication>
#include <optional>

namespace Lectern::Core {

class AnnotationSet;

// The one undoable change to a document's annotations: the annotation with an id goes from
// `before` to `after` (nullopt = absent). Adding, editing, changing the status, replying,
// deleting and entity corrections are all this command; the factories build each with its
// Edit-menu text. Push the result onto ArticleDocument::undoStack(); the stack owns it.
// The set is held by QPointer: a command outliving its document does nothing.
class AnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::AnnotationCommand)

public:
    AnnotationCommand(AnnotationSet *set, std::optional<Annotation> before, std::optional<Annotation> after,
                      const QString &text);

    static AnnotationCommand *add(AnnotationSet *set, const Annotation &annotation);
    // Replaces the annotation with the same id (comment, tags, anchor…); modified is set to now.
    // Null when the id is unknown.
    static AnnotationCommand *edit(AnnotationSet *set, Annotation after);
    static AnnotationCommand *setStatus(AnnotationSet *set, const QUuid &id, Annotation::Status status);
    static AnnotationCommand *addReply(AnnotationSet *set, const QUuid &id, const AnnotationReply &reply);
    static AnnotationCommand *remove(AnnotationSet *set, const QUuid &id);

    void undo() override;
    void redo() override;

    QUuid annotationId() const;

private:
    void apply(const std::optional<Annotation> &from, const std::optional<Annotation> &to);

    QPointer<AnnotationSet> m_set;
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
};

} // namespace Lectern::Core
