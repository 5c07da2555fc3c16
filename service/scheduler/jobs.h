// The scheduler's jobs: which domain service does what when its moment comes.
#pragma once

class Clock;
class ExpiryService;
class OutboxService;
class ReminderService;
class ScheduleService;
class Scheduler;
class WaitlistService;

struct TimedServices
{
    ScheduleService &schedule;
    ReminderService &reminders;
    WaitlistService &waitlist;
    ExpiryService &expiry;
    OutboxService &outbox;
};

// slot_generation (each new local day), reminders (booking timers), waitlist_holds (offers that
// ran out), waitlist_sweep (free seats someone waits for, every few minutes) and expiry (slots
// that ended, days that are over).
void addStandardJobs(Scheduler &scheduler, const TimedServices &services, const Clock &clock);
