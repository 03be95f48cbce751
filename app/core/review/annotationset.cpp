#include "review/annotationset.h"

#include <algorithm>

namespace Lectern::Core {

namespace {
bool textOrder(const Annotation &a, const Annotation &b)
{
    if (a.anchor.start != b.anchor.start)
        return a.anchor.start < b.anchor.start;
    if (a.anchor.end != b.anchor.end)
        return a.anchor.end < b.anchor.end;
    return a.created < b.created;
}

bool isCorrection(const Annotation &a)
{
    return a.kind == Annotation::Kind::EntityCorrection;
}
} // namespace

AnnotationSet::AnnotationSet(QObject *parent)
    : QObject(parent)
{
}

qsizetype AnnotationSet::indexOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

const Annotation *AnnotationSet::find(const QUuid &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_items.at(i);
}

QList<Annotation> AnnotationSet::corrections() const
{
    QList<Annotation> out;
    std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(out), isCorrection);
    return out;
}

qsizetype AnnotationSet::insertionIndex(const Annotation &annotation) const
{
    return std::upper_bound(m_items.cbegin(), m_items.cend(), annotation, textOrder) - m_items.cbegin();
}

void AnnotationSet::reset(QList<Annotation> annotations)
{
    const bool hadCorrections = std::any_of(m_items.cbegin(), m_items.cend(), isCorrection);
    m_items = std::move(annotations);
    std::stable_sort(m_items.begin(), m_items.end(), textOrder);
    Q_EMIT annotationsReset();
    if (hadCorrections || std::any_of(m_items.cbegin(), m_items.cend(), isCorrection))
        Q_EMIT correctionsChanged();
}

void AnnotationSet::insert(const Annotation &annotation)
{
    if (indexOf(annotation.id) >= 0) {
        replace(annotation);
        return;
    }
    m_items.insert(insertionIndex(annotation), annotation);
    Q_EMIT annotationAdded(annotation.id);
    if (isCorrection(annotation))
        Q_EMIT correctionsChanged();
}

bool AnnotationSet::replace(const Annotation &annotation)
{
    const qsizetype i = indexOf(annotation.id);
    if (i < 0)
        return false;
    const bool touchesCorrections = isCorrection(annotation) || isCorrection(m_items.at(i));
    m_items.removeAt(i);
    m_items.insert(insertionIndex(annotation), annotation);
    Q_EMIT annotationChanged(annotation.id);
    if (touchesCorrections)
        Q_EMIT correctionsChanged();
    return true;
}

bool AnnotationSet::remove(const QUuid &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return false;
    const bool wasCorrection = isCorrection(m_items.at(i));
    m_items.removeAt(i);
    Q_EMIT annotationRemoved(id);
    if (wasCorrection)
        Q_EMIT correctionsChanged();
    return true;
}

} // namespace Lectern::Core
