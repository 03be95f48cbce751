#pragma once

#include <QByteArray>
#include <QStringView>

namespace Lectern::Core {

// One numeral as written in running text: digits with separators, Vietnamese first
// ("3.186" = 3186, "12,5" = 12.5, "1.234,5"), English when unambiguous ("1,234,567", "1,234.5").
struct Numeral
{
    qsizetype start = 0; // UTF-16 offset of the first digit
    qsizetype end = 0; // offset after the last digit read (end exclusive)
    double value = 0; // the number; capped at NumberParser::maxValue
    int decimals = 0; // digits after the decimal mark, for rounding tolerances
    int integerDigits = 0; // digits before the decimal mark, leading zeros included
    bool valid = false; // false: separators that fit no number format ("10.3.3", "22.9.2017")
    bool grouped = false; // thousands separators were used
    bool dotDecimal = false; // a single '.' not followed by exactly three digits ("12.5", or a date "22.4")
    bool overflow = false; // too large for a sensible figure: value capped
    QByteArray canonical; // ASCII "1234.5" (no grouping), used for exact scaling

    bool isInteger() const { return decimals == 0; }
};

// Reads numerals. Pure functions, thread-safe; linear in the length read, never overflows
// (values are doubles, capped at maxValue and flagged).
class NumberParser final
{
public:
    static constexpr double maxValue = 1e30;

    // Reads the numeral whose first digit is at pos (text[pos] must be an ASCII digit). A
    // separator ('.' or ',') is part of it only when a digit follows it directly.
    static Numeral read(QStringView text, qsizetype pos);

    // Parses a whole string ("3.186", "12,5"); invalid when anything but a numeral is in it.
    static Numeral parse(QStringView text);

    // value × 10^exponent, computed from the decimal text so that "47,9" tỷ is exactly
    // 47900000000 (no binary rounding residue). Capped at maxValue.
    static double scaled(const Numeral &numeral, int exponent, bool *overflow = nullptr);
};

} // namespace Lectern::Core
