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
    // A headline on the first line (the title block the importers put first: one short line,
    // a blank line after it, no sentence punctuation at its end) is skipped: its figures repeat
    // the body's. NFD text and 'ð' for 'đ' are read too; absurd numbers are capped and flagged.
    QList<Metric> find(const QString &text) const;

    // Offset where the body starts after such a headline, or 0 when the text has none.
    static qsizetype headlineEnd(const QString &text);
};

} // namespace Lectern::Core
