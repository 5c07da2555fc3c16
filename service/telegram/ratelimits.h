// The two kinds of pacing the bot needs, over millisecond timestamps so tests can drive them with a
// fake clock: Telegram's sending limits (this instance's side of them), and per-user flood control.
#pragma once

#include "domain/outboxdelivery.h"
#include "storage/database.h"
#include "storage/floodbucketrepository.h"

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
    // The size at which chats past their gap are dropped: twice what stayed after the last pass,
    // so a rush to thousands of chats at once costs one pass per doubling, not one per reply.
    qsizetype m_pruneAt = 1024;
};

// A token bucket per user: `burst` updates at once, then `ratePerSecond`, as arithmetic over one
// bucket. Updates beyond that wait their turn (at most TELEGRAM_FLOOD_QUEUE per user, in the
// update inbox) so one user flooding slows only themselves.
class FloodControl
{
public:
    FloodControl(int ratePerSecond, int burst);

    // A bucket not seen before is full.
    FloodBucketRow full(qint64 nowMs) const { return {m_burst, nowMs}; }
    // Takes a token from `bucket` if one is there at `nowMs`.
    bool tryTake(FloodBucketRow &bucket, qint64 nowMs) const;
    // When `bucket` will next have a token (0: now).
    qint64 delayMs(const FloodBucketRow &bucket, qint64 nowMs) const;
    // A bucket untouched since before this is full again (and need not be kept).
    qint64 fullIfUntouchedSince(qint64 nowMs) const;

private:
    double tokensAt(const FloodBucketRow &bucket, qint64 nowMs) const;

    double m_rate;
    double m_burst;
};

// Per-user flood control for the whole deployment: FloodControl's buckets kept in the database,
// read and written under its write lock, so a person whose updates land on several instances
// gets one allowance, not one per instance.
class FloodGate
{
public:
    FloodGate(Database &db, int ratePerSecond, int burst);

    // Takes a token for `userId` (a Telegram user id) at `nowMs`: in the caller's write
    // transaction when one is open (the update's), otherwise in a transaction of its own. When
    // none is there, `*waitMs` (if given) says when the next one will be, from the same read.
    bool tryTake(qint64 userId, qint64 nowMs, qint64 *waitMs = nullptr);
    // When `userId` will next have a token (0: now).
    qint64 delayMs(qint64 userId, qint64 nowMs);
    // Forgets the buckets that are full again; returns how many.
    int prune(qint64 nowMs);

private:
    Database &m_db;
    FloodControl m_control;
};
