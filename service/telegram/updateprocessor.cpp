#include "updateprocessor.h"

#include "metrics/metrics.h"
#include "storage/processedupdaterepository.h"
#include "telegram/telegramlog.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Telegram redelivers for at most a day; two days of ids is plenty.
constexpr qint64 kProcessedRetentionSecs = 2 * 24 * 3600;
constexpr int kPruneIntervalMs = 3600 * 1000;
// A reply is worth one more try after a transient failure; the person can always ask again.
constexpr int kMaxReplyAttempts = 2;
// Longest 429 wait a direct reply sits out; beyond that it is stale anyway.
constexpr int kMaxReplyWaitSecs = 30;

std::string typeLabel(const TgUpdate &update)
{
    return update.type.isEmpty() ? std::string("other") : update.type.toStdString();
}

} // namespace

UpdateProcessor::UpdateProcessor(Database &db, const Clock &clock, BotApiClient &client, SendRateLimiter &limiter,
                                 Handler handler, Metrics *metrics, const TelegramSettings &settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_client(client)
    , m_limiter(limiter)
    , m_handler(std::move(handler))
    , m_metrics(metrics)
    , m_settings(settings)
    , m_delivery(db, clock)
    , m_flood(settings.floodRate, settings.floodBurst)
{
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &UpdateProcessor::drainDeferred);
    connect(&m_pruneTimer, &QTimer::timeout, this, &UpdateProcessor::prune);
    m_pruneTimer.start(kPruneIntervalMs);
}

QString UpdateProcessor::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Processed: return u"processed"_s;
    case Outcome::Duplicate: return u"duplicate"_s;
    case Outcome::Deferred: return u"deferred"_s;
    case Outcome::Dropped: return u"dropped"_s;
    case Outcome::Failed: return u"failed"_s;
    }
    return u"failed"_s;
}

int UpdateProcessor::deferredCount() const
{
    int count = 0;
    for (const QList<TgUpdate> &queue : m_deferred)
        count += int(queue.size());
    return count;
}

UpdateProcessor::Outcome UpdateProcessor::process(const TgUpdate &update)
{
    if (m_stopping)
        return Outcome::Failed;
    if (m_metrics)
        m_metrics->telegramUpdates.Add({{"type", typeLabel(update)}}).Increment();
    try {
        if (ProcessedUpdateRepository(m_db.session()).contains(update.updateId))
            return Outcome::Duplicate;
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "cannot check update" << update.updateId << error.message();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"storage"_s);
        return Outcome::Failed;
    }

    const TgUser *sender = update.sender();
    if (!sender)
        return run(update);
    QList<TgUpdate> &queue = m_deferred[sender->id];
    const bool alreadyQueued = std::any_of(queue.cbegin(), queue.cend(),
                                           [&](const TgUpdate &u) { return u.updateId == update.updateId; });
    if (alreadyQueued)
        return Outcome::Duplicate;
    // A user with updates waiting stays behind them, so their updates keep their order.
    if (queue.isEmpty() && m_flood.tryTake(sender->id, nowMs())) {
        m_deferred.remove(sender->id);
        return run(update);
    }
    if (queue.size() >= m_settings.floodQueue) {
        if (queue.isEmpty())
            m_deferred.remove(sender->id);
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"flood_dropped"_s);
        try {
            ProcessedUpdateRepository(m_db.session()).markIfNew(update.updateId, u"flood_dropped"_s, m_clock.now());
        } catch (const StorageError &) {
            // Unrecorded, a redelivery is simply judged again.
        }
        return Outcome::Dropped;
    }
    queue.append(update);
    scheduleDrain();
    return Outcome::Deferred;
}

UpdateProcessor::Outcome UpdateProcessor::run(const TgUpdate &update)
{
    QElapsedTimer timer;
    timer.start();
    QList<BotCall> calls;
    QString effect;
    try {
        if (update.myChatMember) {
            effect = applyChatMember(update);
        } else {
            calls = m_handler(update);
            effect = calls.isEmpty() ? u"ignored"_s : u"replied"_s;
        }
        // Updates that changed the domain were recorded in that change's transaction; this
        // records the rest (a no-op for the others).
        ProcessedUpdateRepository(m_db.session()).markIfNew(update.updateId, effect, m_clock.now());
    } catch (const StorageError &error) {
        // A unique violation on processed_updates: this update's change was committed by an
        // earlier delivery (or a concurrent one), and this attempt was rolled back whole.
        bool duplicate = false;
        try {
            duplicate = ProcessedUpdateRepository(m_db.session()).contains(update.updateId);
        } catch (const StorageError &) {
        }
        if (duplicate)
            return Outcome::Duplicate;
        qCWarning(lcTelegram).noquote() << "update" << update.updateId << "failed:" << error.message();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"storage"_s);
        return Outcome::Failed;
    } catch (const std::exception &error) {
        // A bug, not the database: retrying the same update would fail the same way.
        qCCritical(lcTelegram).noquote() << "update" << update.updateId << "could not be handled:" << error.what();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"handler"_s);
        try {
            ProcessedUpdateRepository(m_db.session()).markIfNew(update.updateId, u"error"_s, m_clock.now());
        } catch (const StorageError &) {
        }
        return Outcome::Dropped;
    }
    if (m_metrics)
        m_metrics->telegramUpdateSeconds.Add({{"type", typeLabel(update)}}, Metrics::latencyBuckets())
            .Observe(double(timer.nsecsElapsed()) / 1e9);
    const TgUser *sender = update.sender();
    queueReplies(sender ? sender->id : 0, std::move(calls));
    return Outcome::Processed;
}

QString UpdateProcessor::applyChatMember(const TgUpdate &update)
{
    const TgChatMemberUpdate &change = *update.myChatMember;
    // Only a private chat is the person themselves; in groups "kicked" is about the group.
    if (change.chatId != change.from.id)
        return u"my_chat_member"_s;
    if (change.newStatus == u"kicked"_s)
        m_delivery.setBlockedBot(change.from.id, true, update.updateId);
    else if (change.newStatus == u"member"_s)
        m_delivery.setBlockedBot(change.from.id, false, update.updateId);
    return u"my_chat_member"_s;
}

void UpdateProcessor::queueReplies(qint64 userId, QList<BotCall> calls)
{
    if (calls.isEmpty())
        return;
    // The spinner on a pressed button stops first; the messages follow in their order.
    std::stable_partition(calls.begin(), calls.end(),
                          [](const BotCall &call) { return call.method == u"answerCallbackQuery"_s; });
    QList<Reply> &chain = m_replies[userId];
    const bool idle = chain.isEmpty();
    for (BotCall &call : calls)
        chain.append(Reply{std::move(call), userId, 0});
    if (idle)
        sendNextReply(userId);
}

void UpdateProcessor::sendNextReply(qint64 chatKey)
{
    const auto it = m_replies.find(chatKey);
    if (it == m_replies.end())
        return;
    if (it->isEmpty() || m_stopping) {
        m_replies.erase(it);
        return;
    }
    // Replies are not paced per chat (the person is waiting for them), but a 429 pause holds.
    const qint64 now = nowMs();
    const qint64 wait = m_limiter.pausedUntil() - now;
    if (wait > 0) {
        QTimer::singleShot(int(qMin<qint64>(wait, kMaxReplyWaitSecs * 1000)), this,
                           [this, chatKey] { sendNextReply(chatKey); });
        return;
    }
    Reply reply = it->first();
    const QJsonValue chat = reply.call.params.value(u"chat_id"_s);
    m_limiter.record(chat.isUndefined() ? chatKey : chat.toInteger(), now);
    m_client.call(reply.call.method, reply.call.params, this,
                  [this, chatKey, reply](const BotApiResult &result) { replyFinished(chatKey, reply, result); });
}

void UpdateProcessor::replyFinished(qint64 chatKey, Reply reply, const BotApiResult &result)
{
    const auto it = m_replies.find(chatKey);
    if (it == m_replies.end() || it->isEmpty())
        return;
    using Kind = BotApiError::Kind;
    const BotApiError &error = result.error;
    ++reply.attempt;
    if (error.kind == Kind::Flood) {
        m_limiter.pauseUntil(nowMs() + qint64(error.retryAfterSecs) * 1000);
        if (error.retryAfterSecs <= kMaxReplyWaitSecs && reply.attempt < kMaxReplyAttempts + 1) {
            it->first() = reply;
            sendNextReply(chatKey);
            return;
        }
    } else if (error.isTransient() && reply.attempt < kMaxReplyAttempts && !m_stopping) {
        it->first() = reply;
        QTimer::singleShot(m_settings.retryBaseMs, this, [this, chatKey] { sendNextReply(chatKey); });
        return;
    }
    if (error.kind == Kind::Blocked) {
        // The rest of the chain cannot reach them either.
        try {
            m_delivery.setBlockedBot(reply.userId, true);
        } catch (const StorageError &storage) {
            qCWarning(lcTelegram).noquote() << "cannot mark a user who blocked the bot:" << storage.message();
        }
        m_replies.erase(it);
        return;
    }
    if (!result.ok() && error.kind != Kind::Aborted) {
        qCWarning(lcTelegram).noquote() << "reply" << reply.call.method << "failed:" << error.summary();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"reply_"_s + BotApiError::kindName(error.kind));
    }
    it->removeFirst();
    sendNextReply(chatKey);
}

void UpdateProcessor::scheduleDrain()
{
    if (m_stopping)
        return;
    const qint64 now = nowMs();
    qint64 wait = -1;
    for (auto it = m_deferred.cbegin(); it != m_deferred.cend(); ++it) {
        if (it->isEmpty())
            continue;
        const qint64 delay = m_flood.delayMs(it.key(), now);
        wait = wait < 0 ? delay : qMin(wait, delay);
    }
    if (wait < 0)
        return;
    // Never a busy loop, however the clock moves.
    m_drainTimer.start(int(qBound(qint64(1), wait, qint64(60000))));
}

void UpdateProcessor::drainDeferred()
{
    if (m_stopping)
        return;
    const QList<qint64> users = m_deferred.keys();
    for (qint64 user : users) {
        auto it = m_deferred.find(user);
        while (it != m_deferred.end() && !it->isEmpty() && m_flood.tryTake(user, nowMs())) {
            const TgUpdate update = it->takeFirst();
            bool processed = true;
            try {
                processed = ProcessedUpdateRepository(m_db.session()).contains(update.updateId);
            } catch (const StorageError &) {
                // Judged as handled: a deferred update is not worth a retry loop.
            }
            if (!processed)
                run(update);
            it = m_deferred.find(user);
        }
        if (it != m_deferred.end() && it->isEmpty())
            m_deferred.erase(it);
    }
    scheduleDrain();
}

void UpdateProcessor::stop()
{
    m_stopping = true;
    m_drainTimer.stop();
    m_pruneTimer.stop();
    m_deferred.clear();
    // The replies already in flight finish; those not started are dropped by sendNextReply().
}

void UpdateProcessor::prune()
{
    m_flood.prune(nowMs());
    try {
        ProcessedUpdateRepository(m_db.session()).pruneBefore(m_clock.now().addSecs(-kProcessedRetentionSecs));
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "cannot prune processed updates:" << error.message();
    }
}
