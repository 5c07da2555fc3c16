// The listener in front of Qt HttpServer 6.4, which has no limits of its own: caps header and
// body bytes (413 and close), closes idle or trickling connections, caps concurrent connections
// and those from one client address, and answers malformed request lines with 400 before the
// HTTP parser sees them. Optionally TLS.
//
// How it sits in front of Qt: every accepted socket gets a ConnectionGuard whose readyRead slot
// is connected before QAbstractHttpServer's (so it runs first on every readyRead) and peeks the
// bytes Qt is about to read. The guard tracks HTTP/1.1 framing itself; when a request breaks a
// rule it disconnects Qt's slot, drains the socket, answers with a JSON error and closes, so Qt's
// parser never sees a byte of a rejected request.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaObject>
#include <QPair>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

struct ListenerLimits
{
    int maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 256;
    // From one client address, so one client cannot lock everyone else out; addresses in
    // trustedProxies (a reverse proxy that carries everyone's requests) are not capped.
    int maxConnectionsPerAddress = 32;
    QList<QPair<QHostAddress, int>> trustedProxies; // subnets
    int idleTimeoutMs = 30000;    // no request on a kept-alive connection
    int requestTimeoutMs = 10000; // a started request must arrive completely within this
};

// Incremental HTTP/1.1 request framing, fed with the bytes of one connection as they arrive.
// Strict where Qt's http_parser would fail (it then drops the socket's signals and leaks it)
// and where a stranger could make the service buffer without bound.
class HttpRequestFramer
{
public:
    enum class Verdict {
        Ok,
        Malformed,           // 400
        HeaderTooLarge,      // 413: request line + headers over maxHeaderBytes
        BodyTooLarge,        // 413: body over maxBodyBytes (chunked: or over twice that on the wire)
        NotImplemented,      // 501: unknown method or transfer coding
        VersionNotSupported, // 505: HTTP/x.y other than 1.0 and 1.1
        Pipelined,           // 400: a second request in the same read (Qt would merge them)
    };
    struct Result
    {
        Verdict verdict = Verdict::Ok;
        const char *detail = ""; // a fixed phrase; never echoes what the client sent
        int completed = 0;       // requests completed by this chunk
    };

    HttpRequestFramer(int maxHeaderBytes, qint64 maxBodyBytes);

    // Feeds the next bytes of the connection; after a verdict other than Ok the framer is spent.
    Result feed(QByteArrayView bytes);
    // A request has begun (its first byte arrived) and is not complete yet.
    bool inRequest() const { return m_state != State::Start && m_state != State::Failed; }
    // The last completed request asked to close the connection after its response
    // (Connection: close, HTTP/1.0 without keep-alive, or a protocol upgrade).
    bool closeRequested() const { return m_closeAfter; }

private:
    enum class State {
        Start,
        Method,
        Target,
        Version,
        RequestLineEnd,
        FieldStart,
        FieldName,
        FieldValue,
        FieldEnd,
        HeadEnd,
        Body,
        ChunkSize,
        ChunkExtension,
        ChunkSizeEnd,
        ChunkData,
        ChunkDataCr,
        ChunkDataLf,
        Failed,
    };

    Result fail(Result &result, Verdict verdict, const char *detail);
    bool takeField(const char **detail);
    Verdict headComplete(const char **detail);
    void completeRequest(Result &result);
    void resetRequest();

    const int m_maxHeaderBytes;
    const qint64 m_maxBodyBytes;
    State m_state = State::Start;
    bool m_inTrailers = false;
    bool m_completedInThisChunk = false;
    bool m_closeAfter = false;
    qint64 m_headBytes = 0;
    qint64 m_bodyBytes = 0; // chunked: on the wire, chunk framing and trailers included
    qint64 m_bodyData = 0;  // chunked: the data alone
    qint64 m_remaining = 0; // of a Content-Length body or of the current chunk
    qint64 m_targetLength = 0;
    QByteArray m_token; // method, target prefix, version, field name or chunk size
    QByteArray m_value; // value of a field we look at
    bool m_keepValue = false;
    bool m_http10 = false;
    bool m_isOptions = false;
    bool m_hasContentLength = false;
    qint64 m_contentLength = 0;
    bool m_hasTransferEncoding = false;
    bool m_chunked = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_connectionUpgrade = false;
    bool m_upgrade = false;
};

// One accepted connection: feeds the framer, runs the idle / request timers, rejects and closes.
// A child of its socket, so it lives exactly as long as the socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const ListenerLimits &limits);

    QTcpSocket *socket() const { return m_socket; }
    // TLS: runs the server handshake under the request deadline, then calls `handOver`.
    void startTlsHandshake(std::function<void()> handOver);
    // Qt's slots are connected now (`serverConnected`): connect the guard's after-read slot.
    void handedOver(bool serverConnected);
    // Answers with a JSON error of `status` and closes the connection.
    void refuse(int status, const QString &code, const QString &message);
    // The server answers `socket`'s request later (deferred): a request that asked to close the
    // connection after its answer is closed only once the answer is written (pending false).
    static void setResponsePending(QTcpSocket *socket, bool pending);

signals:
    void rejected(const QString &reason);

private:
    enum class State { Handshake, Idle, Request, Closing };

    void beforeServerRead();
    void afterServerRead();
    void reject(const HttpRequestFramer::Result &result);
    void onTimeout();
    void checkServerStillListens();
    void finish(const QByteArray &response);
    // Closes after the answer to a request that asked for it (now, or once a deferred one is written).
    void closeAfterAnswer();
    void drain();
    void shutdownWriteWhenFlushed();
    void abortAndDelete();

    QTcpSocket *m_socket;
    const ListenerLimits m_limits;
    HttpRequestFramer m_framer;
    QTimer m_timer;
    State m_state = State::Idle;
    qint64 m_seenUnread = 0; // bytes the guard has inspected that Qt has not read yet
    bool m_afterSlot = false;
    bool m_closeAfterResponse = false;
    bool m_responsePending = false;
    bool m_writeShutDown = false;
    int m_requests = 0;
    QMetaObject::Connection m_beforeRead;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ListenerLimits limits, QObject *parent = nullptr);

    // Reads TLS_CERT_FILE / TLS_KEY_FILE (PEM or DER; the certificate file may hold the chain)
    // and checks that the key belongs to the certificate. nullopt with `error` set otherwise.
    static std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certFile, const QString &keyFile,
                                                                 QString *error);
    // Serve HTTPS instead of HTTP on connections accepted from now on.
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }

    int openConnections() const { return m_open; }
    const ListenerLimits &limits() const { return m_limits; }

    QTcpSocket *nextPendingConnection() override;

signals:
    // A connection was refused or cut; `reason` is one of connection_limit, address_limit
    // (HTTP_MAX_CONNECTIONS_PER_ADDRESS), header_too_large,
    // body_too_large, malformed, timeout (request or TLS handshake deadline), idle (a connection
    // that never sent a request), tls_handshake.
    void rejected(const QString &reason);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void handOver(ConnectionGuard *guard);
    // Counts the connection against its address until the socket goes; false (nothing counted)
    // when that address is at its cap.
    bool admitFrom(QTcpSocket *socket);

    ListenerLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
    QHash<QHostAddress, int> m_openPerAddress; // untrusted addresses with open connections
    QTcpSocket *m_handingOver = nullptr;
    bool m_handedOverTaken = false;
};
