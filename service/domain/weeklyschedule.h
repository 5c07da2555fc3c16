// A queue's weekly template and its exceptions turned into working hours and slots for a local
// day: pure calculation, no database, so every rule of generation is unit-tested on its own.
#pragma once

#include "schedule.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

// One slot the template wants, in UTC.
struct WantedSlot
{
    QDateTime startsAt;
    QDateTime endsAt;
    int capacity = 1;
};

class WeeklySchedule
{
public:
    WeeklySchedule(QList<ScheduleRule> rules, QList<ScheduleException> exceptions, int defaultSlotMinutes,
                   int defaultCapacity, const QTimeZone &zone);

    // No open hours on any weekday and no open exception: the queue's slots are made by hand.
    bool isEmpty() const;
    // The slots of local day `day`: open hours (the day's exception, else its weekday) minus the
    // weekday's breaks, cut into slots that fit whole; a slot never straddles a break.
    QList<WantedSlot> slotsOn(const QDate &day) const;
    // Whether `at` falls in open hours of its local day (not in a break).
    bool isOpenAt(const QDateTime &at) const;

    // Why `rules` cannot be a template (open hours or breaks overlapping on one weekday, bad
    // numbers), or an empty string.
    static QString validate(const QList<ScheduleRule> &rules);
    // The same for one exception.
    static QString validate(const ScheduleException &exception);

    // Longest span of days generation looks ahead, whatever the booking horizon.
    static constexpr int kMaxDaysAhead = 366;

private:
    struct Block
    {
        int start = 0; // minutes after local midnight
        int end = 0;
        int slotMinutes = 15;
        int capacity = 1;
    };
    QList<Block> blocksOn(const QDate &day) const;

    QList<ScheduleRule> m_rules;
    QList<ScheduleException> m_exceptions;
    int m_defaultSlotMinutes;
    int m_defaultCapacity;
    QTimeZone m_zone;
};
