#include "util/datetext.h"

namespace Lectern::Core::DateText {

namespace {

QString datePattern(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::English: return QStringLiteral("d MMMM yyyy");
    case QLocale::Vietnamese: return QStringLiteral("d MMMM, yyyy"); // "4 tháng 12, 2021"
    default: return locale.dateFormat(QLocale::LongFormat);
    }
}

} // namespace

QString format(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, datePattern(locale)) : QString();
}

QString format(const QDateTime &when, bool withTime, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QString date = format(when.date(), locale);
    if (!withTime)
        return date;
    const QString time = locale.toString(when.time(), QStringLiteral("HH:mm"));
    switch (locale.language()) {
    case QLocale::Vietnamese: return time + QStringLiteral(", ") + date; // the time first, as Vietnamese papers write it
    case QLocale::English: return date + QStringLiteral(", ") + time;
    default: return date + QLatin1Char(' ') + time;
    }
}

QString formatIso(const QString &iso, const QLocale &locale)
{
    const QString text = iso.trimmed();
    if (text.size() > 10) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (t.isValid())
            return format(t, true, locale);
    }
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d.isValid() ? format(d, locale) : iso;
}

} // namespace Lectern::Core::DateText
