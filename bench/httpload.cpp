#include "httpload.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

struct HttpLoad::Client
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    qint64 sentAtNs = 0;
    bool waiting = false; // a request is in flight
};

HttpLoad::HttpLoad(QHostAddress host, quint16 port, int connections)
    : m_host(std::move(host))
    , m_port(port)
    , m_connections(connections)
{
}

HttpLoad::~HttpLoad() = default;

LoadResult HttpLoad::run(const QString &path, int requests, double maxSeconds)
{
    m_result = LoadResult();
    m_result.path = path;
    m_target = requests;
    m_sent = 0;
    m_request = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: queue-bench\r\n\r\n";

    QEventLoop loop;
    m_loop = &loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(maxSeconds * 1000));

    m_clock.start();
    for (int i = 0; i < m_connections; ++i) {
        auto client = std::make_shared<Client>();
        m_clients.append(client);
        open(*client);
    }
    loop.exec();
    m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_loop = nullptr;
    for (const auto &client : std::as_const(m_clients)) {
        client->socket->disconnect(this);
        client->socket->abort();
        client->socket->deleteLater();
    }
    m_clients.clear();
    return m_result;
}

void HttpLoad::open(Client &client)
{
    if (client.socket) {
        client.socket->disconnect(this);
        client.socket->deleteLater();
    }
    client.buffer.clear();
    client.waiting = false;
    client.socket = new QTcpSocket(this);
    QTcpSocket *socket = client.socket;
    connect(socket, &QTcpSocket::connected, this, [this, &client] {
        client.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        send(client);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, &client] { onReadable(client); });
    // The server may close a kept-alive connection (idle timeout, limits): count it and reconnect.
    connect(socket, &QTcpSocket::disconnected, this, [this, &client] {
        if (client.waiting)
            ++m_result.errors;
        if (m_loop && m_sent < m_target)
            open(client);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, &client](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // handled by disconnected()
        ++m_result.errors;
        if (m_loop && client.socket->state() == QAbstractSocket::UnconnectedState)
            m_loop->quit(); // the server is gone; give up instead of spinning
    });
    socket->connectToHost(m_host, m_port);
}

void HttpLoad::send(Client &client)
{
    if (m_sent >= m_target)
        return;
    ++m_sent;
    client.waiting = true;
    client.sentAtNs = m_clock.nsecsElapsed();
    client.socket->write(m_request);
}

void HttpLoad::onReadable(Client &client)
{
    client.buffer += client.socket->readAll();
    while (client.waiting) {
        const qsizetype headerEnd = client.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = client.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        const int status = statusLine.value(1).toInt();
        qsizetype length = -1;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (length < 0) {
            ++m_result.errors; // we only understand answers with a length
            client.waiting = false;
            client.socket->abort();
            return;
        }
        const qsizetype total = headerEnd + 4 + length;
        if (client.buffer.size() < total)
            return;
        client.buffer.remove(0, total);
        client.waiting = false;
        if (status == 200) {
            ++m_result.requests;
            m_result.latencySumMs += double(m_clock.nsecsElapsed() - client.sentAtNs) / 1e6;
            m_result.bodyBytes = length;
        } else {
            ++m_result.errors;
        }
        finishIfDone();
        send(client);
    }
}

void HttpLoad::finishIfDone()
{
    if (m_loop && m_result.requests + m_result.errors >= m_target)
        m_loop->quit();
}
