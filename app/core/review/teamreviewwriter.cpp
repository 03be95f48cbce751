#include "review/teamreviewwriter.h"

#include "review/webannotationjson.h"
#include "util/logging.h"

#include <algorithm>

namespace Lectern::Core {

namespace {

constexpr int kFirstInterval = 1000;

// The same annotation as far as anything stored says (the journal and the server both keep
// exactly what the W3C form holds).
bool sameContent(const Annotation &a, const Annotation &b)
{
    return WebAnnotationJson::annotationToJson(a, QString()) == WebAnnotationJson::annotationToJson(b, QString());
}

} // namespace

TeamReviewWriter::TeamReviewWriter(const QString &serverLocation, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_location(serverLocation)
    , m_journalPath(journalPath)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { tryReconnect(); });
}

TeamReviewWriter::~TeamReviewWriter() = default;

bool TeamReviewWriter::open()
{
    m_error.clear();
    if (!m_journal.open(m_journalPath)) {
        m_error = m_journal.errorString();
        return false;
    }
    if (!connectServer()) {
        if (!connectionLost())
            return false; // refused: password, rights, schema
        qCInfo(lcReview) << "team server unreachable; writing to the journal" << m_journal.path();
        scheduleReconnect();
        return true;
    }
    m_online = true;
    if (m_journal.pendingCount() > 0)
        replay();
    return true;
}

bool TeamReviewWriter::connectServer()
{
    if (m_store.open(m_location))
        return true;
    m_error = m_store.errorString();
    return false;
}

void TeamReviewWriter::goOffline()
{
    if (!m_online)
        return;
    qCInfo(lcReview) << "lost the team server" << m_location << ":" << m_store.errorString();
    m_online = false;
    // The connection is dead (a restarted server does not take it back): a new one is opened on
    // reconnection.
    m_store.close();
    m_interval = kFirstInterval;
    Q_EMIT onlineChanged(false);
    scheduleReconnect();
}

void TeamReviewWriter::scheduleReconnect()
{
    if (!m_reconnect.isActive())
        m_reconnect.start(std::min(m_interval, m_maxInterval));
}

bool TeamReviewWriter::tryReconnect()
{
    if (m_online)
        return true;
    m_reconnect.stop();
    if (!connectServer()) {
        m_interval = std::min(m_interval * 2, std::max(m_maxInterval, kFirstInterval));
        scheduleReconnect();
        return false;
    }
    qCInfo(lcReview) << "team server" << m_location << "reachable again";
    m_online = true;
    m_interval = kFirstInterval;
    Q_EMIT onlineChanged(true);
    replay();
    return m_online;
}

qint64 TeamReviewWriter::articleId(const Article &article, bool registerIt)
{
    const QString hash = article.contentHash();
    if (const auto known = m_articleIds.constFind(hash); known != m_articleIds.constEnd())
        return *known;
    std::optional<AnnotationStore::ArticleRecord> record = m_store.findArticle(article);
    if (!record && registerIt)
        record = m_store.registerArticle(article);
    if (!record)
        return 0;
    m_articleIds.insert(hash, record->id);
    return record->id;
}

TeamReviewWriter::Outcome TeamReviewWriter::journal(const Article &article, ReviewJournal::Operation operation,
                                                    const Annotation &annotation, int basedOnVersion)
{
    if (!m_journal.append(article, operation, annotation, basedOnVersion)) {
        m_error = m_journal.errorString();
        return Outcome::Failed;
    }
    return Outcome::Journaled;
}

TeamReviewWriter::Outcome TeamReviewWriter::saveAnnotation(const Article &article, const Annotation &annotation,
                                                           int basedOnVersion, AnnotationStore::Conflict *conflict)
{
    m_error.clear();
    // What waits in the journal goes first: the server sees the changes in the order made.
    if (m_online && !m_replaying && m_journal.pendingCount() > 0)
        replay();
    if (!m_online)
        return journal(article, ReviewJournal::Operation::Save, annotation, basedOnVersion);
    const qint64 id = articleId(article, true);
    if (id == 0) {
        if (connectionLost()) {
            goOffline();
            return journal(article, ReviewJournal::Operation::Save, annotation, basedOnVersion);
        }
        m_error = m_store.errorString();
        return Outcome::Failed;
    }
    AnnotationStore::Conflict c;
    switch (m_store.saveAnnotationIfCurrent(id, annotation, basedOnVersion, &c)) {
    case AnnotationStore::SaveResult::Saved:
        return Outcome::Saved;
    case AnnotationStore::SaveResult::Conflict:
        if (conflict)
            *conflict = c;
        m_error = m_store.errorString();
        return Outcome::Conflict;
    case AnnotationStore::SaveResult::Failed:
        break;
    }
    if (connectionLost()) {
        // Perhaps committed just before the connection went: the journal's copy is then found
        // on the server at replay and dropped, not written twice.
        goOffline();
        return journal(article, ReviewJournal::Operation::Save, annotation, basedOnVersion);
    }
    m_error = m_store.errorString();
    return Outcome::Failed;
}

TeamReviewWriter::Outcome TeamReviewWriter::removeAnnotation(const Article &article, const QUuid &id)
{
    m_error.clear();
    Annotation gone;
    gone.id = id;
    if (m_online && !m_replaying && m_journal.pendingCount() > 0)
        replay();
    if (!m_online)
        return journal(article, ReviewJournal::Operation::Remove, gone, 0);
    if (m_store.removeAnnotation(id))
        return Outcome::Saved;
    if (connectionLost()) {
        goOffline();
        return journal(article, ReviewJournal::Operation::Remove, gone, 0);
    }
    m_error = m_store.errorString();
    return Outcome::Failed;
}

TeamReviewWriter::ReplayReport TeamReviewWriter::replay()
{
    ReplayReport report;
    if (!m_online || m_replaying) {
        report.pending = std::max(0, m_journal.pendingCount());
        return report;
    }
    m_replaying = true;
    bool lost = false;
    const QList<ReviewJournal::Entry> entries = m_journal.pending();
    for (const ReviewJournal::Entry &entry : entries) {
        const QUuid uuid = entry.annotation.id;
        const auto refuse = [&](const QString &reason) {
            qCInfo(lcReview) << "the team server refused the journalled change of" << uuid << ":" << reason;
            m_journal.markRefused(entry.sequence, reason);
            ++report.refused;
        };
        if (entry.operation == ReviewJournal::Operation::Remove) {
            const int version = m_store.annotationVersion(uuid);
            if (version == 0) { // never arrived, or removed already
                m_journal.remove(entry.sequence);
                ++report.alreadyThere;
            } else if (version > 0 && m_store.removeAnnotation(uuid)) {
                m_journal.remove(entry.sequence);
                ++report.sent;
            } else if ((lost = connectionLost())) {
                break;
            } else {
                refuse(m_store.errorString());
            }
            continue;
        }
        const std::optional<Article> article = m_journal.article(entry.articleHash);
        if (!article) {
            refuse(m_journal.errorString());
            continue;
        }
        const qint64 articleId = this->articleId(*article, true);
        if (articleId == 0) {
            if ((lost = connectionLost()))
                break;
            refuse(m_store.errorString());
            continue;
        }
        const int version = m_store.annotationVersion(uuid);
        if (version < 0) {
            if ((lost = connectionLost()))
                break;
            refuse(m_store.errorString());
            continue;
        }
        if (version > 0) {
            const std::optional<Annotation> stored = m_store.annotation(uuid);
            if (stored && sameContent(*stored, entry.annotation)) {
                // Sent before (the process ended before it could drop the entry): not again.
                m_journal.remove(entry.sequence);
                ++report.alreadyThere;
                continue;
            }
        }
        AnnotationStore::Conflict conflict;
        const AnnotationStore::SaveResult result
            = m_store.saveAnnotationIfCurrent(articleId, entry.annotation, entry.basedOnVersion, &conflict);
        if (result == AnnotationStore::SaveResult::Saved) {
            m_journal.remove(entry.sequence);
            ++report.sent;
        } else if (result == AnnotationStore::SaveResult::Conflict) {
            // Both versions are on the server now (annotation_conflicts), as for an online save.
            m_journal.remove(entry.sequence);
            ++report.conflicts;
        } else if ((lost = connectionLost())) {
            break;
        } else {
            refuse(m_store.errorString());
        }
    }
    m_replaying = false;
    if (lost)
        goOffline();
    report.pending = std::max(0, m_journal.pendingCount());
    qCInfo(lcReview) << "journal replayed:" << report.sent << "sent," << report.alreadyThere << "already there,"
                     << report.conflicts << "conflicts," << report.refused << "refused," << report.pending << "pending";
    Q_EMIT replayed(report);
    return report;
}

} // namespace Lectern::Core
