// The live queue of a queue's day: walk-in tickets and bookings whose person checked in, called
// to counters by staff. Due checked-in bookings go first, then walk-ins in the order they joined,
// then bookings that checked in early. Every change tells the people waiting where they stand
// (one message per ticket, edited in place), alerts them when few are ahead, and calls them.
#pragma once

#include "domainservice.h"
#include "storage/records.h"

class LiveQueueService : public DomainService
{
public:
    LiveQueueService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    // A walk-in ticket for the person (the queue takes walk-ins and works now).
    Outcome<LiveTicket> takeTicket(qint64 userId, qint64 queueId, const Actor &actor);
    // A walk-in ticket staff hand to someone without Telegram.
    Outcome<LiveTicket> issueTicket(qint64 queueId, const Actor &actor);
    // "I'm here" for today's booking, within the queue's check-in window around its slot.
    Outcome<LiveTicket> checkIn(qint64 bookingId, const Actor &actor);
    // The person leaves the line.
    Outcome<LiveTicket> leave(qint64 ticketId, const Actor &actor);

    // Staff: the next ticket in calling order to `counter` (1 … the queue's counters); whoever is
    // still at that counter is marked served first (staff say "next!" when they are done).
    Outcome<LiveTicket> callNext(qint64 queueId, int counter, const Actor &actor);
    Outcome<LiveTicket> recall(qint64 ticketId, const Actor &actor);
    Outcome<LiveTicket> serve(qint64 ticketId, const Actor &actor);
    Outcome<LiveTicket> noShow(qint64 ticketId, const Actor &actor);
    // Back into the line (behind those waiting now), e.g. the person stepped out.
    Outcome<LiveTicket> requeue(qint64 ticketId, const Actor &actor);
    Outcome<LiveTicket> transfer(qint64 ticketId, int counter, const Actor &actor);

    Outcome<LiveBoard> board(qint64 queueId);
    Outcome<LiveTicket> ticket(qint64 ticketId);
    // Where a ticket stands; nothing when it is no longer waiting.
    std::optional<LinePlace> place(qint64 ticketId);
    QList<LiveTicket> openForUser(qint64 userId);

    // Why `booking` (of `slot`, in `queue`) cannot check in at `now`, or nothing.
    static std::optional<Refusal> checkInRefusal(const BookingRecord &booking, const QueueRecord &queue,
                                                 const SlotRecord &slot, const QDateTime &now);
    // How many live tickets the walk-in code shows: W-005.
    static QString walkinCode(int number);

private:
    Outcome<LiveTicket> issue(qint64 userId, qint64 queueId, const Actor &actor);
    // Applies `change` to the ticket (found, in the queue's today) and refreshes the line.
    Outcome<LiveTicket> change(qint64 ticketId, const Actor &actor, const QString &action,
                               const std::function<void(Transaction &, LiveTicket &, const QueueRecord &,
                                                        const QDateTime &)> &apply);
    void notifyFinished(const LiveTicket &ticket);
};
