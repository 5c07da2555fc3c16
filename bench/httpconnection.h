// One keep-alive HTTP/1.1 client connection with one request in flight: the part the bench's load
// generators share (connecting, framing the answers, telling a dropped connection apart).
#pragma once

#include "httpwire.h"

#include <QHostAddress>
#include <QObject>

class QTcpSocket;

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    enum class Break {
        Closed,    // the server closed a kept-alive connection (idle timeout, limits)
        Malformed, // it answered something we cannot frame; the connection was dropped
        Failed,    // refused, reset, or any other socket error
    };
    Q_ENUM(Break)

    HttpConnection(QHostAddress host, quint16 port, QObject *parent = nullptr);

    // Connects (again); ready() follows, or broken().
    void open();
    // One whole request; answered() or broken() follows. False when not connected.
    bool send(const QByteArray &request);
    bool isConnected() const;
    bool inFlight() const { return m_inFlight; }

signals:
    void ready();
    void answered(const HttpMessage &answer);
    // Once per connection; `requestLost`: a request was in flight. open() reconnects.
    void broken(HttpConnection::Break reason, bool requestLost);

private:
    void onReadable();
    void breakOff(Break reason);

    QHostAddress m_host;
    quint16 m_port;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_inFlight = false;
};
