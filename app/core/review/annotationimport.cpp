#include "review/annotationimport.h"

#include <algorithm>

namespace Lectern::Core::AnnotationImport {

namespace {

bool sameReply(const AnnotationReply &a, const AnnotationReply &b)
{
    return a.id == b.id || (a.author == b.author && a.text == b.text);
}

bool hasReply(const QList<AnnotationReply> &replies, const AnnotationReply &r)
{
    return std::any_of(replies.cbegin(), replies.cend(), [&](const AnnotationReply &x) { return sameReply(x, r); });
}

} // namespace

bool sameNote(const Annotation &a, const Annotation &b)
{
    return a.kind == b.kind && a.anchor.exact == b.anchor.exact && a.anchor.start == b.anchor.start
        && a.anchor.end == b.anchor.end && a.comment == b.comment && a.status == b.status && a.author == b.author
        && (a.kind != Annotation::Kind::EntityCorrection || a.correction == b.correction);
}

bool sameContent(const Annotation &a, const Annotation &b)
{
    if (!sameNote(a, b) || a.tags != b.tags || a.replies.size() != b.replies.size())
        return false;
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        if (a.replies.at(i).author != b.replies.at(i).author || a.replies.at(i).text != b.replies.at(i).text)
            return false;
    }
    return true;
}

bool covers(const Annotation &b, const Annotation &a)
{
    for (const QString &tag : a.tags) {
        if (!b.tags.contains(tag))
            return false;
    }
    for (const AnnotationReply &r : a.replies) {
        if (!hasReply(b.replies, r))
            return false;
    }
    return true;
}

Action decide(const Annotation &incoming, const std::optional<Annotation> &stored, bool storedInArticle,
              const QList<Annotation> &articleAnnotations, Mode mode)
{
    for (const Annotation &held : articleAnnotations) {
        if (sameContent(held, incoming) || (sameNote(held, incoming) && covers(held, incoming)))
            return Action::Skip;
    }
    if (!stored)
        return Action::Insert;
    if (!storedInArticle)
        return Action::InsertAsNew; // never moved off its own article
    if (sameNote(*stored, incoming))
        return Action::AddThreads; // (covers() was false above, or it would be a Skip)
    return mode == Mode::Replace ? Action::Replace : Action::InsertAsNew;
}

Annotation withThreads(const Annotation &stored, const Annotation &incoming)
{
    Annotation out = stored;
    for (const QString &tag : incoming.tags) {
        if (!out.tags.contains(tag))
            out.tags.append(tag);
    }
    for (const AnnotationReply &r : incoming.replies) {
        if (!hasReply(out.replies, r))
            out.replies.append(r);
    }
    return out;
}

Annotation replacement(const Annotation &stored, const Annotation &incoming)
{
    Annotation out = withThreads(incoming, stored);
    out.id = stored.id;
    out.created = stored.created;
    return out;
}

} // namespace Lectern::Core::AnnotationImport
