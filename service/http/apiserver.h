// Qt HttpServer with our own routing: synchronous handlers, bearer auth by role, JSON errors,
// and request metrics labelled by route template. Authenticated reads run on a small pool of
// reader threads and are answered from there (deferred), so the event loop stays free for
// /health and /webhook; everything else runs on the event loop.
#pragma once

#include "http/authenticator.h"
#include "http/router.h"

#include <QAbstractHttpServer>
#include <QThreadPool>

#include <atomic>

class Metrics;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const Router &router, const Authenticator &auth, Metrics *metrics, QObject *parent = nullptr);
    ~ApiServer() override;

    // Reads at once, and reads waiting (beyond: 503 busy).
    static constexpr int kReaderThreads = 2;
    static constexpr int kMaxQueuedReads = 64;

    // Runs the request through routing, auth and the handler; exposed for in-process tests.
    HttpReply dispatch(const QHttpServerRequest &request, QString *routeLabel) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply invoke(const Route &route, RequestContext &context) const;
    HttpReply offload(const Route &route, RequestContext context) const;

    const Router &m_router;
    const Authenticator &m_auth;
    Metrics *m_metrics;
    mutable QThreadPool m_readers;
    mutable std::atomic<int> m_queuedReads = 0;
};
