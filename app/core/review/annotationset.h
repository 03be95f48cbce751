#pragma once

#include "review/annotation.h"

#include <QList>
#include <QObject>
#include <QUuid>

namespace Lectern::Core {

// The annotations of one open article, kept in text order (start, end, created). Owned by the
// ArticleDocument. Views observe the signals (emitted after each change) and never edit:
// changes go through undo commands (review/annotationcommand.h), loading and sync
// (ReviewSession). GUI thread only.
class AnnotationSet final : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationSet(QObject *parent = nullptr);

    const QList<Annotation> &all() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    qsizetype indexOf(const QUuid &id) const; // -1 when absent
    const Annotation *find(const QUuid &id) const; // null when absent; valid until the next change
    QList<Annotation> corrections() const;  // kind == EntityCorrection, in text order

    // Unrecorded changes (undo commands, loading, sync call these).
    void reset(QList<Annotation> annotations);
    void insert(const Annotation &annotation);  // replaces an annotation with the same id
    bool replace(const Annotation &annotation); // false when the id is unknown
    bool remove(const QUuid &id);

Q_SIGNALS:
    void annotationAdded(const QUuid &id);
    void annotationChanged(const QUuid &id);
    void annotationRemoved(const QUuid &id);
    void annotationsReset();
    // Any change that touched an entity correction (added, changed, removed, reset).
    void correctionsChanged();

private:
    qsizetype insertionIndex(const Annotation &annotation) const;

    QList<Annotation> m_items;
};

} // namespace Lectern::Core
