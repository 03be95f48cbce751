#pragma once

#include "extract/numberparser.h"

#include <QString>
#include <QStringView>

namespace Lectern::Core {

// A number with its multiplier words: "47,9 tỷ", "10 nghìn tỷ", "1 tỷ 200 triệu".
struct MetricAmount
{
    Numeral numeral;
    int exponent = 0; // sum of the multipliers' powers of ten ("nghìn tỷ" = 12)
    bool hasMultiplier = false;
    double extra = 0; // compound tail already scaled ("… 200 triệu" = 2e8)
    qsizetype end = 0; // after the last multiplier word (or the numeral)

    double value(bool *overflow = nullptr) const;
};

// What follows an amount.
struct MetricUnit
{
    enum class Type { None, Percent, Currency, Unit, Time, Noun };
    Type type = Type::None;
    QString surface; // as written, with a "/per" suffix ("tấn/năm", "USD/người", "đảng viên")
    QString key; // lexicon key of the head word ("năm", "đồng", "tấn")
    QString currency; // ISO code for Type::Currency
    qsizetype start = 0;
    qsizetype end = 0; // after the unit and its "/per" suffix
    bool attached = false; // written without a space after the digits ("5kg", "45.000đ")
};

// Reads multipliers and units after a numeral. Stateless; looks a few words ahead only.
class MetricAmountReader final
{
public:
    static MetricAmount readAmount(QStringView text, const Numeral &numeral);
    // The unit at pos (after an amount). Noun units are read only when allowNoun is set.
    static MetricUnit readUnit(QStringView text, qsizetype pos, bool allowNoun);
};

} // namespace Lectern::Core
