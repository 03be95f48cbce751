#include "extract/metricamount.h"

#include "extract/metriclexicon.h"
#include "extract/metrictext.h"

#include <optional>

namespace Lectern::Core {

using MetricText::Word;

namespace {

bool isSuperscriptDigit(QChar c)
{
    return c == u'2' || c == u'3' || c.unicode() == 0x00B2 || c.unicode() == 0x00B3;
}

// "/người", "/1kg", "/năm" after a unit: one token of letters and digits.
qsizetype perSuffixEnd(QStringView text, qsizetype pos)
{
    if (pos + 1 >= text.size() || text.at(pos) != u'/')
        return pos;
    qsizetype i = pos + 1;
    while (i < text.size() && (MetricText::isWordChar(text.at(i)) || MetricText::isDigit(text.at(i))))
        ++i;
    // a lone number after '/' is a ratio or a date, not a unit
    bool hasLetter = false;
    for (qsizetype k = pos + 1; k < i; ++k)
        hasLetter = hasLetter || text.at(k).isLetter();
    return hasLetter ? i : pos;
}

// Sets the unit's type and end (with a "/người" suffix) and its surface from its start.
MetricUnit finishUnit(QStringView text, MetricUnit u, MetricUnit::Type type, qsizetype end)
{
    u.type = type;
    u.end = perSuffixEnd(text, end);
    u.surface = text.mid(u.start, u.end - u.start).toString();
    return u;
}

// Decides a unit written as one sign at u.start: percent, degrees Celsius or a currency symbol.
std::optional<MetricUnit> signUnit(QStringView text, MetricUnit u)
{
    const qsizetype p = u.start;
    const QChar c = text.at(p);
    if (c == u'%' || c.unicode() == 0xFF05)
        return finishUnit(text, u, MetricUnit::Type::Percent, p + 1);
    if (c.unicode() == 0x00B0 && p + 1 < text.size() && text.at(p + 1) == u'C')
        return finishUnit(text, u, MetricUnit::Type::Unit, p + 2);
    if (c.unicode() == 0x2103)
        return finishUnit(text, u, MetricUnit::Type::Unit, p + 1);
    const QString symbolCurrency = MetricLexicon::currencySymbol(c);
    if (!symbolCurrency.isEmpty()) {
        u.currency = symbolCurrency;
        return finishUnit(text, u, MetricUnit::Type::Currency, p + 1);
    }
    return std::nullopt;
}

// The up to three words after a number that may name its unit, and which of them belong together.
struct UnitWords
{
    Word w1;
    Word w2;
    Word w3;
    bool join12 = false;
    QString k2; // "w1 w2" when joined
    QString k3; // "w1 w2 w3" when joined
};

// Decides which words after pos may form a unit name: only words separated by plain spaces.
UnitWords unitWordsAfter(QStringView text, qsizetype pos)
{
    UnitWords words;
    words.w1 = MetricText::wordAfter(text, pos);
    if (words.w1.isNull())
        return words;
    const Word &w1 = words.w1;
    words.w2 = MetricText::wordAfter(text, w1.end);
    const Word &w2 = words.w2;
    // Three-word names only start with these ("đô la mỹ", "nhân dân tệ", "đồng việt nam").
    const bool threeWords = !w2.isNull()
        && (w1.key == QStringLiteral("đô") || w1.key == QStringLiteral("nhân") || w1.key == QStringLiteral("đồng"));
    words.w3 = threeWords ? MetricText::wordAfter(text, w2.end) : Word();
    words.join12 = !w2.isNull() && MetricText::skipSpaces(text, w1.end) == w2.start && w2.start > w1.end;
    const bool join23 = words.join12 && !words.w3.isNull() && words.w3.start > w2.end;
    words.k2 = words.join12 ? w1.key + u' ' + w2.key : QString();
    words.k3 = join23 ? words.k2 + u' ' + words.w3.key : QString();
    return words;
}

// Decides a unit named by words: percent, a currency, a place-counting noun, a unit symbol or
// word, a time unit; the unit unchanged when a code ("G7") rules a unit out; nothing otherwise.
std::optional<MetricUnit> namedUnit(QStringView text, const UnitWords &words, MetricUnit u, bool allowNoun)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    const Word &w1 = words.w1;
    const Word &w2 = words.w2;
    const bool join12 = words.join12;
    const Word &w3 = words.w3;
    const QString &k2 = words.k2;
    const QString &k3 = words.k3;
    if (join12 && w1.key == QStringLiteral("phần") && w2.key == QStringLiteral("trăm"))
        return finishUnit(text, u, MetricUnit::Type::Percent, w2.end);

    // Currencies, longest name first; "đồng chí" is not money.
    const bool dongWord = w1.key == QStringLiteral("đồng") && join12 && lex.isDongCompound(w2.key);
    if (!dongWord) {
        for (const auto &[k, end] :
            { std::pair { k3, w3.end }, std::pair { k2, w2.end }, std::pair { w1.key, w1.end } }) {
            if (k.isEmpty())
                continue;
            const QString code = lex.currencyCode(k);
            if (!code.isEmpty()) {
                u.currency = code;
                u.key = k;
                return finishUnit(text, u, MetricUnit::Type::Currency, end);
            }
        }
    }

    // "120 điểm cầu", "15 điểm trường", "10 điểm đến": places counted, not points scored
    if (allowNoun && join12 && w1.key == QStringLiteral("điểm")
        && (w2.key == QStringLiteral("cầu") || w2.key == QStringLiteral("trường") || w2.key == QStringLiteral("bán")
            || w2.key == QStringLiteral("giao") || w2.key == QStringLiteral("du") || w2.key == QStringLiteral("sạt")
            || w2.key == QStringLiteral("tập") || w2.key == QStringLiteral("thu") || w2.key == QStringLiteral("di") || w2.key == QStringLiteral("đến")))
        return finishUnit(text, u, MetricUnit::Type::Noun, w2.end);
    // "2 chỉ tiêu": a target, not the qualifier "chỉ" (only)
    if (allowNoun && join12 && w1.key == QStringLiteral("chỉ") && w2.key == QStringLiteral("tiêu"))
        return finishUnit(text, u, MetricUnit::Type::Noun, w2.end);
    // Unit symbols, with a square/cube digit glued on ("km2", "m³").
    const QStringView surface1 = text.mid(w1.start, w1.end - w1.start);
    qsizetype symbolEnd = w1.end;
    if (symbolEnd < text.size() && isSuperscriptDigit(text.at(symbolEnd))
        && (symbolEnd + 1 >= text.size() || !text.at(symbolEnd + 1).isLetterOrNumber()))
        ++symbolEnd;
    if (symbolEnd < text.size() && MetricText::isDigit(text.at(symbolEnd)))
        return u; // "G7", "4G" glued to more digits: a code
    if (lex.isUnitSymbol(text.mid(w1.start, symbolEnd - w1.start)))
        return finishUnit(text, u, MetricUnit::Type::Unit, symbolEnd);
    if (symbolEnd == w1.end && lex.isUnitSymbol(surface1))
        return finishUnit(text, u, MetricUnit::Type::Unit, w1.end);
    if (!k2.isEmpty() && lex.isUnitWord(k2)) {
        u.key = k2;
        return finishUnit(text, u, MetricUnit::Type::Unit, w2.end);
    }
    if (lex.isUnitWord(w1.key))
        return finishUnit(text, u, MetricUnit::Type::Unit, w1.end);
    if (!k2.isEmpty() && lex.isTimeUnit(k2)) {
        u.key = k2;
        return finishUnit(text, u, MetricUnit::Type::Time, w2.end);
    }
    if (lex.isTimeUnit(w1.key))
        return finishUnit(text, u, MetricUnit::Type::Time, w1.end);
    return std::nullopt;
}

// Decides the counted noun after a number ("18,8 lượt ha", "8 hạng cân", "đảng viên"), or the
// unit unchanged when there is none.
MetricUnit countedNoun(QStringView text, const UnitWords &words, MetricUnit u, bool allowNoun)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    const Word &w1 = words.w1;
    const Word &w2 = words.w2;
    const bool join12 = words.join12;
    const QStringView surface1 = text.mid(w1.start, w1.end - w1.start);
    // "18,8 lượt ha": turns of a measured unit count in that unit
    if (join12 && w1.key == QStringLiteral("lượt")
        && (lex.isUnitSymbol(text.mid(w2.start, w2.end - w2.start)) || lex.isUnitWord(w2.key))) {
        u.key = w2.key;
        return finishUnit(text, u, MetricUnit::Type::Unit, w2.end);
    }
    // "8 hạng cân", "5 hạng mục": "hạng" (a rank before a number) is a noun here
    if (allowNoun && join12 && w1.key == QStringLiteral("hạng")
        && (w2.key == QStringLiteral("cân") || w2.key == QStringLiteral("mục")))
        return finishUnit(text, u, MetricUnit::Type::Noun, w2.end);
    if (!allowNoun || u.attached || lex.isStopWord(w1.key) || lex.multiplierExponent(w1.key) >= 0
        || lex.isQualifier(w1.key))
        return u;
    // The noun of a count: one word, or two when the second continues it ("đảng viên",
    // "Trung tâm"); a capitalised second word after a lower-case first one is a name.
    qsizetype end = w1.end;
    if (join12 && !lex.isStopWord(w2.key) && lex.multiplierExponent(w2.key) < 0
        && (!MetricText::isCapitalized(text.mid(w2.start, w2.end - w2.start)) || MetricText::isCapitalized(surface1))
        && !(w2.end < text.size() && MetricText::isDigit(text.at(w2.end))))
        end = w2.end;
    return finishUnit(text, u, MetricUnit::Type::Noun, end);
}

} // namespace


double MetricAmount::value(bool *overflow) const
{
    bool over = false;
    double v = NumberParser::scaled(numeral, exponent, &over);
    if (!over)
        v += extra;
    if (v > NumberParser::maxValue) {
        v = NumberParser::maxValue;
        over = true;
    }
    if (overflow)
        *overflow = over;
    return v;
}

MetricAmount MetricAmountReader::readAmount(QStringView text, const Numeral &numeral)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    MetricAmount a;
    a.numeral = numeral;
    qsizetype pos = numeral.end;
    for (int k = 0; k < 3; ++k) {
        const Word w = MetricText::wordAfter(text, pos);
        if (w.isNull())
            break;
        const int e = lex.multiplierExponent(w.key);
        if (e < 0)
            break;
        a.exponent += e;
        a.hasMultiplier = true;
        pos = w.end;
    }
    // "1 tỷ 200 triệu (đồng)": a smaller amount right after the multiplier adds to it.
    if (a.hasMultiplier) {
        const qsizetype p = MetricText::skipSpaces(text, pos);
        if (p < text.size() && p > pos && MetricText::isDigit(text.at(p))) {
            const Numeral tail = NumberParser::read(text, p);
            const Word w = MetricText::wordAfter(text, tail.end);
            const int e = w.isNull() ? -1 : lex.multiplierExponent(w.key);
            if (tail.valid && !tail.dotDecimal && tail.value < 1000 && e >= 0 && e < a.exponent && w.start > tail.end) {
                a.extra = NumberParser::scaled(tail, e);
                pos = w.end;
            }
        }
    }
    a.end = pos;
    return a;
}

MetricUnit MetricAmountReader::readUnit(QStringView text, qsizetype pos, bool allowNoun)
{
    MetricUnit u;
    const qsizetype p = MetricText::skipSpaces(text, pos);
    if (p >= text.size())
        return u;
    u.start = p;
    u.attached = p == pos;
    if (const std::optional<MetricUnit> sign = signUnit(text, u))
        return *sign;
    const UnitWords words = unitWordsAfter(text, pos);
    if (words.w1.isNull())
        return u;
    u.key = words.w1.key;
    if (const std::optional<MetricUnit> named = namedUnit(text, words, u, allowNoun))
        return *named;
    return countedNoun(text, words, u, allowNoun);
}

} // namespace Lectern::Core
