#include "extract/metricrecognizer.h"

namespace Lectern::Core {

QList<Metric> MetricRecognizer::find(const QString &text) const
{
    Q_UNUSED(text);
    return {};
}

} // namespace Lectern::Core
