#include "extract/metriccontext.h"

#include "extract/metrictext.h"

#include <array>

namespace Lectern::Core {

using MetricText::Word;
using Label = MetricLexicon::Label;
using DateCue = MetricLexicon::DateCue;
using UnitType = MetricUnit::Type;

namespace {

bool isOneOf(const QString &key, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (key == QStringView(w))
            return true;
    return false;
}

// The words before a number, each read once: the same few words are looked at several times.
class WordsBefore
{
public:
    explicit WordsBefore(QStringView text) : m_text(text) {}

    Word operator()(qsizetype pos)
    {
        for (size_t i = 0; i < m_cached; ++i)
            if (m_cache[i].first == pos)
                return m_cache[i].second;
        Word w = MetricText::wordBefore(m_text, pos);
        if (m_cached < m_cache.size())
            m_cache[m_cached++] = { pos, w };
        return w;
    }

private:
    QStringView m_text;
    std::array<std::pair<qsizetype, Word>, 8> m_cache;
    size_t m_cached = 0;
};

// Decides the currency written before the number ("$5", "US$ 5", "USD 2,5 triệu") and returns
// where the number's prefix starts.
qsizetype readPrefixCurrency(QStringView text, qsizetype numberStart, MetricContext &ctx, WordsBefore &before)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    qsizetype left = numberStart;
    const qsizetype p = MetricText::skipSpacesBack(text, numberStart);
    if (p > 0) {
        const QString code = MetricLexicon::currencySymbol(text.at(p - 1));
        if (!code.isEmpty() && code != QStringLiteral("VND")) {
            ctx.prefixCurrency = code;
            left = p - 1;
            if (left >= 2 && text.mid(left - 2, 2) == QStringLiteral("US"))
                left -= 2;
            ctx.start = left;
        }
    }
    const Word prev = before(left);
    // "USD 2,5 triệu", "VND 90 tỷ": an ISO code written first
    if (ctx.prefixCurrency.isEmpty() && !prev.isNull() && prev.end - prev.start == 3) {
        const QStringView surface = text.mid(prev.start, 3);
        const bool upper = surface.at(0).isUpper() && surface.at(1).isUpper() && surface.at(2).isUpper();
        const QString code = upper ? lex.currencyCode(prev.key) : QString();
        if (!code.isEmpty()) {
            ctx.prefixCurrency = code;
            left = prev.start;
            ctx.start = left;
        }
    }
    return left;
}

// Decides what the word just before the number makes of it: a label, a date or fraction cue,
// a capitalised word or name, a time of day.
void readWordBefore(QStringView text, const Word &prev, MetricContext &ctx, WordsBefore &before)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    const Word prev2 = before(prev.start);
    const QString two = prev2.isNull() ? QString() : prev2.key + u' ' + prev.key;
    ctx.label = two.isEmpty() ? Label::None : lex.label(two);
    if (ctx.label == Label::None)
        ctx.label = lex.label(prev.key);
    const bool dateLabel = ctx.label == Label::Day || ctx.label == Label::Month || ctx.label == Label::Year
        || ctx.label == Label::Quarter;
    // "mỗi ngày 40 bệnh nhân", "hàng năm 35 trạm": the time word is not a label there
    if (dateLabel && !prev2.isNull() && isOneOf(prev2.key, { u"mỗi", u"hàng", u"cả", u"mấy", u"vài", u"nhiều" }))
        ctx.label = Label::None;
    // "dân số 1,6 triệu người", "tổng số 25 đồng chí": a figure, not a number label
    if (prev.key == QStringLiteral("số") && !prev2.isNull()
        && isOneOf(prev2.key, { u"dân", u"tổng", u"con", u"cả", u"với" }))
        ctx.label = Label::None;
    // "top 10 tháp": a count of the best ones (a count needs its noun anyway)
    if (prev.key == QStringLiteral("top"))
        ctx.label = Label::None;
    ctx.cue = two.isEmpty() ? DateCue::None : lex.dateCue(two);
    if (ctx.cue == DateCue::None)
        ctx.cue = lex.dateCue(prev.key);
    ctx.fractionCue = lex.isFractionCue(prev.key) || (!two.isEmpty() && lex.isFractionCue(two));
    const QStringView surface = text.mid(prev.start, prev.end - prev.start);
    ctx.capitalBefore = MetricText::isCapitalized(surface) && !lex.isQualifier(prev.key)
        && !(lex.isStopWord(prev.key) && MetricText::opensSentence(text, prev.start));
    ctx.nameBefore = MetricText::hasInnerCapital(surface)
        || (MetricText::isCapitalized(surface) && !MetricText::opensSentence(text, prev.start)
            && !lex.isQualifier(prev.key));
    ctx.timeOfDay = isOneOf(prev.key, { u"lúc", u"vào", u"từ", u"đến", u"tới" });
}

// Decides the qualifiers before left, up to two in a row ("khoảng ít nhất"), and returns where
// the words before them start.
qsizetype readQualifiers(QStringView text, qsizetype left, MetricContext &ctx, WordsBefore &before)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    qsizetype cursor = left;
    qsizetype qStart = -1;
    qsizetype qEnd = -1;
    for (int k = 0; k < 2; ++k) {
        const Word a = before(cursor);
        if (a.isNull())
            break;
        const Word b = before(a.start);
        qsizetype from = -1;
        if (!b.isNull() && lex.isQualifier(b.key + u' ' + a.key))
            from = b.start;
        else if (lex.isQualifier(a.key))
            from = a.start;
        if (from < 0)
            break;
        if (qEnd < 0)
            qEnd = a.end;
        qStart = from;
        cursor = from;
    }
    if (qStart >= 0) {
        ctx.qualifier = text.mid(qStart, qEnd - qStart).toString();
        ctx.start = qStart;
    }
    return cursor;
}

// Decides the direction before the qualifiers: "tăng 7,51%", "giảm thêm gần 2 năm", "tăng trưởng 22%".
void readDirection(QStringView text, qsizetype cursor, MetricContext &ctx, WordsBefore &before)
{
    const MetricLexicon &lex = MetricLexicon::instance();
    for (int k = 0; k < 3; ++k) {
        const Word a = before(cursor);
        if (a.isNull())
            break;
        if (lex.isDirection(a.key)) {
            ctx.direction = text.mid(a.start, a.end - a.start).toString();
            break;
        }
        if (!lex.isDirectionLink(a.key))
            break;
        cursor = a.start;
    }
}

} // namespace


MetricContext MetricContext::read(QStringView text, qsizetype numberStart)
{
    MetricContext ctx;
    ctx.start = numberStart;
    WordsBefore before(text);
    const qsizetype left = readPrefixCurrency(text, numberStart, ctx, before);
    const Word prev = before(left);
    if (!prev.isNull())
        readWordBefore(text, prev, ctx, before);
    const qsizetype cursor = readQualifiers(text, left, ctx, before);
    readDirection(text, cursor, ctx, before);
    return ctx;
}

bool MetricContext::labelBlocks(double value, bool integer, MetricUnit::Type type) const
{
    const bool weak = type == UnitType::None || type == UnitType::Noun;
    const bool weakOrTime = weak || type == UnitType::Time;
    switch (label) {
    case Label::None:
        return false;
    case Label::Identifier:
        return weak;
    case Label::IdentifierTime:
        return weakOrTime;
    case Label::Day:
        return weakOrTime && integer && value >= 1 && value <= 31;
    case Label::Month:
        return weakOrTime && integer && value >= 1 && value <= 12;
    case Label::Year:
        return weakOrTime && integer && ((value >= 1000 && value <= 2200) || type == UnitType::None);
    case Label::Quarter:
        return weakOrTime && integer && value >= 1 && value <= 4;
    }
    return false;
}

} // namespace Lectern::Core
