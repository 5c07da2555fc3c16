// The Telegram side of queue-service, on when TELEGRAM_BOT_TOKEN is set: the Bot API client,
// updates by long polling or by POST /webhook, the processor that turns them into dialogue
// replies exactly once, and the outbox sender. With several instances on one PostgreSQL database
// every one sends the outbox, and in polling mode only the one holding the poller lock polls.
#pragma once

#include "app/config.h"
#include "domain/clock.h"
#include "domain/outboxdelivery.h"
#include "storage/database.h"
#include "telegram/ratelimits.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class BotApiClient;
class DomainServices;
class Dialogues;
class LeaderLock;
class Metrics;
class OutboxSender;
class Router;
class UpdatePoller;
class UpdateProcessor;

class TelegramBot : public QObject
{
    Q_OBJECT
public:
    TelegramBot(const ServiceConfig &config, DomainServices &domain, Metrics *metrics, QObject *parent = nullptr);
    ~TelegramBot() override;

    // Checks the mode's settings, adds POST /webhook to `router` in webhook mode, and starts
    // receiving updates and sending the outbox; false with `error` set when the settings cannot work.
    bool start(Router &router, QString *error);
    // Stops receiving and sending, waits (at most TELEGRAM_SHUTDOWN_TIMEOUT_MS) for the calls in
    // flight so every delivered message is marked sent, then cancels what is left.
    void stop();

    // When Telegram last answered; the /health probe.
    QDateTime lastSuccess() const;

private:
    void setWebhook();
    void probe();
    // Polling mode: polls while this instance holds the poller lock, stops when it loses it.
    void checkPollingLeadership();

    ServiceConfig m_config;
    std::unique_ptr<BotApiClient> m_client;
    std::unique_ptr<Dialogues> m_dialogues;
    SendRateLimiter m_limiter;
    OutboxDelivery m_delivery;
    std::unique_ptr<UpdateProcessor> m_processor;
    std::unique_ptr<UpdatePoller> m_poller;
    std::unique_ptr<LeaderLock> m_pollerLock; // polling mode: one instance polls at a time
    QTimer m_leadershipTimer;
    bool m_polling = false;
    std::unique_ptr<OutboxSender> m_sender;
    QTimer m_probeTimer;
    QTimer m_webhookRetry;
    int m_webhookFailures = 0;
    bool m_running = false;
};
