// Read-only views for the people who book (the Telegram dialogues): what can be booked now and
// what a person has booked. Nothing here writes; changes go through BookingService.
#pragma once

#include "clock.h"
#include "refusal.h"
#include "storage/database.h"
#include "storage/records.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

// A booking with the slot and queue it belongs to, as a person sees it.
struct BookingView
{
    BookingRecord booking;
    SlotRecord slot;
    QueueRecord queue;
};

// A local day of a queue with something still bookable.
struct FreeDay
{
    QDate day;         // in the queue's time zone
    int freeSeats = 0; // over all bookable slots of the day
    int slotCount = 0; // bookable slots
};

// A slot as one person would find it if they booked it now.
struct SlotCheck
{
    std::optional<SlotRecord> slot; // none when it does not exist or belongs to another queue
    std::optional<Refusal> refusal; // why booking it would be refused, if it would
};

class BookingQueries
{
public:
    BookingQueries(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Active queues, by id.
    QList<QueueRecord> activeQueues();
    std::optional<QueueRecord> queue(qint64 id);
    std::optional<UserRecord> user(qint64 id);
    std::optional<SlotRecord> slot(qint64 id);
    std::optional<BookingView> booking(qint64 id);

    // Slots anyone could book now (open, a free seat, inside the notice period and the horizon),
    // by start; only those on local day `day` when it is valid, and none of `except` (e.g. the
    // slots the person already holds).
    QList<SlotRecord> bookableSlots(const QueueRecord &queue, const QDate &day = {}, const QSet<qint64> &except = {});
    // The local days of bookableSlots(), in order.
    QList<FreeDay> freeDays(const QueueRecord &queue, const QSet<qint64> &except = {});
    // The person's active bookings whose slot has not started yet, by start.
    QList<BookingView> upcomingBookings(qint64 userId);
    // The slots of upcomingBookings().
    QSet<qint64> heldSlots(qint64 userId);
    // The queue's local days (today up to the horizon) that have office hours ahead but no free
    // seat: the days worth a waiting list.
    QList<QDate> fullDays(const QueueRecord &queue);
    // Active queues that take walk-ins and work now (ScheduleService::isOpenAt), by id.
    QList<QueueRecord> walkinQueuesOpenNow();

    // The slot if it is one of `queue`'s.
    std::optional<SlotRecord> queueSlot(const QueueRecord &queue, qint64 slotId);
    // Whether `userId` could book `slotId` of `queue` now, asked before showing them the choice:
    // the slot must be the queue's, open to booking (BookingService::slotRefusal), not already
    // theirs and not full. BookingService::book() decides for good, with the person's own limits.
    SlotCheck bookingCheck(qint64 userId, const QueueRecord &queue, qint64 slotId);
    // The person's own booking while it can still be cancelled or moved: BookingNotFound when it
    // is not theirs, BookingNotActive once it is over or its slot has started.
    Outcome<BookingView> ownActiveBooking(qint64 userId, qint64 bookingId);

    // The local day of `time` in the queue's time zone.
    static QDate localDate(const QueueRecord &queue, const QDateTime &time);

private:
    Database &m_db;
    const Clock &m_clock;
};
