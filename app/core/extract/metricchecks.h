#pragma once

#include "extract/entity.h"

#include <QList>
#include <QStringView>

namespace Lectern::Core {

// Consistency checks between the metrics of one text, added to Metric::checks:
// - a ratio and the percentage stated with it ("44/41 tổ chức …, đạt 107% kế hoạch"): the
//   percentage must be the ratio rounded or truncated to the precision written;
// - a total and its parts where the text says so ("tổng … 215 tỷ đồng, trong đó … 180 tỷ đồng
//   và … 35 tỷ đồng"; "… gần 7,4 tỷ đồng. Trong đó, A 387 triệu đồng; B 6 tỷ đồng; …").
// Linear in the number of metrics and the text length. Descriptions are English.
class MetricChecks final
{
public:
    static void apply(QStringView text, QList<Metric> &metrics);

    // Digits written after the decimal mark in a metric's first number ("117,2%" → 1).
    static int writtenDecimals(const Metric &metric);

private:
    static void checkRatios(QStringView text, QList<Metric> &metrics);
    static void checkTotals(QStringView text, QList<Metric> &metrics);
};

} // namespace Lectern::Core
