#include "botapistandin.h"

#include "httpwire.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

BotMethod classify(QByteArrayView name)
{
    if (name == "sendMessage")
        return BotMethod::SendMessage;
    if (name == "editMessageText")
        return BotMethod::EditMessageText;
    if (name == "answerCallbackQuery")
        return BotMethod::AnswerCallbackQuery;
    return BotMethod::Other;
}

// The integer value of the first `"key":` in a compact JSON body, quoted or not; 0 if absent.
// A key inside a string value would be escaped (\"key\"), so a match is a real key. Parsing the
// whole body would cost more than everything else the stand-in does.
qint64 jsonInteger(const QByteArray &body, QByteArrayView key)
{
    const QByteArray needle = '"' + key.toByteArray() + "\":";
    qsizetype at = body.indexOf(needle);
    if (at < 0)
        return 0;
    at += needle.size();
    while (at < body.size() && (body.at(at) == ' ' || body.at(at) == '"'))
        ++at;
    qsizetype end = at;
    if (end < body.size() && body.at(end) == '-')
        ++end;
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9')
        ++end;
    return QByteArrayView(body).sliced(at, end - at).toLongLong();
}

QByteArray envelope(const QByteArray &result)
{
    return "{\"ok\":true,\"result\":" + result + '}';
}

QByteArray refusal(int code, const char *description)
{
    return "{\"ok\":false,\"error_code\":" + QByteArray::number(code) + ",\"description\":\"" + description + "\"}";
}

} // namespace

class BotApiStandIn::Server : public QObject
{
public:
    Server(BotApiStandIn &owner, QByteArray token, const QElapsedTimer &clock)
        : m_owner(owner)
        , m_prefix("/bot" + token + '/')
        , m_botId(token.left(token.indexOf(':')).toLongLong())
        , m_clock(clock)
    {
    }

    quint16 listen()
    {
        m_listener = new QTcpServer(this);
        if (!m_listener->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_listener, &QTcpServer::newConnection, this, &Server::accept);
        return m_listener->serverPort();
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
            socket->setParent(this);
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] { serve(*socket, *buffer); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void serve(QTcpSocket &socket, QByteArray &buffer)
    {
        const qint64 atNs = m_clock.nsecsElapsed();
        buffer += socket.readAll();
        QByteArray out;
        for (;;) {
            HttpMessage request;
            const HttpFraming framing = takeHttpMessage(buffer, false, &request);
            if (framing == HttpFraming::Incomplete)
                break;
            if (framing == HttpFraming::Malformed) {
                ++m_owner.m_refused;
                socket.write(out + httpJsonResponse(400, refusal(400, "Bad Request")));
                socket.disconnectFromHost();
                return;
            }
            out += answer(request, atNs);
            if (request.close) {
                socket.write(out);
                socket.disconnectFromHost();
                return;
            }
        }
        if (!out.isEmpty())
            socket.write(out);
    }

    QByteArray answer(const HttpMessage &request, qint64 atNs)
    {
        if (request.method != "POST" || !request.target.startsWith(m_prefix)) {
            ++m_owner.m_refused;
            return httpJsonResponse(401, refusal(401, "Unauthorized"));
        }
        const QByteArrayView name = QByteArrayView(request.target).sliced(m_prefix.size());
        const BotMethod method = classify(name);
        const qint64 chatId = jsonInteger(request.body, "chat_id");
        const BotCallSeen seen{atNs, chatId, method};
        ++m_owner.m_calls[int(method)];
        {
            const QMutexLocker lock(&m_owner.m_seenLock);
            m_owner.m_seen.append(seen);
        }
        emit m_owner.called(seen);

        switch (method) {
        case BotMethod::SendMessage:
            return httpJsonResponse(200, envelope(message(++m_nextMessageId, chatId)));
        case BotMethod::EditMessageText:
            return httpJsonResponse(200, envelope(message(jsonInteger(request.body, "message_id"), chatId)));
        case BotMethod::AnswerCallbackQuery:
            return httpJsonResponse(200, envelope("true"));
        case BotMethod::Other:
            break;
        }
        if (name == "getMe")
            return httpJsonResponse(200, envelope("{\"id\":" + QByteArray::number(m_botId)
                                                  + ",\"is_bot\":true,\"first_name\":\"Rush\",\"username\":\"rush_bench_bot\"}"));
        if (name == "getUpdates")
            return httpJsonResponse(200, envelope("[]"));
        if (name == "getWebhookInfo")
            return httpJsonResponse(200, envelope("{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}"));
        // setWebhook, deleteWebhook, setMyCommands and the like.
        return httpJsonResponse(200, envelope("true"));
    }

    static QByteArray message(qint64 messageId, qint64 chatId)
    {
        return "{\"message_id\":" + QByteArray::number(messageId)
            + ",\"date\":" + QByteArray::number(QDateTime::currentSecsSinceEpoch())
            + ",\"chat\":{\"id\":" + QByteArray::number(chatId) + ",\"type\":\"private\"},\"text\":\"\"}";
    }

    BotApiStandIn &m_owner;
    const QByteArray m_prefix;
    const qint64 m_botId;
    const QElapsedTimer &m_clock;
    QTcpServer *m_listener = nullptr;
    qint64 m_nextMessageId = 0;
};

BotApiStandIn::BotApiStandIn(QByteArray token, const QElapsedTimer &clock)
{
    m_thread.setObjectName(u"bot-api-stand-in"_s);
    m_server = new Server(*this, std::move(token), clock);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

BotApiStandIn::~BotApiStandIn()
{
    m_thread.quit();
    m_thread.wait();
}

quint16 BotApiStandIn::listen()
{
    QMetaObject::invokeMethod(m_server, [this] { m_port = m_server->listen(); }, Qt::BlockingQueuedConnection);
    return m_port;
}

QList<BotCallSeen> BotApiStandIn::seen() const
{
    const QMutexLocker lock(&m_seenLock);
    return m_seen;
}

QString BotApiStandIn::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QString botMethodName(BotMethod method)
{
    switch (method) {
    case BotMethod::SendMessage: return u"sendMessage"_s;
    case BotMethod::EditMessageText: return u"editMessageText"_s;
    case BotMethod::AnswerCallbackQuery: return u"answerCallbackQuery"_s;
    case BotMethod::Other: break;
    }
    return u"other"_s;
}
