#include "document/reviewsession.h"

#include "document/articledocument.h"
#include "review/annotationcommand.h"
#include "review/annotationset.h"

namespace Lectern::Core {

ReviewSession::ReviewSession(ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ArticleDocument::articleLoaded, this, &ReviewSession::attach);
    connect(document, &ArticleDocument::annotationAdded, this, &ReviewSession::save);
    connect(document, &ArticleDocument::annotationChanged, this, &ReviewSession::save);
    connect(document, &ArticleDocument::annotationRemoved, this, &ReviewSession::forget);
    connect(&m_poll, &QTimer::timeout, this, &ReviewSession::syncFromDatabase);
    m_poll.setInterval(1000);
}

QList<ReviewSession::ReanchorEntry> ReviewSession::reanchorAll(QList<Annotation> &annotations, const QString &text,
                                                               QList<Annotation> *changed)
{
    QList<ReanchorEntry> report;
    for (Annotation &a : annotations) {
        const Anchoring::Result r = Anchoring::reanchor(a.anchor, text);
        const bool orphan = r.outcome == Anchoring::Outcome::Orphaned;
        if (r.anchor == a.anchor && orphan == a.orphan)
            continue;
        if (r.outcome != Anchoring::Outcome::Unchanged)
            report.append({a.id, r.outcome, a.anchor.exact, r.anchor.exact});
        a.anchor = r.anchor;
        a.orphan = orphan;
        changed->append(a);
    }
    return report;
}

bool ReviewSession::openDatabase(const QString &path)
{
    m_articleId = 0;
    if (!m_store.open(path)) {
        m_error = m_store.errorString();
        return false;
    }
    m_poll.start();
    if (m_document && !m_document->article().isEmpty())
        return attach();
    return true;
}

void ReviewSession::reportFailure()
{
    m_error = m_store.errorString();
    Q_EMIT storageFailed(m_error);
}

ReviewSession::OpenedArticle ReviewSession::openArticle(AnnotationStore &store, const Article &article,
                                                        const QString &text)
{
    OpenedArticle opened;
    const auto record = store.registerArticle(article);
    if (!record)
        return opened;
    opened.articleId = record->id;
    opened.state = record->reviewState;
    // Re-anchor every stored annotation on the text as it is now (cheap when nothing moved).
    opened.annotations = store.annotations(opened.articleId);
    QList<Annotation> changed;
    opened.report = reanchorAll(opened.annotations, text, &changed);
    opened.reanchoredSaved = changed.isEmpty() || store.saveAnnotations(opened.articleId, changed);
    return opened;
}

bool ReviewSession::attach()
{
    m_report.clear();
    m_articleId = 0;
    if (!m_document || !m_store.isOpen() || m_document->article().isEmpty())
        return false;
    OpenedArticle opened = openArticle(m_store, m_document->article(), m_document->text());
    if (opened.articleId == 0) {
        reportFailure();
        return false;
    }
    m_articleId = opened.articleId;
    // Our own commits leave PRAGMA data_version alone: reading it after the save is the same.
    m_dataVersion = m_store.dataVersion();
    if (m_state != opened.state) {
        m_state = opened.state;
        Q_EMIT reviewStateChanged(m_state);
    }
    m_report = std::move(opened.report);
    if (!opened.reanchoredSaved)
        reportFailure();
    m_applyingExternal = true;
    m_document->editableAnnotations()->reset(std::move(opened.annotations));
    m_applyingExternal = false;
    if (!m_report.isEmpty())
        Q_EMIT reanchored(m_report);
    return true;
}

std::optional<AnnotationImport::Report> ReviewSession::importAnnotations(const QList<Annotation> &annotations,
                                                                        AnnotationImport::Mode mode)
{
    if (m_articleId == 0)
        return std::nullopt;
    // Compared on the text as it is now, like the stored ones.
    QList<Annotation> incoming = annotations;
    QList<Annotation> changed;
    reanchorAll(incoming, m_document ? m_document->text() : QString(), &changed);
    const auto report = m_store.importAnnotations(m_articleId, incoming, mode);
    if (!report) {
        reportFailure();
        return std::nullopt;
    }
    attach();
    return report;
}

int ReviewSession::showUnstoredAnnotations(const QList<Annotation> &annotations)
{
    if (!m_document)
        return 0;
    AnnotationSet *set = m_document->editableAnnotations();
    int added = 0;
    m_applyingExternal = true; // shown, never written
    for (const Annotation &a : annotations) {
        if (!set->find(a.id)) {
            set->insert(a);
            ++added;
        }
    }
    m_applyingExternal = false;
    return added;
}

bool ReviewSession::setReviewState(ReviewState state)
{
    if (m_articleId == 0 || !m_store.setReviewState(m_articleId, state)) {
        reportFailure();
        return false;
    }
    if (state != m_state) {
        m_state = state;
        Q_EMIT reviewStateChanged(state);
    }
    return true;
}

bool ReviewSession::reattach(const QUuid &id, qsizetype utf16Start, qsizetype utf16End)
{
    if (!m_document)
        return false;
    const Annotation *current = m_document->annotations()->find(id);
    if (!current || utf16End <= utf16Start)
        return false;
    Annotation after = *current;
    after.anchor = Anchoring::anchorAt(m_document->text(), utf16Start, utf16End);
    after.orphan = false;
    AnnotationCommand *command = m_document->makeEditCommand(after);
    command->setText(tr("Re-attach Comment"));
    m_document->undoStack()->push(command);
    return true;
}

void ReviewSession::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.setInterval(milliseconds);
    if (m_store.isOpen())
        m_poll.start();
}

void ReviewSession::save(const QUuid &id)
{
    if (m_applyingExternal || m_articleId == 0 || !m_document)
        return;
    if (const Annotation *a = m_document->annotations()->find(id)) {
        if (!m_store.saveAnnotation(m_articleId, *a))
            reportFailure();
    }
}

void ReviewSession::forget(const QUuid &id)
{
    if (m_applyingExternal || m_articleId == 0)
        return;
    if (!m_store.removeAnnotation(id))
        reportFailure();
}

bool ReviewSession::syncFromDatabase()
{
    if (m_articleId == 0 || !m_document)
        return false;
    const qint64 version = m_store.dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    return applyStoredChanges();
}

bool ReviewSession::applyStoredChanges()
{
    if (m_articleId == 0 || !m_document)
        return false;
    QString error;
    const auto read = AnnotationStore::readAnnotations(m_store.connection(), m_articleId, &error);
    if (!read)
        return false; // a failed read (a lost connection) is no reason to drop what is shown
    const QList<Annotation> &stored = *read;
    AnnotationSet *set = m_document->editableAnnotations();
    bool any = false;
    m_applyingExternal = true;
    QSet<QUuid> storedIds;
    for (const Annotation &a : stored) {
        storedIds.insert(a.id);
        const Annotation *mine = set->find(a.id);
        if (!mine || !(*mine == a)) {
            set->insert(a);
            any = true;
        }
    }
    const QList<Annotation> current = set->all();
    for (const Annotation &a : current) {
        if (!storedIds.contains(a.id)) {
            set->remove(a.id);
            any = true;
        }
    }
    if (const auto record = m_store.articleById(m_articleId); record && record->reviewState != m_state) {
        m_state = record->reviewState;
        Q_EMIT reviewStateChanged(m_state);
    }
    m_applyingExternal = false;
    if (any)
        Q_EMIT externalChangesApplied();
    return any;
}

} // namespace Lectern::Core
