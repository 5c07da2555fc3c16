// Fills a fresh database for a bench: a realistic history in one transaction, statements prepared
// once (queue-bench), or the booking rush's office through the domain (rush-bench).
#pragma once

#include "storage/database.h"

#include <QList>

struct SeedSize
{
    int users = 10000;
    int bookings = 100000;
    int queues = 4;
    int seatsPerSlot = 5; // 4 of them booked, so future slots keep free seats
    int pendingMessages = 20;
};

struct SeedResult
{
    int users = 0;
    int slotRows = 0;
    int bookings = 0;
    int messages = 0;
};

// The database must be migrated and empty. Past bookings are attended, no-show or cancelled;
// future ones are active. Every booking has a sent message; a few messages are still pending.
SeedResult seedDatabase(Database &db, const SeedSize &size);

struct RushQueue
{
    qint64 queueId = 0;
    QList<qint64> slotIds; // open, in the future, together with room for everyone
    int capacity = 0;      // seats per slot
};

// The booking rush's office on a migrated, empty database: one active UTC queue without
// confirmation or reminders (so no outbox traffic), one active booking per person, a 30-day
// horizon, and at least 60 slots from tomorrow on with seats for 1.5 × `people`. Created through
// the domain (BookingService), as staff would.
RushQueue seedRushQueue(Database &db, int people);
