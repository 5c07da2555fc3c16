// What the HTTP routes may use: the domain services, never storage directly.
#pragma once

class BookingService;
class Clock;
class Database;
class HealthChecker;
class Metrics;
class StaffService;

struct ServiceContext
{
    Database &db;
    const Clock &clock;
    BookingService &bookings;
    StaffService &staff;
    Metrics &metrics;
    HealthChecker &health;
};
