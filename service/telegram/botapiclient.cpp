#include "botapiclient.h"

#include "metrics/metrics.h"
#include "telegram/telegramlog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
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
    , m_baseUrl(baseUrl)
    , m_token(token)
    , m_metrics(metrics)
{
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

BotApiClient::~BotApiClient()
{
    // Replies still running belong to m_network; nothing may call back into a half-destroyed client.
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
    m_calls.clear();
}

quint64 BotApiClient::call(const QString &method, const QJsonObject &params, QObject *context, Callback done,
                           int timeoutMs)
{
    QNetworkRequest request(QUrl(m_baseUrl + u"/bot"_s + m_token + u'/' + method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_defaultTimeoutMs);
    QNetworkAccessManager &network = method == u"getUpdates"_s ? m_pollNetwork : m_network;
    QNetworkReply *reply = network.post(request, QJsonDocument(params).toJson(QJsonDocument::Compact));
    const quint64 id = m_nextId++;
    Call call;
    call.id = id;
    call.method = method;
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = std::move(done);
    call.startedNs = monotonic().nsecsElapsed();
    m_calls.insert(reply, std::move(call));
    m_ids.insert(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    return id;
}

void BotApiClient::abort(quint64 id)
{
    QNetworkReply *reply = m_ids.value(id);
    if (!reply)
        return;
    m_calls[reply].aborted = true;
    reply->abort();
}

void BotApiClient::abortAll()
{
    const QList<quint64> ids = m_ids.keys();
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

void BotApiClient::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_calls.find(reply);
    if (it == m_calls.end())
        return;
    Call call = std::move(*it);
    m_calls.erase(it);
    m_ids.remove(call.id);
    const double seconds = double(monotonic().nsecsElapsed() - call.startedNs) / 1e9;

    BotApiResult result;
    if (call.aborted) {
        result.error.kind = BotApiError::Kind::Aborted;
        result.error.description = u"cancelled"_s;
    } else {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        BotApiError transport;
        if (status == 0 && reply->error() != QNetworkReply::NoError) {
            // A transfer timeout aborts the reply: Qt reports it as cancelled (or, later, as a timeout).
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
            transport.kind = timedOut ? BotApiError::Kind::Timeout : BotApiError::Kind::Network;
            transport.description = timedOut ? u"no reply within the transfer timeout"_s : reply->errorString();
        }

        result = interpret(status, reply->isOpen() ? reply->readAll() : QByteArray(), transport);
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
