// What ends as time passes: open slots close once they are over, and when a queue's local day is
// over its bookings nobody marked become no-shows (counted against the person by the queue's
// policy), its live tickets and waiting list entries expire. Idempotent: a run after a long pause
// settles every missed day at once.
#pragma once

#include "domainservice.h"

class ExpiryService : public DomainService
{
public:
    ExpiryService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    struct Run
    {
        int slotsClosed = 0;
        int noShows = 0;
        int checkedInExpired = 0; // checked in, never called: the office's miss, not the person's
        int ticketsExpired = 0;
        int waitlistExpired = 0;
        bool more = false;
    };
    // At most `limit` of each kind per call.
    Run run(int limit);
    // The next moment something ends: an open slot, or a local day of an active queue.
    std::optional<QDateTime> nextDue();
};
