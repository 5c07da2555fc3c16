// Delivers the outbox: due messages in order, within Telegram's limits for the whole deployment
// (OUTBOX_GLOBAL_RATE a second, one per OUTBOX_PER_CHAT_INTERVAL_MS to a chat, nothing while a 429
// lasts: each claimed message comes with its send moment, see OutboxDelivery::claim), each marked
// sent as soon as Telegram accepted it. Errors that pass (network, 5xx) back off per message and pause
// the whole sender until Telegram answers getMe again (asked every few seconds, so the backlog
// resumes within 5 s of Telegram's return), so an outage of any length costs a message at most
// one attempt; errors that never pass (403, 400) make it dead with the reason.
#pragma once

#include "domain/clock.h"
#include "domain/outboxdelivery.h"
#include "telegram/botapiclient.h"
#include "telegram/ratelimits.h"
#include "telegram/telegramsettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class Metrics;

namespace prometheus {
class Counter;
}

class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(OutboxDelivery &delivery, BotApiClient &client, SendRateLimiter &limiter, const Clock &clock,
                 Metrics *metrics, const TelegramSettings &settings, QObject *parent = nullptr);

    // Makes stale rows due again and starts sending.
    void start();
    // Starts nothing new; messages in flight finish (and are marked) on their own.
    void stop();
    int inFlight() const { return int(m_inFlight.size()); }
    bool inOutage() const { return m_outage; }

    // The back-off before attempt number `attempts + 1`, without jitter.
    static qint64 backoffMs(int attempts, int baseMs, int maxMs);

signals:
    void outageChanged(bool outage);

private:
    void pump();
    void reload();
    void send(OutboxDelivery::Due due);
    void finished(const OutboxDelivery::Due &due, const BotApiResult &result);
    void failedTransiently(const OutboxDelivery::Due &due, const BotApiError &error, bool countAttempt);
    void enterOutage(const BotApiError &error);
    void probe();
    void wakeIn(qint64 ms);
    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }
    void countFailure(const QString &reason);

    OutboxDelivery &m_delivery;
    BotApiClient &m_client;
    SendRateLimiter &m_limiter;
    const Clock &m_clock;
    Metrics *m_metrics;
    TelegramSettings m_settings;
    prometheus::Counter *m_retryAfterWaits = nullptr;
    prometheus::Counter *m_retryAfterSeconds = nullptr;

    QList<OutboxDelivery::Due> m_queue; // claimed, by send moment, not yet sent
    qint64 m_nextClaimMs = 0;           // when a claim could give more (0: at the next poll)
    bool m_reloadDue = true;            // claim again once the queue is empty
    QElapsedTimer m_monotonic;
    // Telegram's round trip as last seen (µs), which paces the moments a claim asks for; a guess
    // (a round trip from Europe) until the first answer.
    qint64 m_roundTripUs = 40 * 1000;
    QSet<qint64> m_inFlight;            // message ids
    QSet<qint64> m_inFlightChats;
    QTimer m_pollTimer;
    QTimer m_wakeTimer;
    QTimer m_probeTimer;
    int m_probeDelayMs = 0;
    qint64 m_outageSinceMs = 0;
    bool m_outage = false;
    bool m_running = false;
};
