#include "waitlistrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, queue_id, user_id, day, from_minute, to_minute, status, offered_slot_id, "
                        "offered_at, hold_until, booking_id, created_at FROM waitlist "_s;

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QDateTime>(fromDb(value));
}

WaitlistEntry readEntry(const SqlRows &q)
{
    WaitlistEntry e;
    e.id = q.value(0).toLongLong();
    e.queueId = q.value(1).toLongLong();
    e.userId = q.value(2).toLongLong();
    e.day = q.value(3).toString();
    e.fromMinute = q.value(4).toInt();
    e.toMinute = q.value(5).toInt();
    e.status = enumFromString<WaitlistStatus>(q.value(6).toString()).value_or(WaitlistStatus::Cancelled);
    e.offeredSlotId = q.value(7).toLongLong();
    e.offeredAt = optionalTime(q.value(8));
    e.holdUntil = optionalTime(q.value(9));
    e.bookingId = q.value(10).toLongLong();
    e.createdAt = fromDb(q.value(11));
    return e;
}

QList<WaitlistEntry> readAll(SqlRows q)
{
    QList<WaitlistEntry> result;
    while (q.next())
        result << readEntry(q);
    return result;
}

} // namespace

qint64 WaitlistRepository::insert(const WaitlistEntry &e, const QDateTime &now) const
{
    return m_session.insert(u"INSERT INTO waitlist (queue_id, user_id, day, from_minute, to_minute, status, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?)"_s,
                            {e.queueId, e.userId, e.day, e.fromMinute, e.toMinute, toDb(now), toDb(now)});
}

std::optional<WaitlistEntry> WaitlistRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<WaitlistEntry> WaitlistRepository::openForUser(qint64 userId) const
{
    return readAll(m_session.exec(kSelect + u"WHERE user_id = ? AND status IN ('waiting', 'offered') "
                                            "ORDER BY day, id"_s,
                                  {userId}));
}

QList<WaitlistEntry> WaitlistRepository::candidates(qint64 queueId, const QString &day, int minute, qint64 slotId,
                                                    int limit) const
{
    return readAll(m_session.exec(
        kSelect + u"WHERE queue_id = ? AND day = ? AND status = 'waiting' AND from_minute <= ? AND to_minute > ? "
                  "AND user_id IN (SELECT id FROM users WHERE banned = 0 AND blocked_bot = 0) "
                  "AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.user_id = waitlist.user_id AND b.slot_id = ? "
                  "AND b.status = 'active') ORDER BY id LIMIT ?"_s,
        {queueId, day, minute, minute, slotId, limit}));
}

bool WaitlistRepository::markOffered(qint64 id, qint64 slotId, const QDateTime &holdUntil, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE waitlist SET status = 'offered', offered_slot_id = ?, offered_at = ?, hold_until = ?, "
                     "updated_at = ? WHERE id = ? AND status = 'waiting'"_s,
                     {slotId, toDb(now), toDb(holdUntil), toDb(now), id})
               .numRowsAffected()
        == 1;
}

bool WaitlistRepository::finish(qint64 id, WaitlistStatus status, const QDateTime &now, qint64 bookingId) const
{
    return m_session
               .exec(u"UPDATE waitlist SET status = ?, booking_id = ?, hold_until = NULL, updated_at = ? "
                     "WHERE id = ? AND status IN ('waiting', 'offered')"_s,
                     {enumName(status), bookingId > 0 ? QVariant(bookingId) : QVariant(), toDb(now), id})
               .numRowsAffected()
        == 1;
}

int WaitlistRepository::withdrawOffers(qint64 slotId, const QDateTime &now) const
{
    return m_session
        .exec(u"UPDATE waitlist SET status = 'waiting', offered_slot_id = NULL, offered_at = NULL, "
              "hold_until = NULL, updated_at = ? WHERE offered_slot_id = ? AND status = 'offered'"_s,
              {toDb(now), slotId})
        .numRowsAffected();
}

QList<WaitlistEntry> WaitlistRepository::expiredHolds(const QDateTime &now, int limit) const
{
    return readAll(m_session.exec(kSelect + u"WHERE status = 'offered' AND hold_until <= ? "
                                            "ORDER BY hold_until, id LIMIT ?"_s,
                                  {toDb(now), limit}));
}

std::optional<QDateTime> WaitlistRepository::nextHoldExpiry() const
{
    const QVariant value = m_session.scalar(u"SELECT MIN(hold_until) FROM waitlist WHERE status = 'offered'"_s);
    return optionalTime(value);
}

QList<QPair<qint64, QString>> WaitlistRepository::waitingDays(const QString &fromDay) const
{
    QList<QPair<qint64, QString>> result;
    SqlRows q = m_session.exec(u"SELECT DISTINCT queue_id, day FROM waitlist WHERE status = 'waiting' AND day >= ? "
                                 "ORDER BY queue_id, day"_s,
                                 {fromDay});
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString()});
    return result;
}

QList<WaitlistEntry> WaitlistRepository::openBefore(qint64 queueId, const QString &day, int limit) const
{
    return readAll(m_session.exec(kSelect + u"WHERE queue_id = ? AND day < ? AND status IN ('waiting', 'offered') "
                                            "ORDER BY id LIMIT ?"_s,
                                  {queueId, day, limit}));
}

Page<WaitlistEntry> WaitlistRepository::search(const WaitlistFilter &f, const PageRequest &page) const
{
    SqlFilter filter;
    if (f.queueId > 0)
        filter.add(u"queue_id = ?"_s, {f.queueId});
    if (f.userId > 0)
        filter.add(u"user_id = ?"_s, {f.userId});
    if (!f.day.isEmpty())
        filter.add(u"day = ?"_s, {f.day});
    if (f.status)
        filter.add(u"status = ?"_s, {enumName(*f.status)});
    return readPage<WaitlistEntry>(m_session, kSelect, u"waitlist"_s, filter, u"id"_s, page, readEntry);
}
