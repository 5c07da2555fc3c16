#include "ratelimits.h"

#include <cmath>

SendRateLimiter::SendRateLimiter(int chatIntervalMs)
    : m_chatIntervalMs(qMax(0, chatIntervalMs))
{
}

void SendRateLimiter::record(qint64 chatId, qint64 nowMs)
{
    // Between two claims (the outbox idle, replies flowing) only chats within their gap matter.
    if (m_spent.lastByChat.size() > 1024) {
        m_spent.lastByChat.removeIf([&](const auto &it) {
            return it.value() + m_chatIntervalMs + SendPacing::kMarginMs <= nowMs;
        });
    }
    ++m_spent.sends;
    m_spent.lastByChat.insert(chatId, nowMs);
}

void SendRateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = qMax(m_pausedUntil, untilMs);
}

OutboxDelivery::Spent SendRateLimiter::spent() const
{
    OutboxDelivery::Spent spent = m_spent;
    spent.pausedUntilMs = m_pausedUntil;
    return spent;
}

void SendRateLimiter::charged()
{
    m_spent = {};
}

FloodControl::FloodControl(int ratePerSecond, int burst)
    : m_rate(qMax(1, ratePerSecond))
    , m_burst(qMax(1, burst))
{
}

double FloodControl::tokensAt(const Bucket &bucket, qint64 nowMs) const
{
    const double refill = double(qMax<qint64>(0, nowMs - bucket.updatedMs)) * m_rate / 1000.0;
    return qMin(m_burst, bucket.tokens + refill);
}

bool FloodControl::tryTake(qint64 userId, qint64 nowMs)
{
    // Amortised eviction: once the map doubled since the last sweep, the full buckets go (a
    // bucket refills within burst / rate seconds), so memory follows the people active now.
    if (m_buckets.size() >= m_sweepAtSize) {
        prune(nowMs);
        m_sweepAtSize = qMax<qsizetype>(1024, 2 * m_buckets.size());
    }
    auto it = m_buckets.find(userId);
    if (it == m_buckets.end())
        it = m_buckets.insert(userId, Bucket{m_burst, nowMs});
    const double tokens = tokensAt(*it, nowMs);
    it->updatedMs = qMax(it->updatedMs, nowMs);
    if (tokens < 1.0) {
        it->tokens = tokens;
        return false;
    }
    it->tokens = tokens - 1.0;
    return true;
}

qint64 FloodControl::delayMs(qint64 userId, qint64 nowMs) const
{
    const auto it = m_buckets.constFind(userId);
    if (it == m_buckets.constEnd())
        return 0;
    const double missing = 1.0 - tokensAt(*it, nowMs);
    return missing <= 0 ? 0 : qint64(std::ceil(missing * 1000.0 / m_rate));
}

void FloodControl::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (tokensAt(*it, nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}
