// The two kinds of pacing the bot needs, as plain arithmetic over millisecond timestamps so tests
// can drive them with a fake clock: Telegram's sending limits, and per-user flood control.
#pragma once

#include <QHash>
#include <QList>

#include <deque>

// At most `perSecond` messages in any one-second window overall, at least `chatIntervalMs`
// between two messages to one chat, and nothing at all while Telegram asked us to wait (429).
// Both gaps carry a small margin: Telegram counts arrivals, and network jitter can bring two
// requests closer together than they left.
class SendRateLimiter
{
public:
    static constexpr int kMarginMs = 50;

    SendRateLimiter(int perSecond, int chatIntervalMs);

    // How long a message to `chatId` must still wait at `nowMs`; 0 when it may go now.
    qint64 delayMs(qint64 chatId, qint64 nowMs) const;
    // The wait before any message may go (global window and pause only).
    qint64 globalDelayMs(qint64 nowMs) const;
    // A message to `chatId` is being sent at `nowMs`.
    void record(qint64 chatId, qint64 nowMs);
    // Telegram answered 429: nothing goes before `untilMs`.
    void pauseUntil(qint64 untilMs);
    qint64 pausedUntil() const { return m_pausedUntil; }
    // Chats with a recent send remembered (for the per-chat gap).
    int trackedChats() const { return int(m_lastByChat.size()); }

private:
    void forgetOld(qint64 nowMs);

    int m_perSecond;
    int m_chatIntervalMs;
    std::deque<qint64> m_recent; // send times within the last second, oldest first
    QHash<qint64, qint64> m_lastByChat;
    qint64 m_sweptAtMs = 0;
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
