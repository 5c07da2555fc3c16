#include "outboxsender.h"

#include "metrics/metrics.h"
#include "telegram/outboxtexts.h"
#include "telegram/telegramlog.h"

#include <prometheus/counter.h>

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// Messages loaded per database read; a second's worth at the default rate, and then some.
constexpr int kBatch = 200;
// Sends at once; Telegram answers in ~100 ms, so this allows well over 30 a second. Below Qt's six
// connections per host, so every send leaves at its moment, with room for replies.
constexpr int kMaxInFlight = 4;
// The least wait before claiming again after a claim that gave nothing (all moments reserved by
// other instances, every chat in its gap): the claim is a write transaction.
constexpr qint64 kMinClaimGapMs = 5;
// While Telegram is unreachable a getMe starts at most this long (with jitter: 4.2 s) after the
// previous one, and gives up after kProbeTimeoutMs (a working Telegram answers getMe in well
// under a second), so a backlog starts draining within 5 s of Telegram's return however long the
// outage lasted, also when the network swallows requests instead of refusing them.
// A getMe costs Telegram nothing; a longer back-off would only delay a backlog that is ready to
// go. Messages Telegram refused keep their own back-off (failedTransiently).
constexpr int kMaxProbeIntervalMs = 3500;
constexpr int kProbeTimeoutMs = 4000;

int jittered(qint64 ms)
{
    // ±20 %, so messages failed together do not come back together.
    const qint64 spread = ms / 5;
    return int(ms - spread + qint64(QRandomGenerator::global()->bounded(quint32(2 * spread + 1))));
}

} // namespace

OutboxSender::OutboxSender(OutboxDelivery &delivery, BotApiClient &client, SendRateLimiter &limiter,
                           const Clock &clock, Metrics *metrics, const TelegramSettings &settings, QObject *parent)
    : QObject(parent)
    , m_delivery(delivery)
    , m_client(client)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_metrics(metrics)
    , m_settings(settings)
{
    if (m_metrics) {
        m_retryAfterWaits = &prometheus::BuildCounter()
                                 .Name("queue_bot_telegram_retry_after_waits_total")
                                 .Help("Times Telegram answered 429 to an outbox message and the sender paused")
                                 .Register(m_metrics->registry())
                                 .Add({});
        m_retryAfterSeconds = &prometheus::BuildCounter()
                                   .Name("queue_bot_telegram_retry_after_seconds_total")
                                   .Help("Seconds of retry_after the outbox sender was asked to wait")
                                   .Register(m_metrics->registry())
                                   .Add({});
    }
    m_pollTimer.setInterval(qMax(10, m_settings.outboxPollIntervalMs));
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_reloadDue = true; // a new claim once the current one is sent, for rows due meanwhile
        pump();
    });
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &OutboxSender::pump);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &OutboxSender::probe);
    m_monotonic.start();
}

qint64 OutboxSender::backoffMs(int attempts, int baseMs, int maxMs)
{
    const int doublings = qBound(0, attempts - 1, 30);
    return qMin<qint64>(maxMs, qint64(baseMs) << doublings);
}

void OutboxSender::start()
{
    m_running = true;
    try {
        // Due dates further out than the longest back-off (or the longest 429 wait Telegram asks
        // for, about an hour) can only come from a clock that jumped or a setting since lowered.
        const int moved = m_delivery.resetStale(qMax<qint64>(m_settings.outboxRetryMaxMs / 1000, 3600));
        if (moved > 0)
            qCInfo(lcTelegram) << "outbox:" << moved << "messages with stale due times made due now";
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "outbox: cannot reset stale rows:" << error.message();
    }
    m_pollTimer.start();
    pump();
}

void OutboxSender::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_pollTimer.stop();
    m_wakeTimer.stop();
    m_probeTimer.stop();
    m_queue.clear();
    if (!wasRunning)
        return;
    // Rows claimed and not sent would otherwise wait out their claim (30 s) before another
    // instance, or this one restarted, could send them.
    try {
        m_delivery.releaseClaims(m_inFlight);
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "outbox: cannot give back claimed rows:" << error.message();
    }
}

void OutboxSender::wakeIn(qint64 ms)
{
    const int wait = int(qBound(qint64(1), ms, qint64(3600 * 1000)));
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > wait)
        m_wakeTimer.start(wait);
}

void OutboxSender::reload()
{
    m_queue.clear();
    m_reloadDue = false;
    m_nextClaimMs = 0;
    try {
        OutboxDelivery::ClaimRequest request;
        request.limit = kBatch;
        request.spent = m_limiter.spent();
        request.skip = m_inFlight;
        // Moments no closer than this sender can use them: kMaxInFlight requests per round trip.
        request.paceUs = m_roundTripUs / kMaxInFlight;
        const OutboxDelivery::Claim claim = m_delivery.claim(request);
        if (claim.spentCharged)
            m_limiter.charged();
        m_limiter.pauseUntil(claim.pausedUntilMs);
        m_queue = claim.messages;
        m_nextClaimMs = claim.nextClaimMs;
        // A claim that gave nothing is not repeated at once, whatever it says.
        if (m_queue.isEmpty() && m_nextClaimMs > 0)
            m_nextClaimMs = qMax(m_nextClaimMs, nowMs() + kMinClaimGapMs);
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "outbox: cannot read due messages:" << error.message();
        if (m_metrics)
            m_metrics->countError(u"outbox"_s, u"storage"_s);
    }
}

void OutboxSender::pump()
{
    if (!m_running || m_outage)
        return;
    // Moments are claimed only with room to send at them (they are the deployment's, not ours).
    if (m_queue.isEmpty() && m_inFlight.size() < kMaxInFlight
        && (m_reloadDue || (m_nextClaimMs > 0 && m_nextClaimMs <= nowMs())))
        reload();
    // The claim gave each message its moment, in order; they go at it, one per chat at a time.
    qint64 wait = -1;
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight.size() < kMaxInFlight;) {
        const OutboxDelivery::Due due = m_queue.at(i);
        if (due.userBlockedBot) {
            m_queue.removeAt(i);
            try {
                m_delivery.dead(due.message.id, false, u"blocked: the person has blocked the bot"_s);
            } catch (const StorageError &) {
            }
            countFailure(u"blocked"_s);
            continue;
        }
        const qint64 now = nowMs();
        if (due.sendAtMs > now) {
            wait = due.sendAtMs - now;
            break;
        }
        if (now > due.sendAtMs + SendPacing::kLatenessMs || m_limiter.pausedUntil() > now) {
            // Sent this late it could arrive bunched with later moments (or a 429 came since):
            // the row stays claimed by this sender and the next claim gives it a new moment.
            m_queue.removeAt(i);
            m_nextClaimMs = m_nextClaimMs == 0 ? now : qMin(m_nextClaimMs, now);
            continue;
        }
        if (m_inFlightChats.contains(due.message.chatId)) {
            ++i; // one message to a chat at a time keeps them in order
            continue;
        }
        m_queue.removeAt(i);
        send(due);
    }
    if (m_queue.isEmpty() && m_nextClaimMs > 0) {
        const qint64 untilClaim = qMax<qint64>(0, m_nextClaimMs - nowMs());
        wait = wait < 0 ? untilClaim : qMin(wait, untilClaim);
    }
    if (wait >= 0)
        wakeIn(wait);
}

void OutboxSender::send(OutboxDelivery::Due due)
{
    if (!due.message.editKey.isEmpty()) {
        // Loaded before the key's first message was sent, the row would send a second one.
        try {
            due.message.editMessageId = m_delivery.messageFor(due.message.editKey);
        } catch (const StorageError &) {
        }
    }
    const BotCall call = renderOutboxMessage(due.message, due.language);
    m_inFlight.insert(due.message.id);
    m_inFlightChats.insert(due.message.chatId);
    const qint64 leftAtUs = m_monotonic.nsecsElapsed() / 1000;
    m_client.call(call.method, call.params, this, [this, due, leftAtUs](const BotApiResult &result) {
        using Kind = BotApiError::Kind;
        const Kind kind = result.error.kind;
        if (kind != Kind::Network && kind != Kind::Timeout && kind != Kind::Aborted) {
            // Answered: a running average of Telegram's round trip, mostly the last few.
            const qint64 took = m_monotonic.nsecsElapsed() / 1000 - leftAtUs;
            m_roundTripUs = (m_roundTripUs * 3 + took) / 4;
        }
        finished(due, result);
    });
}

void OutboxSender::countFailure(const QString &reason)
{
    if (m_metrics)
        m_metrics->notificationsFailed.Add({{"reason", reason.toStdString()}}).Increment();
}

void OutboxSender::finished(const OutboxDelivery::Due &due, const BotApiResult &result)
{
    m_inFlight.remove(due.message.id);
    m_inFlightChats.remove(due.message.chatId);
    const qint64 id = due.message.id;
    const BotApiError &error = result.error;
    using Kind = BotApiError::Kind;
    try {
        switch (error.kind) {
        case Kind::None:
        case Kind::NotModified:
            m_delivery.sent(due.message, result.result.toObject().value(u"message_id"_s).toInteger());
            if (m_metrics)
                m_metrics->notificationsSent.Add({}).Increment();
            break;
        case Kind::Flood: {
            // Telegram counts from when it answered, we from when the answer arrived: a send at
            // exactly that moment could reach it a millisecond early, so the pacing margin too.
            const qint64 waitMs = qint64(error.retryAfterSecs) * 1000 + SendPacing::kMarginMs;
            const qint64 untilMs = nowMs() + waitMs;
            // Every instance waits: the moments already handed out here are void, and the others
            // learn of the pause with their next claim (within SendPacing::kHorizonMs).
            m_limiter.pauseUntil(untilMs);
            m_queue.clear();
            m_nextClaimMs = untilMs;
            // Telegram's own wait, not the message's fault: not an attempt.
            m_delivery.retryLater(id, false, m_clock.now().addMSecs(waitMs), error.summary());
            m_delivery.pauseSending(untilMs);
            countFailure(u"rate_limited"_s);
            if (m_retryAfterWaits) {
                m_retryAfterWaits->Increment();
                m_retryAfterSeconds->Increment(error.retryAfterSecs);
            }
            qCInfo(lcTelegram) << "outbox: Telegram asked to wait" << error.retryAfterSecs << "s";
            wakeIn(waitMs);
            break;
        }
        case Kind::Blocked:
            m_delivery.markUserBlocked(due.message.userId);
            m_delivery.dead(id, true, error.summary());
            countFailure(u"blocked"_s);
            m_reloadDue = true; // their other messages are now dead on sight
            break;
        case Kind::BadRequest:
            if (due.message.editMessageId > 0) {
                // The message to edit is gone (deleted, too old): the same state as a new message.
                m_delivery.editFailed(due.message);
                break;
            }
            m_delivery.dead(id, true, error.summary());
            countFailure(u"bad_request"_s);
            qCWarning(lcTelegram).noquote() << "outbox: message" << id << "rejected:" << error.summary();
            break;
        case Kind::Unauthorized:
        case Kind::Conflict:
            // The token, not the message: wait for it to work again without using up attempts.
            failedTransiently(due, error, false);
            break;
        case Kind::ServerError:
        case Kind::Network:
        case Kind::Timeout:
            failedTransiently(due, error, !m_outage);
            break;
        case Kind::Aborted:
            break; // shutting down: the row stays due and goes after the restart
        }
    } catch (const StorageError &storage) {
        qCCritical(lcTelegram).noquote() << "outbox: cannot record the result of message" << id << ":"
                                         << storage.message();
        if (m_metrics)
            m_metrics->countError(u"outbox"_s, u"storage"_s);
    }
    pump();
}

void OutboxSender::failedTransiently(const OutboxDelivery::Due &due, const BotApiError &error, bool countAttempt)
{
    const int attempts = due.message.attempts + (countAttempt ? 1 : 0);
    const QString reason = error.kind == BotApiError::Kind::ServerError ? u"server_error"_s
        : error.kind == BotApiError::Kind::Unauthorized || error.kind == BotApiError::Kind::Conflict
        ? u"unauthorized"_s
        : u"network"_s;
    countFailure(reason);
    if (countAttempt && attempts >= m_settings.outboxMaxAttempts) {
        m_delivery.dead(due.message.id, true, error.summary());
        qCWarning(lcTelegram).noquote() << "outbox: message" << due.message.id << "dead after" << attempts
                                        << "attempts:" << error.summary();
    } else {
        const qint64 wait = jittered(backoffMs(qMax(1, attempts), m_settings.outboxRetryBaseMs,
                                               m_settings.outboxRetryMaxMs));
        m_delivery.retryLater(due.message.id, countAttempt, m_clock.now().addMSecs(wait), error.summary());
    }
    enterOutage(error);
}

void OutboxSender::enterOutage(const BotApiError &error)
{
    if (m_outage || !m_running)
        return;
    m_outage = true;
    m_outageSinceMs = nowMs();
    m_probeDelayMs = qMin(m_settings.retryBaseMs, kMaxProbeIntervalMs);
    m_queue.clear();
    qCWarning(lcTelegram).noquote() << "outbox paused: Telegram is not answering (" << error.summary()
                                    << "); checking with getMe";
    emit outageChanged(true);
    m_probeTimer.start(jittered(m_probeDelayMs));
}

void OutboxSender::probe()
{
    if (!m_running)
        return;
    QElapsedTimer asked;
    asked.start();
    const auto done = [this, asked](const BotApiResult &result) {
        if (!m_running)
            return;
        if (result.ok()) {
            m_outage = false;
            qCInfo(lcTelegram) << "outbox resumed: Telegram answers again after"
                               << (nowMs() - m_outageSinceMs) / 1000 << "s";
            emit outageChanged(false);
            m_reloadDue = true;
            pump();
            return;
        }
        m_probeDelayMs = int(qMin<qint64>(qMin(m_settings.retryMaxMs, kMaxProbeIntervalMs), qint64(m_probeDelayMs) * 2));
        // Counted from when this probe left: one that timed out has already waited.
        m_probeTimer.start(int(qMax<qint64>(0, jittered(m_probeDelayMs) - asked.elapsed())));
    };
    m_client.call(u"getMe"_s, {}, this, done, qMin(m_settings.requestTimeoutMs, kProbeTimeoutMs));
}
