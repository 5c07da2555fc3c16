#include "apiserver.h"

#include "http/apierror.h"
#include "http/listenerguard.h"
#include "metrics/metrics.h"
#include "storage/sqlsession.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcHttp, "queue.http")

using namespace Qt::StringLiterals;

namespace {

// Reads (exports, stats, big lists) are the work that can wait: their threads run at a lower
// scheduling priority, so on a busy machine the event loop and the update writer get the CPU
// first and /webhook answers as fast while viewers export. Linux keeps a nice value per thread.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10) == 0;
    Q_UNUSED(lowered)
#endif
}

} // namespace

ApiServer::ApiServer(const Router &router, const Authenticator &auth, Metrics *metrics, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_auth(auth)
    , m_metrics(metrics)
{
    // Long-lived threads: each keeps its database connection (a thread that ended would leave
    // its connection behind).
    m_readers.setMaxThreadCount(kReaderThreads);
    m_readers.setExpiryTimeout(-1);
}

ApiServer::~ApiServer()
{
    m_readers.waitForDone();
}

HttpReply ApiServer::dispatch(const QHttpServerRequest &request, QString *routeLabel) const
{
    const Router::Match match = m_router.match(request.method(), request.url().path());
    if (!match.route) {
        *routeLabel = u"unmatched"_s;
        if (!match.allowedMethods.isEmpty()) {
            HttpReply reply = errorReply(ApiError(ApiError::Kind::MethodNotAllowed, u"method_not_allowed"_s,
                                                  u"allowed: "_s + match.allowedMethods.join(u", "_s)));
            reply.headers.append(qMakePair(QByteArray("Allow"), match.allowedMethods.join(u", "_s).toLatin1()));
            return reply;
        }
        return errorReply(ApiError(ApiError::Kind::NotFound, u"not_found"_s,
                                   u"no such route: "_s + request.url().path()));
    }
    *routeLabel = match.route->pattern;
    RequestContext context = RequestContext::of(request, match.params);
    if (match.route->access != Access::Public) {
        context.staff = m_auth.authenticate(request);
        if (!context.staff)
            return errorReply(
                ApiError(ApiError::Kind::Unauthorized, u"unauthorized"_s, u"a valid bearer token is required"_s));
        if (!Authenticator::allows(context.staff->role, match.route->access))
            return errorReply(ApiError(ApiError::Kind::Forbidden, u"forbidden"_s,
                                       u"the %1 role cannot do this"_s.arg(enumName(context.staff->role))));
    }
    if (match.route->onWorker)
        return offload(*match.route, std::move(context));
    return invoke(*match.route, context);
}

HttpReply ApiServer::invoke(const Route &route, RequestContext &context) const
{
    try {
        return route.handler(context);
    } catch (const ApiError &error) {
        return errorReply(error);
    } catch (const StorageError &error) {
        qCWarning(lcHttp).noquote() << "storage error on" << route.pattern << error.message();
        if (m_metrics)
            m_metrics->countError(u"http"_s, u"storage"_s);
        return errorReply(ApiError(ApiError::Kind::Unavailable, u"storage_unavailable"_s,
                                   u"the database is not available; try again"_s));
    }
}

HttpReply ApiServer::offload(const Route &route, RequestContext context) const
{
    // A bounded line: beyond it a reader is asked to come back rather than queue without end.
    if (m_queuedReads.fetch_add(1) >= kMaxQueuedReads) {
        --m_queuedReads;
        HttpReply busy = errorReply(ApiError(ApiError::Kind::Unavailable, u"busy"_s,
                                             u"too many reads are waiting; try again shortly"_s));
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return busy;
    }
    auto promise = std::make_shared<DeferredReply>();
    m_readers.start([this, &route, context = std::move(context), promise]() mutable {
        lowerThisThreadsPriority();
        const HttpReply reply = invoke(route, context);
        --m_queuedReads;
        promise->complete(reply);
    });
    return HttpReply::later(promise);
}

namespace {

void write(QHttpServerResponder &responder, const HttpReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

} // namespace

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QString route;
    const HttpReply reply = dispatch(request, &route);

    // The answer goes out in one piece: without this, Nagle holds back the tail of a larger
    // answer (/metrics) until the client's delayed ACK, some 40 ms later.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString method = Router::methodName(request.method());
    const auto observe = [this, method, route, timer](int status) {
        if (m_metrics)
            m_metrics->observeHttp(method, route, status, double(timer->nsecsElapsed()) / 1e9);
    };
    if (!reply.deferred) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, reply);
        observe(reply.status);
        return true;
    }
    // Answered later, on this thread, if the client is still there; until then the listener
    // guard keeps the connection open even if the request asked to close it after the answer.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> client(socket);
    ConnectionGuard::setResponsePending(socket, true);
    reply.deferred->setSink([this, responder, client, observe](const HttpReply &answer) {
        QMetaObject::invokeMethod(this, [responder, client, observe, answer] {
            if (!client || client->state() != QAbstractSocket::ConnectedState)
                return; // gone: nobody to answer, and its socket may be half torn down
            write(*responder, answer);
            observe(answer.status);
            ConnectionGuard::setResponsePending(client, false);
        });
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request, including unknown routes.
}
