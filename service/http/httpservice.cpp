#include "httpservice.h"

#include "http/admin/adminroutes.h"
#include "http/operatorroutes.h"
#include "metrics/metrics.h"

using namespace Qt::StringLiterals;

HttpService::HttpService(ServiceContext &context, HttpSettings settings, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(std::move(settings))
    , m_auth(context.staff, m_settings.adminToken)
{
    addOperatorRoutes(m_router, m_context);
    addAdminRoutes(m_router, m_context);
    m_server = std::make_unique<ApiServer>(m_router, m_auth, &m_context.metrics);
}

HttpService::~HttpService() = default;

bool HttpService::listen(QString *error)
{
    m_listener = new GuardedTcpServer(m_settings.limits, m_server.get());
    if (!m_settings.tlsCertFile.isEmpty()) {
        // Not QAbstractHttpServer::sslSetup(): that only applies to its own listen(); the guarded
        // listener does the handshake itself, under the request deadline and the connection cap.
        const std::optional<QSslConfiguration> tls =
            GuardedTcpServer::loadTlsConfiguration(m_settings.tlsCertFile, m_settings.tlsKeyFile, error);
        if (!tls) {
            delete m_listener;
            m_listener = nullptr;
            return false;
        }
        m_listener->setTlsConfiguration(*tls);
    }
    connect(m_listener, &GuardedTcpServer::rejected, this, [this](const QString &reason) {
        m_context.metrics.countError(u"http_listener"_s, reason);
    });
    if (!m_listener->listen(m_settings.host, m_settings.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_settings.host.toString()).arg(m_settings.port).arg(
            m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_server->bind(m_listener);
    return true;
}

quint16 HttpService::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HttpService::stopAccepting()
{
    if (m_listener)
        m_listener->close();
}
