#include "weekframe.h"

#include <limits>

namespace {

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

} // namespace

WeekFrame::WeekFrame()
    : WeekFrame(QTimeZone::utc(), QDate(2000, 1, 3), 7)
{
}

WeekFrame::WeekFrame(const QTimeZone &zone, const QDate &first, int days)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_first(first)
    , m_days(qMax(1, days))
{
    m_originMs = QDateTime(m_first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    // A day of margin on both sides: slots near the edges are placed with the right offset too.
    const QDateTime from = QDateTime(m_first.addDays(-2), QTime(0, 0), QTimeZone::utc());
    const QDateTime to = QDateTime(last().addDays(3), QTime(0, 0), QTimeZone::utc());
    m_offsets.append({std::numeric_limits<qint64>::min(), m_zone.offsetFromUtc(from)});
    for (const QTimeZone::OffsetData &transition : m_zone.transitions(from, to))
        m_offsets.append({transition.atUtc.toMSecsSinceEpoch(), transition.offsetFromUtc});
}

qint64 WeekFrame::localMinutes(const QDateTime &utc) const
{
    const qint64 ms = utc.toMSecsSinceEpoch();
    int seconds = m_offsets.first().seconds;
    for (const Offset &offset : m_offsets) {
        if (offset.fromMs > ms)
            break;
        seconds = offset.seconds;
    }
    return floorDiv(ms + qint64(seconds) * 1000 - m_originMs, 60000);
}

WeekFrame::Placement WeekFrame::place(const QDateTime &startsAt, const QDateTime &endsAt) const
{
    const qint64 start = localMinutes(startsAt);
    const qint64 day = floorDiv(start, 1440);
    Placement placement;
    placement.day = int(day);
    placement.startMinute = int(start - day * 1440);
    // Length in real minutes: a slot across a DST change is as long as it lasts.
    placement.endMinute = placement.startMinute + int(qMax<qint64>(1, startsAt.secsTo(endsAt) / 60));
    return placement;
}

QDateTime WeekFrame::toUtc(const QDate &day, int minute) const
{
    return QDateTime(day.addDays(minute / 1440), QTime(0, 0).addSecs(qint64(minute % 1440) * 60), m_zone).toUTC();
}

QDate WeekFrame::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}
