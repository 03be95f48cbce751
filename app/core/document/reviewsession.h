#pragma once

#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewstate.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Lectern::Core {

class ArticleDocument;

// Connects one ArticleDocument to the review database:
// - when an article is loaded it is registered (URL, else hash; a changed file is a new version),
//   its stored annotations are loaded into the document and re-anchored on the current text;
//   what moved, changed or became an orphan is reported (reanchored());
// - every change to the document's annotations (undo commands) is written at once, each in its
//   own transaction;
// - changes committed by other windows or processes on the same database are picked up
//   (PRAGMA data_version, polled every pollInterval ms) and applied to the document without
//   entering its undo stack.
// GUI thread; owns its own database connection.
class ReviewSession final : public QObject
{
    Q_OBJECT
public:
    struct ReanchorEntry
    {
        QUuid id;
        Anchoring::Outcome outcome = Anchoring::Outcome::Unchanged;
        QString oldExact;
        QString newExact;
    };

    // What openArticle() found for one article in the review database.
    struct OpenedArticle
    {
        qint64 articleId = 0; // 0: the article could not be registered (the store's errorString())
        ReviewState state = ReviewState::Draft;
        QList<Annotation> annotations; // stored ones, re-anchored on the article's text
        QList<ReanchorEntry> report;   // what moved, changed or became an orphan
        bool reanchoredSaved = true;   // false: the re-anchored ones could not be written back
    };

    explicit ReviewSession(ArticleDocument *document, QObject *parent = nullptr);

    // Re-anchors annotations on text in place; returns what did not stay put and appends the
    // annotations whose anchor or orphan flag changed to *changed (to be saved). Pure.
    static QList<ReanchorEntry> reanchorAll(QList<Annotation> &annotations, const QString &text,
                                            QList<Annotation> *changed);

    // The one way to open an article in the review database, shared by the session (attach())
    // and the CLI (`lectern annotations`): registers the article (URL, else hash; a changed file
    // is a new version), loads its annotations, re-anchors them on text (the article's text(),
    // passed in because documents cache it) and saves those whose anchor or orphan flag changed.
    // Any thread that owns the store.
    static OpenedArticle openArticle(AnnotationStore &store, const Article &article, const QString &text);

    // Opens (or switches to) the database at path and attaches the current article, if any.
    bool openDatabase(const QString &path);
    QString errorString() const { return m_error; }
    AnnotationStore *store() { return &m_store; }
    qint64 articleId() const { return m_articleId; }

    // Registers the document's article and loads its annotations (called on articleLoaded()).
    bool attach();
    const QList<ReanchorEntry> &lastReport() const { return m_report; }

    // Merges annotations from elsewhere (a review file, a JSON-LD import) into the current
    // article by the one import rule (AnnotationStore::importAnnotations: what is there is never
    // moved or rewritten), in one transaction, then everything is reloaded and re-anchored.
    // Not undoable (like opening a file). nullopt when there is no article or the write failed.
    std::optional<AnnotationImport::Report> importAnnotations(const QList<Annotation> &annotations,
                                                              AnnotationImport::Mode mode = AnnotationImport::Mode::Add);
    // Without an article record (no database, or it failed): shows the annotations the document
    // does not have yet, without storing them (a review file opened without a database). Not
    // undoable either. Returns how many were added.
    int showUnstoredAnnotations(const QList<Annotation> &annotations);

    ReviewState reviewState() const { return m_state; }
    bool setReviewState(ReviewState state);

    // Re-attaches an (orphaned) annotation to a new selection, through the undo stack.
    bool reattach(const QUuid &id, qsizetype utf16Start, qsizetype utf16End);

    void setPollInterval(int milliseconds); // 0 stops polling; default 1000
    // Applies changes other connections committed since the last look; true when any applied.
    bool syncFromDatabase();
    // Reads the article's annotations and review state from the store and applies what differs
    // (added, changed, removed) to the document without entering its undo stack or writing
    // anything back: a team server announced a change (NOTIFY), which has no data_version.
    bool applyStoredChanges();

Q_SIGNALS:
    void reanchored(const QList<Lectern::Core::ReviewSession::ReanchorEntry> &changes);
    void reviewStateChanged(Lectern::Core::ReviewState state);
    void storageFailed(const QString &message);
    void externalChangesApplied();

private:
    void save(const QUuid &id);
    void forget(const QUuid &id);
    void reportFailure();

    QPointer<ArticleDocument> m_document;
    AnnotationStore m_store;
    QTimer m_poll;
    qint64 m_articleId = 0;
    qint64 m_dataVersion = -1;
    ReviewState m_state = ReviewState::Draft;
    QList<ReanchorEntry> m_report;
    QString m_error;
    bool m_applyingExternal = false;
};

} // namespace Lectern::Core
