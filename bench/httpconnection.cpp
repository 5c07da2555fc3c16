#include "httpconnection.h"

#include <QTcpSocket>

HttpConnection::HttpConnection(QHostAddress host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
}

void HttpConnection::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_buffer.clear();
    m_inFlight = false;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emit ready();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { breakOff(Break::Closed); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) // disconnected() follows that one
            breakOff(Break::Failed);
    });
    m_socket->connectToHost(m_host, m_port);
}

bool HttpConnection::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpConnection::send(const QByteArray &request)
{
    if (!isConnected() || m_inFlight)
        return false;
    m_inFlight = true;
    m_socket->write(request);
    return true;
}

void HttpConnection::onReadable()
{
    m_buffer += m_socket->readAll();
    while (m_inFlight) {
        HttpMessage answer;
        const HttpFraming framing = takeHttpMessage(m_buffer, true, &answer);
        if (framing == HttpFraming::Incomplete)
            return;
        if (framing == HttpFraming::Malformed) {
            breakOff(Break::Malformed);
            return;
        }
        m_inFlight = false;
        QTcpSocket *socket = m_socket;
        emit answered(answer); // may send the next request, or reopen
        if (m_socket != socket)
            return;
    }
}

void HttpConnection::breakOff(Break reason)
{
    if (!m_socket)
        return;
    const bool lost = m_inFlight;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    m_inFlight = false;
    m_buffer.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    emit broken(reason, lost);
}
