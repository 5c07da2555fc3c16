#include "reminderservice.h"

#include "domain/notifications.h"
#include "domain/seats.h"
#include "domain/waitlistservice.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/liveticketrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/timerrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Seats::require;

QDateTime ReminderService::cutoffOf(const QueueRecord &queue, const SlotRecord &slot)
{
    return slot.startsAt.addSecs(-qint64(queue.confirmCutoffMinutes) * 60);
}

bool ReminderService::confirmedOnBooking(const QueueRecord &queue, const SlotRecord &slot, const QDateTime &now)
{
    return !queue.confirmationRequired || now >= cutoffOf(queue, slot);
}

void ReminderService::plan(Transaction &tx, const BookingRecord &booking, const QueueRecord &queue,
                           const SlotRecord &slot, const QDateTime &now)
{
    const TimerRepository timers(tx);
    for (int offset : queue.reminderOffsetsMinutes) {
        const QDateTime due = slot.startsAt.addSecs(-qint64(offset) * 60);
        // Booked after this reminder's moment: it would only repeat what the person just saw.
        if (due > now)
            timers.add(booking.id, BookingTimer::Kind::Reminder, offset, due);
    }
    if (!booking.confirmedAt)
        timers.add(booking.id, BookingTimer::Kind::Cutoff, queue.confirmCutoffMinutes, cutoffOf(queue, slot));
}

Outcome<BookingRecord> ReminderService::confirm(qint64 bookingId, const Actor &actor)
{
    bool changed = false;
    const Outcome<BookingRecord> outcome = attempt<BookingRecord>([&](Transaction &tx, const QDateTime &now) {
        const BookingRepository bookings(tx);
        BookingRecord booking = require(bookings.find(bookingId), Refusal::BookingNotFound);
        if (actor.type == ActorType::User && booking.userId != actor.id)
            throw Refused{Refusal::NotYourBooking};
        if (booking.status != BookingStatus::Active)
            throw Refused{Refusal::BookingNotActive};
        const SlotRecord slot = require(SlotRepository(tx).find(booking.slotId), Refusal::SlotNotFound);
        if (slot.startsAt <= now)
            throw Refused{Refusal::BookingNotConfirmable};
        if (booking.confirmedAt)
            return booking; // pressing Confirm twice is no error
        if (!bookings.confirm(bookingId, now))
            throw Refused{Refusal::BookingNotActive};
        booking.confirmedAt = now;
        changed = true;
        AuditRepository::record(tx, actor, u"booking.confirm"_s, u"booking"_s, bookingId,
                                {{u"code"_s, booking.code}}, now);
        return booking;
    });
    if (outcome.ok() && changed)
        observer().bookingConfirmed();
    return outcome;
}

ReminderService::Run ReminderService::runDue(int limit)
{
    Run run;
    QList<BookingRecord> released;
    int offers = 0;
    m_db.write([&](Transaction &tx) {
        run = {};
        released.clear();
        offers = 0;
        const QDateTime now = m_clock.now();
        const TimerRepository timers(tx);
        const BookingRepository bookings(tx);
        const QList<BookingTimer> due = timers.due(now, limit + 1);
        run.more = due.size() > limit;
        for (const BookingTimer &timer : due.mid(0, limit)) {
            const std::optional<BookingRecord> booking = bookings.find(timer.bookingId);
            const std::optional<SlotRecord> slot = booking ? SlotRepository(tx).find(booking->slotId) : std::nullopt;
            const std::optional<QueueRecord> queue =
                booking ? QueueRepository(tx).find(booking->queueId) : std::nullopt;
            const bool live = booking && slot && queue && booking->status == BookingStatus::Active
                && slot->startsAt > now;
            if (!live) {
                timers.finish(timer.id, false, now);
                ++run.skipped;
                continue;
            }
            QJsonObject params = Notifications::bookingParams(*booking, *queue, *slot);
            if (timer.kind == BookingTimer::Kind::Reminder) {
                // Only while the queue still asks for confirmation (staff may have turned it off).
                const bool askToConfirm = queue->confirmationRequired && !booking->confirmedAt;
                // Overdue after a pause: a later reminder is due as well and says it again, or the
                // cut-off has passed and the seat goes before the person could confirm.
                const bool stale = std::any_of(queue->reminderOffsetsMinutes.cbegin(),
                                               queue->reminderOffsetsMinutes.cend(), [&](int offset) {
                                                   return offset < timer.offsetMinutes
                                                       && slot->startsAt.addSecs(-qint64(offset) * 60) <= now;
                                               })
                    || (askToConfirm && now >= cutoffOf(*queue, *slot));
                if (stale) {
                    timers.finish(timer.id, false, now);
                    ++run.skipped;
                    continue;
                }
                params.insert(u"confirm"_s, askToConfirm);
                if (askToConfirm)
                    params.insert(u"confirm_by"_s, isoUtc(cutoffOf(*queue, *slot)));
                // After the appointment a reminder is pointless.
                Notifications::tell(tx, booking->userId, u"reminder"_s, params, now, Notifications::until(slot->startsAt));
                timers.finish(timer.id, true, now);
                ++run.reminders;
                continue;
            }
            // The cut-off: still unconfirmed, the seat goes back (and to the waiting list).
            if (booking->confirmedAt || !queue->confirmationRequired) {
                timers.finish(timer.id, false, now);
                ++run.skipped;
                continue;
            }
            if (!bookings.finishActive(booking->id, BookingStatus::Expired, now)) {
                timers.finish(timer.id, false, now);
                continue;
            }
            SlotRepository(tx).releaseSeat(booking->slotId, now);
            LiveTicketRepository(tx).closeForBooking(booking->id, TicketStatus::Cancelled, now);
            Notifications::tell(tx, booking->userId, u"booking_released"_s, params, now, Notifications::until(slot->startsAt));
            AuditRepository::record(tx, Actor::system(), u"booking.release"_s, u"booking"_s, booking->id,
                                    {{u"code"_s, booking->code}, {u"reason"_s, u"not_confirmed"_s}}, now);
            timers.finish(timer.id, true, now);
            BookingRecord finished = *booking;
            finished.status = BookingStatus::Expired;
            released << finished;
            offers += WaitlistService::offerFreeSeats(tx, booking->slotId, now);
        }
    });
    run.released = int(released.size());
    for (int i = 0; i < run.reminders; ++i)
        observer().reminderSent();
    for (const BookingRecord &booking : std::as_const(released)) {
        observer().seatReleased();
        observer().bookingFinished(booking);
    }
    for (int i = 0; i < offers; ++i)
        observer().waitlistOffered();
    if (offers > 0)
        observer().timedWorkChanged();
    return run;
}

std::optional<QDateTime> ReminderService::nextDue()
{
    return TimerRepository(m_db.session()).nextDue();
}

int ReminderService::planUnplanned(int limit)
{
    int planned = 0;
    m_db.write([&](Transaction &tx) {
        planned = 0;
        const QDateTime now = m_clock.now();
        const BookingRepository bookings(tx);
        for (qint64 id : TimerRepository(tx).unplannedBookings(now, limit)) {
            const std::optional<BookingRecord> booking = bookings.find(id);
            const std::optional<SlotRecord> slot = booking ? SlotRepository(tx).find(booking->slotId) : std::nullopt;
            const std::optional<QueueRecord> queue =
                booking ? QueueRepository(tx).find(booking->queueId) : std::nullopt;
            if (!booking || !slot || !queue)
                continue;
            // Made before reminders existed: confirmed already, or the cut-off would surprise them.
            BookingRecord confirmed = *booking;
            if (!confirmed.confirmedAt)
                confirmed.confirmedAt = now;
            plan(tx, confirmed, *queue, *slot, now);
            ++planned;
        }
    });
    if (planned > 0)
        observer().timedWorkChanged();
    return planned;
}
