// A Telegram Bot API server in the test process, on a free loopback port: getUpdates with real
// offset and long-poll timeout semantics, the sending methods, webhooks and getMe, answering in
// Telegram's envelope. Failures can be injected (429 with retry_after, 403, 500, slow replies,
// dropped connections), and every call is recorded with the time it arrived, so tests assert on
// texts, keyboards and rates. It runs in a thread of its own, so arrival times stay accurate while
// the test's thread is busy; every public method may be called from the test's thread.
#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QRecursiveMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace TestSupport {

class ServiceProcess;

struct SendRates
{
    int busiestSecond = 0;          // most sends arriving within any 1000 ms
    qint64 closestToChat = 1 << 30; // smallest gap between two sends to one chat, ms
};

// SIGTERM and wait with the event loop running, so a fake in this process keeps answering the
// calls the service finishes while it shuts down; the exit code, -1 if it crashed or hung.
int stopServing(ServiceProcess &service);

class FakeBotApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit FakeBotApi(QString token = QStringLiteral("123456789:TEST-token_for-the-fake"));
    ~FakeBotApi() override;

    bool listen();
    quint16 port() const;
    // TELEGRAM_API_URL for the bot: http://127.0.0.1:PORT
    QString baseUrl() const;
    QString token() const { return m_token; }
    // TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL for a ServiceProcess that talks to this fake.
    QStringList serviceEnvironment() const;

    // Updates for getUpdates; update_id is assigned (increasing) when absent. Returns the id.
    qint64 pushUpdate(QJsonObject update);
    qint64 pushMessage(qint64 userId, const QString &text, const QString &languageCode = QStringLiteral("en"));
    qint64 pushCallback(qint64 userId, const QString &data, qint64 messageId = 1);
    qint64 pushChatMember(qint64 userId, const QString &newStatus);
    // The Update objects themselves (for posting to a webhook), with the given update_id.
    static QJsonObject messageUpdate(qint64 updateId, qint64 userId, const QString &text,
                                     const QString &languageCode = QStringLiteral("en"));
    static QJsonObject callbackUpdate(qint64 updateId, qint64 userId, const QString &data, qint64 messageId = 1);
    static QJsonObject chatMemberUpdate(qint64 updateId, qint64 userId, const QString &newStatus);
    qint64 nextUpdateId() const;

    struct Call
    {
        QString method;
        QJsonObject params;
        qint64 atMs = 0;   // arrival, ms since the fake started
        int status = 0;    // what we answered; 0 = the connection was dropped
        QString pathToken; // the token in the URL
    };
    QList<Call> calls(const QString &method = {}) const;
    // Calls of `method` answered with ok:true (what Telegram actually "did").
    QList<Call> succeeded(const QString &method) const;
    // sendMessage calls answered ok, to `chatId` (0: all).
    QList<Call> messagesTo(qint64 chatId = 0) const;
    void clearCalls();
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // An injected failure: answers `status` (0 drops the connection) with Telegram's envelope,
    // after `delayMs`; for `method` (empty: any) and `chatId` (0: any); `times` < 0: until removed.
    struct Failure
    {
        QString method;
        qint64 chatId = 0;
        int status = 500;
        int retryAfter = 0;
        QString description;
        int delayMs = 0;
        int times = -1;
    };
    void addFailure(const Failure &failure);
    void clearFailures();
    // Every request's connection dropped (Telegram unreachable) until set back.
    void setOutage(bool outage);
    // Every answer of `method` delayed.
    void setDelay(const QString &method, int ms);
    // getUpdates returns everything pushed, as an emulator that ignores offset would.
    void setIgnoreOffset(bool ignore);

    // Updates below this were confirmed by a getUpdates offset.
    qint64 confirmedOffset() const;
    int pendingPolls() const;
    QString webhookUrl() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Held
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QString method;
        qint64 offset = 0;
        qint64 deadlineMs = 0;
        int callIndex = -1;
        bool poll = false;  // a getUpdates waiting for updates or its timeout
        QJsonObject reply;  // the answer, once decided
        int status = 0;     // its status; 0 while undecided, -1 for a dropped connection
    };
    // Runs `work` in the server's thread, waiting for it.
    void run(const std::function<void()> &work);
    QJsonObject answer(const QString &method, const QJsonObject &params, int *status);
    QJsonArray pendingUpdates(qint64 offset) const;
    void confirm(qint64 offset);
    void answerPolls();
    void answerDue();
    void write(Held &held, int status, const QJsonObject &body);
    void dropConnection(Held &held);
    static QJsonObject error(int code, const QString &description, int retryAfter = 0);

    QString m_token;
    QThread m_thread;
    mutable QRecursiveMutex m_mutex; // the recorded state, read from the test's thread
    QTcpServer *m_listener = nullptr;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QList<QJsonObject> m_updates;
    qint64 m_nextUpdateId = 1000;
    qint64 m_confirmedOffset = 0;
    qint64 m_nextMessageId = 1;
    QList<Call> m_calls;
    QList<Failure> m_failures;
    QHash<QString, int> m_delays;
    QList<std::shared_ptr<Held>> m_held;
    QTimer *m_tick = nullptr;
    QJsonObject m_webhook;
    bool m_outage = false;
    bool m_ignoreOffset = false;
};

// The chat a Bot API call was for (its chat_id; 0: none).
qint64 chatOf(const FakeBotApi::Call &call);

// From the arrival times (one timeline) of sendMessage calls the fake answered, failed ones
// included (Telegram counts those too); connections dropped without an answer never reached
// "Telegram".
SendRates sendRates(QList<FakeBotApi::Call> calls);

} // namespace TestSupport
