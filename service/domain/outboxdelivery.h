// The outbox as the Telegram sender works through it: due messages with their reader's language,
// what became of each attempt, and people who blocked the bot.
#pragma once

#include "clock.h"
#include "sendpacing.h"
#include "storage/database.h"
#include "storage/records.h"

#include <QHash>
#include <QSet>

#include <functional>

class UserRepository;

class OutboxDelivery
{
public:
    // How long the rows one sender took stay its own: other senders (other instances) skip them
    // meanwhile, and take over a dead sender's rows once its claim ends. A live sender holds
    // claimed rows only until their send moment (SendPacing::kHorizonMs ahead at most).
    static constexpr qint64 kClaimSecs = 30;

    // `pacing`: Telegram's limits, kept for the whole deployment in the database; `claimer` names
    // this sender in the outbox's claims; empty: a new random id.
    OutboxDelivery(Database &db, const Clock &clock, SendPacing pacing = SendPacing(), QString claimer = {});
    QString claimer() const { return m_claimer; }

    struct Due
    {
        OutboxRecord message;
        QString language; // the reader's, "ru" or "en"
        bool userBlockedBot = false;
        qint64 sendAtMs = 0; // the moment it may go, not earlier (nor much later: SendPacing::kLatenessMs)
    };
    // What this instance spent of the deployment's budget outside the outbox since its last claim:
    // direct replies (chat → when the last left) and a 429 wait heard (epoch ms; 0: none).
    struct Spent
    {
        int sends = 0;
        QHash<qint64, qint64> lastByChat;
        qint64 pausedUntilMs = 0;
    };
    struct Claim
    {
        QList<Due> messages; // by send moment
        // When another claim could give more (epoch ms): the budget has room again, or a chat is
        // free; 0 when nothing more was due.
        qint64 nextClaimMs = 0;
        // Telegram's 429 wait as the deployment knows it (epoch ms; 0: none).
        qint64 pausedUntilMs = 0;
        bool spentCharged = false; // `spent` is in the database now
    };
    struct ClaimRequest
    {
        int limit = 0;           // rows looked at
        Spent spent;             // to charge to the deployment first
        QSet<qint64> skip;       // rows not to claim (in flight here)
        qint64 paceUs = 0;       // the least gap between two of this claim's moments
    };
    // Pending or failed messages due now, earliest first, claimed for this sender for kClaimSecs
    // (none another sender's claim holds), each with its send moment: as many as the deployment's
    // budget has moments for within SendPacing::kHorizonMs, and one per chat not before that
    // chat's gap is over. Never one past its expiry (the scheduler's outbox_expiry job marks
    // those expired), and none once the database is damaged. Sending, retrying or giving up on
    // a message releases its claim.
    Claim claim(const ClaimRequest &request);
    // The messages of a claim with nothing spent meanwhile.
    QList<Due> due(int limit);
    // This sender stops: the rows it claimed go back to the others at once, but those in `inFlight`
    // (they may have reached Telegram; their answer releases them, or their claim runs out).
    int releaseClaims(const QSet<qint64> &inFlight);
    // Telegram answered 429: no instance sends before `untilMs` (epoch ms).
    void pauseSending(qint64 untilMs);

    // Telegram accepted the message; `telegramMessageId` is the message it made or edited, kept for
    // the next row with the same edit key.
    void sent(const OutboxRecord &message, qint64 telegramMessageId = 0);
    // The message rows with `editKey` edit now (read fresh: the first may have just been sent).
    qint64 messageFor(const QString &editKey);
    // Editing the remembered message failed (the person deleted it): send a new one instead.
    void editFailed(const OutboxRecord &message);
    // Try again at `at`; `countAttempt` is false for waits Telegram asked for (429).
    void retryLater(qint64 messageId, bool countAttempt, const QDateTime &at, const QString &error);
    // Never to be sent; `reason` starts with the failure kind, e.g. "blocked: ...".
    void dead(qint64 messageId, bool countAttempt, const QString &reason);
    // Makes messages due no later than `maxDelaySecs` from now (after a clock jump or a shorter
    // back-off setting); returns how many were moved.
    int resetStale(qint64 maxDelaySecs);

    // Telegram told us the person blocked the bot (a 403, or my_chat_member "kicked") or
    // unblocked it. Audited when the flag changes; with `updateId` the change is that update's
    // effect, in the same transaction. False if the person is unknown or the flag was already so.
    bool setBlockedBot(qint64 telegramId, bool blocked, qint64 updateId = 0);
    // A send to `userId` (our id) was refused with 403; audited as the system's finding.
    bool markUserBlocked(qint64 userId);

private:
    bool changeBlocked(const std::function<std::optional<UserRecord>(const UserRepository &)> &find,
                       bool blocked, qint64 updateId);

    Database &m_db;
    const Clock &m_clock;
    SendPacing m_pacing;
    QString m_claimer;
    qint64 m_sweptAtMs = 0;
};
