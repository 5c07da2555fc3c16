// Fills a fresh database with a realistic history fast: one transaction, statements prepared once.
#pragma once

#include "storage/database.h"

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
