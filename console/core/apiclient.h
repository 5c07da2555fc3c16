// The console's connection to queue-service's admin API: one QNetworkAccessManager, the server's
// address and the bearer token, timeouts, and every failure decoded into an ApiFailure. Calls are
// asynchronous (an ApiReply per call, signals only; never a nested event loop). It also knows
// whether the server answers at all, for the offline banner.
#pragma once

#include "apifailure.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

// One call in flight; deletes itself after finished().
class ApiReply : public QObject
{
    Q_OBJECT
public:
    explicit ApiReply(QNetworkReply *reply, QObject *parent = nullptr);

    // Runs `done` with the decoded JSON body, unless `context` is gone; a shorthand for succeeded().
    void onJson(QObject *context, std::function<void(const QJsonDocument &)> done);
    // Runs `done` with T::fromJson(object), unless `context` is gone.
    template<typename T>
    void onValue(QObject *context, std::function<void(const T &)> done)
    {
        onJson(context, [done](const QJsonDocument &json) { done(T::fromJson(json.object())); });
    }
    void onFailure(QObject *context, std::function<void(const ApiFailure &)> failed);
    void abort();

signals:
    void succeeded(const QJsonDocument &json, const QByteArray &body);
    void failed(const ApiFailure &failure);
    void finished();

private:
    void complete();

    QPointer<QNetworkReply> m_reply;
    QStringList m_sslErrors;
    bool m_aborted = false;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    // https://host:port (any path is ignored; /api/v1/… is added per call).
    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }
    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // A certificate the person chose to trust for this server (SHA-256 of its DER), e.g. a
    // self-signed one; empty: only certificates the system trusts.
    void setTrustedCertificate(const QByteArray &sha256) { m_trustedCertificate = sha256; }

    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QJsonObject &body = {});
    ApiReply *put(const QString &path, const QJsonObject &body);
    ApiReply *patch(const QString &path, const QJsonObject &body);
    ApiReply *remove(const QString &path);

    // Whether the last call got an answer from the server (any HTTP status).
    bool isOnline() const { return m_online; }
    static constexpr int kDefaultTimeoutMs = 15000;

signals:
    // Every failed call, in one place (the status bar and the offline banner listen here).
    void failure(const ApiFailure &failure);
    void onlineChanged(bool online);
    // The token was refused: the session is over until a new one is given.
    void unauthorized();

private:
    ApiReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body);
    void setOnline(bool online);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QByteArray m_token;
    QByteArray m_trustedCertificate;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_online = true;
};
