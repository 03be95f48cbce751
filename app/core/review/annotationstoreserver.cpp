// AnnotationStore on a PostgreSQL team server (#17): row versions, conflicts, and writes that
// touch only what changed (the server's row-level security refuses changes to others' rows).
#include "review/annotationstore.h"

#include "review/webannotationjson.h"
#include "util/logging.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Lectern::Core {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant correctionValue(const Annotation &a)
{
    return a.kind == Annotation::Kind::EntityCorrection
        ? QVariant(QString::fromUtf8(QJsonDocument(a.correction.toJson()).toJson(QJsonDocument::Compact)))
        : QVariant(QMetaType(QMetaType::QString));
}

// The annotation's own row (not its tags or replies), as stored.
bool sameRow(const Annotation &a, const Annotation &b)
{
    return a.kind == b.kind && text(a.anchor.exact) == text(b.anchor.exact)
        && text(a.anchor.prefix) == text(b.anchor.prefix) && text(a.anchor.suffix) == text(b.anchor.suffix)
        && a.anchor.start == b.anchor.start && a.anchor.end == b.anchor.end && a.orphan == b.orphan
        && text(a.comment) == text(b.comment) && a.status == b.status && text(a.author) == text(b.author)
        && isoTime(a.created) == isoTime(b.created) && isoTime(a.modified) == isoTime(b.modified)
        && correctionValue(a) == correctionValue(b);
}

bool sameReply(const AnnotationReply &a, const AnnotationReply &b)
{
    return text(a.author) == text(b.author) && isoTime(a.created) == isoTime(b.created) && text(a.text) == text(b.text);
}

void bindRow(QSqlQuery &q, const Annotation &a)
{
    q.addBindValue(Annotation::kindName(a.kind));
    q.addBindValue(text(a.anchor.exact));
    q.addBindValue(text(a.anchor.prefix));
    q.addBindValue(text(a.anchor.suffix));
    q.addBindValue(qint64(a.anchor.start));
    q.addBindValue(qint64(a.anchor.end));
    q.addBindValue(a.orphan ? 1 : 0);
    q.addBindValue(text(a.comment));
    q.addBindValue(Annotation::statusName(a.status));
    q.addBindValue(text(a.author));
    q.addBindValue(text(isoTime(a.created)));
    q.addBindValue(text(isoTime(a.modified)));
    q.addBindValue(correctionValue(a));
}

} // namespace

bool AnnotationStore::isServer() const
{
    return m_db && m_db->backend() == DatabaseLocation::Backend::PostgreSql;
}

bool AnnotationStore::failStatement(const QString &what, const QSqlError &error)
{
    // A connection QPSQL closed after the server dropped it fails with no error of its own.
    const Database::Failure failure
        = database().isOpen() ? Database::classify(error) : Database::Failure::ConnectionLost;
    if (failure == Database::Failure::PermissionDenied)
        return denied(what);
    fail(what, error.text());
    m_failure = failure;
    if (failure == Database::Failure::ConnectionLost)
        m_error = tr("The connection to the team server %1 was lost: nothing of this change was saved.").arg(path());
    return false;
}

bool AnnotationStore::denied(const QString &what)
{
    qCInfo(lcReview) << what << "refused by the server's roles";
    m_failure = Database::Failure::PermissionDenied;
    m_error = tr("The team server %1 refused the change: your role may not change this (reviewers change only their "
                 "own comments and replies; editors also others' comments and the review state).")
                  .arg(path());
    return false;
}

int AnnotationStore::annotationVersion(const QUuid &id) const
{
    if (!isServer())
        return 0;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT version FROM annotations WHERE uuid = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec()) { // a lost connection is worth telling apart
        m_failure = database().isOpen() ? Database::classify(q.lastError()) : Database::Failure::ConnectionLost;
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

int AnnotationStore::reviewStateVersion(qint64 articleId) const
{
    if (!isServer())
        return 0;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT version FROM articles WHERE id = ?"));
    q.addBindValue(articleId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

bool AnnotationStore::writeAnnotationOnServer(qint64 articleId, const Annotation &a, int basedOn, bool *conflict)
{
    *conflict = false;
    const QString cannot = QStringLiteral("Cannot save the annotation");
    QSqlQuery find(database());
    find.prepare(QStringLiteral("SELECT id, article_id, version FROM annotations WHERE uuid = ?"));
    find.addBindValue(uuidText(a.id));
    if (!find.exec())
        return failStatement(cannot, find.lastError());
    qint64 row = 0;
    QList<AnnotationReply> storedReplies;
    QStringList storedTags;
    if (!find.next()) {
        if (basedOn > 0) { // deleted on the server since it was read
            *conflict = true;
            return true;
        }
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral(
            "INSERT INTO annotations (uuid, article_id, kind, exact, prefix, suffix, start_cp, end_cp, orphan, comment,"
            " status, author, created, modified, correction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id"));
        insert.addBindValue(uuidText(a.id));
        insert.addBindValue(articleId);
        bindRow(insert, a);
        if (!insert.exec() || !insert.next())
            return failStatement(cannot, insert.lastError());
        row = insert.value(0).toLongLong();
    } else {
        row = find.value(0).toLongLong();
        const int version = find.value(2).toInt();
        // A save never moves an annotation off its own article (imports go through importAnnotations).
        if (find.value(1).toLongLong() != articleId)
            return fail(cannot, QStringLiteral("%1 belongs to another article").arg(uuidText(a.id)));
        if (basedOn >= 0 && version != basedOn) {
            *conflict = true;
            return true;
        }
        const std::optional<Annotation> stored = annotation(a.id);
        if (!stored)
            return fail(cannot, m_error);
        storedTags = stored->tags;
        storedReplies = stored->replies;
        if (!sameRow(*stored, a)) {
            QSqlQuery update(database());
            update.prepare(QStringLiteral(
                "UPDATE annotations SET kind = ?, exact = ?, prefix = ?, suffix = ?, start_cp = ?, end_cp = ?,"
                " orphan = ?, comment = ?, status = ?, author = ?, created = ?, modified = ?, correction = ?"
                " WHERE id = ? AND version = ?"));
            bindRow(update, a);
            update.addBindValue(row);
            update.addBindValue(version);
            if (!update.exec())
                return failStatement(cannot, update.lastError());
            if (update.numRowsAffected() != 1) {
                // Changed since it was read (a conflict), or hidden from this role's UPDATE.
                const int now = annotationVersion(a.id);
                if (basedOn >= 0 && now != version) {
                    *conflict = true;
                    return true;
                }
                return now != version ? fail(cannot, QStringLiteral("changed by another save meanwhile"))
                                      : denied(cannot);
            }
        }
    }

    if (storedTags != a.tags) {
        QSqlQuery clear(database());
        clear.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
        clear.addBindValue(row);
        if (!clear.exec())
            return failStatement(cannot, clear.lastError());
        if (clear.numRowsAffected() != storedTags.size())
            return denied(cannot);
        QSqlQuery tag(database());
        tag.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, position, tag) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < a.tags.size(); ++i) {
            tag.addBindValue(row);
            tag.addBindValue(qint64(i));
            tag.addBindValue(text(a.tags.at(i)));
            if (!tag.exec())
                return failStatement(cannot, tag.lastError());
        }
    }

    // Replies by id: only the new, changed and removed ones are written.
    QHash<QUuid, qsizetype> wanted;
    for (qsizetype i = 0; i < a.replies.size(); ++i)
        wanted.insert(a.replies.at(i).id, i);
    QHash<QUuid, qsizetype> had;
    for (qsizetype i = 0; i < storedReplies.size(); ++i) {
        const AnnotationReply &r = storedReplies.at(i);
        had.insert(r.id, i);
        if (wanted.contains(r.id))
            continue;
        QSqlQuery remove(database());
        remove.prepare(QStringLiteral("DELETE FROM replies WHERE uuid = ?"));
        remove.addBindValue(uuidText(r.id));
        if (!remove.exec())
            return failStatement(cannot, remove.lastError());
        if (remove.numRowsAffected() != 1)
            return denied(cannot);
    }
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        const AnnotationReply &r = a.replies.at(i);
        const auto old = had.constFind(r.id);
        QSqlQuery q(database());
        if (old == had.constEnd()) {
            q.prepare(QStringLiteral("INSERT INTO replies (uuid, annotation_id, position, author, created, body)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(uuidText(r.id));
            q.addBindValue(row);
            q.addBindValue(qint64(i));
            q.addBindValue(text(r.author));
            q.addBindValue(text(isoTime(r.created)));
            q.addBindValue(text(r.text));
        } else if (*old != i || !sameReply(storedReplies.at(*old), r)) {
            q.prepare(QStringLiteral("UPDATE replies SET position = ?, author = ?, created = ?, body = ? WHERE uuid = ?"));
            q.addBindValue(qint64(i));
            q.addBindValue(text(r.author));
            q.addBindValue(text(isoTime(r.created)));
            q.addBindValue(text(r.text));
            q.addBindValue(uuidText(r.id));
        } else {
            continue;
        }
        if (!q.exec())
            return failStatement(cannot, q.lastError());
        if (q.numRowsAffected() != 1)
            return denied(cannot);
    }
    return true;
}

bool AnnotationStore::recordConflict(const Annotation &mine, int basedOn, int serverVersion)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO annotation_conflicts (uuid, based_on_version, server_version, refused, created)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(mine.id));
    q.addBindValue(basedOn);
    q.addBindValue(serverVersion);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(WebAnnotationJson::annotationToJson(mine, QString())).toJson(QJsonDocument::Compact)));
    q.addBindValue(isoTime(Annotation::now()));
    if (q.exec())
        return true;
    return failStatement(QStringLiteral("Cannot keep the refused version"), q.lastError());
}

AnnotationStore::SaveResult AnnotationStore::saveAnnotationIfCurrent(qint64 articleId, const Annotation &annotation,
                                                                     int basedOnVersion, Conflict *conflict)
{
    if (!isServer())
        return saveAnnotation(articleId, annotation) ? SaveResult::Saved : SaveResult::Failed;
    if (!begin())
        return SaveResult::Failed;
    bool stale = false;
    if (!writeAnnotationOnServer(articleId, annotation, std::max(0, basedOnVersion), &stale)) {
        const QString error = m_error;
        const Database::Failure failure = m_failure;
        rollback();
        m_error = error;
        m_failure = failure;
        return SaveResult::Failed;
    }
    if (!stale)
        return commit() ? SaveResult::Saved : SaveResult::Failed;
    rollback();
    Conflict c;
    c.mine = annotation;
    c.basedOnVersion = basedOnVersion;
    c.serverVersion = std::max(0, annotationVersion(annotation.id));
    if (const std::optional<Annotation> theirs = this->annotation(annotation.id))
        c.theirs = *theirs;
    // The refused version is kept on the server too: nothing typed is lost.
    if (!begin() || !recordConflict(annotation, basedOnVersion, c.serverVersion) || !commit()) {
        const QString error = m_error;
        rollback();
        m_error = error;
        qCWarning(lcReview) << "the refused version of" << annotation.id << "could not be kept:" << error;
    }
    qCInfo(lcReview) << "conflict on" << annotation.id << ": based on version" << basedOnVersion << ", server has"
                     << c.serverVersion;
    m_failure = Database::Failure::Concurrency;
    m_error = tr("Someone else changed this comment on the team server first (version %1, yours was based on %2): "
                 "nothing was overwritten; both versions are kept.")
                  .arg(c.serverVersion)
                  .arg(basedOnVersion);
    if (conflict)
        *conflict = c;
    return SaveResult::Conflict;
}

AnnotationStore::SaveResult AnnotationStore::setReviewStateIfCurrent(qint64 articleId, ReviewState state,
                                                                     int basedOnVersion, ReviewState *theirs,
                                                                     int *serverVersion)
{
    if (!isServer())
        return setReviewState(articleId, state) ? SaveResult::Saved : SaveResult::Failed;
    if (!begin())
        return SaveResult::Failed;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE articles SET review_state = ? WHERE id = ? AND version = ?"));
    q.addBindValue(reviewStateName(state));
    q.addBindValue(articleId);
    q.addBindValue(basedOnVersion);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        rollback();
        failStatement(QStringLiteral("Cannot set the review state"), error);
        return SaveResult::Failed;
    }
    if (q.numRowsAffected() == 1)
        return commit() ? SaveResult::Saved : SaveResult::Failed;
    rollback();
    const std::optional<ArticleRecord> now = articleById(articleId);
    if (!now) {
        fail(QStringLiteral("Cannot set the review state"), QStringLiteral("no article %1").arg(articleId));
        return SaveResult::Failed;
    }
    if (theirs)
        *theirs = now->reviewState;
    if (serverVersion)
        *serverVersion = reviewStateVersion(articleId);
    m_failure = Database::Failure::Concurrency;
    m_error = tr("Someone else changed the review state on the team server first: nothing was overwritten.");
    return SaveResult::Conflict;
}

} // namespace Lectern::Core
