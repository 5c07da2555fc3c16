// What every domain service has: the database, the clock, an observer told about committed
// changes, and attempt(), which runs a write transaction whose rules may refuse.
#pragma once

#include "clock.h"
#include "domainobserver.h"
#include "refusal.h"
#include "storage/database.h"

#include <optional>

class DomainService
{
public:
    // Receives committed changes (may be null); not owned.
    void setObserver(DomainObserver *observer) { m_observer = observer ? observer : &m_noObserver; }

protected:
    DomainService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Runs `work(tx, now)` in a write transaction; a thrown Refused rolls it back and becomes the
    // outcome.
    template<typename T, typename Work>
    Outcome<T> attempt(Work &&work)
    {
        std::optional<T> result;
        try {
            m_db.write([&](Transaction &tx) { result = work(tx, m_clock.now()); });
        } catch (const Refused &refused) {
            return refused.reason;
        }
        return *result;
    }

    DomainObserver &observer() { return *m_observer; }

    Database &m_db;
    const Clock &m_clock;

private:
    DomainObserver m_noObserver;
    DomainObserver *m_observer = &m_noObserver;
};
