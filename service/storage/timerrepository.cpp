#include "timerrepository.h"

#include "sqltime.h"

using namespace Qt::StringLiterals;

namespace {

QString kindName(BookingTimer::Kind kind)
{
    return kind == BookingTimer::Kind::Cutoff ? u"cutoff"_s : u"reminder"_s;
}

} // namespace

void TimerRepository::add(qint64 bookingId, BookingTimer::Kind kind, int offsetMinutes, const QDateTime &dueAt) const
{
    m_session.exec(u"INSERT INTO booking_timers (booking_id, kind, offset_minutes, due_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (booking_id, kind, offset_minutes) DO NOTHING"_s,
                   {bookingId, kindName(kind), offsetMinutes, toDb(dueAt)});
}

QList<BookingTimer> TimerRepository::due(const QDateTime &now, int limit) const
{
    QList<BookingTimer> result;
    SqlRows q = m_session.exec(u"SELECT id, booking_id, kind, offset_minutes, due_at FROM booking_timers "
                                 "WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?"_s,
                                 {toDb(now), limit});
    while (q.next()) {
        BookingTimer t;
        t.id = q.value(0).toLongLong();
        t.bookingId = q.value(1).toLongLong();
        t.kind = q.value(2).toString() == u"cutoff"_s ? BookingTimer::Kind::Cutoff : BookingTimer::Kind::Reminder;
        t.offsetMinutes = q.value(3).toInt();
        t.dueAt = fromDb(q.value(4));
        result << t;
    }
    return result;
}

bool TimerRepository::finish(qint64 timerId, bool done, const QDateTime &now) const
{
    return m_session
               .exec(u"UPDATE booking_timers SET status = ?, done_at = ? WHERE id = ? AND status = 'pending'"_s,
                     {done ? u"done"_s : u"void"_s, toDb(now), timerId})
               .numRowsAffected()
        == 1;
}

std::optional<QDateTime> TimerRepository::nextDue() const
{
    const QVariant value = m_session.scalar(u"SELECT MIN(due_at) FROM booking_timers WHERE status = 'pending'"_s);
    if (value.isNull())
        return std::nullopt;
    return fromDb(value);
}

QList<qint64> TimerRepository::unplannedBookings(const QDateTime &now, int limit) const
{
    QList<qint64> result;
    SqlRows q = m_session.exec(u"SELECT b.id FROM bookings b JOIN slots s ON s.id = b.slot_id "
                                 "WHERE b.status = 'active' AND s.starts_at > ? "
                                 "AND NOT EXISTS (SELECT 1 FROM booking_timers t WHERE t.booking_id = b.id) "
                                 "ORDER BY b.id LIMIT ?"_s,
                                 {toDb(now), limit});
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}
