#include "httpload.h"

#include "percentile.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

double LoadResult::percentileMs(double p) const
{
    QList<double> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    return nearestRankPercentile(sorted, p);
}

HttpLoad::HttpLoad(QHostAddress host, quint16 port, int connections)
    : m_host(std::move(host))
    , m_port(port)
    , m_connections(connections)
{
}

HttpLoad::~HttpLoad() = default;

LoadResult HttpLoad::run(const QString &path, int requests, double maxSeconds, const std::atomic<bool> *stop)
{
    m_result = LoadResult();
    m_result.path = path;
    m_target = requests;
    m_sent = 0;
    m_request = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: queue-bench\r\n" + m_extraHeaders
        + "\r\n";

    QEventLoop loop;
    m_loop = &loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(maxSeconds * 1000));
    QTimer stopCheck;
    if (stop) {
        connect(&stopCheck, &QTimer::timeout, &loop, [&loop, stop] {
            if (stop->load())
                loop.quit();
        });
        stopCheck.start(20);
    }

    m_clock.start();
    m_clients = QList<Client>(m_connections);
    for (Client &client : m_clients) {
        client.connection = new HttpConnection(m_host, m_port, this);
        connect(client.connection, &HttpConnection::ready, this, [this, &client] { send(client); });
        connect(client.connection, &HttpConnection::answered, this,
                [this, &client](const HttpMessage &answer) { onAnswer(client, answer); });
        connect(client.connection, &HttpConnection::broken, this,
                [this, &client](HttpConnection::Break reason, bool lost) { onBroken(client, reason, lost); });
        client.connection->open();
    }
    loop.exec();
    m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_loop = nullptr;
    for (const Client &client : std::as_const(m_clients)) {
        client.connection->disconnect(this);
        client.connection->deleteLater();
    }
    m_clients.clear();
    return m_result;
}

void HttpLoad::send(Client &client)
{
    if (m_sent >= m_target)
        return;
    ++m_sent;
    client.sentAtNs = m_clock.nsecsElapsed();
    client.connection->send(m_request);
}

void HttpLoad::onAnswer(Client &client, const HttpMessage &answer)
{
    if (answer.status == 200) {
        ++m_result.requests;
        const double latencyMs = double(m_clock.nsecsElapsed() - client.sentAtNs) / 1e6;
        m_result.latencySumMs += latencyMs;
        m_result.latenciesMs.append(latencyMs);
        m_result.bodyBytes = answer.body.size();
    } else {
        ++m_result.errors;
    }
    finishIfDone();
    send(client);
}

void HttpLoad::onBroken(Client &client, HttpConnection::Break reason, bool requestLost)
{
    if (requestLost || reason == HttpConnection::Break::Failed)
        ++m_result.errors;
    if (!m_loop)
        return;
    if (reason == HttpConnection::Break::Failed) {
        m_loop->quit(); // the server is gone; give up instead of spinning
        return;
    }
    // The server may close a kept-alive connection (idle timeout, limits): reconnect.
    if (m_sent < m_target)
        client.connection->open();
    else
        finishIfDone();
}

void HttpLoad::finishIfDone()
{
    if (m_loop && m_result.requests + m_result.errors >= m_target)
        m_loop->quit();
}
