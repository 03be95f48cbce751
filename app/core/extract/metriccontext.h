#pragma once

#include "extract/metricamount.h"
#include "extract/metriclexicon.h"

#include <QString>
#include <QStringView>

namespace Lectern::Core {

// What stands before a number: its qualifier ("hơn", "khoảng ít nhất"), its direction ("tăng",
// "giảm"), a currency sign, and the word that may make it a label ("số 10"), a date ("ngày 15/7"),
// a fraction ("bằng 1/3") or part of a name ("DAP 2"). Reads at most a few words back.
struct MetricContext
{
    qsizetype start = 0; // span start: qualifier, currency prefix or the first digit
    QString qualifier; // as written
    QString direction; // as written
    QString prefixCurrency; // ISO code of "$5", "US$ 5", "€5"
    MetricLexicon::Label label = MetricLexicon::Label::None;
    MetricLexicon::DateCue cue = MetricLexicon::DateCue::None;
    bool fractionCue = false;
    bool nameBefore = false; // "DAP 2 …", "… Hải Phòng 5 …": a name, not a count
    bool capitalBefore = false; // a capitalised word (not a qualifier) right before, even first in a sentence
    bool timeOfDay = false; // "lúc 8 giờ", "từ 8 giờ"

    // numberStart: offset of the number's first digit in text.
    static MetricContext read(QStringView text, qsizetype numberStart);

    // True when the label word before the number makes it an identifier or a date rather than a
    // figure of this unit type ("giai đoạn 2 …", "tháng 6 năm …"; not "số 10 tỷ đồng").
    bool labelBlocks(double value, bool integer, MetricUnit::Type type) const;
};

} // namespace Lectern::Core
