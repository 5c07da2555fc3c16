// The waiting list: people who want a seat on a full day are offered the first seat that frees in
// their time window, held for them for a while; accepting books it, declining or letting the hold
// run out passes it to the next person. A seat is held by a conditional update, so it is never
// offered to two people at once, and a held seat cannot be booked by anyone else.
#pragma once

#include "domainservice.h"
#include "storage/records.h"
#include "storage/waitlistrepository.h"

#include <QDate>

class WaitlistService : public DomainService
{
public:
    WaitlistService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    // Puts the person on the list for a local day (today up to the booking horizon) and a window
    // of local time [fromMinute, toMinute); a seat already free there is offered at once.
    Outcome<WaitlistEntry> join(qint64 userId, qint64 queueId, const QDate &day, int fromMinute, int toMinute,
                                const Actor &actor);
    // Off the list (the person themselves, or staff); a held seat goes to the next person.
    Outcome<WaitlistEntry> leave(qint64 entryId, const Actor &actor);
    // The person takes the seat held for them: a booking by the usual rules.
    Outcome<BookingRecord> accept(qint64 entryId, const Actor &actor);
    // The person does not want the seat: they leave the list and the seat goes to the next person.
    Outcome<WaitlistEntry> decline(qint64 entryId, const Actor &actor);

    // Holds that ran out: the entry expires, the person is told, the seat goes to the next person.
    // Returns how many; at most `limit` per call.
    int expireHolds(int limit);
    std::optional<QDateTime> nextHoldExpiry();
    // Offers every free seat someone waits for (after a restart, or a change that freed seats
    // without an offer); returns how many offers were made.
    int offerWaitingDays();

    Page<WaitlistEntry> list(const WaitlistFilter &filter, const PageRequest &page);
    QList<WaitlistEntry> openForUser(qint64 userId);

    // Inside a transaction that may have freed a seat of `slotId`: holds each free seat for the
    // next matching person and tells them. Returns how many offers were made.
    static int offerFreeSeats(Transaction &tx, qint64 slotId, const QDateTime &now);

private:
    Outcome<WaitlistEntry> finishOffer(qint64 entryId, WaitlistStatus status, const Actor &actor, bool byUser);
};
