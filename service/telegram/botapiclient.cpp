#include "botapiclient.h"

#include "metrics/metrics.h"
#include "telegram/telegramlog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUrl>

Q_LOGGING_CATEGORY(lcTelegram, "queue.telegram")

using namespace Qt::StringLiterals;

namespace {

BotApiError classify(int code, const QString &description, int retryAfter)
{
    BotApiError error;
    error.code = code;
    error.description = description;
    using Kind = BotApiError::Kind;
    if (code == 429) {
        error.kind = Kind::Flood;
        error.retryAfterSecs = qMax(1, retryAfter);
    } else if (code == 403) {
        error.kind = Kind::Blocked;
    } else if (code == 400) {
        error.kind = description.contains(u"message is not modified"_s, Qt::CaseInsensitive) ? Kind::NotModified
                                                                                               : Kind::BadRequest;
    } else if (code == 401 || code == 404) {
        error.kind = Kind::Unauthorized;
    } else if (code == 409) {
        error.kind = Kind::Conflict;
    } else if (code >= 400 && code < 500) {
        error.kind = Kind::BadRequest;
    } else {
        error.kind = Kind::ServerError;
    }
    return error;
}

QString outcomeLabel(BotApiError::Kind kind)
{
    using Kind = BotApiError::Kind;
    switch (kind) {
    case Kind::None:
    case Kind::NotModified: return u"ok"_s;
    case Kind::Flood: return u"rate_limited"_s;
    case Kind::Network:
    case Kind::Timeout: return u"network"_s;
    default: return u"error"_s;
    }
}

// Telegram answered as a working Bot API with a valid token, whatever it said about this call.
bool telegramAnswered(BotApiError::Kind kind)
{
    using Kind = BotApiError::Kind;
    return kind == Kind::None || kind == Kind::NotModified || kind == Kind::Flood || kind == Kind::Blocked
        || kind == Kind::BadRequest || kind == Kind::Conflict;
}

// As many as QNetworkAccessManager opened to one host; the send rate limiter keeps far fewer busy.
constexpr int kSendConnections = 6;

QUrl origin(const QString &baseUrl)
{
    return QUrl(baseUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QElapsedTimer &monotonic()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

} // namespace

bool BotApiError::isTransient() const
{
    return kind == Kind::Flood || kind == Kind::ServerError || kind == Kind::Network || kind == Kind::Timeout;
}

QString BotApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"ok"_s;
    case Kind::Flood: return u"rate_limited"_s;
    case Kind::Blocked: return u"blocked"_s;
    case Kind::BadRequest: return u"bad_request"_s;
    case Kind::NotModified: return u"not_modified"_s;
    case Kind::Unauthorized: return u"unauthorized"_s;
    case Kind::Conflict: return u"conflict"_s;
    case Kind::ServerError: return u"server_error"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Aborted: return u"aborted"_s;
    }
    return u"error"_s;
}

QString BotApiError::summary() const
{
    QString text = kindName(kind);
    if (code != 0)
        text += u" (%1)"_s.arg(code);
    if (!description.isEmpty())
        text += u": "_s + description;
    return text;
}

BotApiClient::BotApiClient(const QString &baseUrl, const QString &token, Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_token(token)
    , m_metrics(metrics)
    , m_sends(origin(baseUrl), kSendConnections)
    , m_polls(origin(baseUrl), 1)
{
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl prefix(base + u"/bot"_s + token + u'/');
    m_pathPrefix = prefix.path(QUrl::FullyEncoded).toLatin1();
}

// The transports go with this object and call nobody back.
BotApiClient::~BotApiClient() = default;

quint64 BotApiClient::call(const QString &method, const QJsonObject &params, QObject *context, Callback done,
                           int timeoutMs)
{
    const quint64 id = m_nextId++;
    Call &call = m_calls[id];
    call.method = method;
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = std::move(done);
    call.startedNs = monotonic().nsecsElapsed();
    call.transport = method == u"getUpdates"_s ? &m_polls : &m_sends;
    // The transport may answer at once (a refused connection): `call` must be complete by then.
    const quint64 exchange = call.transport->post(m_pathPrefix + method.toLatin1(),
                                                  QJsonDocument(params).toJson(QJsonDocument::Compact),
                                                  timeoutMs > 0 ? timeoutMs : m_defaultTimeoutMs,
                                                  [this, id](const BotApiExchange &result) { finished(id, result); });
    if (const auto it = m_calls.find(id); it != m_calls.end())
        it->exchange = exchange;
    return id;
}

void BotApiClient::abort(quint64 id)
{
    const auto it = m_calls.constFind(id);
    if (it != m_calls.constEnd())
        it->transport->abort(it->exchange);
}

void BotApiClient::abortAll()
{
    const QList<quint64> ids = m_calls.keys();
    for (quint64 id : ids)
        abort(id);
}

QString BotApiClient::redact(QString text) const
{
    if (m_token.isEmpty())
        return text;
    text.replace(m_token, u"<token>"_s);
    text.replace(QString::fromLatin1(QUrl::toPercentEncoding(m_token)), u"<token>"_s);
    return text;
}

BotApiResult BotApiClient::interpret(int httpStatus, const QByteArray &body, const BotApiError &transport)
{
    BotApiResult result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject envelope = document.object();
    if (document.isObject() && envelope.value(u"ok"_s).isBool()) {
        if (envelope.value(u"ok"_s).toBool()) {
            result.result = envelope.value(u"result"_s);
            return result;
        }
        const int code = envelope.value(u"error_code"_s).toInt(httpStatus);
        const int retryAfter = envelope.value(u"parameters"_s).toObject().value(u"retry_after"_s).toInt();
        result.error = classify(code, envelope.value(u"description"_s).toString(), retryAfter);
        return result;
    }
    if (httpStatus == 0) {
        result.error = transport;
        if (result.error.kind == BotApiError::Kind::None) {
            result.error.kind = BotApiError::Kind::Network;
            result.error.description = u"no reply"_s;
        }
        return result;
    }
    if (httpStatus >= 200 && httpStatus < 300) {
        result.error.kind = BotApiError::Kind::ServerError;
        result.error.code = httpStatus;
        result.error.description = u"the reply is not a Bot API envelope"_s;
        return result;
    }
    result.error = classify(httpStatus, u"HTTP %1 without a Bot API envelope"_s.arg(httpStatus), 0);
    return result;
}

void BotApiClient::finished(quint64 id, const BotApiExchange &exchange)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call call = std::move(*it);
    m_calls.erase(it);
    const double seconds = double(monotonic().nsecsElapsed() - call.startedNs) / 1e9;

    BotApiResult result;
    if (exchange.failure == BotApiExchange::Failure::Aborted) {
        result.error.kind = BotApiError::Kind::Aborted;
        result.error.description = u"cancelled"_s;
    } else {
        BotApiError transport;
        if (exchange.failure != BotApiExchange::Failure::None) {
            transport.kind = exchange.failure == BotApiExchange::Failure::Timeout ? BotApiError::Kind::Timeout
                                                                                  : BotApiError::Kind::Network;
            transport.description = exchange.description;
        }
        result = interpret(exchange.status, exchange.body, transport);
        result.error.description = redact(result.error.description);
        record(call.method, result.error, seconds);
        if (telegramAnswered(result.error.kind))
            m_lastSuccess = QDateTime::currentDateTimeUtc();
    }
    if (call.done && (!call.hasContext || call.context))
        call.done(result);
    if (m_calls.isEmpty())
        emit idle();
}

void BotApiClient::record(const QString &method, const BotApiError &error, double seconds)
{
    if (!m_metrics)
        return;
    const std::string name = method.toStdString();
    m_metrics->telegramApiRequests.Add({{"method", name}, {"outcome", outcomeLabel(error.kind).toStdString()}})
        .Increment();
    m_metrics->telegramApiSeconds.Add({{"method", name}}, Metrics::latencyBuckets()).Observe(seconds);
}
