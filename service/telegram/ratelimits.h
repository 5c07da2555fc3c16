// The two kinds of pacing the bot needs, over millisecond timestamps so tests can drive them with a
// fake clock: Telegram's sending limits (this instance's side of them), and per-user flood control.
#pragma once

#include "domain/outboxdelivery.h"

#include <QHash>

// This instance's part in Telegram's sending limits, which hold for the whole deployment and are
// kept in the database (OutboxDelivery hands out send moments, SendPacing does the sums): the 429
// wait as last heard here, and the direct replies sent since the outbox last charged them to the
// deployment's budget (with its next claim).
class SendRateLimiter
{
public:
    // `chatIntervalMs`: how long a reply to a chat still matters for that chat's next message.
    explicit SendRateLimiter(int chatIntervalMs);

    // A direct reply to `chatId` is being sent at `nowMs`.
    void record(qint64 chatId, qint64 nowMs);
    // Telegram answered 429 (here, or to another instance): nothing goes before `untilMs`.
    void pauseUntil(qint64 untilMs);
    qint64 pausedUntil() const { return m_pausedUntil; }
    // What the next claim is to charge to the deployment; forgotten once charged.
    OutboxDelivery::Spent spent() const;
    void charged();
    int trackedChats() const { return int(m_spent.lastByChat.size()); }

private:
    qint64 m_chatIntervalMs;
    OutboxDelivery::Spent m_spent;
    qint64 m_pausedUntil = 0;
};

// A token bucket per user: `burst` updates at once, then `ratePerSecond`. Updates beyond that
// wait their turn (at most `queueLimit` per user) so one user flooding slows only themselves.
class FloodControl
{
public:
    FloodControl(int ratePerSecond, int burst);

    // Takes a token for `userId` if one is available at `nowMs`.
    bool tryTake(qint64 userId, qint64 nowMs);
    // When `userId` will next have a token (0: now).
    qint64 delayMs(qint64 userId, qint64 nowMs) const;
    // Drops buckets that are full again, so memory follows active users only.
    void prune(qint64 nowMs);
    int trackedUsers() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double tokensAt(const Bucket &bucket, qint64 nowMs) const;

    double m_rate;
    double m_burst;
    QHash<qint64, Bucket> m_buckets;
    qsizetype m_sweepAtSize = 1024;
};
