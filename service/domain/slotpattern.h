// A weekly pattern of slots over a date range, e.g. Mon-Fri 09:00-18:00 every 15 minutes with a
// break 13:00-14:00.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QTimeZone>

struct SlotPattern
{
    QDate fromDate; // inclusive, local to the queue
    QDate toDate;   // inclusive
    QList<int> weekdays; // 1 = Monday ... 7 = Sunday
    int startMinute = 0; // minutes after local midnight
    int endMinute = 0;   // the last slot ends at or before this (up to 1440)
    // No slot overlaps [breakStartMinute, breakEndMinute); the slots after it start at its end.
    // No break when they are equal.
    int breakStartMinute = 0;
    int breakEndMinute = 0;
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
    bool hasBreak() const { return breakEndMinute > breakStartMinute; }

private:
    // The runs of open time in a day: [start, end), or the parts before and after the break.
    QList<QPair<int, int>> runs() const;
};
