#include "entitycorrectiontarget.h"

#include "document/articledocument.h"
#include "util/textfold.h"

namespace Lectern::Gui {

Core::EntityKind entityTypeOf(Core::EntityKind category)
{
    return category == Core::EntityKind::Metric ? Core::EntityKind::Person : category;
}

EntityCorrectionTarget::EntityCorrectionTarget(Core::ArticleDocument *document, Core::EntityKind category,
                                               const QList<int> &entries, Core::Span span)
    : m_document(document)
    , m_category(category)
    , m_entries(entries)
    , m_span(span)
{
}

QList<int> EntityCorrectionTarget::entries() const
{
    QList<int> valid;
    for (int i : m_entries)
        if (!name(i).isEmpty())
            valid.append(i);
    return valid;
}

int EntityCorrectionTarget::first() const
{
    const QList<int> list = entries();
    return list.isEmpty() ? -1 : list.first();
}

const Core::Entity *EntityCorrectionTarget::entity(int index) const
{
    const QList<Core::Entity> *list = m_document ? m_document->entityList(m_category) : nullptr;
    return list && index >= 0 && index < list->size() ? &list->at(index) : nullptr;
}

const Core::Entity *EntityCorrectionTarget::singleEntity() const
{
    const QList<int> list = entries();
    return list.size() == 1 ? entity(list.first()) : nullptr;
}

QString EntityCorrectionTarget::name(int index) const
{
    if (isMetric()) {
        const QList<Core::Metric> *metrics = m_document ? &m_document->entities().metrics : nullptr;
        return metrics && index >= 0 && index < metrics->size() ? metrics->at(index).text : QString();
    }
    const Core::Entity *e = entity(index);
    return e ? e->name : QString();
}

Core::Span EntityCorrectionTarget::span(int index) const
{
    if (!m_document)
        return {0, 0};
    const QList<Core::Span> spans = m_document->mentionSpans({m_category, index});
    if (m_span.start >= 0) {
        for (const Core::Span &s : spans)
            if (s.overlaps(m_span))
                return s;
    }
    return spans.isEmpty() ? Core::Span{0, 0} : spans.first();
}

int EntityCorrectionTarget::mergeSurvivor() const
{
    int best = -1;
    for (int i : entries()) {
        const Core::Entity *e = entity(i);
        const Core::Entity *b = best >= 0 ? entity(best) : nullptr;
        if (e && (!b || e->mentions.size() > b->mentions.size()
                  || (e->mentions.size() == b->mentions.size() && e->name.size() > b->name.size())))
            best = i;
    }
    return best;
}

QStringList EntityCorrectionTarget::mergeChoices() const
{
    const Core::Entity *e = singleEntity();
    QStringList others;
    if (!e)
        return others;
    for (const Core::Entity &o : *m_document->entityList(m_category))
        if (o.name != e->name)
            others.append(o.name);
    return others;
}

QStringList EntityCorrectionTarget::splitChoices() const
{
    const Core::Entity *e = singleEntity();
    QStringList choices;
    if (!e)
        return choices;
    const QString nameKey = Core::TextFold::matchKey(e->name);
    QStringList keys;
    auto offer = [&](const QString &s) {
        const QString key = Core::TextFold::matchKey(s);
        if (!key.isEmpty() && key != nameKey && !keys.contains(key)) {
            keys.append(key);
            choices.append(s);
        }
    };
    if (m_span.start >= 0) {
        const Core::Span chosen = span(first());
        offer(m_document->text().mid(chosen.start, chosen.length()));
    }
    for (const QString &a : e->aliases)
        offer(a);
    for (const Core::Mention &m : e->mentions)
        offer(m.text);
    return choices;
}

Core::EntityCorrection EntityCorrectionTarget::correction(Core::EntityCorrection::Action action, int index) const
{
    Core::EntityCorrection c;
    c.action = action;
    c.type = entityTypeOf(m_category);
    c.metric = isMetric();
    c.name = name(index);
    return c;
}

} // namespace Lectern::Gui
