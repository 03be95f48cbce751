#include "extract/numberparser.h"

#include <cmath>
#include <vector>

namespace Lectern::Core {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

struct Group
{
    char16_t separator = 0; // 0 for the first group
    qsizetype start = 0;
    qsizetype length = 0;
};

// Past this many digits a figure is not a figure any more: keep the value capped.
constexpr qsizetype kMaxDigits = 40;

double toDouble(const QByteArray &text, bool *ok)
{
    bool parsed = false;
    const double v = text.toDouble(&parsed);
    *ok = parsed && std::isfinite(v);
    return v;
}

// Decides the digit groups from pos and the separators between them; *end is set after the
// last digit read.
std::vector<Group> readGroups(QStringView text, qsizetype pos, qsizetype *end)
{
    std::vector<Group> groups;
    qsizetype i = pos;
    char16_t separator = 0;
    while (true) {
        Group g;
        g.separator = separator;
        g.start = i;
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        g.length = i - g.start;
        groups.push_back(g);
        if (i + 1 < text.size() && (text.at(i) == u'.' || text.at(i) == u',') && isDigit(text.at(i + 1))) {
            separator = text.at(i).unicode();
            ++i;
            continue;
        }
        break;
    }
    *end = i;
    return groups;
}

// Decides which format the separators follow: sets n.grouped, n.dotDecimal and n.valid, and
// returns where the decimal part starts (index into groups), or groups.size() for none.
size_t readFormat(const std::vector<Group> &groups, Numeral &n)
{
    int dots = 0;
    int commas = 0;
    for (size_t k = 1; k < groups.size(); ++k)
        (groups[k].separator == u'.' ? dots : commas) += 1;
    const auto allThree = [&](size_t from, size_t to) {
        for (size_t k = from; k < to; ++k)
            if (groups[k].length != 3)
                return false;
        return groups[0].length <= 3;
    };
    // Where the decimal part starts (index into groups), or groups.size() for none.
    size_t decimalGroup = groups.size();
    bool ok = true;
    if (groups.size() == 1) {
        // plain integer
    } else if (commas == 0) {
        if (allThree(1, groups.size())) {
            n.grouped = true; // Vietnamese thousands: "3.186", "1.500.000"
        } else if (dots == 1) {
            n.dotDecimal = true; // "12.5" or a date "22.4": the caller decides from the context
            decimalGroup = 1;
        } else {
            ok = false; // "10.3.3", "22.9.2017"
        }
    } else if (dots == 0) {
        if (commas == 1) {
            decimalGroup = 1; // Vietnamese decimal comma: "12,5", "6,766"
        } else if (allThree(1, groups.size())) {
            n.grouped = true; // English thousands: "1,234,567"
        } else {
            ok = false;
        }
    } else {
        // Mixed: one decimal mark, last, of the other kind than the grouping marks.
        const char16_t last = groups.back().separator;
        for (size_t k = 1; k + 1 < groups.size(); ++k)
            if (groups[k].separator == last)
                ok = false;
        if (ok && (last == u',' ? commas : dots) == 1 && allThree(1, groups.size() - 1)) {
            n.grouped = true;
            decimalGroup = groups.size() - 1;
        } else {
            ok = false;
        }
    }
    n.valid = ok;
    return decimalGroup;
}

// Decides the digits before and after the decimal mark, the canonical text and the value
// (capped and flagged past kMaxDigits digits or NumberParser::maxValue).
void readValue(QStringView text, const std::vector<Group> &groups, size_t decimalGroup, Numeral &n)
{
    QByteArray integer;
    QByteArray fraction;
    for (size_t k = 0; k < groups.size(); ++k) {
        QByteArray &dst = k < decimalGroup ? integer : fraction;
        for (qsizetype j = 0; j < groups[k].length && dst.size() <= kMaxDigits; ++j)
            dst.append(char(text.at(groups[k].start + j).unicode()));
    }
    for (size_t k = 0; k < decimalGroup; ++k)
        n.integerDigits += int(groups[k].length);
    for (size_t k = decimalGroup; k < groups.size(); ++k)
        n.decimals += int(groups[k].length);
    if (n.integerDigits > kMaxDigits || n.decimals > kMaxDigits) {
        n.overflow = true;
        n.value = NumberParser::maxValue;
        n.canonical = QByteArray("1e30");
        return;
    }
    n.canonical = integer;
    if (!fraction.isEmpty()) {
        n.canonical.append('.');
        n.canonical.append(fraction);
    }
    bool parsed = false;
    n.value = toDouble(n.canonical, &parsed);
    if (!parsed || n.value > NumberParser::maxValue) {
        n.overflow = true;
        n.value = NumberParser::maxValue;
    }
}

} // namespace


Numeral NumberParser::read(QStringView text, qsizetype pos)
{
    Numeral n;
    n.start = pos;
    const std::vector<Group> groups = readGroups(text, pos, &n.end);
    const size_t decimalGroup = readFormat(groups, n);
    if (!n.valid)
        return n;
    readValue(text, groups, decimalGroup, n);
    return n;
}

Numeral NumberParser::parse(QStringView text)
{
    if (text.isEmpty() || !isDigit(text.at(0)))
        return {};
    Numeral n = read(text, 0);
    if (n.end != text.size())
        n.valid = false;
    return n;
}

double NumberParser::scaled(const Numeral &numeral, int exponent, bool *overflow)
{
    bool over = numeral.overflow;
    double v = numeral.value;
    if (!over && exponent != 0) {
        bool ok = false;
        QByteArray scientific = numeral.canonical;
        scientific.append('e');
        scientific.append(QByteArray::number(exponent));
        v = toDouble(scientific, &ok);
        if (!ok)
            over = true;
    }
    if (over || v > maxValue) {
        over = true;
        v = maxValue;
    }
    if (overflow)
        *overflow = over;
    return v;
}

} // namespace Lectern::Core
