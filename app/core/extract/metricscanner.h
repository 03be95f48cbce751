#pragma once

#include "extract/entity.h"
#include "extract/metricamount.h"
#include "extract/metriccontext.h"
#include "extract/metriclexicon.h"

#include <QList>
#include <QStringView>

namespace Lectern::Core {

// Reads the figure (if any) that starts at one digit of a text: decides between a metric
// (count, percent, money, ratio, quantity, range) and the things that only look like one
// (dates, times, years, ordinals, document numbers, codes, numbers inside names).
// Looks a bounded distance around the digit, so a whole text is scanned in linear time.
class MetricScanner final
{
public:
    explicit MetricScanner(QStringView text);

    // pos: offset of a digit. Appends what it finds to out (at most one metric) and returns the
    // offset to continue scanning from (always > pos).
    qsizetype scanAt(qsizetype pos, QList<Metric> &out) const;

private:
    qsizetype skipCode(qsizetype pos) const;
    // "đứng thứ 5/14 …": a rank out of a total after a rank label.
    bool isRank(const MetricContext &ctx, const Numeral &a, const Numeral &b) const;
    // Ranges without a unit listed right after "tuổi" ("nhóm tuổi từ 17 - 40; từ 41 - 50").
    bool agesListedBefore(qsizetype pos) const;
    MetricUnit impliedAgeUnit(qsizetype at) const;
    // "kỷ niệm 50 năm …", "75 năm thiết lập quan hệ …": the age of an anniversary, not a duration.
    bool isAnniversary(const MetricContext &ctx, const MetricUnit &unit) const;
    // A figure that is part of a name ("Đường dây 500 kV …") or an idiom ("cường quốc 5 châu").
    bool isInName(const MetricContext &ctx, const MetricUnit &unit) const;
    bool timeUnitIsDuration(const MetricUnit &unit, const MetricAmount &amount, const MetricContext &ctx) const;

    qsizetype scanSlash(const MetricContext &ctx, const Numeral &a, const Numeral &b, QList<Metric> &out) const;
    qsizetype scanDash(const MetricContext &ctx, const Numeral &a, const Numeral &b, QList<Metric> &out) const;
    // A single amount, possibly the first end of a spaced range ("8,5 - 9%", "từ 10 đến 15 tỷ").
    qsizetype scanAmount(const MetricContext &ctx, const Numeral &n, QList<Metric> &out) const;
    qsizetype scanRate(const MetricContext &ctx, const Numeral &n, QList<Metric> &out) const;
    // A metric for amount(s) + unit if the rules accept it; false otherwise.
    bool emitMetric(const MetricContext &ctx, const MetricAmount &low, const MetricAmount *high, const MetricUnit &unit,
        QList<Metric> &out) const;

    QStringView m_text;
    const MetricLexicon &m_lex;
};

} // namespace Lectern::Core
