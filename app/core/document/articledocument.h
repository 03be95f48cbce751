#pragma once

#include "article/article.h"
#include "article/entityref.h"
#include "extract/entity.h"
#include "review/annotationcommand.h"
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

    // Review (issue 6). The annotations are owned here and read-only to everyone else: they
    // change only through the undo commands below (review/annotationcommand.h) or through
    // ReviewSession (loading, imports, sync), the one friend with write access. entities() is
    // the extraction result with the editor's entity corrections applied, extractedEntities()
    // the extractor's own.
    const AnnotationSet *annotations() const { return &m_annotations; }
    const ExtractionResult &extractedEntities() const { return m_extracted; }

    // Undo commands over the annotations, to push onto undoStack() (several may form a macro);
    // the stack owns them. Null where the id is unknown (as AnnotationCommand's factories).
    AnnotationCommand *makeAddCommand(const Annotation &annotation);
    AnnotationCommand *makeEditCommand(const Annotation &after);
    AnnotationCommand *makeStatusCommand(const QUuid &id, Annotation::Status status);
    AnnotationCommand *makeReplyCommand(const QUuid &id, const AnnotationReply &reply);
    AnnotationCommand *makeRemoveCommand(const QUuid &id);

Q_SIGNALS:
    void articleLoaded();
    void entitiesChanged();
    // Forwarded from annotations().
    void annotationAdded(const QUuid &id);
    void annotationChanged(const QUuid &id);
    void annotationRemoved(const QUuid &id);
    void annotationsReset();

private:
    friend class ReviewSession;
    AnnotationSet *editableAnnotations() { return &m_annotations; }
    void applyEntityCorrections();

    Article m_article;

    ExtractionResult m_entities;
    ExtractionResult m_extracted;
    AnnotationSet m_annotations;
    QString m_text;
    QUndoStack m_undoStack;
};

} // namespace Lectern::Core
