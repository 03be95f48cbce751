#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Lectern::Core::DateText {

// The one way Lectern shows a date to people: the reader's byline, Article Info, the library,
// the printout and comment times all call this, so screen and paper agree. Unambiguous in every
// language: the month as a word, the year in full, 24-hour time, never "12/4/21".
//   English:    "4 December 2021, 19:21"   (date only: "4 December 2021")
//   Vietnamese: "19:21, 4 tháng 12, 2021"  (date only: "4 tháng 12, 2021")
//   other:      the locale's long date format followed by "HH:mm"
// `locale` defaults to QLocale(), which the interface language sets (LanguageManager,
// Translations::install): callers re-format on QEvent::LanguageChange. The value is shown as
// given, without time-zone conversion: convert instants (comment times are UTC) to local time
// first. An invalid value gives "".
QString format(const QDateTime &when, bool withTime, const QLocale &locale = QLocale());
QString format(const QDate &date, const QLocale &locale = QLocale());
// An ISO 8601 date ("2021-12-04") or date-time ("2021-12-04T19:21:00") as stored by the library:
// with the time when the text has one. Text that is no ISO date is returned unchanged.
QString formatIso(const QString &iso, const QLocale &locale = QLocale());

} // namespace Lectern::Core::DateText
