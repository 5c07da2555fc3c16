#include "botapitransport.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Status line and headers; Telegram's are a few hundred bytes.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
// getUpdates with 100 updates stays far below this.
constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;
// Servers close idle connections after a minute or more; closing ours first avoids writing a
// request into a connection the server is closing at that moment.
constexpr int kIdleCloseMs = 30000;

BotApiExchange failure(BotApiExchange::Failure kind, const QString &description)
{
    BotApiExchange exchange;
    exchange.failure = kind;
    exchange.description = description;
    return exchange;
}

QByteArray headerValue(const QByteArray &line, const QByteArray &lowerName)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0 || line.left(colon).trimmed().toLower() != lowerName)
        return {};
    return line.mid(colon + 1).trimmed();
}

} // namespace

// One kept-alive connection: connecting, then one request at a time.
class BotApiConnection : public QObject
{
public:
    using Request = BotApiTransport::Request;

    BotApiConnection(BotApiTransport &owner, Request request)
        : m_owner(owner)
        , m_request(std::move(request))
    {
        if (owner.m_tlsWanted) {
            auto *socket = new QSslSocket(this);
            socket->setSslConfiguration(owner.m_tls);
            connect(socket, &QSslSocket::encrypted, this, &BotApiConnection::ready);
            connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &error : errors)
                    texts << error.errorString();
                m_tlsErrors = u"TLS: "_s + texts.join(u"; "_s);
            });
            m_socket = socket;
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QTcpSocket::connected, this, &BotApiConnection::ready);
        }
        connect(m_socket, &QTcpSocket::readyRead, this, &BotApiConnection::readSome);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &BotApiConnection::progressed);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &BotApiConnection::lost);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { lost(QAbstractSocket::RemoteHostClosedError); });
        m_silence.setSingleShot(true);
        connect(&m_silence, &QTimer::timeout, this, &BotApiConnection::silent);
        m_idleClose.setSingleShot(true);
        m_idleClose.setInterval(kIdleCloseMs);
        connect(&m_idleClose, &QTimer::timeout, this, [this] {
            shut();
            m_owner.closed(this);
        });
    }

    // Connects, then sends the request it was made for. Apart from the constructor: a socket may
    // report an error at once, and the transport must know the connection by then.
    void open()
    {
        m_silence.start(m_request->timeoutMs);
        const QString host = m_owner.m_origin.host();
        const quint16 port = quint16(m_owner.m_origin.port(m_owner.m_tlsWanted ? 443 : 80));
        if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
            tls->connectToHostEncrypted(host, port);
        else
            m_socket->connectToHost(host, port);
    }

    bool isIdle() const { return m_state == State::Idle; }
    bool carries(quint64 id) const { return m_request && m_request->id == id; }

    void send(Request request)
    {
        m_idleClose.stop();
        m_request = std::move(request);
        m_reused = true;
        write();
    }

    // Closes the connection without a word to anyone; returns the request it carried.
    std::optional<Request> shut()
    {
        m_state = State::Closed;
        m_silence.stop();
        m_idleClose.stop();
        m_socket->disconnect(this);
        m_socket->abort();
        return std::exchange(m_request, std::nullopt);
    }

private:
    enum class State { Connecting, Busy, Idle, Closed };

    void ready()
    {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        write();
    }

    void write()
    {
        m_state = State::Busy;
        resetReply();
        m_socket->write(m_request->bytes);
        m_socket->flush();
        m_silence.start(m_request->timeoutMs);
    }

    void progressed()
    {
        if (m_state == State::Busy)
            m_silence.start();
    }

    void resetReply()
    {
        m_in.clear();
        m_body.clear();
        m_gotBytes = false;
        m_headersDone = false;
        m_status = 0;
        m_contentLength = -1;
        m_chunked = false;
        m_keepAlive = true;
        m_chunkLeft = -1;
        m_inTrailers = false;
    }

    void readSome()
    {
        if (m_state != State::Busy) {
            // Nothing was asked: a server talking out of turn is not worth keeping.
            shut();
            m_owner.closed(this);
            return;
        }
        m_in += m_socket->readAll();
        m_gotBytes = true;
        m_silence.start();
        parse();
    }

    void parse()
    {
        while (!m_headersDone) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_in.size() > kMaxHeaderBytes)
                    fail(BotApiExchange::Failure::Network, u"the reply's headers are too long"_s);
                return;
            }
            if (!readHeaders(m_in.left(end)))
                return fail(BotApiExchange::Failure::Network, u"the reply is not HTTP/1.x"_s);
            m_in.remove(0, end + 4);
            if (m_status >= 100 && m_status < 200) { // 100 Continue and the like: the real one follows
                m_status = 0;
                continue;
            }
            m_headersDone = true;
            if (m_status == 204 || m_status == 304)
                m_contentLength = 0;
        }
        if (m_chunked)
            return readChunks();
        if (m_contentLength >= 0) {
            if (m_contentLength > kMaxBodyBytes)
                return fail(BotApiExchange::Failure::Network, u"the reply is too large"_s);
            if (m_in.size() < m_contentLength)
                return;
            m_keepAlive = m_keepAlive && m_in.size() == m_contentLength;
            m_body = m_in.left(m_contentLength);
            m_in.clear();
            return complete();
        }
        // Neither a length nor chunks: the body ends when the server closes (lost() completes it).
        m_keepAlive = false;
        if (m_in.size() > kMaxBodyBytes)
            fail(BotApiExchange::Failure::Network, u"the reply is too large"_s);
    }

    bool readHeaders(const QByteArray &block)
    {
        const QList<QByteArray> lines = block.split('\n');
        const QByteArray statusLine = lines.first().trimmed();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ')
            return false;
        bool ok = false;
        m_status = statusLine.mid(9, 3).toInt(&ok);
        if (!ok || m_status < 100)
            return false;
        m_keepAlive = statusLine.at(7) != '0'; // HTTP/1.0 closes unless it says otherwise
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (const QByteArray length = headerValue(line, "content-length"); !length.isEmpty()) {
                m_contentLength = length.toLongLong(&ok);
                if (!ok || m_contentLength < 0)
                    return false;
            } else if (const QByteArray coding = headerValue(line, "transfer-encoding"); !coding.isEmpty()) {
                m_chunked = coding.toLower().contains("chunked");
            } else if (const QByteArray connection = headerValue(line, "connection"); !connection.isEmpty()) {
                const QByteArray value = connection.toLower();
                if (value.contains("close"))
                    m_keepAlive = false;
                else if (value.contains("keep-alive"))
                    m_keepAlive = true;
            }
        }
        return true;
    }

    void readChunks()
    {
        for (;;) {
            const bool wantLine = m_chunkLeft < 0 || m_inTrailers;
            if (wantLine) {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0) {
                    if (m_in.size() > kMaxHeaderBytes)
                        fail(BotApiExchange::Failure::Network, u"a chunk header is too long"_s);
                    return;
                }
                const QByteArray line = m_in.left(eol);
                m_in.remove(0, eol + 2);
                if (m_inTrailers) {
                    if (!line.isEmpty())
                        continue; // a trailer header: not needed
                    m_keepAlive = m_keepAlive && m_in.isEmpty();
                    return complete();
                }
                bool ok = false;
                const qint64 size = line.split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0 || m_body.size() + size > kMaxBodyBytes)
                    return fail(BotApiExchange::Failure::Network, u"a chunk of the reply is malformed or too large"_s);
                if (size == 0)
                    m_inTrailers = true;
                else
                    m_chunkLeft = size;
                continue;
            }
            if (m_in.size() < m_chunkLeft + 2)
                return;
            m_body += m_in.left(m_chunkLeft);
            m_in.remove(0, m_chunkLeft + 2); // the data and its CRLF
            m_chunkLeft = -1;
        }
    }

    void complete()
    {
        m_silence.stop();
        BotApiExchange exchange;
        exchange.status = m_status;
        exchange.body = std::move(m_body);
        Request request = *std::exchange(m_request, std::nullopt);
        if (m_keepAlive) {
            m_state = State::Idle;
            resetReply();
            m_idleClose.start();
        } else {
            shut();
        }
        m_owner.finished(this, std::move(request), std::move(exchange), false);
    }

    void fail(BotApiExchange::Failure kind, const QString &description)
    {
        std::optional<Request> request = shut();
        if (!request) {
            m_owner.closed(this);
            return;
        }
        m_owner.finished(this, std::move(*request), failure(kind, description), false);
    }

    void lost(QAbstractSocket::SocketError error)
    {
        if (m_state == State::Closed)
            return;
        if (m_state == State::Idle) {
            shut();
            m_owner.closed(this);
            return;
        }
        if (m_state == State::Busy && m_headersDone && !m_chunked && m_contentLength < 0
            && error == QAbstractSocket::RemoteHostClosedError) {
            m_in += m_socket->readAll();
            m_body = std::move(m_in);
            return complete();
        }
        // The server closed a kept-alive connection as we wrote into it: once more, on a new one.
        const bool retry = m_state == State::Busy && m_reused && !m_gotBytes && !m_request->retried;
        const QString description = m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors;
        std::optional<Request> request = shut();
        m_owner.finished(this, std::move(*request), failure(BotApiExchange::Failure::Network, description), retry);
    }

    void silent()
    {
        std::optional<Request> request = shut();
        if (request)
            m_owner.finished(this, std::move(*request),
                             failure(BotApiExchange::Failure::Timeout, u"no reply within the transfer timeout"_s), false);
    }

    BotApiTransport &m_owner;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Connecting;
    std::optional<Request> m_request;
    bool m_reused = false;
    QString m_tlsErrors;
    QTimer m_silence;
    QTimer m_idleClose;
    // The reply being read.
    QByteArray m_in;
    QByteArray m_body;
    bool m_gotBytes = false;
    bool m_headersDone = false;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_keepAlive = true;
    qint64 m_chunkLeft = -1;
    bool m_inTrailers = false;
};

BotApiTransport::BotApiTransport(const QUrl &origin, int maxConnections, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
    , m_hostHeader(origin.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1())
    , m_tlsWanted(origin.scheme() == u"https"_s)
    , m_maxConnections(qMax(1, maxConnections))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
}

BotApiTransport::~BotApiTransport()
{
    for (auto &connection : m_connections)
        connection->shut();
}

quint64 BotApiTransport::post(const QByteArray &path, const QByteArray &body, int timeoutMs, Done done)
{
    Request request;
    request.id = m_nextId++;
    request.timeoutMs = timeoutMs;
    request.done = std::move(done);
    request.bytes.reserve(path.size() + body.size() + m_hostHeader.size() + 128);
    request.bytes += "POST " + path + " HTTP/1.1\r\nHost: " + m_hostHeader
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: keep-alive\r\n\r\n" + body;
    const quint64 id = request.id;
    m_waiting.push_back(std::move(request));
    dispatch();
    return id;
}

void BotApiTransport::abort(quint64 id)
{
    std::optional<Request> request;
    const auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(), [id](const Request &r) { return r.id == id; });
    if (waiting != m_waiting.end()) {
        request = std::move(*waiting);
        m_waiting.erase(waiting);
    } else {
        for (auto &connection : m_connections) {
            if (connection->carries(id)) {
                request = connection->shut();
                closed(connection.get());
                break;
            }
        }
    }
    if (request && request->done)
        request->done(failure(BotApiExchange::Failure::Aborted, u"cancelled"_s));
    dispatch();
}

void BotApiTransport::dispatch()
{
    while (!m_waiting.empty()) {
        const auto idle = std::find_if(m_connections.begin(), m_connections.end(),
                                       [](const auto &connection) { return connection->isIdle(); });
        if (idle != m_connections.end()) {
            (*idle)->send(std::move(m_waiting.front()));
            m_waiting.pop_front();
        } else if (int(m_connections.size()) < m_maxConnections) {
            Request request = std::move(m_waiting.front());
            m_waiting.pop_front();
            startConnection(std::move(request));
        } else {
            return;
        }
    }
}

void BotApiTransport::startConnection(Request request)
{
    m_connections.push_back(std::make_unique<BotApiConnection>(*this, std::move(request)));
    m_connections.back()->open();
}

void BotApiTransport::closed(BotApiConnection *connection)
{
    const auto it = std::find_if(m_connections.begin(), m_connections.end(),
                                 [connection](const auto &c) { return c.get() == connection; });
    if (it == m_connections.end())
        return;
    // Its socket may still be inside a signal: destroyed once the event loop is back.
    it->release()->deleteLater();
    m_connections.erase(it);
}

void BotApiTransport::finished(BotApiConnection *connection, Request request, BotApiExchange exchange, bool retry)
{
    if (!connection->isIdle())
        closed(connection);
    if (retry) {
        request.retried = true;
        m_waiting.push_front(std::move(request));
    } else if (request.done) {
        request.done(std::move(exchange));
    }
    dispatch();
}

