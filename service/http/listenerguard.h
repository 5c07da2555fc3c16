// The listener in front of Qt HttpServer 6.4, which has no limits of its own: caps header and
// body bytes (413 and close), closes idle or trickling connections, caps concurrent connections
// and answers malformed request lines with 400 before the HTTP parser sees them.
#pragma once

#include <QTcpServer>

struct ListenerLimits
{
    int maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxConnections = 256;
    int idleTimeoutMs = 30000;    // no request on a kept-alive connection
    int requestTimeoutMs = 10000; // a started request must arrive completely within this
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ListenerLimits limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    const ListenerLimits &limits() const { return m_limits; }

signals:
    // A connection was refused or cut; `reason` is one of connection_limit, header_too_large,
    // body_too_large, timeout, malformed.
    void rejected(const QString &reason);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ListenerLimits m_limits;
    int m_open = 0;
};
