#include "ratelimits.h"

#include <cmath>

SendRateLimiter::SendRateLimiter(int perSecond, int chatIntervalMs)
    : m_perSecond(qMax(1, perSecond))
    , m_chatIntervalMs(qMax(0, chatIntervalMs))
{
}

void SendRateLimiter::forgetOld(qint64 nowMs)
{
    // Only record() trims: the const queries simply ignore sends older than a second.
    while (!m_recent.empty() && m_recent.front() + 1000 + kMarginMs <= nowMs)
        m_recent.pop_front();
    // A sweep at most once per chat interval: the map holds only chats sent to within the last
    // interval or two, however many people a rush brings.
    if (m_lastByChat.size() > 1024 && nowMs - m_sweptAtMs >= qMax(m_chatIntervalMs, 100)) {
        m_sweptAtMs = nowMs;
        for (auto it = m_lastByChat.begin(); it != m_lastByChat.end();) {
            if (it.value() + m_chatIntervalMs + kMarginMs <= nowMs)
                it = m_lastByChat.erase(it);
            else
                ++it;
        }
    }
}

qint64 SendRateLimiter::globalDelayMs(qint64 nowMs) const
{
    qint64 delay = qMax<qint64>(0, m_pausedUntil - nowMs);
    // The window holds at most m_perSecond sends younger than a second; the oldest of the last
    // m_perSecond decides when the next may go.
    if (qsizetype(m_recent.size()) >= m_perSecond) {
        const qint64 oldest = m_recent[m_recent.size() - size_t(m_perSecond)];
        delay = qMax(delay, oldest + 1000 + kMarginMs - nowMs);
    }
    return qMax<qint64>(0, delay);
}

qint64 SendRateLimiter::delayMs(qint64 chatId, qint64 nowMs) const
{
    qint64 delay = globalDelayMs(nowMs);
    const auto it = m_lastByChat.constFind(chatId);
    if (it != m_lastByChat.constEnd() && m_chatIntervalMs > 0)
        delay = qMax(delay, it.value() + m_chatIntervalMs + kMarginMs - nowMs);
    return qMax<qint64>(0, delay);
}

void SendRateLimiter::record(qint64 chatId, qint64 nowMs)
{
    forgetOld(nowMs);
    m_recent.push_back(nowMs);
    m_lastByChat.insert(chatId, nowMs);
}

void SendRateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = qMax(m_pausedUntil, untilMs);
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
