#include "apiclient.h"

#include "apienvelope.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace {

ApiFailure::Kind kindOfStatus(int status)
{
    switch (status) {
    case 400: return ApiFailure::Kind::Validation;
    case 401: return ApiFailure::Kind::Unauthorized;
    case 403: return ApiFailure::Kind::Forbidden;
    case 404: return ApiFailure::Kind::NotFound;
    case 409: return ApiFailure::Kind::Conflict;
    case 413: return ApiFailure::Kind::TooLarge;
    default: return ApiFailure::Kind::Server;
    }
}

} // namespace

ApiReply::ApiReply(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, &ApiReply::complete);
}

void ApiReply::onJson(QObject *context, std::function<void(const QJsonDocument &)> done)
{
    connect(this, &ApiReply::succeeded, context, [done](const QJsonDocument &json) { done(json); });
}

void ApiReply::onFailure(QObject *context, std::function<void(const ApiFailure &)> failed)
{
    connect(this, &ApiReply::failed, context, [failed](const ApiFailure &failure) { failed(failure); });
}

void ApiReply::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void ApiReply::complete()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    const QNetworkReply::NetworkError error = reply->error();
    reply->deleteLater();
    if (status >= 200 && status < 300) {
        emit succeeded(QJsonDocument::fromJson(body), body);
    } else {
        ApiFailure failure;
        failure.httpStatus = status;
        failure.body = body;
        if (status > 0) {
            const ApiErrorBody api = ApiErrorBody::fromJson(QJsonDocument::fromJson(body).object());
            failure.kind = kindOfStatus(status);
            failure.code = api.code;
            failure.message = api.message.isEmpty() ? reply->errorString() : api.message;
            failure.field = api.field;
        } else if (error == QNetworkReply::OperationCanceledError) {
            // Qt reports a transfer timeout as a cancelled operation too: it is ours only after abort().
            failure.kind = m_aborted ? ApiFailure::Kind::Cancelled : ApiFailure::Kind::Timeout;
        } else if (error == QNetworkReply::TimeoutError) {
            failure.kind = ApiFailure::Kind::Timeout;
        } else if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            failure.kind = ApiFailure::Kind::Tls;
            failure.sslErrors = m_sslErrors;
            failure.message = reply->errorString();
        } else {
            failure.kind = ApiFailure::Kind::Network;
            failure.message = reply->errorString();
        }
        emit failed(failure);
    }
    emit finished();
    deleteLater();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(false);
}

void ApiClient::setServer(const QUrl &server)
{
    m_server = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {});
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::remove(const QString &path)
{
    return send("DELETE", path, {}, {});
}

ApiReply *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &body)
{
    QUrl url = m_server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!m_trustedCertificate.isEmpty()) {
        // Only the certificate the person accepted for this server, nothing else.
        connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
            for (const QSslError &error : errors) {
                if (QCryptographicHash::hash(error.certificate().toDer(), QCryptographicHash::Sha256)
                    != m_trustedCertificate)
                    return;
            }
            reply->ignoreSslErrors(errors);
        });
    }
    auto *call = new ApiReply(reply, this);
    connect(call, &ApiReply::succeeded, this, [this] { setOnline(true); });
    connect(call, &ApiReply::failed, this, [this](const ApiFailure &failure) {
        if (failure.kind != ApiFailure::Kind::Cancelled)
            setOnline(!failure.isConnectionProblem());
        if (failure.kind == ApiFailure::Kind::Unauthorized)
            emit unauthorized();
        emit this->failure(failure);
    });
    return call;
}

void ApiClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}
