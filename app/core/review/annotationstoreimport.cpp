// AnnotationStore: annotations from elsewhere, by the one import rule (AnnotationImport).
#include "review/annotationstore.h"

#include "util/logging.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

qint64 AnnotationStore::articleOfAnnotation(const QUuid &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT article_id FROM annotations WHERE uuid = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool AnnotationStore::renewReplyIds(Annotation &annotation) const
{
    // Reply ids are unique in the database: one used by another annotation's thread (or twice in
    // this one, or missing) gets a fresh id; the reply itself is kept as it is.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM replies r JOIN annotations a ON a.id = r.annotation_id"
                             " WHERE r.uuid = ? AND a.uuid <> ?"));
    QSet<QUuid> seen;
    for (AnnotationReply &r : annotation.replies) {
        bool taken = r.id.isNull() || seen.contains(r.id);
        if (!taken) {
            q.addBindValue(r.id.toString(QUuid::WithoutBraces));
            q.addBindValue(annotation.id.toString(QUuid::WithoutBraces));
            if (!q.exec()) {
                m_error = q.lastError().text();
                return false;
            }
            taken = q.next();
            q.finish();
        }
        if (taken)
            r.id = QUuid::createUuid();
        seen.insert(r.id);
    }
    return true;
}

QStringList AnnotationStore::contentHashes(qint64 articleId) const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT content_hash FROM article_versions WHERE article_id = ? ORDER BY id"));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

std::optional<AnnotationImport::Report> AnnotationStore::importAnnotations(qint64 articleId,
                                                                           const QList<Annotation> &incoming,
                                                                           AnnotationImport::Mode mode)
{
    using namespace AnnotationImport;
    if (!articleById(articleId)) {
        fail(QStringLiteral("Cannot import the annotations"), QStringLiteral("no article %1").arg(articleId));
        return std::nullopt;
    }
    if (!begin())
        return std::nullopt;
    auto abort = [&]() -> std::optional<Report> {
        const QString error = m_error;
        rollback();
        m_error = error;
        return std::nullopt;
    };
    Report report;
    QList<Annotation> held = annotations(articleId);
    for (Annotation a : incoming) {
        if (a.id.isNull())
            a.id = QUuid::createUuid();
        const qint64 owner = articleOfAnnotation(a.id);
        std::optional<Annotation> stored;
        qsizetype heldIndex = -1;
        if (owner == articleId) {
            for (qsizetype i = 0; i < held.size(); ++i) {
                if (held.at(i).id == a.id) {
                    heldIndex = i;
                    stored = held.at(i);
                }
            }
        } else if (owner != 0) {
            stored = Annotation{}; // only its presence matters: it is never touched
        }
        Annotation out;
        switch (decide(a, stored, owner == articleId, held, mode)) {
        case Action::Skip:
            ++report.unchanged;
            continue;
        case Action::Insert:
            out = a;
            ++report.added;
            break;
        case Action::InsertAsNew:
            out = a;
            out.id = QUuid::createUuid();
            for (AnnotationReply &r : out.replies)
                r.id = QUuid::createUuid();
            report.renames.append({a.id, out.id});
            ++report.renamed;
            break;
        case Action::AddThreads:
            out = withThreads(*stored, a);
            ++report.merged;
            break;
        case Action::Replace:
            out = replacement(*stored, a);
            ++report.replaced;
            break;
        }
        if (!renewReplyIds(out) || !writeAnnotation(articleId, out))
            return abort();
        if (heldIndex >= 0 && out.id == held.at(heldIndex).id)
            held[heldIndex] = out;
        else
            held.append(out);
    }
    if (!commit())
        return std::nullopt;
    qCInfo(lcReview) << "imported annotations into article" << articleId << ": added" << report.added << "unchanged"
                     << report.unchanged << "merged" << report.merged << "renamed" << report.renamed << "replaced"
                     << report.replaced;
    return report;
}

} // namespace Lectern::Core
