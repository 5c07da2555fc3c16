#include "queuetime.h"

#include <QLocale>

namespace QueueTime {

QTimeZone zoneOf(const QueueRecord &queue)
{
    const QTimeZone zone(queue.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString clock(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toTimeZone(zone).time(), QLocale::ShortFormat);
}

QDate today(const QueueRecord &queue)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zoneOf(queue)).date();
}

} // namespace QueueTime
