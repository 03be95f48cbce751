#pragma once

#include "article/article.h"
#include "article/entityref.h"
#include "extract/entity.h"
#include "review/annotationset.h"

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

    // The entity or metric with a mention covering the body offset (UTF-16 into text());
    // metrics win over entities when both cover it. Invalid when none.
    EntityRef entityAt(qsizetype bodyOffset) const;
    // Every mention span of an entry, in text order (one span for a metric).
    QList<Span> mentionSpans(const EntityRef &ref) const;
    // The entity list of a kind (people, organizations, places); null for metrics.
    const QList<Entity> *entityList(EntityKind kind) const;

    // Review (issue 6). The annotations are owned here and change only through undo commands
    // (review/annotationcommand.h) or ReviewSession; entities() is the extraction result with
    // the editor's entity corrections applied, extractedEntities() the extractor's own.
    AnnotationSet *annotations() { return &m_annotations; }
    const AnnotationSet *annotations() const { return &m_annotations; }
    const ExtractionResult &extractedEntities() const { return m_extracted; }

Q_SIGNALS:
    void articleLoaded();
    void entitiesChanged();
    // Forwarded from annotations().
    void annotationAdded(const QUuid &id);
    void annotationChanged(const QUuid &id);
    void annotationRemoved(const QUuid &id);
    void annotationsReset();

private:
    Article m_article;
    void applyEntityCorrections();

    ExtractionResult m_entities;
    ExtractionResult m_extracted;
    AnnotationSet m_annotations;
    QString m_text;
    QUndoStack m_undoStack;
};

} // namespace Lectern::Core
