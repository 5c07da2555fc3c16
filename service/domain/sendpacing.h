// Telegram's sending limits for the whole deployment as arithmetic over microsecond moments, so the
// claiming transaction (OutboxDelivery) can hand out send moments and tests can check the sums:
// messages leave on a grid spaced so that no one-second window holds more than `perSecond`, a
// chat's next moment is at least `chatIntervalMs` after its last, and nothing leaves while
// Telegram asked the bot to wait (429). Both gaps carry a margin: Telegram counts arrivals, and a
// send leaves a little after its moment (at most kLatenessMs; a later one is handed back).
#pragma once

#include <QtGlobal>

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

    explicit SendPacing(int perSecond = 30, int chatIntervalMs = 1000);

    // The gap between two moments of the bot: (1 s + margin) / perSecond.
    qint64 spacingUs() const { return m_spacingUs; }
    // The gap between two moments of one chat (0: none).
    qint64 chatGapUs() const { return m_chatGapUs; }

    // Whether the grid is reserved beyond the horizon: no moment to give at `nowUs`.
    bool full(qint64 botNextUs, qint64 nowUs) const { return qMax(botNextUs, nowUs) > nowUs + kHorizonMs * 1000; }
    // The next moment for a message to a chat whose next allowed moment is `chatNextUs`, moving
    // both on; -1 (nothing moved) when the chat is not free by the bot's next moment.
    qint64 grant(qint64 &botNextUs, qint64 &chatNextUs, qint64 nowUs) const;
    // A message sent without a moment (a direct reply to a person) at `atUs`: later moments make room.
    void charge(qint64 &botNextUs, qint64 &chatNextUs, qint64 atUs) const;
    // When a claim that found the grid full can next reserve anything worth having.
    static qint64 nextClaimUs(qint64 botNextUs) { return botNextUs - kHorizonMs * 1000 / 2; }

private:
    qint64 m_spacingUs;
    qint64 m_chatGapUs;
};
