#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace Lectern::Core {

class ArticleDocument;

// Keeps the library's people and organizations index of an open article in step with the
// editor's entity corrections: when the document's entities change (a correction, its undo or
// redo), the article is indexed again shortly after, on a worker thread with its own database
// connection. LibraryStore::indexArticle() applies the stored corrections to the extractor's
// entities, so the library shows what the editor decided. Owned by the document (DocumentManager
// makes one per document opened with a database). GUI thread.
class LibraryIndexer final : public QObject
{
    Q_OBJECT
public:
    LibraryIndexer(ArticleDocument *document, const QString &databasePath);

Q_SIGNALS:
    void indexed(bool ok); // after each background indexing (tests wait for it)

private:
    void reindex();
    void finished(bool ok);

    QPointer<ArticleDocument> m_document;
    QString m_databasePath;
    QTimer *m_delay;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Lectern::Core
