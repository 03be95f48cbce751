#include "article/articledocument.h"

#include <QFileInfo>

namespace Lectern::Core {

ArticleDocument::ArticleDocument(QObject *parent)
    : QObject(parent)
{
}

void ArticleDocument::setContent(Article article, ExtractionResult entities)
{
    m_article = std::move(article);
    m_entities = std::move(entities);
    m_text = m_article.text();
    m_undoStack.clear();
    Q_EMIT articleLoaded();
    Q_EMIT entitiesChanged();
}

QString ArticleDocument::displayName() const
{
    if (!m_article.title.isEmpty())
        return m_article.title;
    if (!m_article.sourcePath.isEmpty())
        return QFileInfo(m_article.sourcePath).fileName();
    return QStringLiteral("Untitled");
}

} // namespace Lectern::Core
