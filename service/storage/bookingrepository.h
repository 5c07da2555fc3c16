// SQL for bookings and their per-queue, per-day human codes.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

// Which bookings to list; zero or empty members do not filter. Days are local, YYYY-MM-DD.
struct BookingFilter
{
    qint64 queueId = 0;
    qint64 slotId = 0;
    qint64 userId = 0;
    QString fromDay; // inclusive
    QString toDay;   // inclusive
    std::optional<BookingStatus> status;
};

// A booking with its slot's times, its queue and its person, as a day's list shows it.
struct BookingDetail
{
    BookingRecord booking;
    QDateTime startsAt;
    QDateTime endsAt;
    QString queueNameRu;
    QString queueNameEn;
    QString timezone;
    UserRecord user;
};

// How many bookings of a queue's day ended up in one status.
struct BookingDayCount
{
    qint64 queueId = 0;
    QString day;
    BookingStatus status = BookingStatus::Active;
    int count = 0;
};

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
    // Sets confirmed_at of an active, unconfirmed booking; false otherwise.
    bool confirm(qint64 bookingId, const QDateTime &now) const;
    // Active bookings of a queue on local days before `day`, at most `limit`, oldest first.
    QList<BookingRecord> activeBefore(qint64 queueId, const QString &day, int limit) const;
    Page<BookingRecord> search(const BookingFilter &filter, const PageRequest &page) const;
    // Ordered by slot start, then code; bounded by the filter's days.
    QList<BookingDetail> details(const BookingFilter &filter) const;
    QList<BookingDayCount> countByDay(const BookingFilter &filter) const;

private:
    const SqlSession &m_session;
};
