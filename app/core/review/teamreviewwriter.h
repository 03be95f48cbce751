#pragma once

#include "article/article.h"
#include "review/annotation.h"
#include "review/annotationstore.h"
#include "review/reviewjournal.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Lectern::Core {

// Writes to a team server (#17) that go on when the server cannot be reached: a change the
// server does not take because the connection is gone (stopped, restarting, network down) is
// kept in the ReviewJournal and acknowledged as Journaled; the writer is then offline and tries
// to reconnect on a timer (1 s, doubling up to maxReconnectInterval(), no busy loop, needs the
// thread's event loop; tryReconnect() does it now). Back online, the journal is sent first, in
// order (replay()), before any new change, so the server sees the changes in the order they were
// made. A refusal (the server's roles) or a conflict (someone saved first) is no connection
// problem: it is reported to the caller, never journaled.
//
// Sending is once and idempotent by annotation id: an entry is dropped from the journal only
// after the server committed it; an entry whose content the server already holds (it was sent
// just before a crash, before it could be dropped) is dropped without writing; an entry based on
// a version the server no longer has becomes a conflict (AnnotationStore::saveAnnotationIfCurrent:
// kept in annotation_conflicts), as an online save would.
//
// Threading: one instance per thread (it owns an AnnotationStore). Errors: errorString().
class TeamReviewWriter final : public QObject
{
    Q_OBJECT
public:
    // serverLocation: a postgresql:// address; journalPath: the journal file (see
    // ReviewJournal::defaultPath()).
    TeamReviewWriter(const QString &serverLocation, const QString &journalPath, QObject *parent = nullptr);
    ~TeamReviewWriter() override;

    // Opens the journal and tries the server: true when the journal is usable, online or not
    // (isOnline()); false (and errorString()) when the journal cannot be opened or the server
    // refused the connection for a reason waiting will not cure (password, rights, schema). Online,
    // a journal left by an earlier session is sent now.
    bool open();
    bool isOnline() const { return m_online; }
    QString errorString() const { return m_error; }
    QString journalPath() const { return m_journal.path(); }
    // The server store, open while online (the caller reads and registers articles through it).
    AnnotationStore &store() { return m_store; }

    enum class Outcome { Saved, Journaled, Conflict, Failed };
    // Saves a comment of `article` (found on the server, or registered there) when the stored one
    // is still at basedOnVersion (0: a new one). Saved: committed on the server; Journaled: kept
    // durably in the journal (offline); Conflict: *conflict has both versions (the server kept
    // the refused one); Failed: errorString() (a refusal of the server's roles, or the journal).
    Outcome saveAnnotation(const Article &article, const Annotation &annotation, int basedOnVersion,
                           AnnotationStore::Conflict *conflict = nullptr);
    // Removes a comment (Saved: removed on the server; Journaled: the removal is kept).
    Outcome removeAnnotation(const Article &article, const QUuid &id);

    struct ReplayReport
    {
        int sent = 0;         // written by the server now
        int alreadyThere = 0; // the server held it already (sent before a crash)
        int conflicts = 0;    // refused as a conflict, kept in annotation_conflicts
        int refused = 0;      // refused by the server's roles, kept in the journal
        int pending = 0;      // still in the journal, to send (the connection went again)
    };
    // Sends the journal now (online only; offline: nothing is sent, pending counts it).
    ReplayReport replay();
    int pendingCount() const { return m_journal.pendingCount(); }
    // Entries the server refused for good (kept in the journal with the reason).
    int refusedCount() const { return m_journal.refusedCount(); }

    // Tries the server now (offline only); true when online afterwards (the journal then sent).
    bool tryReconnect();
    void setMaxReconnectInterval(int milliseconds) { m_maxInterval = milliseconds; }
    int maxReconnectInterval() const { return m_maxInterval; }

Q_SIGNALS:
    // The server became reachable (true; the journal is sent right after, see replayed()) or was
    // lost (false).
    void onlineChanged(bool online);
    // A journal was sent (on reconnection, or by replay()).
    void replayed(const Lectern::Core::TeamReviewWriter::ReplayReport &report);

private:
    bool connectServer(); // false: offline (m_error says why), or refused (m_refusedOpen)
    void goOffline();
    void scheduleReconnect();
    qint64 articleId(const Article &article, bool registerIt);
    Outcome journal(const Article &article, ReviewJournal::Operation operation, const Annotation &annotation,
                    int basedOnVersion);
    bool connectionLost() const { return m_store.lastFailure() == Database::Failure::ConnectionLost; }

    const QString m_location;
    const QString m_journalPath;
    ReviewJournal m_journal;
    AnnotationStore m_store;
    QHash<QString, qint64> m_articleIds; // content hash -> server article id
    QTimer m_reconnect;
    int m_interval = 1000;
    int m_maxInterval = 30000;
    bool m_online = false;
    bool m_replaying = false;
    QString m_error;
};

} // namespace Lectern::Core
