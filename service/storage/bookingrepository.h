// SQL for bookings and their per-queue, per-day human codes.
#pragma once

#include "records.h"
#include "sqlsession.h"

class BookingRepository
{
public:
    explicit BookingRepository(const SqlSession &session) : m_session(session) {}

    // The next number for a queue's day (1, 2, ...), allocated atomically.
    int nextCodeNumber(qint64 queueId, const QString &day) const;
    qint64 insert(const BookingRecord &booking, const QDateTime &now) const;
    std::optional<BookingRecord> find(qint64 id) const;
    QList<BookingRecord> activeForSlot(qint64 slotId) const;
    QList<BookingRecord> forUser(qint64 userId) const;
    bool hasActive(qint64 userId, qint64 slotId) const;
    // Active bookings of a user in a queue whose slot has not started yet.
    int countUpcomingActive(qint64 userId, qint64 queueId, const QDateTime &now) const;
    // Moves an active booking to `status`; false when it was no longer active.
    bool finishActive(qint64 bookingId, BookingStatus status, const QDateTime &now) const;
    int countByStatus(qint64 slotId, BookingStatus status) const;

private:
    const SqlSession &m_session;
};
