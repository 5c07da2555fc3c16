#include "listenerguard.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcListener, "queue.http.listener")

using namespace Qt::StringLiterals;

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Control bytes other than HTAB, and DEL: Qt's http_parser fails on them in field values.
bool isFieldControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7f;
}

// The methods the router knows; http_parser fails on unknown ones, and CONNECT changes framing.
bool isServedMethod(const QByteArray &method)
{
    static const QByteArray methods[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    return std::find(std::begin(methods), std::end(methods), method) != std::end(methods);
}

// The fields whose values the framer needs; all others are only validated.
bool isFramingField(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "transfer-encoding" || lower == "connection" || lower == "upgrade";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

// The same {"error":{"code","message"}} shape as every API error, and the connection closes.
QByteArray errorResponse(int status, const QString &code, const QString &message)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                                                                {u"message"_s, message}}}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// HttpRequestFramer

HttpRequestFramer::HttpRequestFramer(int maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{
}

HttpRequestFramer::Result HttpRequestFramer::fail(Result &result, Verdict verdict, const char *detail)
{
    m_state = State::Failed;
    result.verdict = verdict;
    result.detail = detail;
    return result;
}

HttpRequestFramer::Result HttpRequestFramer::feed(QByteArrayView bytes)
{
    Result result;
    m_completedInThisChunk = false;
    if (m_state == State::Failed)
        return fail(result, Verdict::Malformed, "the connection already failed");
    const char *detail = "";
    for (qsizetype i = 0; i < bytes.size();) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                if (m_state == State::Body)
                    completeRequest(result);
                else
                    m_state = State::ChunkDataCr;
            }
            continue;
        }
        const char c = bytes[i++];
        // Chunk framing and trailers count as body bytes on the wire, everything before as head bytes.
        if (m_inTrailers || m_state >= State::ChunkSize) {
            if (++m_bodyBytes > 2 * m_maxBodyBytes)
                return fail(result, Verdict::BodyTooLarge, "the request body is too large");
        } else if (++m_headBytes > m_maxHeaderBytes) {
            return fail(result, Verdict::HeaderTooLarge, "the request line and headers are too large");
        }

        switch (m_state) {
        case State::Start:
            if (c == '\r' || c == '\n')
                break; // empty lines before a request line are allowed (and counted)
            if (m_completedInThisChunk)
                return fail(result, Verdict::Pipelined, "send each request after the response to the previous one");
            m_state = State::Method;
            m_token.clear();
            [[fallthrough]];
        case State::Method:
            if (c == ' ') {
                if (m_token.isEmpty())
                    return fail(result, Verdict::Malformed, "the request line must start with a method");
                if (!isServedMethod(m_token))
                    return fail(result, Verdict::NotImplemented, "the method is not supported");
                m_isOptions = m_token == "OPTIONS";
                m_state = State::Target;
                m_token.clear();
                m_targetLength = 0;
                break;
            }
            if (c < 'A' || c > 'Z')
                return fail(result, Verdict::Malformed, "the request line must start with an upper-case method");
            if (m_token.size() >= 16)
                return fail(result, Verdict::Malformed, "the method is too long");
            m_token.append(c);
            break;
        case State::Target:
            if (c == ' ') {
                const QByteArray prefix = m_token.toLower();
                const bool origin = prefix.startsWith('/');
                const bool absolute = prefix.startsWith("http://") || prefix.startsWith("https://");
                const bool asterisk = m_isOptions && m_targetLength == 1 && m_token == "*";
                if (!origin && !absolute && !asterisk)
                    return fail(result, Verdict::Malformed, "the request target must be a path");
                m_state = State::Version;
                m_token.clear();
                break;
            }
            if (c == '\r' || c == '\n')
                return fail(result, Verdict::Malformed, "the request line has no HTTP version");
            if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
                return fail(result, Verdict::Malformed, "the request target has a byte that must be percent-encoded");
            if (m_token.size() < 8) // enough to tell a path from an absolute URI
                m_token.append(c);
            ++m_targetLength;
            break;
        case State::Version: {
            if (c == '\r') {
                if (m_token.size() != 8)
                    return fail(result, Verdict::Malformed, "the HTTP version is malformed");
                if (m_token == "HTTP/1.1")
                    m_http10 = false;
                else if (m_token == "HTTP/1.0")
                    m_http10 = true;
                else
                    return fail(result, Verdict::VersionNotSupported, "only HTTP/1.0 and HTTP/1.1 are supported");
                m_state = State::RequestLineEnd;
                break;
            }
            static constexpr char protocol[] = "HTTP/";
            const qsizetype at = m_token.size();
            const bool digit = c >= '0' && c <= '9';
            const bool fits = at < 5 ? c == protocol[at] : (at == 5 || at == 7) ? digit : at == 6 ? c == '.' : false;
            if (!fits)
                return fail(result, Verdict::Malformed, "the HTTP version is malformed");
            m_token.append(c);
            break;
        }
        case State::RequestLineEnd:
            if (c != '\n')
                return fail(result, Verdict::Malformed, "lines must end with CRLF");
            m_state = State::FieldStart;
            break;
        case State::FieldStart:
            if (c == '\r') {
                m_state = State::HeadEnd;
                break;
            }
            if (c == ' ' || c == '\t')
                return fail(result, Verdict::Malformed, "folded header lines are not allowed");
            m_state = State::FieldName;
            m_token.clear();
            [[fallthrough]];
        case State::FieldName:
            if (c == ':') {
                if (m_token.isEmpty())
                    return fail(result, Verdict::Malformed, "a header name is empty");
                m_keepValue = !m_inTrailers && isFramingField(m_token);
                // Qt 6.4 fails on the request after one with trailer fields: close after it instead.
                m_closeAfter |= m_inTrailers;
                m_value.clear();
                m_state = State::FieldValue;
                break;
            }
            if (!isTokenChar(c))
                return fail(result, Verdict::Malformed, "a header name has an invalid byte");
            if (m_token.size() < 32) // longer names are none of the framing fields
                m_token.append(c);
            break;
        case State::FieldValue:
            if (c == '\r') {
                m_state = State::FieldEnd;
                break;
            }
            if (isFieldControl(c))
                return fail(result, Verdict::Malformed, "a header value has a control byte");
            if (m_keepValue)
                m_value.append(c);
            break;
        case State::FieldEnd:
            if (c != '\n')
                return fail(result, Verdict::Malformed, "lines must end with CRLF");
            if (m_keepValue && !takeField(&detail))
                return fail(result, Verdict::Malformed, detail);
            m_state = State::FieldStart;
            break;
        case State::HeadEnd: {
            if (c != '\n')
                return fail(result, Verdict::Malformed, "lines must end with CRLF");
            if (m_inTrailers) {
                completeRequest(result);
                break;
            }
            const Verdict verdict = headComplete(&detail);
            if (verdict != Verdict::Ok)
                return fail(result, verdict, detail);
            if (m_chunked) {
                m_state = State::ChunkSize;
                m_token.clear();
            } else if (m_contentLength > 0) {
                m_state = State::Body;
                m_remaining = m_contentLength;
            } else {
                completeRequest(result);
            }
            break;
        }
        case State::ChunkSize:
            if (isHexDigit(c)) {
                if (m_token.size() >= 15)
                    return fail(result, Verdict::Malformed, "a chunk size is too long");
                m_token.append(c);
                break;
            }
            if (m_token.isEmpty() || (c != ';' && c != '\r'))
                return fail(result, Verdict::Malformed, "a chunk size is malformed");
            m_state = c == ';' ? State::ChunkExtension : State::ChunkSizeEnd;
            break;
        case State::ChunkExtension:
            if (c == '\r') {
                m_state = State::ChunkSizeEnd;
                break;
            }
            if (isFieldControl(c) || static_cast<unsigned char>(c) > 0x7f)
                return fail(result, Verdict::Malformed, "a chunk extension has an invalid byte");
            break;
        case State::ChunkSizeEnd: {
            if (c != '\n')
                return fail(result, Verdict::Malformed, "lines must end with CRLF");
            const qint64 size = m_token.toLongLong(nullptr, 16);
            m_token.clear();
            if (size == 0) {
                m_inTrailers = true;
                m_state = State::FieldStart;
                break;
            }
            // Refused before the chunk arrives: the data may not exceed the cap, nor the data with
            // its chunk framing twice the cap (a stream of tiny chunks is mostly framing).
            if (size > m_maxBodyBytes - m_bodyData || size > 2 * m_maxBodyBytes - m_bodyBytes)
                return fail(result, Verdict::BodyTooLarge, "the request body is too large");
            m_bodyData += size;
            m_bodyBytes += size;
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkDataCr:
            if (c != '\r')
                return fail(result, Verdict::Malformed, "chunk data must end with CRLF");
            m_state = State::ChunkDataLf;
            break;
        case State::ChunkDataLf:
            if (c != '\n')
                return fail(result, Verdict::Malformed, "chunk data must end with CRLF");
            m_state = State::ChunkSize;
            break;
        case State::Body:
        case State::ChunkData:
        case State::Failed:
            break; // handled before the switch
        }
    }
    return result;
}

bool HttpRequestFramer::takeField(const char **detail)
{
    const QByteArray name = m_token.toLower();
    const QByteArray value = m_value.trimmed();
    if (name == "content-length") {
        if (m_hasContentLength) {
            *detail = "Content-Length appears more than once";
            return false;
        }
        const bool digits = !value.isEmpty() && value.size() <= 18
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
            *detail = "Content-Length is not a number";
            return false;
        }
        m_hasContentLength = true;
        m_contentLength = value.toLongLong();
    } else if (name == "transfer-encoding") {
        if (m_hasTransferEncoding) {
            *detail = "Transfer-Encoding appears more than once";
            return false;
        }
        m_hasTransferEncoding = true;
        m_chunked = value.compare("chunked", Qt::CaseInsensitive) == 0;
    } else if (name == "connection") {
        for (const QByteArray &option : value.split(',')) {
            const QByteArray token = option.trimmed().toLower();
            m_connectionClose |= token == "close";
            m_connectionKeepAlive |= token == "keep-alive";
            m_connectionUpgrade |= token == "upgrade";
        }
    } else if (name == "upgrade") {
        m_upgrade = true;
    }
    return true;
}

HttpRequestFramer::Verdict HttpRequestFramer::headComplete(const char **detail)
{
    if (m_hasTransferEncoding && m_hasContentLength) {
        *detail = "Content-Length and Transfer-Encoding must not both be sent";
        return Verdict::Malformed;
    }
    if (m_hasTransferEncoding && !m_chunked) {
        *detail = "only the chunked transfer coding is supported";
        return Verdict::NotImplemented;
    }
    if (m_hasTransferEncoding && m_http10) {
        *detail = "an HTTP/1.0 request cannot be chunked";
        return Verdict::Malformed;
    }
    if (m_contentLength > m_maxBodyBytes) { // refused before the body arrives
        *detail = "the request body is too large";
        return Verdict::BodyTooLarge;
    }
    // Qt 6.4 keeps every connection open; the guard closes it after the response when asked to,
    // and after an upgrade request (the guard does not speak whatever protocol comes next).
    m_closeAfter = m_connectionClose || (m_http10 && !m_connectionKeepAlive) || (m_upgrade && m_connectionUpgrade);
    return Verdict::Ok;
}

void HttpRequestFramer::completeRequest(Result &result)
{
    ++result.completed;
    m_completedInThisChunk = true;
    resetRequest();
}

void HttpRequestFramer::resetRequest()
{
    m_state = State::Start;
    m_inTrailers = false;
    m_headBytes = 0;
    m_bodyBytes = 0;
    m_bodyData = 0;
    m_remaining = 0;
    m_targetLength = 0;
    m_token.clear();
    m_value.clear();
    m_keepValue = false;
    m_http10 = false;
    m_isOptions = false;
    m_hasContentLength = false;
    m_contentLength = 0;
    m_hasTransferEncoding = false;
    m_chunked = false;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_connectionUpgrade = false;
    m_upgrade = false;
}

// ---------------------------------------------------------------------------------------------
// ConnectionGuard

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ListenerLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    // Connected before QAbstractHttpServer connects its own slot, so this one runs first.
    m_beforeRead = connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeServerRead);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    m_timer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::startTlsHandshake(std::function<void()> handOver)
{
    auto *socket = qobject_cast<QSslSocket *>(m_socket);
    Q_ASSERT(socket);
    m_state = State::Handshake;
    m_timer.start(m_limits.requestTimeoutMs);
    connect(socket, &QSslSocket::encrypted, this, [this, handOver = std::move(handOver)] {
        if (m_state != State::Handshake)
            return;
        m_state = State::Idle;
        m_timer.start(m_limits.idleTimeoutMs);
        handOver();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_state != State::Handshake)
            return;
        m_state = State::Closing;
        if (isTlsError(error)) {
            // A bad certificate/key pair fails every handshake: say so once, loudly.
            static bool warned = false;
            if (error == QAbstractSocket::SslInvalidUserDataError && !std::exchange(warned, true))
                qCWarning(lcListener).noquote() << "TLS handshake failed on the server side:" << m_socket->errorString();
            else
                qCDebug(lcListener).noquote() << "TLS handshake failed:" << m_socket->errorString();
            emit rejected(u"tls_handshake"_s);
        }
        abortAndDelete();
    });
    socket->startServerEncryption();
}

void ConnectionGuard::handedOver(bool serverConnected)
{
    if (serverConnected) {
        // Connected after Qt's slot: runs once Qt has read (and answered) on every readyRead.
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterServerRead);
        m_afterSlot = true;
    } else {
        qCWarning(lcListener) << "the HTTP server did not take the connection at once; closing after "
                                 "responses relies on a queued call";
    }
    // Decrypted bytes that arrived before the hand-over would otherwise wait for the next packet.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket, [socket = m_socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

void ConnectionGuard::refuse(int status, const QString &code, const QString &message)
{
    finish(errorResponse(status, code, message));
}

void ConnectionGuard::beforeServerRead()
{
    if (m_state == State::Handshake || m_state == State::Closing)
        return;
    // Qt reads everything available on each readyRead, so what is new is what lies past the
    // bytes the guard saw but Qt left unread (normally none).
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_seenUnread)
        return;
    if (m_responsePending) {
        // A request before the deferred answer to the previous one: answering it first would
        // mix the answers up, so the connection closes (the client sends both again).
        emit rejected(u"pipelined"_s);
        finish({});
        return;
    }
    const QByteArray bytes = m_socket->peek(available);
    const QByteArrayView fresh = QByteArrayView(bytes).sliced(qMin<qsizetype>(m_seenUnread, bytes.size()));
    m_seenUnread = m_afterSlot ? bytes.size() : 0;

    const bool wasInRequest = m_framer.inRequest();
    const HttpRequestFramer::Result result = m_framer.feed(fresh);
    if (result.verdict != HttpRequestFramer::Verdict::Ok) {
        reject(result);
        return;
    }
    m_requests += result.completed;
    if (m_framer.inRequest()) {
        if (!wasInRequest) { // the deadline starts at a request's first byte and never moves
            m_state = State::Request;
            m_timer.start(m_limits.requestTimeoutMs);
        }
    } else if (result.completed > 0) {
        m_state = State::Idle;
        m_timer.start(m_limits.idleTimeoutMs);
        m_closeAfterResponse = m_framer.closeRequested();
        if (m_closeAfterResponse && !m_afterSlot)
            QMetaObject::invokeMethod(this, &ConnectionGuard::closeAfterAnswer, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(this, &ConnectionGuard::checkServerStillListens, Qt::QueuedConnection);
}

void ConnectionGuard::afterServerRead()
{
    m_seenUnread = m_socket->bytesAvailable();
    if (m_closeAfterResponse)
        closeAfterAnswer();
}

void ConnectionGuard::closeAfterAnswer()
{
    if (!m_responsePending)
        finish({});
}

void ConnectionGuard::setResponsePending(QTcpSocket *socket, bool pending)
{
    ConnectionGuard *guard = socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                                    : nullptr;
    if (!guard)
        return;
    guard->m_responsePending = pending;
    if (!pending && guard->m_closeAfterResponse)
        guard->closeAfterAnswer();
}

void ConnectionGuard::checkServerStillListens()
{
    // Qt 6.4 answers a parse error with socket->disconnect(): every signal connection (the
    // guard's too) is gone and the socket would stay open forever. Close and delete it.
    if (m_state != State::Closing && !m_beforeRead) {
        emit rejected(u"malformed"_s);
        connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater);
        finish(errorResponse(400, u"bad_request"_s, u"malformed request"_s));
    }
}

void ConnectionGuard::reject(const HttpRequestFramer::Result &result)
{
    using Verdict = HttpRequestFramer::Verdict;
    int status = 400;
    QString code = u"bad_request"_s;
    QString message = u"malformed request: "_s + QString::fromLatin1(result.detail);
    QString reason = u"malformed"_s;
    switch (result.verdict) {
    case Verdict::HeaderTooLarge:
        status = 413;
        code = u"headers_too_large"_s;
        message = u"the request line and headers exceed %1 bytes"_s.arg(m_limits.maxHeaderBytes);
        reason = u"header_too_large"_s;
        break;
    case Verdict::BodyTooLarge:
        status = 413;
        code = u"payload_too_large"_s;
        message = u"the request body exceeds %1 bytes"_s.arg(m_limits.maxBodyBytes);
        reason = u"body_too_large"_s;
        break;
    case Verdict::NotImplemented:
        status = 501;
        code = u"not_implemented"_s;
        message = QString::fromLatin1(result.detail);
        break;
    case Verdict::VersionNotSupported:
        status = 505;
        code = u"http_version_not_supported"_s;
        message = QString::fromLatin1(result.detail);
        break;
    case Verdict::Ok:
    case Verdict::Malformed:
    case Verdict::Pipelined:
        break;
    }
    emit rejected(reason);
    finish(errorResponse(status, code, message));
}

void ConnectionGuard::onTimeout()
{
    switch (m_state) {
    case State::Handshake:
        emit rejected(u"timeout"_s);
        abortAndDelete();
        return;
    case State::Idle:
        if (m_requests == 0)
            emit rejected(u"idle"_s);
        finish({});
        return;
    case State::Request:
        emit rejected(u"timeout"_s);
        finish(errorResponse(408, u"request_timeout"_s,
                             u"the request did not arrive completely within %1 ms"_s.arg(m_limits.requestTimeoutMs)));
        return;
    case State::Closing:
        abortAndDelete(); // the client did not close within the linger time
        return;
    }
}

void ConnectionGuard::finish(const QByteArray &response)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    // From here on only the guard reads: Qt's parser never sees another byte of this connection.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drain);
    drain();
    m_timer.start(qMin(m_limits.requestTimeoutMs, 2000));
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_socket->deleteLater();
        return;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return; // already closing; `disconnected` or the linger timer deletes it
    if (!response.isEmpty())
        m_socket->write(response);
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost();
        return;
    }
    connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::shutdownWriteWhenFlushed);
    m_socket->flush();
    shutdownWriteWhenFlushed();
}

void ConnectionGuard::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::shutdownWriteWhenFlushed()
{
    if (m_writeShutDown || m_socket->bytesToWrite() > 0)
        return;
    m_writeShutDown = true;
    // A half-close: the client reads the answer and then sees EOF, while whatever it is still
    // sending is drained. Closing outright with unread input makes the kernel send a reset,
    // which can destroy the answer before the client has read it.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor != -1)
        ::shutdown(int(descriptor), SHUT_WR);
}

void ConnectionGuard::abortAndDelete()
{
    m_timer.stop();
    m_socket->abort();
    m_socket->deleteLater();
}

// ---------------------------------------------------------------------------------------------
// GuardedTcpServer

namespace {

// Qt checks the key against the certificate when a server handshake starts, synchronously.
// Do that once over loopback, so a wrong pair stops the service instead of failing every client.
bool tlsPairWorks(const QSslConfiguration &configuration, QString *error)
{
    struct Acceptor : QTcpServer
    {
        qintptr descriptor = -1;
        void incomingConnection(qintptr socketDescriptor) override { descriptor = socketDescriptor; }
    };
    Acceptor acceptor;
    if (!acceptor.listen(QHostAddress::LocalHost))
        return true; // cannot check here; a failing handshake is logged later
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, acceptor.serverPort());
    if (!acceptor.waitForNewConnection(3000) || acceptor.descriptor == -1)
        return true;
    QSslSocket server;
    server.setSslConfiguration(configuration);
    QString firstError; // the precise one ("key values mismatch"); a generic one follows
    QObject::connect(&server, &QAbstractSocket::errorOccurred, &server, [&] {
        if (firstError.isEmpty())
            firstError = server.errorString();
    });
    if (!server.setSocketDescriptor(acceptor.descriptor))
        return true;
    server.startServerEncryption();
    if (!firstError.isEmpty()) {
        *error = firstError;
        return false;
    }
    return true;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(ListenerLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

std::optional<QSslConfiguration> GuardedTcpServer::loadTlsConfiguration(const QString &certFile,
                                                                        const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"TLS_CERT_FILE is set but Qt has no working TLS backend (its OpenSSL plugin needs libssl3)"_s;
        return std::nullopt;
    }
    auto read = [error](const QString &variable, const QString &path, QByteArray *data) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1 \"%2\": %3"_s.arg(variable, path, file.errorString());
            return false;
        }
        *data = file.readAll();
        return true;
    };
    QByteArray certData;
    QByteArray keyData;
    if (!read(u"TLS_CERT_FILE"_s, certFile, &certData) || !read(u"TLS_KEY_FILE"_s, keyFile, &keyData))
        return std::nullopt;

    QList<QSslCertificate> chain = QSslCertificate::fromData(certData, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(certData, QSsl::Der);
    chain.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (chain.isEmpty()) {
        *error = u"TLS_CERT_FILE \"%1\" holds no PEM or DER certificate"_s.arg(certFile);
        return std::nullopt;
    }
    QSslKey key;
    for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            if (key.isNull())
                key = QSslKey(keyData, algorithm, format, QSsl::PrivateKey);
        }
    }
    if (key.isNull()) {
        *error = u"TLS_KEY_FILE \"%1\" holds no unencrypted RSA, EC or DSA private key (PEM or DER)"_s.arg(keyFile);
        return std::nullopt;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QString pairError;
    if (!tlsPairWorks(configuration, &pairError)) {
        *error = u"TLS_KEY_FILE \"%1\" does not fit TLS_CERT_FILE \"%2\": %3"_s.arg(keyFile, certFile, pairError);
        return std::nullopt;
    }
    return configuration;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *sslSocket = new QSslSocket(this);
        sslSocket->setSslConfiguration(*m_tls);
        socket = sslSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::rejected, this, &GuardedTcpServer::rejected);
    const auto refuse = [&](const QString &reason, const QString &code, const QString &message) {
        emit rejected(reason);
        if (m_tls) { // no HTTP answer is possible before a handshake
            socket->abort();
            socket->deleteLater();
        } else {
            guard->refuse(503, code, message);
        }
    };
    if (m_open >= m_limits.maxConnections) {
        refuse(u"connection_limit"_s, u"too_many_connections"_s, u"the server has too many open connections; try again"_s);
        return;
    }
    if (!admitFrom(socket)) {
        refuse(u"address_limit"_s, u"too_many_connections_from_address"_s,
               u"this address has too many open connections; close some and try again"_s);
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    if (m_tls)
        guard->startTlsHandshake([this, guard] { handOver(guard); });
    else
        handOver(guard);
}

bool GuardedTcpServer::admitFrom(QTcpSocket *socket)
{
    QHostAddress address = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // an IPv4-mapped IPv6 peer is the same client
    if (isV4)
        address = QHostAddress(v4);
    const auto trusted = [&](const QPair<QHostAddress, int> &subnet) { return address.isInSubnet(subnet); };
    if (std::any_of(m_limits.trustedProxies.cbegin(), m_limits.trustedProxies.cend(), trusted))
        return true;
    int &open = m_openPerAddress[address];
    if (open >= m_limits.maxConnectionsPerAddress) {
        if (open == 0)
            m_openPerAddress.remove(address);
        return false;
    }
    ++open;
    connect(socket, &QObject::destroyed, this, [this, address] {
        const auto it = m_openPerAddress.find(address);
        if (it != m_openPerAddress.end() && --*it <= 0)
            m_openPerAddress.erase(it);
    });
    return true;
}

void GuardedTcpServer::handOver(ConnectionGuard *guard)
{
    // addPendingConnection() emits pendingConnectionAvailable, and QAbstractHttpServer takes the
    // socket and connects its slots right there; nextPendingConnection() tells us it did.
    m_handingOver = guard->socket();
    m_handedOverTaken = false;
    addPendingConnection(guard->socket());
    m_handingOver = nullptr;
    guard->handedOver(m_handedOverTaken);
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket && socket == m_handingOver)
        m_handedOverTaken = true;
    return socket;
}
