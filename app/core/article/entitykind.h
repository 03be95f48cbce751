#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Lectern::Core {

// What an entry of an article's extraction is: a person, an organization, a place or a metric.
// The one kind every layer shares: extraction files its entities by it, review corrections name
// it, the models list by it and the renderer maps it to a highlight style. The numeric values
// are stable (they index per-kind arrays and are never written); files use entityKindId().
enum class EntityKind { Person, Organization, Place, Metric };

// The stable id written in files, settings and object names: "person", "organization",
// "place", "metric".
QString entityKindId(EntityKind kind);
// The kind with that id; nullopt for any other string.
std::optional<EntityKind> entityKindFromId(const QString &id);
// Every kind, in the order above.
QList<EntityKind> allEntityKinds();

} // namespace Lectern::Core
