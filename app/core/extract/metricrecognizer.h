#pragma once

#include "extract/entity.h"

#include <QList>
#include <QString>

namespace Lectern::Core {

// Finds figures with their values in an article body: counts, percentages, money, ratios,
// quantities and ranges, in Vietnamese number formats first. Runs the consistency checks.
// Thread-safe (const, no shared mutable state).
class MetricRecognizer final
{
public:
    // text: NFC body; spans in the result are UTF-16 offsets into it, in text order.
    QList<Metric> find(const QString &text) const;
};

} // namespace Lectern::Core
