// A weekly pattern of slots over a date range, e.g. Mon-Fri 09:00-13:00 every 15 minutes.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

struct SlotPattern
{
    QDate fromDate; // inclusive, local to the queue
    QDate toDate;   // inclusive
    QList<int> weekdays; // 1 = Monday ... 7 = Sunday
    int startMinute = 0; // minutes after local midnight
    int endMinute = 0;   // the last slot ends at or before this (up to 1440)
    int slotMinutes = 15;
    int capacity = 1;

    struct Interval
    {
        QDateTime startsAt; // UTC
        QDateTime endsAt;
    };

    // The slots in the queue's time zone, converted to UTC, by start time. Local times that do not
    // exist (a DST gap) are left out.
    QList<Interval> expand(const QTimeZone &zone) const;
    // How many slots expand() yields at most, computed without expanding.
    qint64 upperBound() const;
};
