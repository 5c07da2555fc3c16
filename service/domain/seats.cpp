#include "seats.h"

#include "domain/reminderservice.h"
#include "storage/bookingrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Seats {

std::optional<Refusal> slotRefusal(const SlotRecord &slot, const QueueRecord &queue, const QDateTime &now)
{
    if (slot.status != SlotStatus::Open || !queue.active)
        return Refusal::SlotNotOpen;
    if (slot.startsAt <= now)
        return Refusal::SlotStarted;
    if (now.secsTo(slot.startsAt) < qint64(queue.minNoticeMinutes) * 60)
        return Refusal::TooLate;
    if (slot.startsAt > now.addDays(queue.horizonDays))
        return Refusal::BeyondHorizon;
    return std::nullopt;
}

std::optional<Refusal> personRefusal(const UserRecord &user, const QueueRecord &queue)
{
    if (user.banned)
        return Refusal::UserBanned;
    if (queue.noShowLimit > 0 && user.noShowCount >= queue.noShowLimit)
        return Refusal::NoShowLimitReached;
    return std::nullopt;
}

QString localDay(const QueueRecord &queue, const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(queue.timezone.toUtf8())).date().toString(Qt::ISODate);
}

QString formatCode(const QString &prefix, int number)
{
    return u"%1-%2"_s.arg(prefix).arg(number, 3, 10, QLatin1Char('0'));
}

NewBooking take(Transaction &tx, qint64 userId, qint64 slotId, BookingSource source, const QDateTime &now,
                int alreadyCounted, From from)
{
    const SlotRepository slotRepo(tx);
    const BookingRepository bookingRepo(tx);
    const UserRepository userRepo(tx);

    NewBooking result;
    result.slot = require(slotRepo.find(slotId), Refusal::SlotNotFound);
    result.queue = require(QueueRepository(tx).find(result.slot.queueId), Refusal::QueueNotFound);
    const SlotRecord &slot = result.slot;
    const QueueRecord &queue = result.queue;
    if (const std::optional<Refusal> refusal = slotRefusal(slot, queue, now))
        throw Refused{*refusal};

    // Concurrent bookings by the same person need no row lock: every write transaction holds the
    // database's write lock (BEGIN IMMEDIATE in SQLite, an advisory lock in PostgreSQL).
    result.user = require(userRepo.find(userId), Refusal::UserNotFound);
    if (const std::optional<Refusal> refusal = personRefusal(result.user, queue))
        throw Refused{*refusal};
    if (bookingRepo.hasActive(userId, slotId))
        throw Refused{Refusal::AlreadyBooked};
    if (bookingRepo.countUpcomingActive(userId, queue.id, now) - alreadyCounted >= queue.maxActiveBookings)
        throw Refused{Refusal::TooManyActiveBookings};
    // The seat itself: a conditional update, so concurrent writers can never overbook.
    const bool taken = from == From::HeldSeat ? slotRepo.takeHeldSeat(slotId, now) : slotRepo.tryTakeSeat(slotId, now);
    if (!taken)
        throw Refused{from == From::HeldSeat ? Refusal::OfferNotHeld : Refusal::SlotFull};

    BookingRecord &booking = result.booking;
    booking.queueId = queue.id;
    booking.slotId = slotId;
    booking.userId = userId;
    booking.day = localDay(queue, slot.startsAt);
    booking.code = formatCode(queue.codePrefix, bookingRepo.nextCodeNumber(queue.id, booking.day));
    booking.source = source;
    booking.createdAt = now;
    if (ReminderService::confirmedOnBooking(queue, slot, now))
        booking.confirmedAt = now;
    booking.id = bookingRepo.insert(booking, now);
    ReminderService::plan(tx, booking, queue, slot, now);
    return result;
}

} // namespace Seats
