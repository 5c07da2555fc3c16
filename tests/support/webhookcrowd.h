// Telegram's side of several webhooks at once: each update POSTed to /webhook with the secret
// header on a raw connection of its own (`Connection: close`), so a thousand can be in flight
// together — QNetworkAccessManager keeps six connections per host. Answers are stamped on the
// crowd's clock, so a test can tell when the service answered what.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace TestSupport {

struct WebhookPost
{
    quint16 port = 0;   // the instance
    QByteArray update;  // the Update JSON
};

struct WebhookAnswer
{
    int status = 0;        // 0: no HTTP answer (refused, dropped, timed out)
    QByteArray body;
    qint64 sentMs = -1;     // the request written, on the crowd's clock
    qint64 answeredMs = -1; // the answer complete (or the failure seen)

    QJsonObject json() const;
    // The answerCallbackQuery the webhook's answer carries: its text, or a null string without one.
    QString callbackNotice() const;
};

class WebhookCrowd : public QObject
{
public:
    explicit WebhookCrowd(QByteArray secret, QObject *parent = nullptr);
    ~WebhookCrowd() override;

    // Connects one socket per post, then, once all are connected, writes every request in one go
    // and waits for every answer (at most `timeoutMs`). Answers in the order of `posts`.
    QList<WebhookAnswer> postTogether(const QList<WebhookPost> &posts, int timeoutMs = 60000);
    // One POST on a new connection; `done` is called from the event loop with its answer.
    void post(const WebhookPost &post, std::function<void(const WebhookAnswer &)> done, int timeoutMs = 30000);
    // Posts not yet answered.
    int inFlight() const { return m_inFlight; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    class Request;

    Request *start(const WebhookPost &post, bool writeWhenConnected, int timeoutMs,
                   std::function<void(const WebhookAnswer &)> done);

    QByteArray m_secret;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
};

} // namespace TestSupport
