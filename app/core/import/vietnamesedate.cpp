#include "import/vietnamesedate.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr auto opts = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

QDateTime makeDateTime(int y, int m, int d, int hh, int mm, int ss, bool hasTime)
{
    const QDate date(y, m, d);
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (hasTime) {
        time = QTime(hh, mm, ss);
        if (!time.isValid())
            return {};
    }
    return QDateTime(date, time);
}

// A time ("19:21", "19h21", "19 giờ 21") right before or after [start, end).
bool findTimeNear(QStringView text, qsizetype start, qsizetype end, int *hh, int *mm, qsizetype *spanStart, qsizetype *spanEnd)
{
    static const QRegularExpression time(
        QStringLiteral("(?<![\\d:])(\\d{1,2})\\s*(?::|h|giờ)\\s*(\\d{2})(?![\\d%])"), opts);
    const qsizetype from = qMax<qsizetype>(0, start - 24);
    const qsizetype to = qMin(text.size(), end + 24);
    const QString window = text.mid(from, to - from).toString();
    auto it = time.globalMatch(window);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype s = from + m.capturedStart(), e = from + m.capturedEnd();
        if (s < end && e > start)
            continue; // inside the date itself
        const int h = m.captured(1).toInt(), mi = m.captured(2).toInt();
        if (h > 23 || mi > 59)
            continue;
        *hh = h;
        *mm = mi;
        *spanStart = s;
        *spanEnd = e;
        return true;
    }
    return false;
}

} // namespace

FoundDate VietnameseDate::parseIso(QStringView text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?"
                       "\\s*(?:Z|[+-]\\d{2}:?\\d{2})?\\s*$"));
    const QRegularExpressionMatch m = iso.match(text);
    FoundDate out;
    if (!m.hasMatch())
        return out;
    out.hasYear = true;
    out.hasTime = m.capturedLength(4) > 0;
    out.dateTime = makeDateTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), out.hasTime);
    if (out.isValid()) {
        out.start = m.capturedStart();
        out.end = m.capturedEnd();
    } else {
        out.hasTime = false;
    }
    return out;
}

FoundDate VietnameseDate::find(QStringView text, int defaultYear)
{
    // Alternatives, tried in order of position: numeric d/m/y, words, ISO, day.month after a part of day.
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d/.,-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d/])"), opts);
    static const QRegularExpression words(
        QStringLiteral("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?"), opts);
    static const QRegularExpression isoIn(QStringLiteral("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])"));
    static const QRegularExpression dayMonth(
        QStringLiteral("(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|rạng sáng|từ)\\s+(?:nay\\s+)?(?:\\([^)]*\\)\\s*)?"
                       "(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})(?![\\d%]|[.,/]\\d)"),
        opts);

    FoundDate best;
    auto consider = [&](const QRegularExpressionMatch &m, int y, int mo, int d, bool hasYear, qsizetype s, qsizetype e) {
        if (!m.hasMatch())
            return;
        if (best.start >= 0 && best.start <= s)
            return;
        const int year = hasYear ? y : defaultYear;
        const QDateTime dt = year > 0 ? makeDateTime(year, mo, d, 0, 0, 0, false) : QDateTime();
        if (year > 0 && !dt.isValid())
            return;
        if (year == 0 && !QDate(2000, mo, d).isValid())
            return;
        best = FoundDate{dt, false, hasYear, s, e};
    };
    {
        auto it = numeric.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int d = m.captured(1).toInt(), mo = m.captured(3).toInt(), y = m.captured(4).toInt();
            const qsizetype before = best.start;
            consider(m, y, mo, d, true, m.capturedStart(), m.capturedEnd());
            if (best.start != before)
                break;
        }
    }
    {
        const auto m = words.match(text);
        if (m.hasMatch())
            consider(m, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(),
                     m.capturedLength(3) > 0, m.capturedStart(), m.capturedEnd());
    }
    {
        const auto m = isoIn.match(text);
        if (m.hasMatch())
            consider(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), true,
                     m.capturedStart(), m.capturedEnd());
    }
    {
        const auto m = dayMonth.match(text);
        if (m.hasMatch())
            consider(m, 0, m.captured(2).toInt(), m.captured(1).toInt(), false, m.capturedStart(1), m.capturedEnd());
    }
    if (best.start < 0)
        return best;
    int hh = 0, mm = 0;
    qsizetype ts = 0, te = 0;
    if (best.isValid() && findTimeNear(text, best.start, best.end, &hh, &mm, &ts, &te)) {
        best.dateTime.setTime(QTime(hh, mm));
        best.hasTime = true;
        best.start = qMin(best.start, ts);
        best.end = qMax(best.end, te);
    }
    return best;
}

QString VietnameseDate::removeWeekdays(const QString &text)
{
    static const QRegularExpression weekday(
        QStringLiteral("\\b(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\\s*nhật|CN|T[2-7])\\b"), opts);
    QString out = text;
    out.remove(weekday);
    return out;
}

} // namespace Lectern::Core
