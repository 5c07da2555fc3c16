// SQL for the timed steps of bookings (booking_timers): reminders and confirmation cut-offs.
#pragma once

#include "records.h"
#include "sqlsession.h"

struct BookingTimer
{
    enum class Kind { Reminder, Cutoff };
    qint64 id = 0;
    qint64 bookingId = 0;
    Kind kind = Kind::Reminder;
    int offsetMinutes = 0; // before the slot's start
    QDateTime dueAt;
};

class TimerRepository
{
public:
    explicit TimerRepository(const SqlSession &session) : m_session(session) {}

    // Plans a step; a booking has each (kind, offset) at most once.
    void add(qint64 bookingId, BookingTimer::Kind kind, int offsetMinutes, const QDateTime &dueAt) const;
    // Pending steps due at `now`, earliest first.
    QList<BookingTimer> due(const QDateTime &now, int limit) const;
    // Done (or void when there was nothing left to do); false if it was no longer pending.
    bool finish(qint64 timerId, bool done, const QDateTime &now) const;
    std::optional<QDateTime> nextDue() const;
    // Active future bookings with no planned steps at all (made before reminders existed).
    QList<qint64> unplannedBookings(const QDateTime &now, int limit) const;

private:
    const SqlSession &m_session;
};
