#include "updateprocessor.h"

#include "metrics/metrics.h"
#include "storage/processedupdaterepository.h"
#include "storage/updateinboxrepository.h"
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

// The webhook's answer may carry one Bot API call, though nobody learns whether it succeeded:
// only the callback's answer goes that way (at worst the button's spinner runs until it times
// out); messages are sent as calls of their own, which are retried. Taken out of `calls`.
QJsonObject takeInResponse(QList<BotCall> &calls)
{
    const auto it = std::find_if(calls.begin(), calls.end(),
                                 [](const BotCall &call) { return call.method == u"answerCallbackQuery"_s; });
    if (it == calls.end())
        return {};
    QJsonObject answer = it->params;
    answer.insert(u"method"_s, it->method);
    calls.erase(it);
    return answer;
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
    , m_flood(db, settings.floodRate, settings.floodBurst)
{
    // Everything that arrived in one turn of the event loop goes into one transaction.
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &UpdateProcessor::runBatch);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &UpdateProcessor::drainInbox);
    connect(&m_pruneTimer, &QTimer::timeout, this, &UpdateProcessor::prune);
    m_pruneTimer.start(kPruneIntervalMs);
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1);
}

UpdateProcessor::~UpdateProcessor()
{
    m_writer.waitForDone();
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

void UpdateProcessor::start()
{
    scheduleDrain(0);
}

void UpdateProcessor::submit(QList<TgUpdate> updates, bool replyInResponse, Done done)
{
    if (m_stopping) {
        done(QList<Answer>(updates.size()));
        return;
    }
    if (m_metrics) {
        for (const TgUpdate &update : std::as_const(updates))
            m_metrics->telegramUpdates.Add({{"type", typeLabel(update)}}).Increment();
    }
    m_queuedUpdates += int(updates.size());
    m_jobs.append(Job{std::move(updates), replyInResponse, std::move(done), false});
    scheduleBatch();
}

void UpdateProcessor::scheduleBatch()
{
    // Replies piling up: the next batch waits for them (replyDone() resumes), so the webhook
    // answers later and Telegram sends more slowly, instead of the backlog growing in memory.
    if (m_stopping || m_jobs.isEmpty() || m_batchRunning || m_batchTimer.isActive()
        || m_queuedReplies > kMaxQueuedReplies)
        return;
    m_batchTimer.start();
}

void UpdateProcessor::runBatch()
{
    if (m_stopping || m_jobs.isEmpty() || m_batchRunning)
        return;
    Batch batch;
    int count = 0;
    while (!m_jobs.isEmpty() && (count == 0 || count + m_jobs.first().updates.size() <= kMaxBatch)) {
        count += int(m_jobs.first().updates.size());
        batch.jobs.append(m_jobs.takeFirst());
    }
    m_queuedUpdates -= count;
    m_batchRunning = true;
    m_writer.start([this, batch = std::move(batch)]() mutable {
        commit(batch);
        {
            const std::lock_guard lock(m_finishedMutex);
            m_finished = std::move(batch);
        }
        QMetaObject::invokeMethod(this, &UpdateProcessor::finishBatch, Qt::QueuedConnection);
    });
}

void UpdateProcessor::commit(Batch &batch)
{
    int count = 0;
    for (const Job &job : std::as_const(batch.jobs))
        count += int(job.updates.size());
    try {
        m_db.write([&](Transaction &) {
            batch.items.clear(); // a retry after lock contention starts over
            batch.drainInMs = -1;
            for (const Job &job : std::as_const(batch.jobs)) {
                QList<Item> results;
                for (const TgUpdate &update : job.updates) {
                    Item item;
                    item.outcome = processOne(update, job.fromInbox, &item.calls, &batch.drainInMs);
                    results.append(item);
                }
                batch.items.append(results);
            }
        });
        batch.committed = true;
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "a batch of" << count << "updates could not be committed:" << error.message();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"storage"_s);
    }
}

void UpdateProcessor::finishBatch()
{
    std::optional<Batch> finished;
    {
        const std::lock_guard lock(m_finishedMutex);
        finished.swap(m_finished);
    }
    if (!finished)
        return; // answered already (by stop())
    m_batchRunning = false;
    Batch &batch = *finished;
    if (batch.committed && batch.drainInMs >= 0)
        scheduleDrain(batch.drainInMs);
    // The writer takes the next batch at once, while this one is answered here.
    if (m_queuedReplies <= kMaxQueuedReplies)
        runBatch();
    for (qsizetype j = 0; j < batch.jobs.size(); ++j) {
        const Job &job = batch.jobs.at(j);
        QList<Answer> answers;
        for (qsizetype i = 0; i < job.updates.size(); ++i) {
            Answer answer;
            if (batch.committed) {
                Item &item = batch.items[j][i];
                answer.outcome = item.outcome;
                if (job.replyInResponse)
                    answer.inResponse = takeInResponse(item.calls);
                const TgUser *sender = job.updates.at(i).sender();
                queueReplies(sender ? sender->id : 0, std::move(item.calls));
            }
            answers.append(answer);
        }
        job.done(answers);
    }
    scheduleBatch();
}

UpdateProcessor::Outcome UpdateProcessor::processOne(const TgUpdate &update, bool fromInbox, QList<BotCall> *calls,
                                                     qint64 *drainInMs)
{
    const SqlSession session = m_db.session();
    const UpdateInboxRepository inbox(session);
    const TgUser *sender = update.sender();
    const UpdateStanding standing = inbox.standing(update.updateId, sender ? sender->id : 0);
    if (standing.processed) {
        if (fromInbox)
            inbox.remove(update.updateId);
        return Outcome::Duplicate;
    }
    if (fromInbox || !sender)
        return run(update, fromInbox, calls);
    if (standing.held)
        return Outcome::Duplicate;
    // A person with updates held back stays behind them, so their updates keep their order.
    const int held = standing.heldForSender;
    qint64 delay = 0;
    if (held == 0 && m_flood.tryTake(sender->id, nowMs(), &delay))
        return run(update, false, calls);
    if (held > 0)
        delay = m_flood.delayMs(sender->id, nowMs());
    if (held >= m_settings.floodQueue) {
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"flood_dropped"_s);
        ProcessedUpdateRepository(session).markIfNew(update.updateId, u"flood_dropped"_s, m_clock.now());
        return Outcome::Dropped;
    }
    inbox.hold(update.updateId, sender->id, update.raw, m_clock.now());
    *drainInMs = *drainInMs < 0 ? delay : qMin(*drainInMs, delay);
    return Outcome::Deferred;
}

UpdateProcessor::Outcome UpdateProcessor::run(const TgUpdate &update, bool fromInbox, QList<BotCall> *calls)
{
    QElapsedTimer timer;
    timer.start();
    try {
        // The update's own savepoint: its effect, its leaving the inbox and its record go together.
        m_db.write([&](Transaction &tx) {
            QString effect;
            if (update.myChatMember) {
                effect = applyChatMember(update);
            } else {
                *calls = m_handler(update);
                effect = calls->isEmpty() ? u"ignored"_s : u"replied"_s;
            }
            if (fromInbox)
                UpdateInboxRepository(tx).remove(update.updateId);
            // Updates that changed the domain were recorded with that change; this records the rest.
            ProcessedUpdateRepository(tx).markIfNew(update.updateId, effect, m_clock.now());
        });
    } catch (const StorageError &error) {
        calls->clear();
        // A unique violation on processed_updates: an earlier (or concurrent) delivery committed
        // this update's change, and this attempt was rolled back whole.
        if (ProcessedUpdateRepository(m_db.session()).contains(update.updateId)) {
            if (fromInbox)
                UpdateInboxRepository(m_db.session()).remove(update.updateId);
            return Outcome::Duplicate;
        }
        qCWarning(lcTelegram).noquote() << "update" << update.updateId << "failed:" << error.message();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"storage"_s);
        return Outcome::Failed;
    } catch (const std::exception &error) {
        // A bug, not the database: retrying the same update would fail the same way.
        calls->clear();
        qCCritical(lcTelegram).noquote() << "update" << update.updateId << "could not be handled:" << error.what();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"handler"_s);
        if (fromInbox)
            UpdateInboxRepository(m_db.session()).remove(update.updateId);
        ProcessedUpdateRepository(m_db.session()).markIfNew(update.updateId, u"error"_s, m_clock.now());
        return Outcome::Dropped;
    }
    if (m_metrics)
        m_metrics->telegramUpdateSeconds.Add({{"type", typeLabel(update)}}, Metrics::latencyBuckets())
            .Observe(double(timer.nsecsElapsed()) / 1e9);
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

void UpdateProcessor::scheduleDrain(qint64 inMs)
{
    if (m_stopping || m_draining)
        return;
    // Never a busy loop, however the clock moves.
    const int wait = int(qBound(qint64(0), inMs, qint64(60000)));
    if (!m_drainTimer.isActive() || m_drainTimer.remainingTime() > wait)
        m_drainTimer.start(wait);
}

void UpdateProcessor::drainInbox()
{
    if (m_stopping || m_draining)
        return;
    QList<HeldUpdate> held;
    try {
        held = UpdateInboxRepository(m_db.session()).oldest(kMaxBatch);
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "cannot read the update inbox:" << error.message();
        scheduleDrain(m_settings.retryBaseMs);
        return;
    }
    if (held.isEmpty())
        return;
    // In update order; a person whose turn has not come blocks only their own later updates.
    // Their tokens are taken in one transaction (one commit for the whole pass, not one each).
    QList<TgUpdate> ready;
    qint64 soonest = -1;
    const qint64 now = nowMs();
    try {
        m_db.write([&](Transaction &) {
            ready.clear(); // a retry after lock contention starts over
            soonest = -1;
            QSet<qint64> waiting;
            for (const HeldUpdate &row : std::as_const(held)) {
                if (waiting.contains(row.telegramUserId))
                    continue;
                const std::optional<TgUpdate> update = TgUpdate::fromJson(row.payload);
                if (!update) {
                    // Unreadable (cannot happen for what we stored): nothing to wait for.
                    TgUpdate placeholder;
                    placeholder.updateId = row.updateId;
                    ready.append(placeholder);
                    continue;
                }
                qint64 delay = 0;
                if (m_flood.tryTake(row.telegramUserId, now, &delay)) {
                    ready.append(*update);
                    continue;
                }
                waiting.insert(row.telegramUserId);
                soonest = soonest < 0 ? delay : qMin(soonest, delay);
            }
        });
    } catch (const StorageError &error) {
        qCWarning(lcTelegram).noquote() << "cannot take flood tokens for the update inbox:" << error.message();
        scheduleDrain(m_settings.retryBaseMs);
        return;
    }
    if (ready.isEmpty()) {
        scheduleDrain(soonest);
        return;
    }
    m_draining = true;
    // Ahead of new arrivals: held updates are older.
    m_jobs.prepend(Job{ready, false, [this](const QList<Answer> &) {
                           m_draining = false;
                           scheduleDrain(0);
                       },
                       true});
    m_queuedUpdates += int(ready.size());
    scheduleBatch();
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
    m_queuedReplies += int(calls.size());
    if (idle)
        sendNextReply(userId);
}

void UpdateProcessor::sendNextReply(qint64 chatKey)
{
    const auto it = m_replies.find(chatKey);
    if (it == m_replies.end())
        return;
    if (it->isEmpty() || m_stopping) {
        m_queuedReplies -= int(it->size());
        m_replies.erase(it);
        replyDone();
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
        m_limiter.pauseUntil(nowMs() + qint64(error.retryAfterSecs) * 1000 + SendPacing::kMarginMs); // as the outbox
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
        m_queuedReplies -= int(it->size());
        m_replies.erase(it);
        replyDone();
        return;
    }
    if (!result.ok() && error.kind != Kind::Aborted) {
        qCWarning(lcTelegram).noquote() << "reply" << reply.call.method << "failed:" << error.summary();
        if (m_metrics)
            m_metrics->countError(u"telegram"_s, u"reply_"_s + BotApiError::kindName(error.kind));
    }
    it->removeFirst();
    --m_queuedReplies;
    sendNextReply(chatKey);
}

void UpdateProcessor::replyDone()
{
    if (m_queuedReplies <= kMaxQueuedReplies / 2)
        scheduleBatch();
}

void UpdateProcessor::stop()
{
    m_stopping = true;
    m_batchTimer.stop();
    m_drainTimer.stop();
    m_pruneTimer.stop();
    // The batch with the writer commits or fails, and is answered as it ended.
    m_writer.waitForDone();
    finishBatch();
    // Never committed, so never acknowledged: Telegram sends them again (held ones stay held).
    const QList<Job> jobs = std::exchange(m_jobs, {});
    m_queuedUpdates = 0;
    for (const Job &job : jobs)
        job.done(QList<Answer>(job.updates.size()));
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
