#include "bookingqueries.h"

#include "bookingservice.h"
#include "scheduleservice.h"
#include "storage/bookingrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

QList<QueueRecord> BookingQueries::activeQueues()
{
    QList<QueueRecord> queues = QueueRepository(m_db.session()).list();
    queues.removeIf([](const QueueRecord &q) { return !q.active; });
    return queues;
}

std::optional<QueueRecord> BookingQueries::queue(qint64 id)
{
    return QueueRepository(m_db.session()).find(id);
}

std::optional<UserRecord> BookingQueries::user(qint64 id)
{
    return UserRepository(m_db.session()).find(id);
}

std::optional<SlotRecord> BookingQueries::slot(qint64 id)
{
    return SlotRepository(m_db.session()).find(id);
}

std::optional<BookingView> BookingQueries::booking(qint64 id)
{
    const SqlSession session = m_db.session();
    const std::optional<BookingRecord> booking = BookingRepository(session).find(id);
    if (!booking)
        return std::nullopt;
    const std::optional<SlotRecord> slot = SlotRepository(session).find(booking->slotId);
    const std::optional<QueueRecord> queue = QueueRepository(session).find(booking->queueId);
    if (!slot || !queue)
        return std::nullopt;
    return BookingView{*booking, *slot, *queue};
}

QDate BookingQueries::localDate(const QueueRecord &queue, const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(queue.timezone.toUtf8())).date();
}

QList<SlotRecord> BookingQueries::bookableSlots(const QueueRecord &queue, const QDate &day, const QSet<qint64> &except)
{
    const QDateTime now = m_clock.now();
    QDateTime from = now;
    QDateTime to = now.addDays(queue.horizonDays).addSecs(1);
    if (day.isValid()) {
        const QTimeZone zone(queue.timezone.toUtf8());
        from = std::max(from, QDateTime(day, QTime(0, 0), zone).toUTC());
        to = std::min(to, QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC());
        if (from >= to)
            return {};
    }
    QList<SlotRecord> bookable = SlotRepository(m_db.session()).listForQueue(queue.id, from, to);
    bookable.removeIf([&](const SlotRecord &slot) {
        return slot.freeSeats() <= 0 || except.contains(slot.id)
            || BookingService::slotRefusal(slot, queue, now).has_value();
    });
    return bookable;
}

QList<FreeDay> BookingQueries::freeDays(const QueueRecord &queue, const QSet<qint64> &except)
{
    QList<FreeDay> days;
    for (const SlotRecord &slot : bookableSlots(queue, {}, except)) {
        const QDate day = localDate(queue, slot.startsAt);
        if (days.isEmpty() || days.constLast().day != day)
            days.append(FreeDay{day, 0, 0});
        days.last().freeSeats += slot.freeSeats();
        ++days.last().slotCount;
    }
    return days;
}

QList<BookingView> BookingQueries::upcomingBookings(qint64 userId)
{
    const QDateTime now = m_clock.now();
    const SqlSession session = m_db.session();
    const SlotRepository slotRepo(session);
    const QueueRepository queueRepo(session);
    QHash<qint64, std::optional<QueueRecord>> queues;
    QList<BookingView> result;
    for (const BookingRecord &booking : BookingRepository(session).forUser(userId)) {
        if (booking.status != BookingStatus::Active)
            continue;
        const std::optional<SlotRecord> slot = slotRepo.find(booking.slotId);
        if (!slot || slot->startsAt <= now)
            continue;
        auto queue = queues.find(booking.queueId);
        if (queue == queues.end())
            queue = queues.insert(booking.queueId, queueRepo.find(booking.queueId));
        if (*queue)
            result.append(BookingView{booking, *slot, **queue});
    }
    std::sort(result.begin(), result.end(), [](const BookingView &a, const BookingView &b) {
        return a.slot.startsAt != b.slot.startsAt ? a.slot.startsAt < b.slot.startsAt : a.booking.id < b.booking.id;
    });
    return result;
}

QSet<qint64> BookingQueries::heldSlots(qint64 userId)
{
    QSet<qint64> held;
    for (const BookingView &view : upcomingBookings(userId))
        held.insert(view.slot.id);
    return held;
}

std::optional<SlotRecord> BookingQueries::queueSlot(const QueueRecord &queue, qint64 slotId)
{
    std::optional<SlotRecord> found = slot(slotId);
    if (found && found->queueId != queue.id)
        found.reset();
    return found;
}

SlotCheck BookingQueries::bookingCheck(qint64 userId, const QueueRecord &queue, qint64 slotId)
{
    SlotCheck check{queueSlot(queue, slotId), std::nullopt};
    if (!check.slot)
        check.refusal = Refusal::SlotNotFound;
    else if (const std::optional<Refusal> closed = BookingService::slotRefusal(*check.slot, queue, m_clock.now()))
        check.refusal = closed;
    else if (heldSlots(userId).contains(slotId))
        check.refusal = Refusal::AlreadyBooked;
    else if (check.slot->freeSeats() <= 0)
        check.refusal = Refusal::SlotFull;
    return check;
}

Outcome<BookingView> BookingQueries::ownActiveBooking(qint64 userId, qint64 bookingId)
{
    const std::optional<BookingView> view = booking(bookingId);
    if (!view || view->booking.userId != userId)
        return Refusal::BookingNotFound;
    if (view->booking.status != BookingStatus::Active || view->slot.startsAt <= m_clock.now())
        return Refusal::BookingNotActive;
    return *view;
}

QList<QDate> BookingQueries::fullDays(const QueueRecord &queue)
{
    const QDateTime now = m_clock.now();
    const QTimeZone zone(queue.timezone.toUtf8());
    const QDate today = localDate(queue, now);
    const QDateTime end = QDateTime(today.addDays(queue.horizonDays + 1), QTime(0, 0), zone).toUTC();
    // Per day: does it have hours still ahead, and a seat anyone could book?
    QMap<QDate, bool> hasFreeSeat;
    for (const SlotRecord &slot : SlotRepository(m_db.session()).listForQueue(queue.id, now.addSecs(1), end)) {
        if (slot.status == SlotStatus::Cancelled || BookingService::slotRefusal(slot, queue, now))
            continue;
        bool &free = hasFreeSeat[localDate(queue, slot.startsAt)];
        free = free || slot.freeSeats() > 0;
    }
    QList<QDate> days;
    for (auto it = hasFreeSeat.cbegin(); it != hasFreeSeat.cend(); ++it) {
        if (!it.value())
            days.append(it.key());
    }
    return days;
}

QList<QueueRecord> BookingQueries::walkinQueuesOpenNow()
{
    const SqlSession session = m_db.session();
    const QDateTime now = m_clock.now();
    QList<QueueRecord> queues = QueueRepository(session).list();
    queues.removeIf([&](const QueueRecord &q) {
        return !q.active || !q.walkinAllowed || !ScheduleService::isOpenAt(session, q, now);
    });
    return queues;
}
