#include "extract/entity.h"

#include <utility>

namespace Lectern::Core {

QList<Entity> *ExtractionResult::entitiesOf(EntityKind kind)
{
    return const_cast<QList<Entity> *>(std::as_const(*this).entitiesOf(kind));
}

const QList<Entity> *ExtractionResult::entitiesOf(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Person: return &people;
    case EntityKind::Organization: return &organizations;
    case EntityKind::Place: return &places;
    case EntityKind::Metric: return nullptr;
    }
    return nullptr;
}

QString metricKindName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Count: return QStringLiteral("count");
    case MetricKind::Percent: return QStringLiteral("percent");
    case MetricKind::Money: return QStringLiteral("money");
    case MetricKind::Ratio: return QStringLiteral("ratio");
    case MetricKind::Quantity: return QStringLiteral("quantity");
    }
    return {};
}

QString mentionSourceName(MentionSource source)
{
    switch (source) {
    case MentionSource::Rules: return QStringLiteral("rules");
    case MentionSource::Model: return QStringLiteral("model");
    case MentionSource::User: return QStringLiteral("user");
    }
    return {};
}

} // namespace Lectern::Core
