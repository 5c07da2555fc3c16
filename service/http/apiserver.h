// Qt HttpServer with our own routing: synchronous handlers, bearer auth by role, JSON errors,
// and request metrics labelled by route template.
#pragma once

#include "http/authenticator.h"
#include "http/router.h"

#include <QAbstractHttpServer>

class Metrics;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const Router &router, const Authenticator &auth, Metrics *metrics, QObject *parent = nullptr);

    // Runs the request through routing, auth and the handler; exposed for in-process tests.
    HttpReply dispatch(const QHttpServerRequest &request, QString *routeLabel) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router &m_router;
    const Authenticator &m_auth;
    Metrics *m_metrics;
};
