// SQL for per-user flood control: one token bucket per Telegram user, shared by every instance
// (FloodGate in telegram/ratelimits.h does the sums).
#pragma once

#include "sqlsession.h"

#include <optional>

struct FloodBucketRow
{
    double tokens = 0;
    qint64 updatedMs = 0; // epoch ms the tokens were counted at
};

class FloodBucketRepository
{
public:
    explicit FloodBucketRepository(const SqlSession &session) : m_session(session) {}

    std::optional<FloodBucketRow> find(qint64 telegramUserId) const;
    void save(qint64 telegramUserId, const FloodBucketRow &bucket) const;
    // Forgets buckets untouched since before `beforeMs` (full again by then); returns how many.
    int sweep(qint64 beforeMs) const;

private:
    const SqlSession &m_session;
};
