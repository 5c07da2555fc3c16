#include "slotpattern.h"

namespace {

QDateTime localTime(const QDate &day, int minute, const QTimeZone &zone)
{
    return QDateTime(day.addDays(minute / 1440), QTime(0, 0).addSecs(qint64(minute % 1440) * 60), zone);
}

bool exists(const QDateTime &time, const QDate &day, int minute)
{
    return time.isValid() && time.date() == day.addDays(minute / 1440)
        && time.time() == QTime(0, 0).addSecs(qint64(minute % 1440) * 60);
}

} // namespace

QList<SlotPattern::Interval> SlotPattern::expand(const QTimeZone &zone) const
{
    QList<Interval> result;
    if (!fromDate.isValid() || !toDate.isValid() || slotMinutes < 1)
        return result;
    for (QDate day = fromDate; day <= toDate; day = day.addDays(1)) {
        if (!weekdays.contains(day.dayOfWeek()))
            continue;
        for (const auto &[runStart, runEnd] : runs()) {
            for (int minute = runStart; minute + slotMinutes <= runEnd; minute += slotMinutes) {
                const QDateTime start = localTime(day, minute, zone);
                const QDateTime end = localTime(day, minute + slotMinutes, zone);
                if (!exists(start, day, minute) || !exists(end, day, minute + slotMinutes))
                    continue;
                result.append({start.toUTC(), end.toUTC()});
            }
        }
    }
    return result;
}

QList<QPair<int, int>> SlotPattern::runs() const
{
    if (!hasBreak() || breakEndMinute <= startMinute || breakStartMinute >= endMinute)
        return {{startMinute, endMinute}};
    QList<QPair<int, int>> result;
    if (breakStartMinute > startMinute)
        result.append({startMinute, breakStartMinute});
    if (breakEndMinute < endMinute)
        result.append({breakEndMinute, endMinute});
    return result;
}

qint64 SlotPattern::upperBound() const
{
    if (!fromDate.isValid() || !toDate.isValid() || slotMinutes < 1 || endMinute <= startMinute)
        return 0;
    qint64 days = 0;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (!weekdays.contains(weekday))
            continue;
        // Days in [fromDate, toDate] falling on this weekday.
        const int offset = (weekday - fromDate.dayOfWeek() + 7) % 7;
        const qint64 span = fromDate.daysTo(toDate) - offset;
        if (span >= 0)
            days += span / 7 + 1;
    }
    qint64 perDay = 0;
    for (const auto &[runStart, runEnd] : runs())
        perDay += (runEnd - runStart) / slotMinutes;
    return days * perDay;
}
