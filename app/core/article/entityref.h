#pragma once

#include "article/entitykind.h"

namespace Lectern::Core {

// Names one entry of a document's extraction result: a person, organization or place by its
// index in its list, or a metric by its index in ExtractionResult::metrics.
struct EntityRef
{
    EntityKind category = EntityKind::Person;
    int index = -1;

    bool isValid() const { return index >= 0; }
    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

} // namespace Lectern::Core
