#include "review/documentcomments.h"

#include "review/anchoring.h"

#include <QMap>

namespace Lectern::Core::DocumentComments {

namespace {
const QUuid kNamespace = QUuid::fromString(QLatin1String("{6f1c7d52-3b0e-4f8e-9d0a-2f5e1c4b7a93}"));

QDateTime msUtc(const QDateTime &t, const QDateTime &fallback)
{
    return t.isValid() ? QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC) : fallback;
}
} // namespace

QUuid annotationId(const Article &article, const QString &sourceId)
{
    return QUuid::createUuidV5(kNamespace, article.contentHash() + QLatin1Char('/') + sourceId);
}

QList<Annotation> toAnnotations(const Article &article, const QList<DocumentComment> &comments,
                                const QDateTime &fallbackTime)
{
    const QString text = article.text();
    QMap<QString, qsizetype> index; // sourceId -> position in the result
    QList<Annotation> out;
    // A reply may name a reply: it joins the thread of the comment at the top.
    QMap<QString, QString> parentOf;
    for (const DocumentComment &c : comments)
        if (!c.parentId.isEmpty() && c.parentId != c.sourceId)
            parentOf.insert(c.sourceId, c.parentId);
    const auto root = [&](QString id) {
        for (int hops = 0; hops < 100 && parentOf.contains(id); ++hops)
            id = parentOf.value(id);
        return id;
    };
    for (const DocumentComment &c : comments) {
        if (parentOf.contains(c.sourceId))
            continue;
        Annotation a;
        a.id = annotationId(article, c.sourceId);
        a.anchor = Anchoring::anchorAt(text, c.start, c.end);
        a.comment = c.text;
        a.author = c.author;
        a.created = msUtc(c.date, fallbackTime);
        a.modified = a.created;
        a.status = c.resolved ? Annotation::Status::Resolved : Annotation::Status::Open;
        index.insert(c.sourceId, out.size());
        out.append(a);
    }
    for (const DocumentComment &c : comments) {
        if (!parentOf.contains(c.sourceId))
            continue;
        const qsizetype at = index.value(root(c.sourceId), -1);
        if (at < 0)
            continue;
        AnnotationReply r;
        r.id = annotationId(article, c.sourceId);
        r.author = c.author;
        r.created = msUtc(c.date, fallbackTime);
        r.text = c.text;
        out[at].replies.append(r);
    }
    for (Annotation &a : out)
        std::stable_sort(a.replies.begin(), a.replies.end(),
                         [](const AnnotationReply &x, const AnnotationReply &y) { return x.created < y.created; });
    return out;
}

} // namespace Lectern::Core::DocumentComments
