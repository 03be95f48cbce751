#include "article/entitykind.h"

namespace Lectern::Core {

QString entityKindId(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person: return QStringLiteral("person");
    case EntityKind::Organization: return QStringLiteral("organization");
    case EntityKind::Place: return QStringLiteral("place");
    case EntityKind::Metric: return QStringLiteral("metric");
    }
    return {};
}

std::optional<EntityKind> entityKindFromId(const QString &id)
{
    for (EntityKind kind : allEntityKinds())
        if (entityKindId(kind) == id)
            return kind;
    return std::nullopt;
}

QList<EntityKind> allEntityKinds()
{
    return {EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Metric};
}

} // namespace Lectern::Core
