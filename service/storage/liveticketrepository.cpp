#include "liveticketrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, queue_id, day, number, code, kind, user_id, booking_id, due_at, status, "
                        "counter, recalls, created_at, queued_at, called_at, finished_at FROM live_tickets "_s;

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QDateTime>(fromDb(value));
}

LiveTicket readTicket(const SqlRows &q)
{
    LiveTicket t;
    t.id = q.value(0).toLongLong();
    t.queueId = q.value(1).toLongLong();
    t.day = q.value(2).toString();
    t.number = q.value(3).toInt();
    t.code = q.value(4).toString();
    t.kind = enumFromString<TicketKind>(q.value(5).toString()).value_or(TicketKind::Walkin);
    t.userId = q.value(6).toLongLong();
    t.bookingId = q.value(7).toLongLong();
    t.dueAt = optionalTime(q.value(8));
    t.status = enumFromString<TicketStatus>(q.value(9).toString()).value_or(TicketStatus::Cancelled);
    t.counter = q.value(10).toInt();
    t.recalls = q.value(11).toInt();
    t.createdAt = fromDb(q.value(12));
    t.queuedAt = fromDb(q.value(13));
    t.calledAt = optionalTime(q.value(14));
    t.finishedAt = optionalTime(q.value(15));
    return t;
}

QList<LiveTicket> readAll(SqlRows q)
{
    QList<LiveTicket> result;
    while (q.next())
        result << readTicket(q);
    return result;
}

} // namespace

int LiveTicketRepository::nextNumber(qint64 queueId, const QString &day) const
{
    return m_session.scalar(u"SELECT COALESCE(MAX(number), 0) + 1 FROM live_tickets WHERE queue_id = ? AND day = ?"_s,
                            {queueId, day})
        .toInt();
}

qint64 LiveTicketRepository::insert(const LiveTicket &t, const QDateTime &now) const
{
    return m_session.insert(u"INSERT INTO live_tickets (queue_id, day, number, code, kind, user_id, booking_id, "
                            "due_at, status, created_at, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)"_s,
                            {t.queueId, t.day, t.number, t.code, enumName(t.kind),
                             t.userId > 0 ? QVariant(t.userId) : QVariant(),
                             t.bookingId > 0 ? QVariant(t.bookingId) : QVariant(),
                             t.dueAt ? toDb(*t.dueAt) : QVariant(), toDb(now), toDb(now)});
}

std::optional<LiveTicket> LiveTicketRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

std::optional<LiveTicket> LiveTicketRepository::forBooking(qint64 bookingId) const
{
    SqlRows q = m_session.exec(kSelect + u"WHERE booking_id = ?"_s, {bookingId});
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

QList<LiveTicket> LiveTicketRepository::openForUser(qint64 userId) const
{
    return readAll(m_session.exec(kSelect + u"WHERE user_id = ? AND status IN ('waiting', 'called') ORDER BY id"_s,
                                  {userId}));
}

QList<LiveTicket> LiveTicketRepository::inStatus(qint64 queueId, const QString &day, TicketStatus status) const
{
    return readAll(m_session.exec(kSelect + u"WHERE queue_id = ? AND day = ? AND status = ? ORDER BY number"_s,
                                  {queueId, day, enumName(status)}));
}

bool LiveTicketRepository::call(qint64 id, int counter, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE live_tickets SET status = 'called', counter = ?, called_at = ? "
                     "WHERE id = ? AND status = 'waiting'"_s,
                     {counter, toDb(now), id})
               .numRowsAffected()
        == 1;
}

bool LiveTicketRepository::recall(qint64 id, const QDateTime &now) const
{
    Q_UNUSED(now)
    return m_session.exec(u"UPDATE live_tickets SET recalls = recalls + 1 WHERE id = ? AND status = 'called'"_s, {id})
               .numRowsAffected()
        == 1;
}

bool LiveTicketRepository::transfer(qint64 id, int counter) const
{
    return m_session.exec(u"UPDATE live_tickets SET counter = ? WHERE id = ? AND status = 'called'"_s, {counter, id})
               .numRowsAffected()
        == 1;
}

bool LiveTicketRepository::requeue(qint64 id, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE live_tickets SET status = 'waiting', counter = NULL, called_at = NULL, queued_at = ?, "
                     "notified_ahead = -1 WHERE id = ? AND status = 'called'"_s,
                     {toDb(now), id})
               .numRowsAffected()
        == 1;
}

bool LiveTicketRepository::finish(qint64 id, TicketStatus status, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE live_tickets SET status = ?, finished_at = ? "
                     "WHERE id = ? AND status IN ('waiting', 'called')"_s,
                     {enumName(status), toDb(now), id})
               .numRowsAffected()
        == 1;
}

bool LiveTicketRepository::closeForBooking(qint64 bookingId, TicketStatus status, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE live_tickets SET status = ?, finished_at = ? "
                     "WHERE booking_id = ? AND status IN ('waiting', 'called')"_s,
                     {enumName(status), toDb(now), bookingId})
               .numRowsAffected()
        == 1;
}

void LiveTicketRepository::setNotified(qint64 id, int ahead, bool alerted) const
{
    m_session.exec(u"UPDATE live_tickets SET notified_ahead = ?, alerted = ? WHERE id = ?"_s,
                   {ahead, int(alerted), id});
}

int LiveTicketRepository::notifiedAhead(qint64 id, bool *alerted) const
{
    SqlRows q = m_session.exec(u"SELECT notified_ahead, alerted FROM live_tickets WHERE id = ?"_s, {id});
    if (!q.next()) {
        *alerted = false;
        return -1;
    }
    *alerted = q.value(1).toBool();
    return q.value(0).toInt();
}

QList<qint64> LiveTicketRepository::recentServiceSeconds(qint64 queueId, int count) const
{
    QList<qint64> result;
    SqlRows q = m_session.exec(u"SELECT finished_at - called_at FROM live_tickets WHERE queue_id = ? "
                                 "AND status = 'served' AND called_at IS NOT NULL AND finished_at IS NOT NULL "
                                 "ORDER BY finished_at DESC, id DESC LIMIT ?"_s,
                                 {queueId, count});
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

QList<LiveTicket> LiveTicketRepository::openBefore(qint64 queueId, const QString &day, int limit) const
{
    return readAll(m_session.exec(kSelect + u"WHERE queue_id = ? AND day < ? AND status IN ('waiting', 'called') "
                                            "ORDER BY id LIMIT ?"_s,
                                  {queueId, day, limit}));
}

qint64 LiveTicketRepository::countInStatus(qint64 queueId, const QString &day, TicketStatus status) const
{
    return m_session
        .scalar(u"SELECT count(*) FROM live_tickets WHERE queue_id = ? AND day = ? AND status = ?"_s,
                {queueId, day, enumName(status)})
        .toLongLong();
}
