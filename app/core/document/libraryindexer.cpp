#include "document/libraryindexer.h"

#include "document/articledocument.h"
#include "library/librarystore.h"
#include "util/eventloopthen.h"

#include <QFuture>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Lectern::Core {

LibraryIndexer::LibraryIndexer(ArticleDocument *document, const QString &databasePath)
    : QObject(document)
    , m_document(document)
    , m_databasePath(databasePath)
    , m_delay(new QTimer(this))
{
    // A burst of corrections (merging several entries, undoing a few steps) is indexed once.
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(document, &ArticleDocument::entitiesChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &LibraryIndexer::reindex);
}

void LibraryIndexer::reindex()
{
    if (!m_document)
        return;
    if (m_running) {
        m_again = true; // one more pass when this one ends, with the newest corrections
        return;
    }
    m_running = true;
    const Article article = m_document->article();
    const ExtractionResult extracted = m_document->extractedEntities();
    const QString database = m_databasePath;
    thenOnEventLoop(QtConcurrent::run([article, extracted, database] {
                        LibraryStore library;
                        return library.open(database) && library.indexArticle(article, extracted).has_value();
                    }),
                    this, [this](bool ok) { finished(ok); });
}

void LibraryIndexer::finished(bool ok)
{
    m_running = false;
    Q_EMIT indexed(ok);
    if (m_again) {
        m_again = false;
        reindex();
    }
}

} // namespace Lectern::Core
