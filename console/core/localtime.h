// Times and days as the console shows them: UTC from the API turned into the queue's time zone,
// written the way the console's language writes them (QLocale's default).
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace LocalTime {

// "05.03.2025 09:30" / "05/03/2025 09:30"; empty for an invalid time.
inline QString dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone), QLocale::ShortFormat) : QString();
}

inline QString time(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone).time(), QLocale::ShortFormat) : QString();
}

// A local day as the API writes it (YYYY-MM-DD).
inline QString day(const QString &isoDay)
{
    const QDate date = QDate::fromString(isoDay, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : isoDay;
}

// Today in `zone`.
inline QDate today(const QTimeZone &zone)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

} // namespace LocalTime
