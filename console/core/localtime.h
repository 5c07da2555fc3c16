// Times and days as the console shows them: UTC from the API turned into the queue's time zone,
// written the way the console's language writes them (QLocale's default).
#pragma once

#include "dto.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace LocalTime {

// The queue's zone; UTC when the name is unknown here.
inline QTimeZone zoneOf(const QueueRecord &queue)
{
    const QTimeZone zone(queue.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// "05.03.2025 09:30" / "05/03/2025 09:30"; empty for an invalid time.
inline QString dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone), QLocale::ShortFormat) : QString();
}

// The local clock time, e.g. "10:30"; empty for an invalid time.
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

// The queue's local day now.
inline QDate today(const QueueRecord &queue)
{
    return today(zoneOf(queue));
}

} // namespace LocalTime
