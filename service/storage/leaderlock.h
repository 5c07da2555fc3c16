// One holder at a time among all the instances on one database (the Telegram poller). On
// PostgreSQL a session-level advisory lock, held by a connection of its own: the server releases it
// when that connection ends, so a holder that dies (kill -9, a lost machine) frees it at once. On
// SQLite there is one instance per file, and it always holds the lock.
#pragma once

#include "database.h"

#include <memory>

class LeaderLock
{
public:
    LeaderLock(const DatabaseUrl &url, qint64 key);
    ~LeaderLock();
    LeaderLock(const LeaderLock &) = delete;
    LeaderLock &operator=(const LeaderLock &) = delete;

    // Whether this instance holds the lock now: takes it when it is free, and checks that a held
    // one still is (its connection alive). Never throws: an unreachable database means not held.
    bool check();
    // Lets the lock go (closes its connection), for another instance to take.
    void release();
    bool isHeld() const { return m_held; }

private:
    std::unique_ptr<Database> m_db; // its own connections, never used for anything else
    qint64 m_key;
    bool m_held = false;
};
