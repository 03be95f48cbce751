#pragma once

#include <QObject>

namespace Lectern::Core {
class ArticleDocument;
class DocumentManager;
class ReviewSession;
}

namespace Lectern::Gui {

// Live team review: for every article open on a team server, listens to the server's change
// announcements (LISTEN lectern_review through Core::DatabaseNotifier, on the session's own
// connection) and, when another connection changed that article's annotations or review
// state, re-reads them and applies the difference to the document in place
// (ReviewSession::applyStoredChanges): the panels, highlights and counts follow the document's
// signals; nothing is reloaded, the undo stack and any open annotation dialog (which edits a
// copy) are left alone. Bursts of announcements (a comment with its tags and replies) are
// applied once. Local files are left to the session's own polling. GUI thread.
class LiveReview final : public QObject
{
    Q_OBJECT
public:
    LiveReview(Core::DocumentManager *documents, QObject *parent = nullptr);

    // How long a burst of announcements is gathered before re-reading (ms; default 100).
    void setDelay(int milliseconds) { m_delay = milliseconds; }

Q_SIGNALS:
    // Another editor's change was applied to `document` (tests, the status bar).
    void changesApplied(Lectern::Core::ArticleDocument *document);

private:
    void watch(Core::ArticleDocument *document);

    Core::DocumentManager *m_documents;
    int m_delay = 100;
};

} // namespace Lectern::Gui
