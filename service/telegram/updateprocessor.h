// Turns Telegram updates into their effects exactly once, in group commits: the updates that
// arrive together (webhook requests, a getUpdates batch) are processed in one transaction — each
// in a savepoint of its own — and acknowledged only after that transaction is durable. A person
// who floods has their updates held back in the database (the inbox), not in memory, so an
// acknowledged update survives SIGTERM and kill -9 and is processed after a restart, in order.
// Replies go out after the commit (one per chat at a time); the webhook's answer can carry one.
// The transactions run on a writer thread of their own (with its own connection), one batch at a
// time, so the event loop keeps taking requests — which become the next batch — while one commits.
#pragma once

#include "domain/clock.h"
#include "domain/outboxdelivery.h"
#include "storage/database.h"
#include "telegram/botapiclient.h"
#include "telegram/ratelimits.h"
#include "telegram/telegramsettings.h"
#include "telegram/telegramtypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <mutex>
#include <optional>

class Metrics;

class UpdateProcessor : public QObject
{
    Q_OBJECT
public:
    // The dialogues: one update in, the direct replies out (Dialogues::handle in production).
    using Handler = std::function<QList<BotCall>(const TgUpdate &)>;

    enum class Outcome {
        Processed, // its effect is committed and its replies are on their way
        Duplicate, // processed or held before (a redelivery): nothing done
        Deferred,  // the person floods: held in the inbox (durably), processed in its turn
        Dropped,   // the person floods beyond their inbox share, or the update cannot be handled: recorded, ignored
        Failed,    // not committed (the database failed, or shutting down); a redelivery can succeed
    };
    // What became of one update, after the commit.
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        // A Bot API call to carry in the webhook's answer ({"method": …, …}), when asked for.
        QJsonObject inResponse;
    };
    using Done = std::function<void(const QList<Answer> &answers)>;

    UpdateProcessor(Database &db, const Clock &clock, BotApiClient &client, SendRateLimiter &limiter, Handler handler,
                    Metrics *metrics, const TelegramSettings &settings, QObject *parent = nullptr);
    ~UpdateProcessor() override;

    // Queues `updates` for the next group commit; `done` gets one answer per update, in order,
    // once their transaction committed (or failed). `replyInResponse`: the caller can carry one
    // reply in its answer to Telegram (the webhook).
    void submit(QList<TgUpdate> updates, bool replyInResponse, Done done);
    // Starts processing what the inbox holds from before a restart.
    void start();
    // Takes nothing more: the batch being committed finishes and is answered; what is queued
    // behind it is answered Failed (never acknowledged).
    void stop();
    bool isStopping() const { return m_stopping; }
    // Updates queued for the next commit, and replies waiting to be sent.
    int queuedUpdates() const { return m_queuedUpdates; }
    int queuedReplies() const { return m_queuedReplies; }

    // Most updates in one transaction, and the reply backlog above which new batches wait (the
    // webhook then answers later, which slows Telegram down: backpressure instead of memory).
    static constexpr int kMaxBatch = 256;
    static constexpr int kMaxQueuedReplies = 400;

    static QString outcomeName(Outcome outcome);

private:
    struct Job
    {
        QList<TgUpdate> updates;
        bool replyInResponse = false;
        Done done;
        bool fromInbox = false;
    };
    struct Reply
    {
        BotCall call;
        qint64 userId = 0; // the Telegram user the reply answers
        int attempt = 0;
    };
    struct Item
    {
        Outcome outcome = Outcome::Failed;
        QList<BotCall> calls;
    };
    // A batch as the writer thread hands it back: the jobs, and for each update what became of it.
    struct Batch
    {
        QList<Job> jobs;
        QList<QList<Item>> items;
        bool committed = false;
        qint64 drainInMs = -1; // someone's updates were held: look at the inbox again then
    };
    // On the writer thread: one update inside the batch's transaction; its replies are collected
    // in `calls`.
    Outcome processOne(const TgUpdate &update, bool fromInbox, QList<BotCall> *calls, qint64 *drainInMs);
    Outcome run(const TgUpdate &update, bool fromInbox, QList<BotCall> *calls);
    QString applyChatMember(const TgUpdate &update);
    void commit(Batch &batch);
    // On the event loop: hands the next batch to the writer, and answers it once committed.
    void scheduleBatch();
    void runBatch();
    void finishBatch();
    void queueReplies(qint64 userId, QList<BotCall> calls);
    void sendNextReply(qint64 chatKey);
    void replyFinished(qint64 chatKey, Reply reply, const BotApiResult &result);
    void replyDone();
    void scheduleDrain(qint64 inMs);
    void drainInbox();
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
    FloodGate m_flood; // in the database: the writer takes tokens, the event loop drains the inbox
    QList<Job> m_jobs;
    int m_queuedUpdates = 0;
    QHash<qint64, QList<Reply>> m_replies; // by chat, the head is in flight
    int m_queuedReplies = 0;
    QTimer m_batchTimer;
    QTimer m_drainTimer;
    QTimer m_pruneTimer;
    bool m_draining = false; // an inbox job is queued or running
    bool m_stopping = false;
    bool m_batchRunning = false; // a batch is with the writer
    std::mutex m_finishedMutex;
    std::optional<Batch> m_finished; // the writer's result, not yet answered
    QThreadPool m_writer;            // one long-lived thread: it keeps its connection
};
