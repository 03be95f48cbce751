#include "extract/metricrecognizer.h"

#include "extract/metricchecks.h"
#include "extract/metricscanner.h"
#include "extract/metrictext.h"

namespace Lectern::Core {

QList<Metric> MetricRecognizer::find(const QString &text) const
{
    QList<Metric> metrics;
    const MetricScanner scanner(text);
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (MetricText::isDigit(text.at(i)))
            i = qMax(i + 1, scanner.scanAt(i, metrics));
        else
            ++i;
    }
    MetricChecks::apply(text, metrics);
    return metrics;
}

} // namespace Lectern::Core
