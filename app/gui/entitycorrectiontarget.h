#pragma once

#include "article/entityref.h"
#include "extract/entity.h"
#include "review/entitycorrection.h"

#include <QList>
#include <QPointer>
#include <QStringList>

namespace Lectern::Core {
class ArticleDocument;
}

namespace Lectern::Gui {

// What an entity correction acts on: entries of one category of a document (a panel's
// selection, the highlight a context menu was opened on) and the span the decision is made on.
// Looked up against the document's current entities: indices go stale when they change, and
// entries that no longer exist are left out. The document is held by QPointer.
class EntityCorrectionTarget final
{
public:
    EntityCorrectionTarget() = default;
    // span: a body span inside the mention chosen (a right click); {-1, -1}: the first mention.
    EntityCorrectionTarget(Core::ArticleDocument *document, Core::EntityKind category,
                           const QList<int> &entries, Core::Span span = {-1, -1});

    Core::ArticleDocument *document() const { return m_document; }
    Core::EntityKind category() const { return m_category; }
    QList<int> entries() const; // the ones that still exist
    bool isEmpty() const { return entries().isEmpty(); }
    bool isMetric() const { return m_category == Core::EntityKind::Metric; }
    int first() const; // -1 when empty

    const Core::Entity *entity(int index) const; // null for figures and stale indices
    const Core::Entity *singleEntity() const;    // the one person/organization/place chosen, or null
    QString name(int index) const;               // canonical name, or the figure as written
    Core::Span span(int index) const;            // the mention chosen, else the first one

    // The entry that keeps its name in a merge: most mentions, then the longer name.
    int mergeSurvivor() const;
    // Names the single entity can be merged with (the others of its type).
    QStringList mergeChoices() const;
    // Other spellings of the single entity (the mention chosen first, then aliases, mentions).
    QStringList splitChoices() const;

    // A decision about one entry, filled in with its type, name and whether it is a figure.
    Core::EntityCorrection correction(Core::EntityCorrection::Action action, int index) const;

private:
    QPointer<Core::ArticleDocument> m_document;
    Core::EntityKind m_category = Core::EntityKind::Person;
    QList<int> m_entries;
    Core::Span m_span{-1, -1};
};

// The kind a correction records for an entry: its own, Person for a figure (a figure's
// correction is marked EntityCorrection::metric and its type is unused, written as "person").
Core::EntityKind entityTypeOf(Core::EntityKind category);

} // namespace Lectern::Gui
