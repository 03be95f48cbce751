#include "extract/metricchecks.h"

#include "extract/metrictext.h"
#include "extract/numberparser.h"

#include <QLocale>

#include <cmath>

namespace Lectern::Core {

namespace {

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 15);
}

bool sameUnit(const Metric &a, const Metric &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == MetricKind::Money)
        return a.currency == b.currency;
    if (a.kind == MetricKind::Quantity)
        return a.unit.section(u'/', 0, 0) == b.unit.section(u'/', 0, 0);
    return true;
}

bool summable(const Metric &m)
{
    return !m.isRange && (m.kind == MetricKind::Money || m.kind == MetricKind::Count || m.kind == MetricKind::Quantity);
}

// Offsets of the phrases that announce the parts of a total ("trong đó", "bao gồm"). One pass over
// the characters looking for the second word's first letter, then a check of the words around it.
QList<qsizetype> partMarkers(QStringView text)
{
    QList<qsizetype> found;
    const auto matchAt = [&](qsizetype at, QStringView head, QStringView tail) {
        const qsizetype start = at - head.size();
        const qsizetype end = at + tail.size();
        if (start < 0 || end > text.size() || text.mid(at, tail.size()) != tail
            || text.mid(start, head.size()).compare(head, Qt::CaseInsensitive) != 0)
            return;
        const bool startOk = start == 0 || !MetricText::isWordChar(text.at(start - 1));
        const bool endOk = end >= text.size() || !MetricText::isWordChar(text.at(end));
        if (startOk && endOk)
            found.append(start);
    };
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 2; i < size; ++i) {
        const char16_t u = data[i].unicode();
        if (u == 0x00F3) // the 'ó' of "đó"
            matchAt(i - 1, u"trong ", u"đó");
        else if (u == 0x1ED3) // the 'ồ' of "gồm"
            matchAt(i - 1, u"bao ", u"gồm");
    }
    return found;
}

} // namespace

int MetricChecks::writtenDecimals(const Metric &metric)
{
    for (qsizetype i = 0; i < metric.text.size(); ++i) {
        if (MetricText::isDigit(metric.text.at(i)))
            return NumberParser::read(metric.text, i).decimals;
    }
    return 0;
}

void MetricChecks::apply(QStringView text, QList<Metric> &metrics)
{
    checkRatios(text, metrics);
    checkTotals(text, metrics);
}

void MetricChecks::checkRatios(QStringView text, QList<Metric> &metrics)
{
    for (qsizetype k = 0; k < metrics.size(); ++k) {
        const Metric &ratio = metrics.at(k);
        if (ratio.kind != MetricKind::Ratio || ratio.high <= 0)
            continue;
        const qsizetype limit = MetricText::clauseEnd(text, ratio.span.end, 160);
        for (qsizetype j = k + 1; j < metrics.size() && metrics.at(j).span.start < limit; ++j) {
            Metric &pct = metrics[j];
            if (pct.kind == MetricKind::Ratio)
                break;
            if (pct.kind != MetricKind::Percent || pct.isRange)
                continue;
            const double actual = 100.0 * ratio.value / ratio.high;
            const int d = writtenDecimals(pct);
            const double unit = std::pow(10.0, -d);
            const double rounded = std::round(actual / unit) * unit;
            const double truncated = std::floor(actual / unit + 1e-9) * unit;
            const double slack = pct.qualifier.isEmpty() ? 1e-9 : unit;
            const bool ok = std::abs(pct.value - rounded) <= slack + 1e-9 * unit
                || std::abs(pct.value - truncated) <= slack + 1e-9 * unit;
            const QString description
                = QStringLiteral("%1/%2 = %3%, stated %4%: %5")
                      .arg(number(ratio.value), number(ratio.high), QLocale::c().toString(actual, 'f', qMax(2, d + 1)),
                          number(pct.value), ok ? QStringLiteral("consistent") : QStringLiteral("inconsistent"));
            pct.checks.append({ description, ok });
            metrics[k].checks.append({ description, ok });
            break;
        }
    }
}

void MetricChecks::checkTotals(QStringView text, QList<Metric> &metrics)
{
    if (metrics.size() < 3)
        return; // a total and at least two parts
    const QList<qsizetype> markers = partMarkers(text);
    qsizetype first = 0; // metrics before this index end before the current marker
    for (const qsizetype at : markers) {
        while (first < metrics.size() && metrics.at(first).span.end <= at)
            ++first;
        if (first == 0)
            continue;
        // The total: the last metric before the marker, in the same sentence or, when the marker
        // opens a sentence ("… 7,4 tỷ đồng. Trong đó, …"), in the sentence before.
        const qsizetype sentence = MetricText::sentenceStart(text, at, 400);
        qsizetype earliest = sentence;
        if (MetricText::opensSentence(text, at)) {
            qsizetype q = sentence;
            while (q > 0 && text.at(q - 1).isSpace())
                --q; // across a paragraph break to the previous sentence's end mark
            earliest = MetricText::sentenceStart(text, qMax<qsizetype>(0, q - 1), 400);
        }
        const qsizetype t = first - 1;
        if (!summable(metrics.at(t)) || metrics.at(t).span.start < earliest)
            continue;
        const qsizetype end = MetricText::sentenceEnd(text, at, 600);
        QList<qsizetype> parts;
        for (qsizetype j = first; j < metrics.size() && metrics.at(j).span.start < end; ++j)
            if (sameUnit(metrics.at(t), metrics.at(j)) && summable(metrics.at(j)))
                parts.append(j);
        if (parts.size() < 2)
            continue;
        double sum = 0;
        bool approximate = !metrics.at(t).qualifier.isEmpty();
        QStringList terms;
        for (const qsizetype j : parts) {
            sum += metrics.at(j).value;
            approximate = approximate || !metrics.at(j).qualifier.isEmpty();
            terms.append(metrics.at(j).text);
        }
        Metric &total = metrics[t];
        const double tolerance = std::abs(total.value) * (approximate ? 0.03 : 0.005);
        const bool ok = std::abs(sum - total.value) <= tolerance;
        total.checks.append({ QStringLiteral("parts %1 sum to %2, stated total %3: %4")
                                  .arg(terms.join(QStringLiteral(" + ")), number(sum), number(total.value),
                                      ok ? QStringLiteral("consistent") : QStringLiteral("inconsistent")),
            ok });
    }
}

} // namespace Lectern::Core
