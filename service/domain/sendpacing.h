// Telegram's sending limits for the whole deployment as arithmetic over microsecond moments, so the
// claiming transaction (OutboxDelivery) can hand out send moments and tests can check the sums:
// no window of a second (and a margin) holds more than `perSecond` moments, a chat's next moment
// is at least `chatIntervalMs` (and the margin) after its last, and none falls in Telegram's 429
// wait. The margin covers how late a moment may be used (kLatenessMs: a later one is handed back)
// and network jitter: Telegram counts arrivals.
#pragma once

#include <QList>

class SendPacing
{
public:
    static constexpr qint64 kMarginMs = 50;
    // A moment still used this long after it; a later one is given back for a new moment, so
    // sends held up (a busy event loop, a slow transaction) never leave bunched together.
    static constexpr qint64 kLatenessMs = kMarginMs / 2;
    // How far ahead of now one claim reserves moments: short, so the instances share the work
    // and moments reserved by an instance that dies are soon past.
    static constexpr qint64 kHorizonMs = 250;
    // The longest 429 wait believed; anything longer comes from a clock that jumped back.
    static constexpr qint64 kMaxPauseSecs = 3600;

    explicit SendPacing(int perSecond = 30, int chatIntervalMs = 1000);

    int perSecond() const { return m_perSecond; }
    qint64 windowUs() const { return (1000 + kMarginMs) * 1000; }
    // The gap between two moments of one chat (0: none).
    qint64 chatGapUs() const { return m_chatGapUs; }

    // The moments of the deployment's sends: those of the last window and those reserved ahead
    // (by any instance, so new ones may fall between them), ascending. A new moment at or after `nowUs` and `notBeforeUs` (Telegram's 429 wait, the
    // sender's own pace) is added when the window has room within the horizon and the chat (next
    // allowed moment `chatNextUs`) is free by then, and returned; -1 otherwise (nothing moved).
    qint64 grant(QList<qint64> &moments, qint64 &chatNextUs, qint64 nowUs, qint64 notBeforeUs) const;
    // The next moment the window has room for, whatever the chat; -1 beyond the horizon (full).
    qint64 nextFree(const QList<qint64> &moments, qint64 nowUs, qint64 notBeforeUs) const;
    // A message sent without a moment (a direct reply to a person) at `atUs`: later moments make room.
    void charge(QList<qint64> &moments, qint64 &chatNextUs, qint64 atUs) const;
    // The moments that matter at `nowUs` lie in (keepFromUs, keepToUs]: the last window's and
    // those reserved ahead. Later ones — and 429 waits beyond kMaxPauseSecs, chat gaps beyond
    // theirs — come only from a clock set back, and would stall the outbox until it caught up.
    qint64 keepFromUs(qint64 nowUs) const { return nowUs - windowUs(); }
    static qint64 keepToUs(qint64 nowUs) { return nowUs + kHorizonMs * 1000; }
    static qint64 clampPause(qint64 pausedUntilUs, qint64 nowUs)
    {
        return qMin(pausedUntilUs, nowUs + kMaxPauseSecs * 1000 * 1000);
    }
    qint64 clampChat(qint64 chatNextUs, qint64 nowUs) const { return qMin(chatNextUs, nowUs + m_chatGapUs); }
    // When a claim that found the window full can next reserve something.
    qint64 nextClaimUs(const QList<qint64> &moments, qint64 nowUs, qint64 notBeforeUs) const;

private:
    // The earliest moment from `fromUs` on that keeps every window within perSecond.
    qint64 earliest(const QList<qint64> &moments, qint64 fromUs) const;

    int m_perSecond;
    qint64 m_chatGapUs;
};
