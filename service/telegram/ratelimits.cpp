#include "ratelimits.h"

#include "telegram/telegramlog.h"

#include <cmath>

namespace {

// A bucket that could not be read is looked at again this much later.
constexpr qint64 kRetryAfterFailureMs = 1000;

} // namespace

SendRateLimiter::SendRateLimiter(int chatIntervalMs)
    : m_chatIntervalMs(qMax(0, chatIntervalMs))
{
}

void SendRateLimiter::record(qint64 chatId, qint64 nowMs)
{
    // Between two claims (the outbox idle, replies flowing) only chats within their gap matter.
    if (m_spent.lastByChat.size() > m_pruneAt) {
        m_spent.lastByChat.removeIf([&](const auto &it) {
            return it.value() + m_chatIntervalMs + SendPacing::kMarginMs <= nowMs;
        });
        m_pruneAt = qMax<qsizetype>(1024, 2 * m_spent.lastByChat.size());
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
    m_pruneAt = 1024;
}

FloodControl::FloodControl(int ratePerSecond, int burst)
    : m_rate(qMax(1, ratePerSecond))
    , m_burst(qMax(1, burst))
{
}

double FloodControl::tokensAt(const FloodBucketRow &bucket, qint64 nowMs) const
{
    const double refill = double(qMax<qint64>(0, nowMs - bucket.updatedMs)) * m_rate / 1000.0;
    return qMin(m_burst, bucket.tokens + refill);
}

bool FloodControl::tryTake(FloodBucketRow &bucket, qint64 nowMs) const
{
    const double tokens = tokensAt(bucket, nowMs);
    bucket.updatedMs = qMax(bucket.updatedMs, nowMs);
    if (tokens < 1.0) {
        bucket.tokens = tokens;
        return false;
    }
    bucket.tokens = tokens - 1.0;
    return true;
}

qint64 FloodControl::delayMs(const FloodBucketRow &bucket, qint64 nowMs) const
{
    const double missing = 1.0 - tokensAt(bucket, nowMs);
    return missing <= 0 ? 0 : qint64(std::ceil(missing * 1000.0 / m_rate));
}

qint64 FloodControl::fullIfUntouchedSince(qint64 nowMs) const
{
    return nowMs - qint64(std::ceil(m_burst * 1000.0 / m_rate));
}

FloodGate::FloodGate(Database &db, int ratePerSecond, int burst)
    : m_db(db)
    , m_control(ratePerSecond, burst)
{
}

bool FloodGate::tryTake(qint64 userId, qint64 nowMs, qint64 *waitMs)
{
    bool taken = false;
    const auto take = [&](const SqlSession &session) {
        const FloodBucketRepository buckets(session);
        FloodBucketRow bucket = buckets.find(userId).value_or(m_control.full(nowMs));
        taken = m_control.tryTake(bucket, nowMs);
        buckets.save(userId, bucket);
        if (!taken && waitMs)
            *waitMs = m_control.delayMs(bucket, nowMs);
    };
    if (m_db.inTransaction()) {
        take(m_db.session()); // a failure fails the caller's transaction
        return taken;
    }
    try {
        m_db.write([&](Transaction &tx) { take(tx); });
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "flood control: cannot read a bucket:" << error.message();
        if (waitMs)
            *waitMs = kRetryAfterFailureMs;
        return false; // the update waits, and is tried again
    }
    return taken;
}

qint64 FloodGate::delayMs(qint64 userId, qint64 nowMs)
{
    try {
        const std::optional<FloodBucketRow> bucket = FloodBucketRepository(m_db.session()).find(userId);
        return bucket ? m_control.delayMs(*bucket, nowMs) : 0;
    } catch (const StorageError &) {
        if (m_db.inTransaction())
            throw;
        return kRetryAfterFailureMs;
    }
}

int FloodGate::prune(qint64 nowMs)
{
    int pruned = 0;
    try {
        m_db.write([&](Transaction &tx) {
            pruned = FloodBucketRepository(tx).sweep(m_control.fullIfUntouchedSince(nowMs));
        });
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "flood control: cannot forget full buckets:" << error.message();
    }
    return pruned;
}
