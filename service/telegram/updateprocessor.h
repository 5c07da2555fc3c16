// Turns each Telegram update into its effect exactly once, whichever way it arrived: skips update
// ids already processed, paces users who flood, runs the dialogues, records the update, and sends
// the replies (answerCallbackQuery first, then the rest in order, one chat at a time).
#pragma once

#include "domain/clock.h"
#include "domain/outboxdelivery.h"
#include "storage/database.h"
#include "telegram/botapiclient.h"
#include "telegram/ratelimits.h"
#include "telegram/telegramsettings.h"
#include "telegram/telegramtypes.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class Metrics;

class UpdateProcessor : public QObject
{
    Q_OBJECT
public:
    // The dialogues: one update in, the direct replies out (Dialogues::handle in production).
    using Handler = std::function<QList<BotCall>(const TgUpdate &)>;

    enum class Outcome {
        Processed, // its effect is committed and its replies are on their way
        Duplicate, // processed before (a redelivery): nothing done
        Deferred,  // the user floods: queued behind their earlier updates
        Dropped,   // the user floods beyond their queue, or the update cannot be handled: recorded, ignored
        Failed,    // the database failed; nothing recorded, a redelivery can still succeed
    };

    UpdateProcessor(Database &db, const Clock &clock, BotApiClient &client, SendRateLimiter &limiter, Handler handler,
                    Metrics *metrics, const TelegramSettings &settings, QObject *parent = nullptr);

    // Synchronous: when this returns a Processed update's effect is committed.
    Outcome process(const TgUpdate &update);
    // No more updates or replies; the flood queues are dropped (those updates were never recorded).
    void stop();
    bool isStopping() const { return m_stopping; }
    // Updates waiting for their user's flood allowance.
    int deferredCount() const;

    static QString outcomeName(Outcome outcome);

private:
    struct Reply
    {
        BotCall call;
        qint64 userId = 0; // the Telegram user the reply answers
        int attempt = 0;
    };
    Outcome run(const TgUpdate &update);
    QString applyChatMember(const TgUpdate &update);
    void queueReplies(qint64 userId, QList<BotCall> calls);
    void sendNextReply(qint64 chatKey);
    void replyFinished(qint64 chatKey, Reply reply, const BotApiResult &result);
    void drainDeferred();
    void scheduleDrain();
    void prune();
    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }

    Database &m_db;
    const Clock &m_clock;
    BotApiClient &m_client;
    SendRateLimiter &m_limiter;
    Handler m_handler;
    Metrics *m_metrics;
    TelegramSettings m_settings;
    OutboxDelivery m_delivery;
    FloodControl m_flood;
    QHash<qint64, QList<TgUpdate>> m_deferred; // by Telegram user id, oldest first
    QHash<qint64, QList<Reply>> m_replies;     // by chat, the head is in flight
    QTimer m_drainTimer;
    QTimer m_pruneTimer;
    bool m_stopping = false;
};
