// What the HTTP routes may use: the domain services, never storage directly.
#pragma once

#include "domain/domainservices.h"

class HealthChecker;
class Metrics;

struct ServiceContext
{
    ServiceContext(DomainServices &services, Metrics &metricsRegistry, HealthChecker &healthChecker)
        : domain(services)
        , db(services.db)
        , clock(services.clock)
        , bookings(services.bookings)
        , staff(services.staff)
        , metrics(metricsRegistry)
        , health(healthChecker)
    {
    }

    DomainServices &domain;
    Database &db;
    const Clock &clock;
    BookingService &bookings;
    StaffService &staff;
    Metrics &metrics;
    HealthChecker &health;
};
