#include "bookingrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, queue_id, slot_id, user_id, day, code, status, source, created_at, "
                        "confirmed_at, cancelled_at FROM bookings "_s;

BookingRecord readBooking(const SqlRows &q)
{
    BookingRecord r;
    r.id = q.value(0).toLongLong();
    r.queueId = q.value(1).toLongLong();
    r.slotId = q.value(2).toLongLong();
    r.userId = q.value(3).toLongLong();
    r.day = q.value(4).toString();
    r.code = q.value(5).toString();
    r.status = enumFromString<BookingStatus>(q.value(6).toString()).value_or(BookingStatus::Expired);
    r.source = enumFromString<BookingSource>(q.value(7).toString()).value_or(BookingSource::Telegram);
    r.createdAt = fromDb(q.value(8));
    if (!q.value(9).isNull())
        r.confirmedAt = fromDb(q.value(9));
    if (!q.value(10).isNull())
        r.cancelledAt = fromDb(q.value(10));
    return r;
}

SqlFilter toSql(const BookingFilter &f, const QString &prefix)
{
    SqlFilter filter;
    if (f.queueId > 0)
        filter.add(prefix + u"queue_id = ?"_s, {f.queueId});
    if (f.slotId > 0)
        filter.add(prefix + u"slot_id = ?"_s, {f.slotId});
    if (f.userId > 0)
        filter.add(prefix + u"user_id = ?"_s, {f.userId});
    if (!f.fromDay.isEmpty())
        filter.add(prefix + u"day >= ?"_s, {f.fromDay});
    if (!f.toDay.isEmpty())
        filter.add(prefix + u"day <= ?"_s, {f.toDay});
    if (f.status)
        filter.add(prefix + u"status = ?"_s, {enumName(*f.status)});
    return filter;
}

QList<BookingRecord> readAll(SqlRows q)
{
    QList<BookingRecord> result;
    while (q.next())
        result << readBooking(q);
    return result;
}

} // namespace

int BookingRepository::nextCodeNumber(qint64 queueId, const QString &day) const
{
    return m_session
        .scalar(u"INSERT INTO booking_code_counters (queue_id, day, last_number) VALUES (?, ?, 1) "
                "ON CONFLICT (queue_id, day) DO UPDATE SET last_number = booking_code_counters.last_number + 1 "
                "RETURNING last_number"_s,
                {queueId, day})
        .toInt();
}

qint64 BookingRepository::insert(const BookingRecord &r, const QDateTime &now) const
{
    return m_session.insert(u"INSERT INTO bookings (queue_id, slot_id, user_id, day, code, status, source, "
                            "created_at, updated_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {r.queueId, r.slotId, r.userId, r.day, r.code, enumName(r.status), enumName(r.source),
                             toDb(now), toDb(now), r.confirmedAt ? toDb(*r.confirmedAt) : QVariant()});
}

std::optional<BookingRecord> BookingRepository::find(qint64 id) const
{
    SqlRows q = m_session.exec(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readBooking(q);
}

QList<BookingRecord> BookingRepository::activeForSlot(qint64 slotId) const
{
    return readAll(m_session.exec(kSelect + u"WHERE slot_id = ? AND status = 'active' ORDER BY id"_s, {slotId}));
}

QList<BookingRecord> BookingRepository::forUser(qint64 userId) const
{
    return readAll(m_session.exec(kSelect + u"WHERE user_id = ? ORDER BY id"_s, {userId}));
}

bool BookingRepository::hasActive(qint64 userId, qint64 slotId) const
{
    return m_session
               .scalar(u"SELECT count(*) FROM bookings WHERE user_id = ? AND slot_id = ? AND status = 'active'"_s,
                       {userId, slotId})
               .toInt()
        > 0;
}

int BookingRepository::countUpcomingActive(qint64 userId, qint64 queueId, const QDateTime &now) const
{
    return m_session
        .scalar(u"SELECT count(*) FROM bookings b JOIN slots s ON s.id = b.slot_id "
                "WHERE b.user_id = ? AND b.queue_id = ? AND b.status = 'active' AND s.starts_at > ?"_s,
                {userId, queueId, toDb(now)})
        .toInt();
}

bool BookingRepository::finishActive(qint64 bookingId, BookingStatus status, const QDateTime &now) const
{
    const bool cancelled = status == BookingStatus::CancelledByUser || status == BookingStatus::CancelledByStaff;
    const SqlRows q = m_session.exec(u"UPDATE bookings SET status = ?, updated_at = ?, cancelled_at = ? "
                                       "WHERE id = ? AND status = 'active'"_s,
                                       {enumName(status), toDb(now), cancelled ? toDb(now) : QVariant(), bookingId});
    return q.numRowsAffected() == 1;
}

int BookingRepository::countByStatus(qint64 slotId, BookingStatus status) const
{
    return m_session.scalar(u"SELECT count(*) FROM bookings WHERE slot_id = ? AND status = ?"_s,
                            {slotId, enumName(status)})
        .toInt();
}

Page<BookingRecord> BookingRepository::search(const BookingFilter &filter, const PageRequest &page) const
{
    return readPage<BookingRecord>(m_session, kSelect, u"bookings"_s, toSql(filter, QString()), u"day, code, id"_s,
                                   page, readBooking);
}

QList<BookingDetail> BookingRepository::details(const BookingFilter &filter) const
{
    const SqlFilter where = toSql(filter, u"b."_s);
    SqlRows q = m_session.exec(
        u"SELECT b.id, b.queue_id, b.slot_id, b.user_id, b.day, b.code, b.status, b.source, b.created_at, "
        "b.confirmed_at, b.cancelled_at, s.starts_at, s.ends_at, q.name_ru, q.name_en, q.timezone, "
        "u.telegram_id, u.first_name, u.last_name, u.username, u.phone, u.language "
        "FROM bookings b JOIN slots s ON s.id = b.slot_id JOIN queues q ON q.id = b.queue_id "
        "JOIN users u ON u.id = b.user_id"_s
            + where.where() + u" ORDER BY s.starts_at, b.queue_id, b.code"_s,
        where.params());
    QList<BookingDetail> result;
    while (q.next()) {
        BookingDetail d;
        d.booking = readBooking(q);
        d.startsAt = fromDb(q.value(11));
        d.endsAt = fromDb(q.value(12));
        d.queueNameRu = q.value(13).toString();
        d.queueNameEn = q.value(14).toString();
        d.timezone = q.value(15).toString();
        d.user.id = d.booking.userId;
        d.user.telegramId = q.value(16).toLongLong();
        d.user.firstName = q.value(17).toString();
        d.user.lastName = q.value(18).toString();
        d.user.username = q.value(19).toString();
        d.user.phone = q.value(20).toString();
        d.user.language = q.value(21).toString();
        result << d;
    }
    return result;
}

QList<BookingDayCount> BookingRepository::countByDay(const BookingFilter &filter) const
{
    const SqlFilter where = toSql(filter, QString());
    SqlRows q = m_session.exec(u"SELECT queue_id, day, status, count(*) FROM bookings"_s + where.where()
                                     + u" GROUP BY queue_id, day, status ORDER BY queue_id, day"_s,
                                 where.params());
    QList<BookingDayCount> result;
    while (q.next()) {
        BookingDayCount c;
        c.queueId = q.value(0).toLongLong();
        c.day = q.value(1).toString();
        c.status = enumFromString<BookingStatus>(q.value(2).toString()).value_or(BookingStatus::Expired);
        c.count = q.value(3).toInt();
        result << c;
    }
    return result;
}

bool BookingRepository::confirm(qint64 bookingId, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE bookings SET confirmed_at = ?, updated_at = ? "
                     "WHERE id = ? AND status = 'active' AND confirmed_at IS NULL"_s,
                     {toDb(now), toDb(now), bookingId})
               .numRowsAffected()
        == 1;
}

QList<BookingRecord> BookingRepository::activeBefore(qint64 queueId, const QString &day, int limit) const
{
    return readAll(m_session.exec(kSelect + u"WHERE queue_id = ? AND day < ? AND status = 'active' "
                                            "ORDER BY day, id LIMIT ?"_s,
                                  {queueId, day, limit}));
}
