#include "extract/entity.h"

namespace Lectern::Core {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("person");
    case EntityType::Organization: return QStringLiteral("organization");
    case EntityType::Place: return QStringLiteral("place");
    }
    return {};
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
