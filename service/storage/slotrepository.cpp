#include "slotrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSelect =
    u"SELECT id, queue_id, starts_at, ends_at, capacity, booked, status, cancel_reason, held, origin FROM slots "_s;

SlotRecord readSlot(const SqlRows &q)
{
    SlotRecord r;
    r.id = q.value(0).toLongLong();
    r.queueId = q.value(1).toLongLong();
    r.startsAt = fromDb(q.value(2));
    r.endsAt = fromDb(q.value(3));
    r.capacity = q.value(4).toInt();
    r.booked = q.value(5).toInt();
    r.status = enumFromString<SlotStatus>(q.value(6).toString()).value_or(SlotStatus::Closed);
    r.cancelReason = q.value(7).toString();
    r.held = q.value(8).toInt();
    r.fromTemplate = q.value(9).toString() == u"template"_s;
    return r;
}

} // namespace

qint64 SlotRepository::insert(const SlotRecord &r, const QDateTime &now) const
{
    return m_session.insert(u"INSERT INTO slots (queue_id, starts_at, ends_at, capacity, booked, status, origin, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)"_s,
                            {r.queueId, toDb(r.startsAt), toDb(r.endsAt), r.capacity, enumName(r.status),
                             r.fromTemplate ? u"template"_s : u"manual"_s, toDb(now), toDb(now)});
}

std::optional<SlotRecord> SlotRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readSlot(q);
}

QList<SlotRecord> SlotRepository::listForQueue(qint64 queueId, const QDateTime &from, const QDateTime &to) const
{
    QList<SlotRecord> result;
    SqlRows q = m_session.exec(kSelect + u"WHERE queue_id = ? AND starts_at >= ? AND starts_at < ? "
                                           "ORDER BY starts_at, id"_s,
                                 {queueId, toDb(from), toDb(to)});
    while (q.next())
        result << readSlot(q);
    return result;
}

bool SlotRepository::tryTakeSeat(qint64 slotId, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET booked = booked + 1, updated_at = ? "
                                       "WHERE id = ? AND status = 'open' AND booked + held < capacity"_s,
                                       {toDb(now), slotId});
    return q.numRowsAffected() == 1;
}

void SlotRepository::releaseSeat(qint64 slotId, const QDateTime &now) const
{
    m_session.exec(u"UPDATE slots SET booked = booked - 1, updated_at = ? WHERE id = ? AND booked > 0"_s,
                   {toDb(now), slotId});
}

bool SlotRepository::cancel(qint64 slotId, const QString &reason, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET status = 'cancelled', booked = 0, held = 0, cancel_reason = ?, "
                                       "updated_at = ? WHERE id = ? AND status <> 'cancelled'"_s,
                                       {reason, toDb(now), slotId});
    return q.numRowsAffected() == 1;
}

Page<SlotRecord> SlotRepository::search(qint64 queueId, const QDateTime &from, const QDateTime &to,
                                        std::optional<SlotStatus> status, const PageRequest &page) const
{
    SqlFilter filter;
    filter.add(u"queue_id = ?"_s, {queueId}).add(u"starts_at >= ?"_s, {toDb(from)}).add(u"starts_at < ?"_s, {toDb(to)});
    if (status)
        filter.add(u"status = ?"_s, {enumName(*status)});
    return readPage<SlotRecord>(m_session, kSelect, u"slots"_s, filter, u"starts_at, id"_s, page, readSlot);
}

bool SlotRepository::setCapacity(qint64 slotId, int capacity, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET capacity = ?, updated_at = ? "
                                       "WHERE id = ? AND status <> 'cancelled' AND booked + held <= ?"_s,
                                       {capacity, toDb(now), slotId, capacity});
    return q.numRowsAffected() == 1;
}

bool SlotRepository::tryHoldSeat(qint64 slotId, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET held = held + 1, updated_at = ? "
                                       "WHERE id = ? AND status = 'open' AND booked + held < capacity"_s,
                                       {toDb(now), slotId});
    return q.numRowsAffected() == 1;
}

bool SlotRepository::releaseHold(qint64 slotId, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET held = held - 1, updated_at = ? WHERE id = ? AND held > 0"_s,
                                       {toDb(now), slotId});
    return q.numRowsAffected() == 1;
}

bool SlotRepository::takeHeldSeat(qint64 slotId, const QDateTime &now) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET held = held - 1, booked = booked + 1, updated_at = ? "
                                       "WHERE id = ? AND status = 'open' AND held > 0"_s,
                                       {toDb(now), slotId});
    return q.numRowsAffected() == 1;
}

bool SlotRepository::removeUnused(qint64 slotId, const QDateTime &now) const
{
    // Deleted when nothing ever pointed at it, else cancelled (its history stays readable).
    const int deleted =
        m_session
            .exec(u"DELETE FROM slots WHERE id = ? AND booked = 0 AND held = 0 "
                  "AND NOT EXISTS (SELECT 1 FROM bookings WHERE bookings.slot_id = slots.id) "
                  "AND NOT EXISTS (SELECT 1 FROM waitlist WHERE waitlist.offered_slot_id = slots.id)"_s,
                  {slotId})
            .numRowsAffected();
    if (deleted == 1)
        return true;
    return m_session
               .exec(u"UPDATE slots SET status = 'cancelled', cancel_reason = ?, updated_at = ? "
                     "WHERE id = ? AND booked = 0 AND held = 0 AND status <> 'cancelled'"_s,
                     {kTemplateCancelReason.toString(), toDb(now), slotId})
               .numRowsAffected()
        == 1;
}

int SlotRepository::closeEnded(const QDateTime &now, int limit) const
{
    const SqlRows q = m_session.exec(u"UPDATE slots SET status = 'closed', updated_at = ? WHERE id IN "
                                       "(SELECT id FROM slots WHERE status = 'open' AND ends_at <= ? "
                                       "ORDER BY ends_at LIMIT ?)"_s,
                                       {toDb(now), toDb(now), limit});
    return q.numRowsAffected();
}

std::optional<QDateTime> SlotRepository::nextOpenEnd() const
{
    const QVariant value = m_session.scalar(u"SELECT MIN(ends_at) FROM slots WHERE status = 'open'"_s);
    if (value.isNull())
        return std::nullopt;
    return fromDb(value);
}
