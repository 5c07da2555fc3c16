// A small HTTP/1.1 load generator: N keep-alive connections on loopback, one request in flight per
// connection, GET only; enough to compare routes of one server in one run.
#pragma once

#include "httpconnection.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <atomic>

class QEventLoop;

struct LoadResult
{
    QString path;
    int requests = 0;  // answered with 200
    int errors = 0;    // any other status, malformed answers, dropped connections
    double seconds = 0;
    double latencySumMs = 0;
    QList<double> latenciesMs; // of each answered request, in arrival order
    qint64 bodyBytes = 0; // of the last answer

    double requestsPerSecond() const { return seconds > 0 ? requests / seconds : 0; }
    double meanLatencyMs() const { return requests > 0 ? latencySumMs / requests : 0; }
    // `p` in percent (50, 99); -1 without answers.
    double percentileMs(double p) const;
};

class HttpLoad : public QObject
{
    Q_OBJECT
public:
    HttpLoad(QHostAddress host, quint16 port, int connections);
    ~HttpLoad() override;

    // Header lines sent with every request, each ending in "\r\n" (e.g. Authorization).
    void setExtraHeaders(const QByteArray &headers) { m_extraHeaders = headers; }
    // GET `path` until `requests` answers arrived, `maxSeconds` passed or `*stop` became true
    // (another thread's say: the run is a load beside a measurement made there).
    LoadResult run(const QString &path, int requests, double maxSeconds, const std::atomic<bool> *stop = nullptr);

private:
    struct Client
    {
        HttpConnection *connection = nullptr;
        qint64 sentAtNs = 0;
    };
    void send(Client &client);
    void onAnswer(Client &client, const HttpMessage &answer);
    void onBroken(Client &client, HttpConnection::Break reason, bool requestLost);
    void finishIfDone();

    QHostAddress m_host;
    quint16 m_port;
    int m_connections;
    QList<Client> m_clients;
    QByteArray m_request;
    QByteArray m_extraHeaders;
    QElapsedTimer m_clock;
    LoadResult m_result;
    int m_target = 0;
    int m_sent = 0;
    QEventLoop *m_loop = nullptr;
};
