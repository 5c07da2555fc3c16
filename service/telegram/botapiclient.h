// Telegram's Bot API over HTTP: one JSON POST per call to {base}/bot{token}/{method}, the reply's
// envelope turned into a result or a typed error. The token never leaves this class: URLs are
// never logged and error texts are redacted.
#pragma once

#include "telegram/botapitransport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>

class Metrics;

struct BotApiError
{
    enum class Kind {
        None,
        Flood,        // 429: wait retryAfterSecs
        Blocked,      // 403: the person blocked the bot or deleted their account
        BadRequest,   // 400 and other 4xx: this call will never succeed as it is
        NotModified,  // 400 "message is not modified": harmless, treated as success
        Unauthorized, // 401/404: the token is wrong or revoked
        Conflict,     // 409: a webhook is set, or another instance polls with this token
        ServerError,  // 5xx or a reply that is not Telegram's envelope
        Network,      // no HTTP answer: refused, reset, DNS, TLS
        Timeout,      // no answer within the transfer timeout
        Aborted,      // cancelled by us (shutdown)
    };
    Kind kind = Kind::None;
    int code = 0;        // Telegram's error_code, else the HTTP status; 0 without an answer
    QString description; // Telegram's description or the transport error, token redacted
    int retryAfterSecs = 0;

    // A call that did what it was asked (NotModified included).
    bool succeeded() const { return kind == Kind::None || kind == Kind::NotModified; }
    // Worth repeating unchanged later: Telegram or the way to it was not working.
    bool isTransient() const;
    // snake_case, fit for metric labels and last_error: "flood", "blocked", ...
    static QString kindName(Kind kind);
    // "blocked (403): Forbidden: bot was blocked by the user"
    QString summary() const;
};

struct BotApiResult
{
    QJsonValue result; // the envelope's "result" when the call succeeded
    BotApiError error;
    bool ok() const { return error.succeeded(); }
};

class BotApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const BotApiResult &)>;

    BotApiClient(const QString &baseUrl, const QString &token, Metrics *metrics, QObject *parent = nullptr);
    ~BotApiClient() override;

    // Calls `method` with `params` as the JSON body. `done` runs later on this thread, once,
    // unless `context` was destroyed first; timeoutMs 0 means the default request timeout.
    // Returns an id for abort().
    quint64 call(const QString &method, const QJsonObject &params, QObject *context, Callback done,
                 int timeoutMs = 0);
    void abort(quint64 id);
    void abortAll();
    int inFlight() const { return int(m_calls.size()); }

    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    // When Telegram last answered as a working Bot API (any envelope but a 401/5xx); invalid if never.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // `text` with the token replaced, for anything that may reach a log.
    QString redact(QString text) const;

    // Classifies one HTTP exchange; public for the unit tests.
    static BotApiResult interpret(int httpStatus, const QByteArray &body, const BotApiError &transport);

signals:
    // The last call in flight finished.
    void idle();

private:
    struct Call
    {
        QString method;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        qint64 startedNs = 0;
        BotApiTransport *transport = nullptr;
        quint64 exchange = 0; // the transport's id
    };
    void finished(quint64 id, const BotApiExchange &exchange);
    void record(const QString &method, const BotApiError &error, double seconds);

    QString m_token;
    QByteArray m_pathPrefix; // {base path}/bot{token}/, percent-encoded
    Metrics *m_metrics;
    BotApiTransport m_sends;
    // getUpdates holds its connection for the whole long poll: on a transport of its own it never
    // takes one of the connections the sends share.
    BotApiTransport m_polls;
    QHash<quint64, Call> m_calls;
    quint64 m_nextId = 1;
    int m_defaultTimeoutMs = 15000;
    QDateTime m_lastSuccess;
};
