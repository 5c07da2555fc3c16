#include "webhookcrowd.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TestSupport {

QJsonObject WebhookAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString WebhookAnswer::callbackNotice() const
{
    const QJsonObject call = json();
    if (call.value(u"method"_s).toString() != u"answerCallbackQuery"_s)
        return {};
    return call.value(u"text"_s).toString(u""_s);
}

// One POST on a connection of its own; calls `done` once, then deletes itself.
class WebhookCrowd::Request : public QObject
{
public:
    Request(WebhookCrowd &crowd, const WebhookPost &post, bool writeWhenConnected, int timeoutMs,
            std::function<void(const WebhookAnswer &)> done)
        : QObject(&crowd)
        , m_crowd(crowd)
        , m_done(std::move(done))
        , m_writeWhenConnected(writeWhenConnected)
    {
        m_request = "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    "Connection: close\r\nX-Telegram-Bot-Api-Secret-Token: "
            + crowd.m_secret + "\r\nContent-Length: " + QByteArray::number(post.update.size()) + "\r\n\r\n"
            + post.update;
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            if (m_writeWhenConnected)
                write();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_received += m_socket.readAll();
            if (complete())
                finish();
        });
        // The service closes the connection after its answer (Connection: close).
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                finish();
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { finish(); });
        m_timer.start(timeoutMs);
        m_socket.connectToHost(u"127.0.0.1"_s, post.port);
    }
    // Before the members go: the socket's last signals must not reach a half-destroyed request.
    ~Request() override { m_socket.disconnect(this); }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isFinished() const { return m_finished; }

    void write()
    {
        if (m_finished || m_answer.sentMs >= 0)
            return;
        m_answer.sentMs = m_crowd.elapsedMs();
        m_socket.write(m_request);
    }

    // Ends it now, answered or not (a status 0 unless the answer is complete).
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_received += m_socket.readAll();
        m_socket.disconnect(this);
        m_socket.abort();
        if (complete()) {
            const qsizetype end = m_received.indexOf("\r\n\r\n");
            m_answer.status = m_received.left(m_received.indexOf("\r\n")).split(' ').value(1).toInt();
            m_answer.body = m_received.mid(end + 4, contentLength());
        }
        m_answer.answeredMs = m_crowd.elapsedMs();
        --m_crowd.m_inFlight;
        const auto done = std::move(m_done);
        const WebhookAnswer answer = m_answer;
        deleteLater();
        done(answer);
    }

private:
    // The body's length from the headers; -1 while they are incomplete or without one.
    qsizetype contentLength() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        for (const QByteArray &line : m_received.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return -1;
    }

    bool complete() const
    {
        const qsizetype length = contentLength();
        return length >= 0 && m_received.size() >= m_received.indexOf("\r\n\r\n") + 4 + length;
    }

    WebhookCrowd &m_crowd;
    std::function<void(const WebhookAnswer &)> m_done;
    bool m_writeWhenConnected;
    QByteArray m_request;
    QByteArray m_received;
    QTcpSocket m_socket;
    QTimer m_timer;
    WebhookAnswer m_answer;
    bool m_finished = false;
};

WebhookCrowd::WebhookCrowd(QByteArray secret, QObject *parent)
    : QObject(parent)
    , m_secret(std::move(secret))
{
    m_clock.start();
}

WebhookCrowd::~WebhookCrowd() = default;

WebhookCrowd::Request *WebhookCrowd::start(const WebhookPost &post, bool writeWhenConnected, int timeoutMs,
                                           std::function<void(const WebhookAnswer &)> done)
{
    ++m_inFlight;
    return new Request(*this, post, writeWhenConnected, timeoutMs, std::move(done));
}

void WebhookCrowd::post(const WebhookPost &post, std::function<void(const WebhookAnswer &)> done, int timeoutMs)
{
    start(post, true, timeoutMs, std::move(done));
}

QList<WebhookAnswer> WebhookCrowd::postTogether(const QList<WebhookPost> &posts, int timeoutMs)
{
    QList<WebhookAnswer> answers(posts.size());
    qsizetype left = posts.size();
    QList<QPointer<Request>> requests;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        requests.append(start(posts.at(i), false, timeoutMs, [&answers, &left, i](const WebhookAnswer &answer) {
            answers[i] = answer;
            --left;
        }));
    }
    const auto settled = [&requests] {
        return std::all_of(requests.cbegin(), requests.cend(), [](const QPointer<Request> &request) {
            return !request || request->isFinished() || request->isConnected();
        });
    };
    (void)QTest::qWaitFor(settled, timeoutMs); // whatever did not connect by then has finished failed
    for (const QPointer<Request> &request : std::as_const(requests)) {
        if (request)
            request->write();
    }
    (void)QTest::qWaitFor([&left] { return left == 0; }, timeoutMs);
    // Whatever is still open ends now: the callbacks above must not outlive `answers`.
    for (const QPointer<Request> &request : std::as_const(requests)) {
        if (request)
            request->finish();
    }
    return answers;
}

} // namespace TestSupport
