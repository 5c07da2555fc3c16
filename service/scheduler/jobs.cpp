#include "jobs.h"

#include "domain/expiryservice.h"
#include "domain/outboxservice.h"
#include "domain/reminderservice.h"
#include "domain/scheduleservice.h"
#include "domain/waitlistservice.h"
#include "scheduler/scheduler.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Rows settled per transaction: short enough that /health and /webhook never wait long.
constexpr int kBatch = 100;
// How often free seats are matched with the waiting list besides the moments that free them.
constexpr int kSweepSeconds = 10 * 60;

} // namespace

void addStandardJobs(Scheduler &scheduler, const TimedServices &services, const Clock &clock)
{
    ScheduleService &schedule = services.schedule;
    ReminderService &reminders = services.reminders;
    WaitlistService &waitlist = services.waitlist;
    ExpiryService &expiry = services.expiry;
    OutboxService &outbox = services.outbox;

    scheduler.add({u"slot_generation"_s, [&schedule] { return schedule.nextGeneration(); },
                   [&schedule] {
                       schedule.generateAll();
                       return false;
                   }});
    auto planned = std::make_shared<bool>(false);
    scheduler.add({u"reminders"_s, [&reminders] { return reminders.nextDue(); },
                   [&reminders, planned] {
                       if (!*planned) {
                           // Bookings made before reminders existed get theirs once.
                           reminders.planUnplanned(10 * kBatch);
                           *planned = true;
                       }
                       return reminders.runDue(kBatch).more;
                   }});
    scheduler.add({u"waitlist_holds"_s, [&waitlist] { return waitlist.nextHoldExpiry(); },
                   [&waitlist] { return waitlist.expireHolds(kBatch) >= kBatch; }});
    auto lastSweep = std::make_shared<QDateTime>();
    scheduler.add({u"waitlist_sweep"_s,
                   [lastSweep, &clock] {
                       return lastSweep->isValid() ? lastSweep->addSecs(kSweepSeconds) : clock.now();
                   },
                   [&waitlist, lastSweep, &clock] {
                       *lastSweep = clock.now();
                       waitlist.offerWaitingDays();
                       return false;
                   }});
    scheduler.add({u"expiry"_s, [&expiry] { return expiry.nextDue(); },
                   [&expiry] { return expiry.run(2 * kBatch).more; }});
    scheduler.add({u"outbox_expiry"_s, [&outbox] { return outbox.nextExpiry(); },
                   [&outbox] { return outbox.expireStale(10 * kBatch) >= 10 * kBatch; }});
}
