// Every domain service over one database and clock, all telling one observer fan-out: what the
// HTTP routes, the bot and the scheduler are given instead of storage.
#pragma once

#include "domain/bookingqueries.h"
#include "domain/bookingservice.h"
#include "domain/expiryservice.h"
#include "domain/livequeueservice.h"
#include "domain/outboxservice.h"
#include "domain/reminderservice.h"
#include "domain/scheduleservice.h"
#include "domain/staffservice.h"
#include "domain/waitlistservice.h"

class DomainServices
{
public:
    DomainServices(Database &database, const Clock &clockSource)
        : db(database)
        , clock(clockSource)
        , bookings(database, clockSource)
        , staff(database, clockSource)
        , schedule(database, clockSource)
        , reminders(database, clockSource)
        , waitlist(database, clockSource)
        , live(database, clockSource)
        , expiry(database, clockSource)
        , outbox(database, clockSource)
        , queries(database, clockSource)
    {
        for (DomainService *service : std::initializer_list<DomainService *>{
                 &bookings, &schedule, &reminders, &waitlist, &live, &expiry, &outbox})
            service->setObserver(&observers);
    }
    DomainServices(const DomainServices &) = delete;
    DomainServices &operator=(const DomainServices &) = delete;

    Database &db;
    const Clock &clock;
    DomainObservers observers; // add metrics, the scheduler … here
    BookingService bookings;
    StaffService staff;
    ScheduleService schedule;
    ReminderService reminders;
    WaitlistService waitlist;
    LiveQueueService live;
    ExpiryService expiry;
    OutboxService outbox;
    BookingQueries queries;
};
