// HTTP/1.1 to the Bot API: JSON POSTs over a few kept-alive connections (TLS for https), each
// request written with one system call and each reply read in as few as the kernel allows.
// QNetworkAccessManager did the same work on a thread of its own with a quarter of the
// service's CPU in a booking rush: queued signals between its thread and ours for every reply,
// and a read(2) per byte of each reply's status line and headers.
//
// Requests beyond the connection limit wait here in order; a request that finds its kept-alive
// connection closed before any byte of the reply came back is sent once more on a fresh one (the
// server closed an idle connection as we wrote), as browsers and Qt do.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class BotApiConnection;

struct BotApiExchange
{
    enum class Failure { None, Network, Timeout, Aborted };
    int status = 0;       // the HTTP status; 0 without a complete reply
    QByteArray body;
    Failure failure = Failure::None;
    QString description;  // the transport's error text when there is no reply
};

class BotApiTransport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(BotApiExchange)>;

    // `origin`: scheme, host and port of every request (http or https); `maxConnections` at once.
    BotApiTransport(const QUrl &origin, int maxConnections, QObject *parent = nullptr);
    ~BotApiTransport() override;

    // POSTs `body` as application/json to `path` (already percent-encoded). `done` runs once, later
    // (or from abort()); `timeoutMs`: the longest silence, connecting included, before giving up.
    quint64 post(const QByteArray &path, const QByteArray &body, int timeoutMs, Done done);
    // Ends the request at once: `done` gets Aborted (its connection, if it had one, is closed).
    void abort(quint64 id);

    // The TLS settings of new connections (tests trust their own certificate authority).
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    int openConnections() const { return int(m_connections.size()); }

private:
    friend class BotApiConnection;
    struct Request
    {
        quint64 id = 0;
        QByteArray bytes; // the whole HTTP request
        int timeoutMs = 0;
        Done done;
        bool retried = false;
    };

    void dispatch();
    void startConnection(Request request);
    // From a connection: its request ended (`retry`: send it again on a fresh connection).
    void finished(BotApiConnection *connection, Request request, BotApiExchange exchange, bool retry);
    void closed(BotApiConnection *connection);

    QUrl m_origin;
    QByteArray m_hostHeader;
    bool m_tlsWanted = false;
    int m_maxConnections;
    QSslConfiguration m_tls;
    std::vector<std::unique_ptr<BotApiConnection>> m_connections;
    std::deque<Request> m_waiting;
    quint64 m_nextId = 1;
};
