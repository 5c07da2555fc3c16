// The HTTP side of queue-service: routes, the guarded listener and Qt HttpServer wired together.
#pragma once

#include "http/apiserver.h"
#include "http/listenerguard.h"
#include "http/router.h"
#include "http/servicecontext.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

struct HttpSettings
{
    QHostAddress host = QHostAddress::Any;
    quint16 port = 8080;
    ListenerLimits limits;
    QString adminToken;
    QString tlsCertFile;
    QString tlsKeyFile;
};

class HttpService : public QObject
{
    Q_OBJECT
public:
    HttpService(ServiceContext &context, HttpSettings settings, QObject *parent = nullptr);
    ~HttpService() override;

    // Binds the listener; false with `error` set when the address or TLS files are unusable.
    bool listen(QString *error);
    quint16 port() const;
    // Stops accepting new connections; requests already received are answered.
    void stopAccepting();

    Router &router() { return m_router; }
    ApiServer &server() { return *m_server; }

private:
    ServiceContext &m_context;
    HttpSettings m_settings;
    Router m_router;
    Authenticator m_auth;
    std::unique_ptr<ApiServer> m_server;
    GuardedTcpServer *m_listener = nullptr;
};
