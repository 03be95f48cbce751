#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Lectern::Core {

// A date found in text. dateTime is local time as printed (no time zone conversion).
struct FoundDate
{
    QDateTime dateTime;
    bool hasTime = false;
    bool hasYear = false;
    qsizetype start = -1; // UTF-16 span of the match in the searched text
    qsizetype end = -1;

    bool isValid() const { return dateTime.isValid(); }
};

// Dates as Vietnamese news sites print them.
//   "Thứ Bảy, 04/12/2021 19:21", "22/4/2025", "04-12-2021 - 19:21", "19h21 ngày 4/12/2021",
//   "ngày 4 tháng 12 năm 2021", "Sáng 22.4" (day.month only after a time-of-day word),
//   ISO 8601 "2021-12-04T19:21:00+07:00" (the offset is ignored: the printed local time is kept).
class VietnameseDate final
{
public:
    // The first date in text. A date without a year takes defaultYear, or is invalid when
    // defaultYear is 0 (hasYear then tells the caller). A time within a few characters of the
    // date (before or after it) is attached.
    static FoundDate find(QStringView text, int defaultYear = 0);

    // Parses an ISO 8601 date or date-time (as in JSON-LD and <meta>); invalid when it is not one.
    static FoundDate parseIso(QStringView text);

    // The text with every weekday name ("Thứ Bảy", "Chủ nhật", "T7") removed.
    static QString removeWeekdays(const QString &text);
};

} // namespace Lectern::Core
