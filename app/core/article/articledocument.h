#pragma once

#include "article/article.h"
#include "extract/entity.h"

#include <QObject>
#include <QUndoStack>

namespace Lectern::Core {

// One open article and everything known about it: the article, its entities and metrics,
// and the undo stack through which every edit goes. Views observe its signals; they never
// change its data directly. Lives on the GUI thread.
class ArticleDocument final : public QObject
{
    Q_OBJECT
public:
    explicit ArticleDocument(QObject *parent = nullptr);

    void setContent(Article article, ExtractionResult entities);

    const Article &article() const { return m_article; }
    const ExtractionResult &entities() const { return m_entities; }
    QString text() const { return m_text; } // cached Article::text()
    QString filePath() const { return m_article.sourcePath; }
    QString displayName() const; // title, else file name
    QUndoStack *undoStack() { return &m_undoStack; }

Q_SIGNALS:
    void articleLoaded();
    void entitiesChanged();

private:
    Article m_article;
    ExtractionResult m_entities;
    QString m_text;
    QUndoStack m_undoStack;
};

} // namespace Lectern::Core
