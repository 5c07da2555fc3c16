#include "telegrambot.h"

#include "app/logging.h"
#include "domain/domainservices.h"
#include "http/router.h"
#include "storage/leaderlock.h"
#include "telegram/botapiclient.h"
#include "telegram/dialogues.h"
#include "telegram/outboxsender.h"
#include "telegram/telegramlog.h"
#include "telegram/updatepoller.h"
#include "telegram/updateprocessor.h"
#include "telegram/webhookroute.h"

#include <QEventLoop>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// getMe when Telegram has been silent this long, so /health knows whether it answers (in webhook
// mode nothing else calls it while nobody writes).
constexpr int kProbeIntervalMs = 30000;
constexpr qint64 kProbeAfterSilenceSecs = 60;
// Polling mode with several instances: how often one checks it still holds the poller lock, or
// tries to take it; another instance starts polling within this of the holder's death.
constexpr int kLeadershipCheckMs = 1000;
// The PostgreSQL advisory lock of the instance that polls Telegram ("QBOTPOLL" in ASCII).
constexpr qint64 kPollerLockKey = 0x51424f54504f4c4c;

} // namespace

TelegramBot::TelegramBot(const ServiceConfig &config, DomainServices &domain, Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(std::make_unique<BotApiClient>(config.telegramApiUrl, config.telegramBotToken, metrics))
    , m_dialogues(std::make_unique<Dialogues>(domain))
    , m_limiter(config.telegram.outboxPerChatIntervalMs)
    , m_delivery(domain.db, domain.clock,
                 SendPacing(config.telegram.outboxGlobalRate, config.telegram.outboxPerChatIntervalMs))
{
    Database &db = domain.db;
    const Clock &clock = domain.clock;
    const TelegramSettings &settings = m_config.telegram;
    m_client->setDefaultTimeoutMs(settings.requestTimeoutMs);
    m_processor = std::make_unique<UpdateProcessor>(
        db, clock, *m_client, m_limiter, [this](const TgUpdate &update) { return m_dialogues->handle(update); },
        metrics, settings);
    m_sender = std::make_unique<OutboxSender>(m_delivery, *m_client, m_limiter, clock, metrics, settings);
    m_pollerLock = std::make_unique<LeaderLock>(db.url(), kPollerLockKey);
    connect(&m_probeTimer, &QTimer::timeout, this, &TelegramBot::probe);
    m_webhookRetry.setSingleShot(true);
    connect(&m_webhookRetry, &QTimer::timeout, this, &TelegramBot::setWebhook);
    connect(&m_leadershipTimer, &QTimer::timeout, this, &TelegramBot::checkPollingLeadership);
}

TelegramBot::~TelegramBot()
{
    // The processor and sender hold references to the client: they go first.
    m_sender.reset();
    m_poller.reset();
    m_processor.reset();
}

bool TelegramBot::start(Router &router, QString *error)
{
    const bool webhook = m_config.telegramMode == u"webhook"_s;
    if (webhook) {
        if (m_config.webhookUrl.isEmpty()) {
            *error = u"TELEGRAM_MODE=webhook needs WEBHOOK_URL, the public HTTPS address of POST /webhook"_s;
            return false;
        }
        // Telegram's rule for secret_token; it also keeps the header comparison simple.
        static const QRegularExpression secretPattern(u"^[A-Za-z0-9_-]{1,256}$"_s);
        if (!secretPattern.match(m_config.webhookSecret).hasMatch()) {
            *error = u"TELEGRAM_MODE=webhook needs WEBHOOK_SECRET: 1-256 characters A-Z, a-z, 0-9, _ and -"_s;
            return false;
        }
        addWebhookRoute(router, m_config.webhookSecret.toLatin1(), *m_processor);
    }
    m_running = true;
    m_processor->start();
    if (webhook) {
        setWebhook();
    } else {
        m_poller = std::make_unique<UpdatePoller>(*m_client, *m_processor, m_config.telegram);
        checkPollingLeadership();
        m_leadershipTimer.start(kLeadershipCheckMs);
    }
    m_sender->start();
    m_probeTimer.start(kProbeIntervalMs);
    probe();
    // The command menu in each language; a failure costs only the menu, so no retries.
    for (const BotCall &call : Dialogues::commandMenus()) {
        m_client->call(call.method, call.params, this, [](const BotApiResult &result) {
            if (!result.ok())
                logEvent(QtWarningMsg, lcTelegram(), u"command menu not set: "_s + result.error.summary(), {});
        });
    }
    logEvent(QtInfoMsg, lcTelegram(), u"telegram bot started"_s,
             {{u"mode"_s, m_config.telegramMode},
              {u"outbox_global_rate"_s, m_config.telegram.outboxGlobalRate},
              {u"outbox_per_chat_interval_ms"_s, m_config.telegram.outboxPerChatIntervalMs}});
    return true;
}

void TelegramBot::setWebhook()
{
    if (!m_running)
        return;
    const QJsonObject params{{u"url"_s, m_config.webhookUrl},
                             {u"secret_token"_s, m_config.webhookSecret},
                             {u"allowed_updates"_s, UpdatePoller::allowedUpdates()},
                             {u"max_connections"_s, m_config.telegram.webhookMaxConnections},
                             {u"drop_pending_updates"_s, false}};
    m_client->call(u"setWebhook"_s, params, this, [this](const BotApiResult &result) {
        if (!m_running)
            return;
        if (result.ok()) {
            m_webhookFailures = 0;
            logEvent(QtInfoMsg, lcTelegram(), u"telegram webhook set"_s, {});
            return;
        }
        ++m_webhookFailures;
        int waitMs = int(qMin<qint64>(m_config.telegram.retryMaxMs,
                                      qint64(m_config.telegram.retryBaseMs) << qMin(m_webhookFailures, 20)));
        if (result.error.kind == BotApiError::Kind::Flood)
            waitMs = result.error.retryAfterSecs * 1000;
        logEvent(QtWarningMsg, lcTelegram(), u"setWebhook failed: "_s + result.error.summary(),
                 {{u"retry_in_ms"_s, waitMs}});
        m_webhookRetry.start(waitMs);
    });
}

void TelegramBot::probe()
{
    const QDateTime last = m_client->lastSuccess();
    if (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < kProbeAfterSilenceSecs)
        return;
    m_client->call(u"getMe"_s, {}, this, [this, first = !last.isValid()](const BotApiResult &result) {
        if (first && result.ok())
            logEvent(QtInfoMsg, lcTelegram(), u"telegram bot connected"_s,
                     {{u"username"_s, result.result.toObject().value(u"username"_s).toString()}});
        else if (result.error.kind == BotApiError::Kind::Unauthorized)
            logEvent(QtCriticalMsg, lcTelegram(), u"Telegram does not accept TELEGRAM_BOT_TOKEN"_s, {});
    });
}

void TelegramBot::checkPollingLeadership()
{
    if (!m_running || !m_poller)
        return; // webhook mode: every instance takes updates
    const bool leader = m_pollerLock->check();
    if (leader == m_polling)
        return;
    m_polling = leader;
    if (leader) {
        logEvent(QtInfoMsg, lcTelegram(), u"telegram polling: this instance polls"_s, {});
        m_poller->start();
    } else {
        // Another instance may poll now (or soon); two polling at once only earn one a 409.
        logEvent(QtWarningMsg, lcTelegram(), u"telegram polling: lost the poller lock, stopped polling"_s, {});
        m_poller->stop();
    }
}

void TelegramBot::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_leadershipTimer.stop();
    m_probeTimer.stop();
    m_webhookRetry.stop();
    m_processor->stop();
    m_sender->stop();
    if (m_poller)
        m_poller->stop();
    // The sends in flight finish and are marked sent; the poller confirms its offset.
    if (m_client->inFlight() > 0) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(m_client.get(), &BotApiClient::idle, &loop, &QEventLoop::quit);
        deadline.start(m_config.telegram.shutdownTimeoutMs);
        loop.exec();
    }
    const int cancelled = m_client->inFlight();
    m_client->abortAll();
    if (m_pollerLock)
        m_pollerLock->release(); // after the offset is confirmed: the next poller starts from it
    m_polling = false;
    logEvent(QtInfoMsg, lcTelegram(), u"telegram bot stopped"_s, {{u"calls_cancelled"_s, cancelled}});
}

QDateTime TelegramBot::lastSuccess() const
{
    return m_client->lastSuccess();
}
