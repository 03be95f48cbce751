#include "extract/metricscanner.h"

#include "extract/metrictext.h"

#include <cmath>

namespace Lectern::Core {

using MetricText::Word;
using Label = MetricLexicon::Label;
using DateCue = MetricLexicon::DateCue;
using UnitType = MetricUnit::Type;

namespace {

bool yearLike(const Numeral &n)
{
    return n.isInteger() && !n.grouped && n.integerDigits == 4 && n.value >= 1900 && n.value <= 2100;
}

bool plausibleDate(const Numeral &day, const Numeral &month)
{
    return day.isInteger() && month.isInteger() && !day.grouped && !month.grouped && day.integerDigits <= 2
        && month.integerDigits <= 2 && day.value >= 1 && day.value <= 31 && month.value >= 1 && month.value <= 12;
}

bool isOneOf(const QString &key, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (key == QStringView(w))
            return true;
    return false;
}

bool isJoiner(QChar c)
{
    return c == u'.' || c == u',' || c == u'/' || c == u'-' || c == u':' || c == u'_' || c == u'+';
}

// Powers of ten a currency unit stands for below its ISO unit ("cent": 1/100 USD).
int currencyScale(const MetricUnit &unit)
{
    return unit.key == QStringLiteral("cent") || unit.key == QStringLiteral("cents") ? -2 : 0;
}

MetricKind kindOf(UnitType type)
{
    switch (type) {
    case UnitType::Percent:
        return MetricKind::Percent;
    case UnitType::Currency:
        return MetricKind::Money;
    case UnitType::Noun:
        return MetricKind::Count;
    default:
        return MetricKind::Quantity;
    }
}

} // namespace

MetricScanner::MetricScanner(QStringView text)
    : m_text(text)
    , m_lex(MetricLexicon::instance())
{
}

qsizetype MetricScanner::skipCode(qsizetype pos) const
{
    qsizetype i = pos;
    while (i < m_text.size()) {
        const QChar c = m_text.at(i);
        if (c.isLetterOrNumber() || c.isMark())
            ++i;
        else if (isJoiner(c) && i + 1 < m_text.size() && m_text.at(i + 1).isLetterOrNumber())
            ++i;
        else
            break;
    }
    return qMax(i, pos + 1);
}

bool MetricScanner::timeUnitIsDuration(
    const MetricUnit &unit, const MetricAmount &amount, const MetricContext &ctx) const
{
    Q_UNUSED(amount);
    const QString &k = unit.key;
    const bool hour = k == QStringLiteral("giờ") || k == QStringLiteral("tiếng");
    if (hour && ctx.timeOfDay)
        return false;
    const Word next = MetricText::wordAfter(m_text, unit.end);
    if (k == QStringLiteral("tháng") && !next.isNull()) {
        // "6 tháng đầu năm", "9 tháng năm 2017": a part of the year, not a duration
        const Word after = MetricText::wordAfter(m_text, next.end);
        if (isOneOf(next.key, { u"đầu", u"cuối" }) && !after.isNull() && after.key == QStringLiteral("năm"))
            return false;
        if (next.key == QStringLiteral("năm")) {
            const qsizetype d = MetricText::skipSpaces(m_text, next.end);
            if (d < m_text.size() && MetricText::isDigit(m_text.at(d)))
                return false;
        }
    }
    // "8 giờ sáng", "10 giờ cùng ngày", "7 giờ ngày 12/5": a time of day
    if (hour && !next.isNull()
        && isOneOf(next.key, { u"sáng", u"trưa", u"chiều", u"tối", u"đêm", u"khuya", u"cùng", u"ngày", u"hôm" }))
        return false;
    const qsizetype d = MetricText::skipSpaces(m_text, unit.end);
    if (d > unit.end && d < m_text.size() && MetricText::isDigit(m_text.at(d))) {
        const Numeral m = NumberParser::read(m_text, d);
        if (hour)
            return false; // "8 giờ 30"
        if (k == QStringLiteral("năm") && yearLike(m))
            return false; // "tháng 6 năm 2017" read from the 6
        if (k == QStringLiteral("tháng") && m.isInteger() && m.value >= 1 && m.value <= 12) {
            const Word w = MetricText::wordAfter(m_text, m.end);
            if (w.isNull() || !m_lex.isTimeUnit(w.key))
                return false; // "ngày 15 tháng 7"
        }
    }
    return true;
}

qsizetype MetricScanner::scanAt(qsizetype pos, QList<Metric> &out) const
{
    const qsizetype size = m_text.size();
    if (pos > 0) {
        const QChar prev = m_text.at(pos - 1);
        if (prev.isLetterOrNumber() || prev.isMark())
            return skipCode(pos); // "G20", "VF8", "BSCK1"
        if (pos > 1 && isJoiner(prev) && m_text.at(pos - 2).isLetterOrNumber())
            return skipCode(pos); // "Covid-19", "28-NQ/TU"
    }
    const Numeral n = NumberParser::read(m_text, pos);
    if (!n.valid)
        return skipCode(pos); // "22.9.2017", "10.3.3"
    const MetricContext ctx = MetricContext::read(m_text, pos);
    const qsizetype e = n.end;
    if (e + 1 < size) {
        const QChar c = m_text.at(e);
        const QChar next = m_text.at(e + 1);
        const bool dash = c == u'-' || c.unicode() == 0x2013;
        if (c == u':' && MetricText::isDigit(next))
            return skipCode(pos); // "19:21", a score "2:1"
        if ((c == u'/' || dash) && MetricText::isDigit(next)) {
            const Numeral b = NumberParser::read(m_text, e + 1);
            if (!b.valid)
                return skipCode(pos);
            if (b.end + 1 < size && isJoiner(m_text.at(b.end)) && m_text.at(b.end + 1).isLetterOrNumber())
                return skipCode(pos); // "22/4/2025", "29-30/9", "01/2021/NĐ-CP"
            if (b.end < size && m_text.at(b.end).isLetter()) {
                const UnitType glued = MetricAmountReader::readUnit(m_text, b.end, false).type;
                if (glued != UnitType::Unit && glued != UnitType::Currency)
                    return skipCode(pos); // "116/877B"
            }
            return c == u'/' ? scanSlash(ctx, n, b, out) : scanDash(ctx, n, b, out);
        }
        if ((c == u'/' || dash) && next.isLetter())
            return skipCode(pos); // "123/QĐ-UBND", "28-NQ"
    }
    return scanAmount(ctx, n, out);
}

qsizetype MetricScanner::scanSlash(
    const MetricContext &ctx, const Numeral &a, const Numeral &b, QList<Metric> &out) const
{
    const qsizetype end = b.end;
    if (!a.isInteger() || !b.isInteger() || a.dotDecimal || b.dotDecimal || b.value == 0 || yearLike(b)
        || (ctx.label != Label::None && !isRank(ctx, a, b)))
        return end;
    const MetricUnit u = MetricAmountReader::readUnit(m_text, b.end, true);
    if (u.type == UnitType::Percent)
        return end;
    const Word follow = MetricText::wordAfter(m_text, b.end);
    const bool nounFollows
        = (u.type != UnitType::None) || (!follow.isNull() && isOneOf(follow.key, { u"trong", u"số", u"so", u"của" }));
    if (plausibleDate(a, b)) {
        if (ctx.cue == DateCue::Strong)
            return end;
        // A fraction has its numerator below its denominator; "22/9" is a day and a month.
        if (!ctx.fractionCue
            && (ctx.cue == DateCue::Weak || !nounFollows || u.type == UnitType::Time || a.value > b.value))
            return end;
    }
    if (u.type == UnitType::Noun) {
        const QStringView s = m_text.mid(follow.start, follow.end - follow.start);
        if (MetricText::isCapitalized(s) && !MetricText::hasInnerCapital(s) && s.size() > 1)
            return end; // "413/36 Lê Văn Sỹ": an address
    }
    if (ctx.nameBefore || ctx.capitalBefore)
        return end; // "Power 6/55", "Jordan 40/13": a name or a score
    Metric m;
    m.kind = MetricKind::Ratio;
    m.value = a.value;
    m.high = b.value;
    if (u.type != UnitType::None)
        m.unit = u.surface;
    m.qualifier = ctx.qualifier;
    m.direction = ctx.direction;
    m.span = { ctx.start, u.type != UnitType::None ? u.end : b.end };
    m.text = m_text.mid(m.span.start, m.span.length()).toString();
    out.append(m);
    return m.span.end;
}

qsizetype MetricScanner::scanDash(
    const MetricContext &ctx, const Numeral &a, const Numeral &b, QList<Metric> &out) const
{
    const qsizetype end = b.end;
    MetricAmount low;
    low.numeral = a;
    low.end = a.end;
    const MetricAmount high = MetricAmountReader::readAmount(m_text, b);
    MetricUnit u = MetricAmountReader::readUnit(m_text, high.end, true);
    if (u.type == UnitType::None && agesListedBefore(ctx.start))
        u = impliedAgeUnit(high.end); // "nhóm tuổi 17-40"
    if (u.type == UnitType::None || (yearLike(a) && yearLike(b)))
        return end;
    if (plausibleDate(a, b) && ctx.cue == DateCue::Strong)
        return end;
    if (high.hasMultiplier) {
        low.exponent = high.exponent;
        low.hasMultiplier = true;
    }
    if (emitMetric(ctx, low, &high, u, out))
        return u.end;
    return end;
}

qsizetype MetricScanner::scanAmount(const MetricContext &ctx, const Numeral &n, QList<Metric> &out) const
{
    const qsizetype size = m_text.size();
    const MetricAmount a = MetricAmountReader::readAmount(m_text, n);
    MetricUnit u = MetricAmountReader::readUnit(m_text, a.end, true);
    const bool glued = n.end < size && m_text.at(n.end).isLetter();
    if (glued && a.end == n.end
        && !(u.attached && (u.type == UnitType::Percent || u.type == UnitType::Currency || u.type == UnitType::Unit)))
        return skipCode(n.start); // "8h30", "4G", "802.11ad"
    if (!ctx.prefixCurrency.isEmpty() && (u.type == UnitType::None || u.type == UnitType::Noun)) {
        u = MetricUnit();
        u.type = UnitType::Currency;
        u.currency = ctx.prefixCurrency;
        u.start = u.end = a.end;
    }
    // A spaced range: "8,5 - 9%", "từ 10 đến 15 tỷ đồng", "2 – 3 lần".
    const bool unitFirst = u.type == UnitType::Percent || u.type == UnitType::Currency || u.type == UnitType::Unit
        || u.type == UnitType::Time;
    const qsizetype from = unitFirst ? u.end : a.end;
    qsizetype second = -1;
    const qsizetype p = MetricText::skipSpaces(m_text, from);
    if (p < size) {
        const QChar c = m_text.at(p);
        if (c == u'-' || c.unicode() == 0x2013 || c.unicode() == 0x2014 || c == u'~') {
            second = MetricText::skipSpaces(m_text, p + 1);
        } else {
            const Word w = MetricText::wordAfter(m_text, from);
            if (!w.isNull() && isOneOf(w.key, { u"đến", u"tới" }))
                second = MetricText::skipSpaces(m_text, w.end);
        }
        if (second >= size || (second >= 0 && !MetricText::isDigit(m_text.at(second))))
            second = -1;
    }
    if (second >= 0) {
        const Numeral b = NumberParser::read(m_text, second);
        const bool dated = b.end + 1 < size && isJoiner(m_text.at(b.end)) && MetricText::isDigit(m_text.at(b.end + 1));
        if (b.valid && !dated) {
            const MetricAmount high = MetricAmountReader::readAmount(m_text, b);
            const MetricUnit hu = MetricAmountReader::readUnit(m_text, high.end, true);
            const bool same = u.type == UnitType::None
                || (u.type == hu.type && u.currency == hu.currency
                    && (u.type == UnitType::Percent || u.type == UnitType::Currency || u.key == hu.key));
            if (hu.type == UnitType::None && u.type == UnitType::None && agesListedBefore(ctx.start)
                && emitMetric(ctx, a, &high, impliedAgeUnit(high.end), out))
                return high.end;
            if (hu.type != UnitType::None && same) {
                MetricAmount low = a;
                if (!low.hasMultiplier && high.hasMultiplier) {
                    low.exponent = high.exponent;
                    low.hasMultiplier = true;
                }
                if (emitMetric(ctx, low, &high, hu, out))
                    return hu.end;
            }
        }
    }
    if (u.type == UnitType::None)
        return scanRate(ctx, n, out);
    if (emitMetric(ctx, a, nullptr, u, out))
        return qMax(u.end, n.end);
    return qMax(a.end, n.end);
}

qsizetype MetricScanner::scanRate(const MetricContext &ctx, const Numeral &n, QList<Metric> &out) const
{
    Q_UNUSED(ctx);
    // "Tỉ lệ bác sĩ/vạn dân là 8,2": a rate per something, stated without a unit after it.
    const Word verb = MetricText::wordBefore(m_text, n.start);
    if (verb.isNull() || n.dotDecimal || !isOneOf(verb.key, { u"là", u"đạt", u"bằng" }))
        return n.end;
    qsizetype cursor = verb.start;
    bool slash = false;
    qsizetype headStart = -1;
    qsizetype headEnd = -1;
    for (int k = 0; k < 14; ++k) {
        const qsizetype p = MetricText::skipSpacesBack(m_text, cursor);
        if (p > 0 && m_text.at(p - 1) == u'/') {
            slash = true;
            cursor = p - 1;
            continue;
        }
        const Word w = MetricText::wordBefore(m_text, cursor);
        if (w.isNull())
            break;
        const Word w0 = MetricText::wordBefore(m_text, w.start);
        if (!w0.isNull() && m_lex.isRateHead(w0.key + u' ' + w.key)) {
            headStart = w0.start;
            headEnd = w.end;
            break;
        }
        cursor = w.start;
    }
    if (headStart < 0 || !slash)
        return n.end;
    Metric m;
    m.kind = MetricKind::Quantity;
    m.value = n.value;
    m.unit = m_text.mid(headEnd, verb.start - headEnd).trimmed().toString();
    m.span = { headStart, n.end };
    m.text = m_text.mid(m.span.start, m.span.length()).toString();
    out.append(m);
    return n.end;
}

bool MetricScanner::isRank(const MetricContext &ctx, const Numeral &a, const Numeral &b) const
{
    // "đứng thứ 5/14 địa phương", "xếp hạng 3/12": a rank out of a total is a ratio
    if (a.value > b.value || a.value < 1)
        return false;
    const Word label = MetricText::wordBefore(m_text, ctx.start);
    if (label.isNull() || !isOneOf(label.key, { u"thứ", u"hạng" }))
        return false;
    const Word verb = MetricText::wordBefore(m_text, label.start);
    return !verb.isNull() && isOneOf(verb.key, { u"đứng", u"xếp", u"hạng", u"lên", u"xuống", u"vị" });
}

bool MetricScanner::agesListedBefore(qsizetype pos) const
{
    // "3 nhóm tuổi từ 17 - 40; từ 41 - 50": ranges listed right after "tuổi" are ages
    constexpr qsizetype limit = 80;
    qsizetype i = pos;
    while (i > 0 && pos - i < limit) {
        const QChar c = m_text.at(i - 1);
        if (c == u'\n')
            return false;
        if (MetricText::isInlineSpace(c) || MetricText::isDigit(c) || c == u'-' || c.unicode() == 0x2013 || c == u';'
            || c == u',') {
            --i;
            continue;
        }
        const Word w = MetricText::wordBefore(m_text, i);
        if (w.isNull())
            return false;
        if (w.key == QStringLiteral("tuổi"))
            return true;
        if (!isOneOf(w.key, { u"từ", u"đến", u"và" }))
            return false;
        i = w.start;
    }
    return false;
}

MetricUnit MetricScanner::impliedAgeUnit(qsizetype at) const
{
    MetricUnit u;
    u.type = UnitType::Time;
    u.key = u.surface = QStringLiteral("tuổi");
    u.start = u.end = at;
    return u;
}

bool MetricScanner::isAnniversary(const MetricContext &ctx, const MetricUnit &unit) const
{
    if (unit.key != QStringLiteral("năm"))
        return false;
    // "kỷ niệm 50 năm …", "chào mừng 75 năm …", "Đại lễ 1000 năm …"
    const Word w1 = MetricText::wordBefore(m_text, ctx.start);
    const Word w2 = w1.isNull() ? w1 : MetricText::wordBefore(m_text, w1.start);
    const QString two = w2.isNull() || w1.isNull() ? QString() : w2.key + u' ' + w1.key;
    if (two == QStringLiteral("kỷ niệm") || two == QStringLiteral("kỉ niệm") || two == QStringLiteral("chào mừng")
        || two == QStringLiteral("đại lễ") || (!w1.isNull() && w1.key == QStringLiteral("mừng")))
        return true;
    // "53 năm Ngày giải phóng", "139 năm Ngày Quốc tế Lao động": the anniversary of a day
    const Word a1 = MetricText::wordAfter(m_text, unit.end);
    if (a1.isNull())
        return false;
    if (a1.key == QStringLiteral("ngày") && MetricText::isCapitalized(m_text.mid(a1.start, a1.end - a1.start)))
        return true;
    // "75 năm thiết lập quan hệ ngoại giao", "60 năm thành lập Đảng bộ" (not after "sau", "qua" …)
    const Word a2 = MetricText::wordAfter(m_text, a1.end);
    const QString after = a2.isNull() ? QString() : a1.key + u' ' + a2.key;
    if (after == QStringLiteral("thành lập") || after == QStringLiteral("thiết lập") || after == QStringLiteral("ngày sinh")
        || after == QStringLiteral("ngày mất") || after == QStringLiteral("ngày thành")) {
        const bool duration = !ctx.qualifier.isEmpty()
            || (!w1.isNull() && isOneOf(w1.key, { u"sau", u"qua", u"suốt", u"trong", u"được", u"mất", u"có" }));
        return !duration;
    }
    return false;
}

bool MetricScanner::isInName(const MetricContext &ctx, const MetricUnit &unit) const
{
    // "chương trình “50 năm Bình Định”": a figure opening a quoted title
    const qsizetype q = MetricText::skipSpacesBack(m_text, ctx.start);
    if (q > 0 && (m_text.at(q - 1) == u'"' || m_text.at(q - 1).unicode() == 0x201C)) {
        const Word next = MetricText::wordAfter(m_text, unit.end);
        if (!next.isNull() && MetricText::isCapitalized(m_text.mid(next.start, next.end - next.start)))
            return true;
    }
    const Word w1 = MetricText::wordBefore(m_text, ctx.start);
    if (w1.isNull())
        return false;
    const Word w2 = MetricText::wordBefore(m_text, w1.start);
    const QString two = w2.isNull() ? QString() : w2.key + u' ' + w1.key;
    // "Đường dây 500 kV Monsoon - Thạnh Mỹ", "trạm biến áp 110 kV": the voltage names the line
    if (unit.key == QStringLiteral("kv")) {
        const Word w3 = w2.isNull() ? w2 : MetricText::wordBefore(m_text, w2.start);
        const QString three = w3.isNull() ? QString() : w3.key + u' ' + two;
        return two == QStringLiteral("đường dây") || three == QStringLiteral("trạm biến áp") || w1.key == QStringLiteral("tba")
            || w1.key == QStringLiteral("trạm");
    }
    // "sánh vai với các cường quốc 5 châu": the idiom, not five continents counted
    if (unit.key == QStringLiteral("châu"))
        return two == QStringLiteral("cường quốc") || w1.key == QStringLiteral("quốc");
    return false;
}

bool MetricScanner::emitMetric(const MetricContext &ctx, const MetricAmount &low, const MetricAmount *high,
    const MetricUnit &unit, QList<Metric> &out) const
{
    const UnitType type = unit.type;
    if (type == UnitType::None)
        return false;
    bool overLow = false;
    bool overHigh = false;
    const double v1 = low.value(&overLow);
    const double v2 = high ? high->value(&overHigh) : 0;
    const bool integer = low.numeral.isInteger() && !low.hasMultiplier;
    const bool strong = type == UnitType::Percent || type == UnitType::Currency || type == UnitType::Unit;
    const bool dotted = low.numeral.dotDecimal || (high && high->numeral.dotDecimal);
    if (dotted && !strong && !low.hasMultiplier)
        return false; // "22.4 …" is a date as often as a decimal
    if (high) {
        if (!(v1 < v2))
            return false;
        if (yearLike(low.numeral) && yearLike(high->numeral) && type != UnitType::Percent && type != UnitType::Currency)
            return false;
    }
    if (ctx.labelBlocks(v1, integer, type))
        return false;
    if ((type == UnitType::Noun || type == UnitType::Time) && ctx.nameBefore)
        return false;
    if (type == UnitType::Noun && MetricText::isCapitalized(unit.surface)) {
        // "Zenfone 4 Pro", "(41 Lê Hồng Phong, …)", "3 Hàn Quốc": a name or an address
        if (ctx.capitalBefore)
            return false;
        const MetricText::Word first = MetricText::wordAfter(m_text, unit.start);
        const MetricText::Word second = first.isNull() ? first : MetricText::wordAfter(m_text, first.end);
        if (!second.isNull() && second.end - second.start > 1
            && MetricText::isCapitalized(m_text.mid(second.start, second.end - second.start))
            && !MetricText::hasInnerCapital(m_text.mid(second.start, second.end - second.start))
            && !MetricText::hasInnerCapital(m_text.mid(first.start, first.end - first.start)))
            return false;
    }
    if (type == UnitType::Time && !timeUnitIsDuration(unit, low, ctx))
        return false;
    if (type == UnitType::Time && !high && isAnniversary(ctx, unit))
        return false;
    if (isInName(ctx, unit))
        return false;
    if (type == UnitType::Noun && !low.hasMultiplier
        && (!low.numeral.isInteger() || (high && !high->numeral.isInteger())))
        return false;
    if ((type == UnitType::Noun || type == UnitType::Time) && yearLike(low.numeral) && !low.hasMultiplier)
        return false; // "Sao Mai 2017 phong cách …": a year ("2.017 người" is written with a dot)
    Metric m;
    m.kind = kindOf(type);
    const double scale = type == UnitType::Currency ? std::pow(10.0, currencyScale(unit)) : 1.0;
    m.value = v1 * scale;
    if (high) {
        m.high = v2 * scale;
        m.isRange = true;
    }
    m.unit = type == UnitType::Percent ? QStringLiteral("%") : unit.surface;
    m.currency = unit.currency;
    m.qualifier = ctx.qualifier;
    m.direction = ctx.direction;
    m.span = { ctx.start, qMax(unit.end, high ? high->end : low.end) };
    m.text = m_text.mid(m.span.start, m.span.length()).toString();
    const double plausible = type == UnitType::Percent ? 1e6 : 1e18;
    if (overLow || overHigh || v1 > plausible || v2 > plausible)
        m.checks.append(
            { QStringLiteral("The value is beyond any plausible figure (values are capped at 1e30)."), false });
    out.append(m);
    return true;
}

} // namespace Lectern::Core
