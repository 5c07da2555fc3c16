// The booking rules: queues, slots and bookings, each change audited, revisioned and atomic.
#pragma once

#include "domainservice.h"
#include "slotpattern.h"
#include "storage/database.h"
#include "storage/records.h"

#include <functional>
#include <optional>

class BookingService : public DomainService
{
public:
    BookingService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    Outcome<QueueRecord> createQueue(const QueueRecord &queue, const Actor &actor);
    // Applies `change` to the queue's current policy inside the transaction and stores the result
    // if it is valid; unchanged queues are not written. Setting active = false is the soft delete.
    Outcome<QueueRecord> updateQueue(qint64 queueId, const std::function<void(QueueRecord &)> &change,
                                     const Actor &actor);
    Outcome<SlotRecord> createSlot(qint64 queueId, const QDateTime &startsAt, const QDateTime &endsAt, int capacity,
                                   const Actor &actor);
    // Cancels the slot and its active bookings, queueing one message per affected person; seats
    // held for the waiting list are withdrawn (those people wait on).
    // Returns how many bookings were cancelled.
    Outcome<int> cancelSlot(qint64 slotId, const QString &reason, const Actor &actor);
    // Never below the seats already booked.
    Outcome<SlotRecord> setSlotCapacity(qint64 slotId, int capacity, const Actor &actor);
    struct CreatedSlots
    {
        QList<SlotRecord> created;
        int skipped = 0; // starts that already had a live slot
    };
    // All of the pattern's slots in one transaction, in the queue's time zone, skipping starts
    // that already have a slot; at most kMaxSlotsPerPattern. With `dryRun` nothing is written:
    // the answer is what applying would create and skip now (the slots without ids), refusals
    // included, so staff can look before they apply.
    Outcome<CreatedSlots> createSlots(qint64 queueId, const SlotPattern &pattern, const Actor &actor,
                                      bool dryRun = false);
    static constexpr int kMaxSlotsPerPattern = 2000;
    static constexpr int kMaxCapacity = 1000;

    // Registers a Telegram user or refreshes their profile (and last-seen time, to the minute);
    // returns them as stored. Control characters in the names are dropped.
    UserRecord registerUser(const UserRecord &profile);
    static constexpr int kLastSeenResolutionSecs = 60;
    Outcome<Done> setUserBanned(qint64 userId, bool banned, const Actor &actor);
    // The language the bot speaks to the person: one of Translations::languages().
    Outcome<Done> setUserLanguage(qint64 userId, const QString &language, const Actor &actor);
    // The phone number the person shared through Telegram's contact button.
    Outcome<Done> setUserPhone(qint64 userId, const QString &phone, const Actor &actor);

    Outcome<BookingRecord> book(qint64 userId, qint64 slotId, BookingSource source, const Actor &actor);
    // Moves an active booking to another slot of its queue in one transaction, by the rules of
    // book() and, for the person themselves, the cancel deadline of the old slot. The new seat is
    // taken first; on any refusal the old booking stays as it was. Returns the new booking (a new
    // code); the old one ends as cancelled. When staff move it, the person is told.
    Outcome<BookingRecord> reschedule(qint64 bookingId, qint64 newSlotId, const Actor &actor);
    // A user may cancel their own booking until the queue's deadline; staff at any time, and the
    // person is then told through the outbox.
    Outcome<BookingRecord> cancelBooking(qint64 bookingId, const Actor &actor);
    // Staff marks an active booking attended or no-show (which counts towards the no-show limit).
    Outcome<BookingRecord> setAttendance(qint64 bookingId, BookingStatus status, const Actor &actor);

    // Why nobody could book `slot` of `queue` at `now` (closed, started, too late, not open yet),
    // or nothing; the person-specific rules are checked by book() itself.
    static std::optional<Refusal> slotRefusal(const SlotRecord &slot, const QueueRecord &queue, const QDateTime &now);
    // The local calendar day of `time` in the queue's time zone, as YYYY-MM-DD.
    static QString localDay(const QueueRecord &queue, const QDateTime &time);
    static QString formatCode(const QString &prefix, int number);

private:
    // The pattern's slots that do not exist yet (no ids) and how many starts are taken: the one
    // computation behind createSlots() and its dry run.
    static CreatedSlots planSlots(const SqlSession &session, const QueueRecord &queue, const SlotPattern &pattern);
    // Tells the observer about seats the waiting list was offered.
    void seatsOffered(int offers);
};
