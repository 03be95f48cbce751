#include "livereview.h"

#include "document/articledocument.h"
#include "document/documentmanager.h"
#include "document/reviewsession.h"
#include "review/reviewchanges.h"
#include "storage/databasenotifier.h"
#include "util/logging.h"

#include <QPointer>
#include <QTimer>

namespace Lectern::Gui {

LiveReview::LiveReview(Core::DocumentManager *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
{
    connect(documents, &Core::DocumentManager::documentOpened, this,
            [this](Core::ArticleDocument *document) { watch(document); });
}

void LiveReview::watch(Core::ArticleDocument *document)
{
    Core::ReviewSession *session = m_documents->session(document);
    if (!session || !session->store()->isServer())
        return;
    // Owned by the session: it listens as long as the article is open, on the session's connection.
    auto *notifier = new Core::DatabaseNotifier(session->store()->storage(),
                                                QString::fromLatin1(Core::ReviewChanges::channel), session);
    if (!notifier->isActive()) {
        qCWarning(lcReview) << notifier->errorString();
        delete notifier;
        return;
    }
    auto *gather = new QTimer(notifier);
    gather->setSingleShot(true);
    const QPointer<Core::ArticleDocument> watched(document);
    connect(gather, &QTimer::timeout, this, [this, session, watched] {
        if (watched && session->applyStoredChanges())
            Q_EMIT changesApplied(watched);
    });
    connect(notifier, &Core::DatabaseNotifier::notified, gather,
            [this, session, gather](const QString &payload, bool fromThisConnection) {
                if (fromThisConnection)
                    return; // this window's own save
                const auto change = Core::ReviewChanges::parse(payload);
                if (!change || change->articleId != session->articleId())
                    return;
                gather->start(m_delay);
            });
}

} // namespace Lectern::Gui
