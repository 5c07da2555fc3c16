// A lean Telegram Bot API for the bench, in the bench process but in a thread of its own so the
// arrival times it stamps stay accurate while the main thread drives load: a keep-alive HTTP/1.1
// server on loopback answering POST /bot<token>/<method> in Telegram's envelope, and telling
// the driver, for each call, when it arrived and for which chat. A measuring instrument: it does
// nothing else (no getUpdates queue, no failures to inject; tests/support/fakebotapi is that).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

enum class BotMethod { SendMessage, EditMessageText, AnswerCallbackQuery, Other };

struct BotCallSeen
{
    qint64 atNs = 0;   // arrival, on the clock shared with the driver
    qint64 chatId = 0; // the call's chat_id; 0 without one
    BotMethod method = BotMethod::Other;
};

class BotApiStandIn : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive this object; it is only read.
    BotApiStandIn(QByteArray token, const QElapsedTimer &clock);
    ~BotApiStandIn() override;

    // Listens on a free loopback port; 0 on failure.
    quint16 listen();
    // TELEGRAM_API_URL for the service.
    QString baseUrl() const;

    // Totals so far, safe from any thread.
    int calls(BotMethod method) const { return m_calls[int(method)].load(); }
    // Requests refused: wrong token, unknown route, malformed HTTP.
    int refused() const { return m_refused.load(); }
    // Every call so far, in arrival order.
    QList<BotCallSeen> seen() const;

signals:
    // Emitted from the stand-in's thread, so a receiver in another thread gets it queued.
    void called(const BotCallSeen &call);

private:
    class Server;

    QThread m_thread;
    Server *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    std::atomic<int> m_calls[4] = {};
    std::atomic<int> m_refused = 0;
    mutable QMutex m_seenLock;
    QList<BotCallSeen> m_seen;
};

// Telegram's names, for the report.
QString botMethodName(BotMethod method);
