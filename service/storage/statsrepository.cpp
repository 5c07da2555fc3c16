#include "statsrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

// The indexes behind these queries: slots_queue_start and live_tickets_waiting (0001),
// users_last_seen and outbox_status_created (0002).

qint64 StatsRepository::availableSeats(const QDateTime &now) const
{
    return m_session
        .scalar(u"SELECT COALESCE(SUM(capacity - booked - held), 0) FROM slots WHERE status = 'open' AND starts_at > ? "
                "AND queue_id IN (SELECT id FROM queues WHERE active = 1)"_s,
                {toDb(now)})
        .toLongLong();
}

qint64 StatsRepository::usersSeenSince(const QDateTime &since) const
{
    return m_session.scalar(u"SELECT count(*) FROM users WHERE last_seen_at >= ?"_s, {toDb(since)}).toLongLong();
}

OutboxBacklog StatsRepository::outboxBacklog() const
{
    // Both figures come from the (status, created_at) index alone.
    SqlRows q = m_session.exec(
        u"SELECT count(*), MIN(created_at) FROM outbox WHERE status IN ('pending', 'failed')"_s);
    OutboxBacklog backlog;
    if (q.next()) {
        backlog.pending = q.value(0).toLongLong();
        backlog.oldestCreatedAt = fromDb(q.value(1));
    }
    return backlog;
}

qint64 StatsRepository::waitingTickets(qint64 queueId, const QString &day) const
{
    return m_session
        .scalar(u"SELECT count(*) FROM live_tickets WHERE queue_id = ? AND day = ? AND status = 'waiting'"_s,
                {queueId, day})
        .toLongLong();
}
