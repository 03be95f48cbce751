#include "document/articledocument.h"

#include "review/annotationcommand.h"
#include "review/applycorrections.h"
#include "util/settings.h"

#include <QFileInfo>

#include <algorithm>

namespace Lectern::Core {

ArticleDocument::ArticleDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_annotations, &AnnotationSet::annotationAdded, this, &ArticleDocument::annotationAdded);
    connect(&m_annotations, &AnnotationSet::annotationChanged, this, &ArticleDocument::annotationChanged);
    connect(&m_annotations, &AnnotationSet::annotationRemoved, this, &ArticleDocument::annotationRemoved);
    connect(&m_annotations, &AnnotationSet::annotationsReset, this, &ArticleDocument::annotationsReset);
    connect(&m_annotations, &AnnotationSet::correctionsChanged, this, &ArticleDocument::applyEntityCorrections);
}

void ArticleDocument::applyEntityCorrections()
{
    m_entities = applyCorrections(m_extracted, correctionSteps(m_annotations.corrections(), m_text), m_text);
    Q_EMIT entitiesChanged();
}

void ArticleDocument::setContent(Article article, ExtractionResult entities)
{
    m_article = std::move(article);
    m_extracted = entities;
    m_entities = std::move(entities);
    m_text = m_article.text();
    m_undoStack.clear();
    m_annotations.reset({}); // ReviewSession loads the stored ones after articleLoaded()
    Q_EMIT articleLoaded();
    Q_EMIT entitiesChanged();
}

const QList<Entity> *ArticleDocument::entityList(EntityKind kind) const
{
    return m_entities.entitiesOf(kind);
}

EntityRef ArticleDocument::entityAt(qsizetype offset) const
{
    for (int i = 0; i < m_entities.metrics.size(); ++i) {
        const Span &s = m_entities.metrics.at(i).span;
        if (s.start <= offset && offset < s.end)
            return {EntityKind::Metric, i};
    }
    for (EntityKind c : {EntityKind::Person, EntityKind::Organization, EntityKind::Place}) {
        const QList<Entity> &list = *entityList(c);
        for (int i = 0; i < list.size(); ++i)
            for (const Mention &m : list.at(i).mentions)
                if (m.span.start <= offset && offset < m.span.end)
                    return {c, i};
    }
    return {};
}

QList<Span> ArticleDocument::mentionSpans(const EntityRef &ref) const
{
    QList<Span> spans;
    if (!ref.isValid())
        return spans;
    if (ref.category == EntityKind::Metric) {
        if (ref.index < m_entities.metrics.size())
            spans.append(m_entities.metrics.at(ref.index).span);
        return spans;
    }
    const QList<Entity> &list = *entityList(ref.category);
    if (ref.index < list.size())
        for (const Mention &m : list.at(ref.index).mentions)
            spans.append(m.span);
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

namespace {
// Nothing is stored without an author: a blank one becomes the reviewer's name (Settings, which
// falls back to the system account's name), so the author filter never offers a blank entry.
Annotation withAuthors(Annotation a)
{
    QString reviewer;
    auto fill = [&reviewer](QString *author) {
        if (!author->trimmed().isEmpty())
            return;
        if (reviewer.isEmpty())
            reviewer = Settings().authorName();
        *author = reviewer;
    };
    fill(&a.author);
    for (AnnotationReply &r : a.replies)
        fill(&r.author);
    return a;
}
} // namespace

AnnotationCommand *ArticleDocument::makeAddCommand(const Annotation &annotation)
{
    return AnnotationCommand::add(&m_annotations, withAuthors(annotation));
}

AnnotationCommand *ArticleDocument::makeEditCommand(const Annotation &after)
{
    return AnnotationCommand::edit(&m_annotations, withAuthors(after));
}

AnnotationCommand *ArticleDocument::makeStatusCommand(const QUuid &id, Annotation::Status status)
{
    return AnnotationCommand::setStatus(&m_annotations, id, status);
}

AnnotationCommand *ArticleDocument::makeReplyCommand(const QUuid &id, const AnnotationReply &reply)
{
    return AnnotationCommand::addReply(&m_annotations, id, reply);
}

AnnotationCommand *ArticleDocument::makeRemoveCommand(const QUuid &id)
{
    return AnnotationCommand::remove(&m_annotations, id);
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
