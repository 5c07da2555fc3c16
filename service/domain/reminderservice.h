// Reminders with actions and the confirmation cut-off. When a booking is made its timed steps are
// planned (each of the queue's reminder offsets still ahead, and the cut-off where the queue
// requires confirmation); when they fall due the person gets a reminder with buttons, or, still
// unconfirmed at the cut-off, loses the seat to the waiting list and is told why.
#pragma once

#include "domainservice.h"
#include "storage/records.h"

class ReminderService : public DomainService
{
public:
    ReminderService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    // The person confirms they will come (a reminder's button, or staff on their behalf).
    Outcome<BookingRecord> confirm(qint64 bookingId, const Actor &actor);

    struct Run
    {
        int reminders = 0; // sent
        int released = 0;  // seats given back at the cut-off
        int skipped = 0;   // steps with nothing left to do (booking cancelled, moved …)
        bool more = false; // further steps are due already
    };
    // The steps due now, at most `limit`, in one transaction.
    Run runDue(int limit);
    std::optional<QDateTime> nextDue();
    // Plans steps for active bookings that have none (made before reminders existed); returns how
    // many bookings got any.
    int planUnplanned(int limit);

    // Inside the booking's transaction: plans its reminders and cut-off.
    static void plan(Transaction &tx, const BookingRecord &booking, const QueueRecord &queue, const SlotRecord &slot,
                     const QDateTime &now);
    // A booking needs no confirmation when the queue does not ask for one, or when it is made
    // after the cut-off (booking so close to the time is confirmation enough).
    static bool confirmedOnBooking(const QueueRecord &queue, const SlotRecord &slot, const QDateTime &now);
    // When an unconfirmed booking of `slot` loses its seat.
    static QDateTime cutoffOf(const QueueRecord &queue, const SlotRecord &slot);
};
