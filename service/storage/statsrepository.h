// Cheap aggregates for gauges and health: each query is answered from an index, never a table scan.
#pragma once

#include "sqlsession.h"

#include <QDateTime>

struct OutboxBacklog
{
    qint64 pending = 0;        // pending or failed (waiting for a retry)
    QDateTime oldestCreatedAt; // invalid when nothing is pending
};

class StatsRepository
{
public:
    explicit StatsRepository(const SqlSession &session) : m_session(session) {}

    // Free seats in open slots of active queues that start after `now`.
    qint64 availableSeats(const QDateTime &now) const;
    // Users seen at or after `since`.
    qint64 usersSeenSince(const QDateTime &since) const;
    OutboxBacklog outboxBacklog() const;
    // Live-queue tickets still waiting in one queue on one local day (YYYY-MM-DD).
    qint64 waitingTickets(qint64 queueId, const QString &day) const;

private:
    const SqlSession &m_session;
};
