#include "adminqueries.h"

#include "domain/bookingservice.h"
#include "storage/outboxrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/staffrepository.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
Outcome<T> found(std::optional<T> value, Refusal missing)
{
    if (!value)
        return missing;
    return *value;
}

// The UTC instants that bound the local days [from, to] in `zone`.
QPair<QDateTime, QDateTime> dayBounds(const QString &timezone, const QDate &from, const QDate &to)
{
    const QTimeZone zone(timezone.toUtf8());
    return {QDateTime(from, QTime(0, 0), zone).toUTC(), QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC()};
}

} // namespace

Page<QueueRecord> AdminQueries::queues(bool includeInactive, const PageRequest &page)
{
    return QueueRepository(m_db.session()).search(includeInactive, page);
}

Outcome<QueueRecord> AdminQueries::queue(qint64 id)
{
    return found(QueueRepository(m_db.session()).find(id), Refusal::QueueNotFound);
}

Outcome<Page<SlotRecord>> AdminQueries::queueSlots(qint64 queueId, const QDate &from, const QDate &to,
                                              std::optional<SlotStatus> status, const PageRequest &page)
{
    const SqlSession session = m_db.session();
    const std::optional<QueueRecord> queue = QueueRepository(session).find(queueId);
    if (!queue)
        return Refusal::QueueNotFound;
    const auto [start, end] = dayBounds(queue->timezone, from, to);
    return SlotRepository(session).search(queueId, start, end, status, page);
}

Outcome<SlotRecord> AdminQueries::slot(qint64 id)
{
    return found(SlotRepository(m_db.session()).find(id), Refusal::SlotNotFound);
}

Page<BookingRecord> AdminQueries::bookings(const BookingFilter &filter, const PageRequest &page)
{
    return BookingRepository(m_db.session()).search(filter, page);
}

Page<BookingWithUser> AdminQueries::bookingsWithUsers(const BookingFilter &filter, const PageRequest &page)
{
    const SqlSession session = m_db.session();
    const Page<BookingRecord> bookings = BookingRepository(session).search(filter, page);
    QList<qint64> ids;
    for (const BookingRecord &booking : bookings.items) {
        if (!ids.contains(booking.userId))
            ids.append(booking.userId);
    }
    QHash<qint64, UserRecord> users;
    for (const UserRecord &user : UserRepository(session).findMany(ids))
        users.insert(user.id, user);
    Page<BookingWithUser> result;
    result.total = bookings.total;
    for (const BookingRecord &booking : bookings.items) {
        const auto user = users.constFind(booking.userId);
        result.items.append({booking, user != users.cend() ? std::optional<UserRecord>(*user) : std::nullopt});
    }
    return result;
}

Outcome<BookingRecord> AdminQueries::booking(qint64 id)
{
    return found(BookingRepository(m_db.session()).find(id), Refusal::BookingNotFound);
}

QList<BookingDetail> AdminQueries::bookingDetails(const BookingFilter &filter)
{
    return BookingRepository(m_db.session()).details(filter);
}

Page<UserRecord> AdminQueries::users(const QString &text, std::optional<bool> banned, const PageRequest &page)
{
    return UserRepository(m_db.session()).search(text, banned, page);
}

Outcome<UserRecord> AdminQueries::user(qint64 id)
{
    return found(UserRepository(m_db.session()).find(id), Refusal::UserNotFound);
}

Outcome<UserRecord> AdminQueries::userByTelegramId(qint64 telegramId)
{
    return found(UserRepository(m_db.session()).findByTelegramId(telegramId), Refusal::UserNotFound);
}

Page<AuditRecord> AdminQueries::audit(const AuditFilter &filter, const PageRequest &page)
{
    return AuditRepository(m_db.session()).search(filter, page);
}

Page<OutboxRecord> AdminQueries::outbox(const QString &status, qint64 userId, const PageRequest &page)
{
    return OutboxRepository(m_db.session()).search(status, userId, page);
}

Outcome<OutboxRecord> AdminQueries::message(qint64 id)
{
    return found(OutboxRepository(m_db.session()).find(id), Refusal::MessageNotFound);
}

Page<StaffRecord> AdminQueries::staff(const PageRequest &page)
{
    const QList<StaffRecord> all = StaffRepository(m_db.session()).listActive();
    Page<StaffRecord> result;
    result.total = all.size();
    result.items = all.mid(qMin<qint64>(page.offset, all.size()), page.limit);
    return result;
}

Outcome<QList<DayStats>> AdminQueries::stats(qint64 queueId, const QDate &from, const QDate &to)
{
    const SqlSession session = m_db.session();
    const QueueRepository queueRepo(session);
    QList<QueueRecord> queues;
    if (queueId > 0) {
        const std::optional<QueueRecord> queue = queueRepo.find(queueId);
        if (!queue)
            return Refusal::QueueNotFound;
        queues.append(*queue);
    } else {
        queues = queueRepo.list();
    }

    QMap<QPair<qint64, QString>, DayStats> days;
    const auto dayOf = [&days](qint64 queue, const QString &day) -> DayStats & {
        DayStats &stats = days[{queue, day}];
        stats.queueId = queue;
        stats.day = day;
        return stats;
    };
    const SlotRepository slotRepo(session);
    for (const QueueRecord &queue : std::as_const(queues)) {
        const auto [start, end] = dayBounds(queue.timezone, from, to);
        for (const SlotRecord &slot : slotRepo.listForQueue(queue.id, start, end)) {
            DayStats &stats = dayOf(queue.id, BookingService::localDay(queue, slot.startsAt));
            if (slot.status == SlotStatus::Cancelled) {
                ++stats.cancelledSlots;
                continue;
            }
            ++stats.liveSlots;
            stats.capacity += slot.capacity;
            stats.booked += slot.booked;
            stats.freeSeats += slot.freeSeats();
        }
    }
    BookingFilter filter;
    filter.queueId = queueId;
    filter.fromDay = from.toString(Qt::ISODate);
    filter.toDay = to.toString(Qt::ISODate);
    for (const BookingDayCount &count : BookingRepository(session).countByDay(filter)) {
        DayStats &stats = dayOf(count.queueId, count.day);
        switch (count.status) {
        case BookingStatus::Attended: stats.attended += count.count; break;
        case BookingStatus::NoShow: stats.noShow += count.count; break;
        case BookingStatus::CancelledByUser:
        case BookingStatus::CancelledByStaff: stats.cancelled += count.count; break;
        case BookingStatus::Active:
        case BookingStatus::Expired: break;
        }
    }
    return days.values();
}

ChangeFeed AdminQueries::changes(qint64 since, int limit)
{
    const SqlSession session = m_db.session();
    const AuditRepository audit(session);
    ChangeFeed feed;
    QList<AuditRecord> rows = audit.afterRevision(since, limit + 1);
    // Read after the rows, so it is never older than any of them.
    feed.revision = audit.currentRevision();
    if (rows.size() > limit) {
        // The page must end on a revision boundary, or a reader resuming from `next` would miss
        // the rest of the revision it was cut in.
        const qint64 cut = rows.takeLast().revision;
        if (rows.first().revision == cut)
            rows = audit.atRevision(cut); // one revision larger than a page comes whole
        else
            while (rows.last().revision == cut)
                rows.removeLast();
    }
    feed.items = rows;
    feed.next = rows.isEmpty() ? since : rows.last().revision;
    feed.more = feed.next < feed.revision;
    return feed;
}

qint64 AdminQueries::revision()
{
    return AuditRepository(m_db.session()).currentRevision();
}
