// The local days a schedule view shows, in a queue's time zone: on which day and at which minutes
// a slot (stored in UTC) falls, and the UTC instant of a local day and time. The zone's offsets
// for the range are looked up once, so placing thousands of slots stays cheap.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

class WeekFrame
{
public:
    WeekFrame();
    // `days` local days from `first`, in `zone` (UTC when the zone is not valid).
    WeekFrame(const QTimeZone &zone, const QDate &first, int days);

    QTimeZone zone() const { return m_zone; }
    QDate first() const { return m_first; }
    QDate last() const { return m_first.addDays(m_days - 1); }
    int days() const { return m_days; }
    bool contains(const QDate &day) const { return day >= m_first && day <= last(); }

    // Where an interval lies: its start's day (0 = first) and its start and end in minutes after
    // that day's local midnight; the end passes 1440 when it runs into the next day.
    struct Placement
    {
        int day = 0;
        int startMinute = 0;
        int endMinute = 0;
    };
    Placement place(const QDateTime &startsAt, const QDateTime &endsAt) const;
    // Whether a placement starts on one of the frame's days.
    bool inside(const Placement &placement) const { return placement.day >= 0 && placement.day < m_days; }

    // The UTC instant of `minute` after local midnight of `day` (a time skipped by a DST change
    // moves forward, as QDateTime does).
    QDateTime toUtc(const QDate &day, int minute) const;
    // Local date and time of a UTC instant.
    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    // Today in the frame's zone.
    QDate today() const;

    // The Monday of the week `day` falls in.
    static QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

private:
    qint64 localMinutes(const QDateTime &utc) const;

    struct Offset
    {
        qint64 fromMs = 0; // UTC, from when this offset applies
        int seconds = 0;
    };
    QTimeZone m_zone;
    QDate m_first;
    int m_days = 7;
    qint64 m_originMs = 0; // local midnight of m_first, written as if it were UTC
    QList<Offset> m_offsets;
};
