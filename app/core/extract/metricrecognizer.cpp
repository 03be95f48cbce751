#include "extract/metricrecognizer.h"

#include "extract/metricchecks.h"
#include "extract/metricscanner.h"
#include "extract/metrictext.h"

namespace Lectern::Core {

qsizetype MetricRecognizer::headlineEnd(const QString &text)
{
    constexpr qsizetype maxHeadline = 250;
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    if (nl <= 0 || nl > maxHeadline || nl + 1 >= text.size() || text.at(nl + 1) != QLatin1Char('\n'))
        return 0;
    const qsizetype last = MetricText::skipSpacesBack(text, nl);
    if (last == 0)
        return 0;
    switch (text.at(last - 1).unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u';':
    case u',':
    case 0x2026:
        return 0; // a sentence or a lead-in, not a headline
    default:
        break;
    }
    // the body must follow: a headline alone is the whole text
    return text.size() - nl > 2 * nl ? nl : 0;
}

QList<Metric> MetricRecognizer::find(const QString &text) const
{
    QList<Metric> metrics;
    const MetricScanner scanner(text);
    const qsizetype size = text.size();
    qsizetype i = headlineEnd(text);
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
