// SQL for the live queue's tickets: walk-ins and checked-in bookings of a queue's day, and what
// staff did with them. Every change of state is a conditional update on the current state.
#pragma once

#include "records.h"
#include "sqlsession.h"

class LiveTicketRepository
{
public:
    explicit LiveTicketRepository(const SqlSession &session) : m_session(session) {}

    // The next ticket number of a queue's day (1, 2, ...).
    int nextNumber(qint64 queueId, const QString &day) const;
    qint64 insert(const LiveTicket &ticket, const QDateTime &now) const;
    std::optional<LiveTicket> find(qint64 id) const;
    std::optional<LiveTicket> forBooking(qint64 bookingId) const;
    // The person's tickets still waiting or called.
    QList<LiveTicket> openForUser(qint64 userId) const;
    // A queue's day in one status, by number.
    QList<LiveTicket> inStatus(qint64 queueId, const QString &day, TicketStatus status) const;

    // waiting → called to `counter`.
    bool call(qint64 id, int counter, const QDateTime &now) const;
    // called: once more (recall), or to another counter (transfer).
    bool recall(qint64 id, const QDateTime &now) const;
    bool transfer(qint64 id, int counter) const;
    // called → waiting, behind everyone waiting now.
    bool requeue(qint64 id, const QDateTime &now) const;
    // An open ticket (waiting or called) ends as `status`.
    bool finish(qint64 id, TicketStatus status, const QDateTime &now) const;
    // The open ticket of a booking (if any) ends as `status`; false without one.
    bool closeForBooking(qint64 bookingId, TicketStatus status, const QDateTime &now) const;
    // What the person was last told: how many were ahead, and whether they got the "soon" alert.
    void setNotified(qint64 id, int ahead, bool alerted) const;
    int notifiedAhead(qint64 id, bool *alerted) const;

    // Seconds at the counter (called → served) of the queue's `count` latest served tickets.
    QList<qint64> recentServiceSeconds(qint64 queueId, int count) const;
    // Open tickets of a queue's days before `day`.
    QList<LiveTicket> openBefore(qint64 queueId, const QString &day, int limit) const;
    // Waiting tickets per queue on `day`s given per queue (the gauge).
    qint64 countInStatus(qint64 queueId, const QString &day, TicketStatus status) const;

private:
    const SqlSession &m_session;
};
