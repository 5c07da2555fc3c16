#include "updatepoller.h"

#include "telegram/telegramlog.h"
#include "telegram/telegramtypes.h"
#include "telegram/updateprocessor.h"

#include <QPointer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// An update the database keeps refusing is skipped after this many tries, so one bad update
// cannot stop the bot.
constexpr int kMaxUpdateFailures = 5;
// Slack on top of the long-poll timeout before the transfer itself is given up.
constexpr int kTransferSlackMs = 10000;
constexpr int kConfirmTimeoutMs = 2000;

} // namespace

UpdatePoller::UpdatePoller(BotApiClient &client, UpdateProcessor &processor, const TelegramSettings &settings,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_processor(processor)
    , m_settings(settings)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &UpdatePoller::next);
}

QJsonArray UpdatePoller::allowedUpdates()
{
    return {u"message"_s, u"callback_query"_s, u"my_chat_member"_s};
}

void UpdatePoller::start()
{
    m_running = true;
    next();
}

void UpdatePoller::next()
{
    if (!m_running)
        return;
    if (m_webhookDeleted)
        poll();
    else
        deleteWebhook();
}

void UpdatePoller::deleteWebhook()
{
    // drop_pending_updates stays false: updates that waited for the webhook are polled instead.
    m_call = m_client.call(u"deleteWebhook"_s, {{u"drop_pending_updates"_s, false}}, this,
                           [this](const BotApiResult &result) {
                               m_call = 0;
                               if (!m_running)
                                   return;
                               if (!result.ok()) {
                                   failed(u"deleteWebhook"_s, result.error);
                                   return;
                               }
                               m_webhookDeleted = true;
                               poll();
                           });
}

void UpdatePoller::poll()
{
    const QJsonObject params{{u"offset"_s, m_offset},
                             {u"timeout"_s, m_settings.pollTimeoutSecs},
                             {u"limit"_s, 100},
                             {u"allowed_updates"_s, allowedUpdates()}};
    m_pollTimer.start();
    m_call = m_client.call(
        u"getUpdates"_s, params, this,
        [this](const BotApiResult &result) {
            m_call = 0;
            if (!m_running)
                return;
            if (!result.ok()) {
                failed(u"getUpdates"_s, result.error);
                return;
            }
            m_failures = 0;
            m_confirmedOffset = m_offset;
            handleBatch(result.result.toArray());
        },
        m_settings.pollTimeoutSecs * 1000 + kTransferSlackMs);
}

void UpdatePoller::handleBatch(const QJsonArray &updates)
{
    QList<TgUpdate> batch;
    for (const QJsonValue &value : updates) {
        std::optional<TgUpdate> update = TgUpdate::fromJson(value.toObject());
        if (!update) {
            qCWarning(lcTelegram) << "getUpdates returned something that is not an update";
            continue;
        }
        if (update->updateId < m_offset)
            continue; // a server that ignores offset sends it again
        batch.append(std::move(*update));
    }
    if (batch.isEmpty()) {
        pollAgain(false);
        return;
    }
    // The whole batch in one group commit; the offset moves past an update only once its effect
    // is durable, so whatever is not confirmed comes again and processed_updates skips it.
    QList<qint64> ids;
    for (const TgUpdate &update : std::as_const(batch))
        ids.append(update.updateId);
    m_processor.submit(std::move(batch), false,
                       [self = QPointer<UpdatePoller>(this), ids](const QList<UpdateProcessor::Answer> &answers) {
                           if (self)
                               self->batchDone(ids, answers);
                       });
}

void UpdatePoller::batchDone(const QList<qint64> &ids, const QList<UpdateProcessor::Answer> &answers)
{
    if (!m_running)
        return;
    bool anyNew = false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        const UpdateProcessor::Outcome outcome = answers.at(i).outcome;
        if (outcome == UpdateProcessor::Outcome::Failed && m_processor.isStopping())
            return; // unconfirmed: the next start gets it again
        if (outcome == UpdateProcessor::Outcome::Failed) {
            const int failures = ++m_updateFailures[id];
            if (failures < kMaxUpdateFailures) {
                // Not confirmed: the next poll starts from this update again.
                waitThenNext(m_settings.retryBaseMs * failures);
                return;
            }
            qCCritical(lcTelegram) << "skipping update" << id << "after" << failures << "failed attempts";
        }
        m_updateFailures.remove(id);
        anyNew = anyNew || outcome != UpdateProcessor::Outcome::Duplicate;
        m_offset = id + 1;
    }
    pollAgain(anyNew);
}

void UpdatePoller::pollAgain(bool anyNew)
{
    // Telegram answers an empty poll only after the timeout; a server that answers at once (an
    // emulator), or sends only what we already have, is not asked again in a tight loop.
    const bool early = m_settings.pollTimeoutSecs == 0 || m_pollTimer.elapsed() < qint64(m_settings.pollTimeoutSecs) * 500;
    if (!anyNew && early)
        waitThenNext(m_settings.retryBaseMs);
    else
        next();
}

void UpdatePoller::failed(const QString &what, const BotApiError &error)
{
    ++m_failures;
    int waitMs = int(qMin<qint64>(m_settings.retryMaxMs, qint64(m_settings.retryBaseMs) << qMin(m_failures - 1, 20)));
    // Jitter: half the wait fixed, half random, so instances do not retry in step.
    waitMs = waitMs / 2 + int(QRandomGenerator::global()->bounded(waitMs / 2 + 1));
    using Kind = BotApiError::Kind;
    if (error.kind == Kind::Flood)
        waitMs = error.retryAfterSecs * 1000;
    if (error.kind == Kind::Conflict)
        m_webhookDeleted = false; // a webhook was set meanwhile (or another instance polls)
    if (error.kind == Kind::Unauthorized)
        qCCritical(lcTelegram).noquote() << what << "refused: Telegram does not accept TELEGRAM_BOT_TOKEN";
    else if (m_failures == 1 || m_failures % 10 == 0)
        qCWarning(lcTelegram).noquote() << what << "failed:" << error.summary() << "- retrying in" << waitMs << "ms";
    waitThenNext(waitMs);
}

void UpdatePoller::waitThenNext(int ms)
{
    m_wait.start(qMax(1, ms));
}

void UpdatePoller::stop()
{
    if (!m_running) {
        emit stopped();
        return;
    }
    m_running = false;
    m_wait.stop();
    if (m_call != 0)
        m_client.abort(m_call);
    if (m_offset <= m_confirmedOffset) {
        emit stopped();
        return;
    }
    // Confirms the processed updates so the next start is not sent them again; one more update
    // may come back, unconfirmed, and waits for the next start.
    m_client.call(u"getUpdates"_s, {{u"offset"_s, m_offset}, {u"timeout"_s, 0}, {u"limit"_s, 1}}, this,
                  [this](const BotApiResult &) { emit stopped(); }, kConfirmTimeoutMs);
}
