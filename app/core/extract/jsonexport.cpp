#include "extract/jsonexport.h"

#include "util/textoffsets.h"

#include <QJsonArray>

#include <cmath>

namespace Lectern::Core {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray mentionsToJson(const QList<Mention> &list, const TextOffsets &offsets)
{
    QJsonArray mentions;
    for (const Mention &m : list) {
        QJsonObject mo;
        mo.insert(QStringLiteral("start"), offsets.toCodePoint(m.span.start));
        mo.insert(QStringLiteral("end"), offsets.toCodePoint(m.span.end));
        mo.insert(QStringLiteral("text"), m.text);
        mo.insert(QStringLiteral("confidence"), std::round(double(m.confidence) * 1000) / 1000);
        mo.insert(QStringLiteral("source"), mentionSourceName(m.source));
        mentions.append(mo);
    }
    return mentions;
}

QJsonArray entitiesToJson(const QList<Entity> &entities, const TextOffsets &offsets)
{
    QJsonArray out;
    for (const Entity &e : entities) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), e.name);
        if (e.type == EntityKind::Person)
            o.insert(QStringLiteral("roles"), toArray(e.roles));
        else
            o.insert(QStringLiteral("aliases"), toArray(e.aliases));
        if (e.type == EntityKind::Person && !e.aliases.isEmpty())
            o.insert(QStringLiteral("aliases"), toArray(e.aliases));
        o.insert(QStringLiteral("mentions"), mentionsToJson(e.mentions, offsets));
        if (!e.references.isEmpty())
            o.insert(QStringLiteral("references"), mentionsToJson(e.references, offsets));
        if (e.mixedScripts)
            o.insert(QStringLiteral("mixedScripts"), true);
        out.append(o);
    }
    return out;
}

QJsonArray metricsToJson(const QList<Metric> &metrics, const TextOffsets &offsets)
{
    QJsonArray out;
    for (const Metric &m : metrics) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), metricKindName(m.kind));
        if (m.isRange || m.kind == MetricKind::Ratio)
            o.insert(QStringLiteral("value"), QJsonArray{m.value, m.high});
        else
            o.insert(QStringLiteral("value"), m.value);
        if (!m.unit.isEmpty())
            o.insert(QStringLiteral("unit"), m.unit);
        if (!m.currency.isEmpty())
            o.insert(QStringLiteral("currency"), m.currency);
        if (!m.qualifier.isEmpty())
            o.insert(QStringLiteral("qualifier"), m.qualifier);
        if (!m.direction.isEmpty())
            o.insert(QStringLiteral("direction"), m.direction);
        o.insert(QStringLiteral("start"), offsets.toCodePoint(m.span.start));
        o.insert(QStringLiteral("end"), offsets.toCodePoint(m.span.end));
        o.insert(QStringLiteral("text"), m.text);
        if (!m.checks.isEmpty()) {
            QJsonArray checks;
            for (const MetricCheck &c : m.checks)
                checks.append(QJsonObject{{QStringLiteral("description"), c.description},
                                          {QStringLiteral("consistent"), c.consistent}});
            o.insert(QStringLiteral("checks"), checks);
        }
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject extractionToJson(const QString &source, const Article &article,
                             const ExtractionResult &result)
{
    const QString text = article.text();
    const TextOffsets offsets(text);
    QJsonObject o;
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("title"), article.title);
    const QString published = article.publishedIso();
    o.insert(QStringLiteral("published"), published.isEmpty() ? QJsonValue() : QJsonValue(published));
    o.insert(QStringLiteral("authors"), toArray(article.authors));
    o.insert(QStringLiteral("photographers"), toArray(article.photographers));
    o.insert(QStringLiteral("url"), article.url.isEmpty() ? QJsonValue() : QJsonValue(article.url));
    if (!article.site.isEmpty())
        o.insert(QStringLiteral("site"), article.site);
    o.insert(QStringLiteral("format"), article.format);
    o.insert(QStringLiteral("encoding"), article.encoding);
    o.insert(QStringLiteral("hash"), article.contentHash());
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("people"), entitiesToJson(result.people, offsets));
    o.insert(QStringLiteral("organizations"), entitiesToJson(result.organizations, offsets));
    o.insert(QStringLiteral("places"), entitiesToJson(result.places, offsets));
    o.insert(QStringLiteral("metrics"), metricsToJson(result.metrics, offsets));
    if (!article.warnings.isEmpty() || !result.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), toArray(article.warnings + result.warnings));
    return o;
}

QJsonObject extractionErrorToJson(const QString &source, const QString &error)
{
    return QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("error"), error}};
}

} // namespace Lectern::Core
