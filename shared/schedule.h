// A queue's weekly template and its exceptions, and what generating slots from them did: the wire
// types of the schedule routes, shared by the service and the console.
#pragma once

#include "dto.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

// One line of a queue's weekly template: open hours (with an optional slot length and capacity
// of their own) or a break, on a weekday (1 = Monday … 7 = Sunday), in minutes after local midnight.
struct ScheduleRule
{
    int weekday = 1;
    bool isBreak = false;
    int startMinute = 0;
    int endMinute = 0;
    std::optional<int> slotMinutes; // open hours only; the queue's when absent
    std::optional<int> capacity;    // open hours only; the queue's when absent

    QJsonObject toJson() const;
    static ScheduleRule fromJson(const QJsonObject &json);
};

// A day that differs from the template: closed (a holiday), or open only within its own hours
// (a shortened day, or an extra day the template leaves closed).
struct ScheduleException
{
    QDate day;
    bool closed = true;
    int startMinute = 0; // when open
    int endMinute = 0;
    QString note;

    QJsonObject toJson() const;
    static ScheduleException fromJson(const QJsonObject &json);
};

// The template and the exceptions from today on, as GET /queues/{id}/schedule returns them.
struct QueueSchedule
{
    QList<ScheduleRule> rules;
    QList<ScheduleException> exceptions;

    QJsonObject toJson() const;
    static QueueSchedule fromJson(const QJsonObject &json);
};

// A future slot with bookings that does not fit the template any more; staff decide what to do.
struct ScheduleConflict
{
    SlotRecord slot;
    QString reason; // not_in_template | hours_changed | capacity_below_booked
};

// What one generation did to a queue's slots.
struct GenerationReport
{
    qint64 queueId = 0;
    QString fromDay; // local days looked at, inclusive
    QString toDay;
    int created = 0;
    int removed = 0; // unbooked template slots no longer wanted (deleted, or cancelled if referenced)
    int updated = 0; // capacity changed
    int kept = 0;    // a slot made by hand already starts at a time the template wants
    QList<ScheduleConflict> conflicts;

    QJsonObject toJson() const;
    static GenerationReport fromJson(const QJsonObject &json);
};
