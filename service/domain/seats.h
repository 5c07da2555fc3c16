// The rules of taking a seat, shared by every way a booking is made: booking a free seat,
// moving a booking, and accepting a seat the waiting list held. Runs inside the caller's
// transaction; a rule that says no throws Refused, rolling the whole transaction back.
#pragma once

#include "refusal.h"
#include "storage/database.h"
#include "storage/records.h"

#include <optional>

namespace Seats {

struct NewBooking
{
    BookingRecord booking;
    SlotRecord slot;
    QueueRecord queue;
    UserRecord user;
};

enum class From { FreeSeat, HeldSeat };

// Checks the slot, the queue and the person, takes the seat (a conditional update, so concurrent
// writers can never overbook), inserts the booking and plans its reminders. `alreadyCounted`
// active bookings of the person are about to be replaced and do not count towards the limit.
NewBooking take(Transaction &tx, qint64 userId, qint64 slotId, BookingSource source, const QDateTime &now,
                int alreadyCounted = 0, From from = From::FreeSeat);

// Why nobody could book `slot` of `queue` at `now` (closed, started, too late, not open yet), or
// nothing; the person-specific rules are checked by take() itself.
std::optional<Refusal> slotRefusal(const SlotRecord &slot, const QueueRecord &queue, const QDateTime &now);
// Why `user` may not book in `queue` at all (banned, too many no-shows), or nothing.
std::optional<Refusal> personRefusal(const UserRecord &user, const QueueRecord &queue);

// The local calendar day of `time` in the queue's time zone, as YYYY-MM-DD.
QString localDay(const QueueRecord &queue, const QDateTime &time);
QString formatCode(const QString &prefix, int number);

// Throws Refused{refusal} when `value` is empty.
template<typename T>
T require(std::optional<T> value, Refusal refusal)
{
    if (!value)
        throw Refused{refusal};
    return *value;
}

} // namespace Seats
