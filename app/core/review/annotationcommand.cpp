#include "review/annotationcommand.h"

#include "review/annotationset.h"

#include <QCoreApplication>

namespace Lectern::Core {

namespace {
} // namespace

AnnotationCommand::AnnotationCommand(AnnotationSet *set, std::optional<Annotation> before,
                                     std::optional<Annotation> after, const QString &text)
    : QUndoCommand(text)
    , m_set(set)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

AnnotationCommand *AnnotationCommand::add(AnnotationSet *set, const Annotation &annotation)
{
    const QString text = annotation.kind == Annotation::Kind::EntityCorrection
                              ? tr("Entity Correction: %1").arg(annotation.correction.describe())
                              : tr("Add Comment");
    return new AnnotationCommand(set, std::nullopt, annotation, text);
}

AnnotationCommand *AnnotationCommand::edit(AnnotationSet *set, Annotation after)
{
    const Annotation *before = set->find(after.id);
    if (!before)
        return nullptr;
    after.modified = Annotation::now();
    return new AnnotationCommand(set, *before, after, tr("Edit Comment"));
}

AnnotationCommand *AnnotationCommand::setStatus(AnnotationSet *set, const QUuid &id, Annotation::Status status)
{
    const Annotation *before = set->find(id);
    if (!before)
        return nullptr;
    Annotation after = *before;
    after.status = status;
    after.modified = Annotation::now();
    const QString text = status == Annotation::Status::Resolved ? tr("Resolve Comment")
                         : status == Annotation::Status::WontFix ? tr("Mark Comment Won't Fix")
                                                                 : tr("Reopen Comment");
    return new AnnotationCommand(set, *before, after, text);
}

AnnotationCommand *AnnotationCommand::addReply(AnnotationSet *set, const QUuid &id, const AnnotationReply &reply)
{
    const Annotation *before = set->find(id);
    if (!before)
        return nullptr;
    Annotation after = *before;
    after.replies.append(reply);
    after.modified = Annotation::now();
    return new AnnotationCommand(set, *before, after, tr("Reply"));
}

AnnotationCommand *AnnotationCommand::remove(AnnotationSet *set, const QUuid &id)
{
    const Annotation *before = set->find(id);
    if (!before)
        return nullptr;
    const QString text = before->kind == Annotation::Kind::EntityCorrection ? tr("Delete Entity Correction")
                                                                            : tr("Delete Comment");
    return new AnnotationCommand(set, *before, std::nullopt, text);
}

QUuid AnnotationCommand::annotationId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : QUuid());
}

void AnnotationCommand::apply(const std::optional<Annotation> &from, const std::optional<Annotation> &to)
{
    if (!m_set)
        return;
    if (to)
        m_set->insert(*to); // insert() replaces an existing id
    else if (from)
        m_set->remove(from->id);
}

void AnnotationCommand::undo()
{
    apply(m_after, m_before);
}

void AnnotationCommand::redo()
{
    apply(m_before, m_after);
}

} // namespace Lectern::Core
