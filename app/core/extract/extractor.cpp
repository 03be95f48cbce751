#include "extract/extractor.h"

#include "extract/metricrecognizer.h"

namespace Lectern::Core {

Extractor::Extractor() = default;

ExtractionResult Extractor::extract(const QString &text) const
{
    ExtractionResult result;
    result.metrics = MetricRecognizer().find(text);
    return result;
}

} // namespace Lectern::Core
