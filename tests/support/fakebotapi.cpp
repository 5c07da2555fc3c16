#include "fakebotapi.h"

#include "serviceprocess.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QJsonObject user(qint64 userId, const QString &languageCode)
{
    return {{u"id"_s, userId},
            {u"is_bot"_s, false},
            {u"first_name"_s, u"User%1"_s.arg(userId)},
            {u"username"_s, u"user%1"_s.arg(userId)},
            {u"language_code"_s, languageCode}};
}

QJsonObject privateChat(qint64 userId)
{
    return {{u"id"_s, userId}, {u"type"_s, u"private"_s}, {u"first_name"_s, u"User%1"_s.arg(userId)}};
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString defaultDescription(int status, int retryAfter)
{
    switch (status) {
    case 400: return u"Bad Request: chat not found"_s;
    case 401: return u"Unauthorized"_s;
    case 403: return u"Forbidden: bot was blocked by the user"_s;
    case 404: return u"Not Found"_s;
    case 409: return u"Conflict: terminated by other getUpdates request"_s;
    case 429: return u"Too Many Requests: retry after %1"_s.arg(retryAfter);
    default: return u"Internal Server Error"_s;
    }
}

} // namespace

int stopServing(ServiceProcess &service)
{
    QProcess &process = service.process();
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        process.terminate();
        if (!finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
    }
    return service.stop();
}

FakeBotApi::FakeBotApi(QString token)
    : m_token(std::move(token))
{
    m_clock.start();
    m_tick = new QTimer(this);
    m_tick->setInterval(5);
    connect(m_tick, &QTimer::timeout, this, &FakeBotApi::answerDue);
    m_thread.setObjectName(u"fake-bot-api"_s);
    m_thread.start();
    moveToThread(&m_thread);
}

FakeBotApi::~FakeBotApi()
{
    run([this] {
        m_tick->stop();
        m_held.clear(); // the responders go before their sockets
        delete m_listener;
        m_listener = nullptr;
        moveToThread(QCoreApplication::instance()->thread());
    });
    m_thread.quit();
    m_thread.wait();
}

void FakeBotApi::run(const std::function<void()> &work)
{
    if (QThread::currentThread() == thread()) {
        QMutexLocker lock(&m_mutex);
        work();
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, &work] {
            QMutexLocker lock(&m_mutex);
            work();
        },
        Qt::BlockingQueuedConnection);
}

bool FakeBotApi::listen()
{
    bool ok = false;
    run([&] {
        m_listener = new QTcpServer(this);
        ok = m_listener->listen(QHostAddress::LocalHost, 0);
        if (ok) {
            bind(m_listener);
            m_port = m_listener->serverPort();
        }
    });
    return ok;
}

quint16 FakeBotApi::port() const
{
    return m_port;
}

qint64 FakeBotApi::nextUpdateId() const
{
    QMutexLocker lock(&m_mutex);
    return m_nextUpdateId;
}

void FakeBotApi::clearCalls()
{
    run([this] { m_calls.clear(); });
}

void FakeBotApi::addFailure(const Failure &failure)
{
    run([&] { m_failures.append(failure); });
}

void FakeBotApi::clearFailures()
{
    run([this] { m_failures.clear(); });
}

void FakeBotApi::setOutage(bool outage)
{
    run([&] { m_outage = outage; });
}

void FakeBotApi::setDelay(const QString &method, int ms)
{
    run([&] { m_delays.insert(method, ms); });
}

void FakeBotApi::setIgnoreOffset(bool ignore)
{
    run([&] { m_ignoreOffset = ignore; });
}

qint64 FakeBotApi::confirmedOffset() const
{
    QMutexLocker lock(&m_mutex);
    return m_confirmedOffset;
}

QString FakeBotApi::webhookUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_webhook.value(u"url"_s).toString();
}

QString FakeBotApi::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

QStringList FakeBotApi::serviceEnvironment() const
{
    return {u"TELEGRAM_BOT_TOKEN="_s + m_token, u"TELEGRAM_API_URL="_s + baseUrl()};
}

QJsonObject FakeBotApi::messageUpdate(qint64 updateId, qint64 userId, const QString &text, const QString &languageCode)
{
    QJsonObject message{{u"message_id"_s, updateId},
                        {u"from"_s, user(userId, languageCode)},
                        {u"chat"_s, privateChat(userId)},
                        {u"date"_s, nowSecs()},
                        {u"text"_s, text}};
    if (text.startsWith(u'/')) {
        const qsizetype end = text.indexOf(u' ');
        message.insert(u"entities"_s,
                       QJsonArray{QJsonObject{{u"type"_s, u"bot_command"_s},
                                              {u"offset"_s, 0},
                                              {u"length"_s, end < 0 ? text.size() : end}}});
    }
    return {{u"update_id"_s, updateId}, {u"message"_s, message}};
}

QJsonObject FakeBotApi::callbackUpdate(qint64 updateId, qint64 userId, const QString &data, qint64 messageId)
{
    const QJsonObject message{{u"message_id"_s, messageId},
                              {u"from"_s, QJsonObject{{u"id"_s, 1}, {u"is_bot"_s, true}, {u"first_name"_s, u"Bot"_s}}},
                              {u"chat"_s, privateChat(userId)},
                              {u"date"_s, nowSecs()},
                              {u"text"_s, u"menu"_s}};
    return {{u"update_id"_s, updateId},
            {u"callback_query"_s,
             QJsonObject{{u"id"_s, u"cb%1"_s.arg(updateId)},
                         {u"from"_s, user(userId, u"en"_s)},
                         {u"message"_s, message},
                         {u"chat_instance"_s, u"ci%1"_s.arg(userId)},
                         {u"data"_s, data}}}};
}

QJsonObject FakeBotApi::chatMemberUpdate(qint64 updateId, qint64 userId, const QString &newStatus)
{
    const QJsonObject bot{{u"id"_s, 1}, {u"is_bot"_s, true}, {u"first_name"_s, u"Bot"_s}};
    const QString oldStatus = newStatus == u"kicked"_s ? u"member"_s : u"kicked"_s;
    return {{u"update_id"_s, updateId},
            {u"my_chat_member"_s,
             QJsonObject{{u"chat"_s, privateChat(userId)},
                         {u"from"_s, user(userId, u"en"_s)},
                         {u"date"_s, nowSecs()},
                         {u"old_chat_member"_s, QJsonObject{{u"user"_s, bot}, {u"status"_s, oldStatus}}},
                         {u"new_chat_member"_s, QJsonObject{{u"user"_s, bot}, {u"status"_s, newStatus}}}}}};
}

qint64 FakeBotApi::pushUpdate(QJsonObject update)
{
    qint64 id = 0;
    run([&] {
        id = update.value(u"update_id"_s).toInteger();
        if (id == 0) {
            id = m_nextUpdateId;
            update.insert(u"update_id"_s, id);
        }
        m_nextUpdateId = qMax(m_nextUpdateId, id + 1);
        m_updates.append(update);
        answerPolls();
    });
    return id;
}

// update_id 0: pushUpdate() numbers it.
qint64 FakeBotApi::pushMessage(qint64 userId, const QString &text, const QString &languageCode)
{
    return pushUpdate(messageUpdate(0, userId, text, languageCode));
}

qint64 FakeBotApi::pushCallback(qint64 userId, const QString &data, qint64 messageId)
{
    return pushUpdate(callbackUpdate(0, userId, data, messageId));
}

qint64 FakeBotApi::pushChatMember(qint64 userId, const QString &newStatus)
{
    return pushUpdate(chatMemberUpdate(0, userId, newStatus));
}

QList<FakeBotApi::Call> FakeBotApi::calls(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    QList<Call> result;
    for (const Call &call : m_calls) {
        if (method.isEmpty() || call.method == method)
            result << call;
    }
    return result;
}

QList<FakeBotApi::Call> FakeBotApi::succeeded(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    QList<Call> result;
    for (const Call &call : m_calls) {
        if (call.method == method && call.status == 200)
            result << call;
    }
    return result;
}

QList<FakeBotApi::Call> FakeBotApi::messagesTo(qint64 chatId) const
{
    QList<Call> result;
    for (const Call &call : succeeded(u"sendMessage"_s)) {
        if (chatId == 0 || chatOf(call) == chatId)
            result << call;
    }
    return result;
}

int FakeBotApi::pendingPolls() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &held : m_held) {
        if (held->poll && held->status == 0 && held->socket)
            ++n;
    }
    return n;
}

QJsonObject FakeBotApi::error(int code, const QString &description, int retryAfter)
{
    QJsonObject envelope{{u"ok"_s, false}, {u"error_code"_s, code}, {u"description"_s, description}};
    if (retryAfter > 0)
        envelope.insert(u"parameters"_s, QJsonObject{{u"retry_after"_s, retryAfter}});
    return envelope;
}

QJsonArray FakeBotApi::pendingUpdates(qint64 offset) const
{
    QJsonArray result;
    for (const QJsonObject &update : m_updates) {
        if (m_ignoreOffset || update.value(u"update_id"_s).toInteger() >= offset)
            result.append(update);
        if (result.size() >= 100)
            break;
    }
    return result;
}

void FakeBotApi::confirm(qint64 offset)
{
    if (m_ignoreOffset || offset <= m_confirmedOffset)
        return;
    m_confirmedOffset = offset;
    m_updates.removeIf([offset](const QJsonObject &u) { return u.value(u"update_id"_s).toInteger() < offset; });
}

void FakeBotApi::write(Held &held, int status, const QJsonObject &body)
{
    if (held.callIndex >= 0 && held.callIndex < m_calls.size())
        m_calls[held.callIndex].status = held.socket ? status : 0;
    if (held.socket && held.responder) {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        held.responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        held.responder->writeHeader("Content-Type", "application/json");
        held.responder->writeHeader("Content-Length", QByteArray::number(json.size()));
        held.responder->writeBody(json);
    }
    held.responder.reset();
}

void FakeBotApi::dropConnection(Held &held)
{
    held.responder.reset();
    if (held.callIndex >= 0 && held.callIndex < m_calls.size())
        m_calls[held.callIndex].status = 0;
    // Not from inside the server's own read handler: the socket is closed on the next turn.
    if (QTcpSocket *socket = held.socket)
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

void FakeBotApi::answerPolls()
{
    for (qsizetype i = 0; i < m_held.size();) {
        Held &held = *m_held[i];
        if (!held.poll || held.status != 0) {
            ++i;
            continue;
        }
        const QJsonArray updates = pendingUpdates(held.offset);
        if (updates.isEmpty() && held.socket) {
            ++i;
            continue;
        }
        const std::shared_ptr<Held> keep = m_held.takeAt(i);
        write(*keep, 200, {{u"ok"_s, true}, {u"result"_s, updates}});
    }
}

void FakeBotApi::answerDue()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.elapsed();
    for (qsizetype i = 0; i < m_held.size();) {
        Held &held = *m_held[i];
        if (held.socket && held.deadlineMs > now) {
            ++i;
            continue;
        }
        const std::shared_ptr<Held> keep = m_held.takeAt(i);
        if (keep->poll && keep->status == 0) // a long poll that timed out empty
            write(*keep, 200, {{u"ok"_s, true}, {u"result"_s, pendingUpdates(keep->offset)}});
        else if (keep->status < 0) // a dropped connection, after a delay
            dropConnection(*keep);
        else
            write(*keep, keep->status, keep->reply);
    }
    if (m_held.isEmpty())
        m_tick->stop();
}

QJsonObject FakeBotApi::answer(const QString &method, const QJsonObject &params, int *status)
{
    *status = 200;
    const auto ok = [](const QJsonValue &result) { return QJsonObject{{u"ok"_s, true}, {u"result"_s, result}}; };
    const auto fail = [&](int code, const QString &description) {
        *status = code;
        return error(code, description);
    };
    const qint64 chatId = params.value(u"chat_id"_s).toVariant().toLongLong();
    if (method == u"getMe"_s)
        return ok(QJsonObject{{u"id"_s, m_token.section(u':', 0, 0).toLongLong()},
                              {u"is_bot"_s, true},
                              {u"first_name"_s, u"Queue Test Bot"_s},
                              {u"username"_s, u"queue_test_bot"_s}});
    if (method == u"sendMessage"_s) {
        if (chatId == 0)
            return fail(400, u"Bad Request: chat_id is empty"_s);
        if (params.value(u"text"_s).toString().isEmpty())
            return fail(400, u"Bad Request: message text is empty"_s);
        QJsonObject message{{u"message_id"_s, m_nextMessageId++},
                            {u"date"_s, nowSecs()},
                            {u"chat"_s, privateChat(chatId)},
                            {u"text"_s, params.value(u"text"_s)}};
        if (params.contains(u"reply_markup"_s))
            message.insert(u"reply_markup"_s, params.value(u"reply_markup"_s));
        return ok(message);
    }
    if (method == u"editMessageText"_s || method == u"editMessageReplyMarkup"_s) {
        if (chatId == 0 || params.value(u"message_id"_s).toInteger() == 0)
            return fail(400, u"Bad Request: message to edit not found"_s);
        if (method == u"editMessageText"_s && params.value(u"text"_s).toString().isEmpty())
            return fail(400, u"Bad Request: message text is empty"_s);
        return ok(QJsonObject{{u"message_id"_s, params.value(u"message_id"_s)},
                              {u"date"_s, nowSecs()},
                              {u"chat"_s, privateChat(chatId)},
                              {u"text"_s, params.value(u"text"_s)}});
    }
    if (method == u"answerCallbackQuery"_s) {
        if (params.value(u"callback_query_id"_s).toString().isEmpty())
            return fail(400, u"Bad Request: query is too old and response timeout expired or query ID is invalid"_s);
        return ok(true);
    }
    if (method == u"setWebhook"_s) {
        if (params.value(u"url"_s).toString().isEmpty())
            return fail(400, u"Bad Request: bad webhook: An HTTPS URL must be provided for webhook"_s);
        m_webhook = params;
        return ok(true);
    }
    if (method == u"deleteWebhook"_s) {
        m_webhook = {};
        return ok(true);
    }
    if (method == u"setMyCommands"_s) {
        if (!params.value(u"commands"_s).isArray())
            return fail(400, u"Bad Request: parameter \"commands\" is required"_s);
        return ok(true);
    }
    if (method == u"getWebhookInfo"_s)
        return ok(QJsonObject{{u"url"_s, webhookUrl()}, {u"pending_update_count"_s, m_updates.size()}});
    return fail(404, u"Not Found"_s);
}

bool FakeBotApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QMutexLocker lock(&m_mutex);
    static const QRegularExpression path(u"^/bot([^/]*)/([A-Za-z]+)$"_s);
    const QRegularExpressionMatch match = path.match(request.url().path());
    QJsonObject params = QJsonDocument::fromJson(request.body()).object();
    const QUrlQuery query(request.url());
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);

    const qint64 now = m_clock.elapsed();
    Call call{match.captured(2), params, now, 0, match.captured(1)};
    m_calls.append(call);
    auto held = std::make_shared<Held>();
    held->responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    held->socket = socket;
    held->method = call.method;
    held->callIndex = int(m_calls.size() - 1);

    const auto drop = [&](int delayMs) {
        if (delayMs > 0) {
            held->status = -1;
            held->deadlineMs = now + delayMs;
            m_held.append(held);
            m_tick->start();
            return true;
        }
        dropConnection(*held);
        return true;
    };
    if (m_outage)
        return drop(0);

    int delayMs = m_delays.value(call.method);
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        Failure &failure = m_failures[i];
        const bool methodMatches = failure.method.isEmpty() || failure.method == call.method;
        const bool chatMatches = failure.chatId == 0 || params.value(u"chat_id"_s).toVariant().toLongLong() == failure.chatId;
        if (!methodMatches || !chatMatches)
            continue;
        const Failure f = failure;
        if (failure.times > 0 && --failure.times == 0)
            m_failures.removeAt(i);
        if (f.status == 0)
            return drop(f.delayMs);
        held->status = f.status;
        held->reply = error(f.status, f.description.isEmpty() ? defaultDescription(f.status, f.retryAfter) : f.description,
                            f.retryAfter);
        delayMs = qMax(delayMs, f.delayMs);
        break;
    }

    if (held->status == 0) {
        if (!match.hasMatch()) {
            held->status = 404;
            held->reply = error(404, u"Not Found"_s);
        } else if (call.pathToken != m_token) {
            held->status = 401;
            held->reply = error(401, u"Unauthorized"_s);
        } else if (call.method == u"getUpdates"_s) {
            if (!webhookUrl().isEmpty()) {
                held->status = 409;
                held->reply = error(409, u"Conflict: can't use getUpdates method while webhook is active; use "
                                         "deleteWebhook to delete the webhook first"_s);
            } else {
                // A newer poll ends an older one, as Telegram does.
                for (const auto &other : std::as_const(m_held)) {
                    if (other->poll && other->status == 0) {
                        other->status = 409;
                        other->reply = error(409, defaultDescription(409, 0));
                        other->deadlineMs = 0;
                    }
                }
                const qint64 offset = params.value(u"offset"_s).toVariant().toLongLong();
                confirm(offset);
                held->offset = offset;
                const int timeoutSecs = params.value(u"timeout"_s).toVariant().toInt();
                if (pendingUpdates(offset).isEmpty() && timeoutSecs > 0) {
                    held->poll = true;
                    held->deadlineMs = now + qint64(timeoutSecs) * 1000;
                    m_held.append(held);
                    m_tick->start();
                    return true;
                }
                held->status = 200;
                held->reply = {{u"ok"_s, true}, {u"result"_s, pendingUpdates(offset)}};
            }
        } else {
            held->reply = answer(call.method, params, &held->status);
        }
    }
    if (delayMs > 0) {
        held->deadlineMs = now + delayMs;
        m_held.append(held);
        m_tick->start();
        return true;
    }
    write(*held, held->status, held->reply);
    return true;
}

void FakeBotApi::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
}

qint64 chatOf(const FakeBotApi::Call &call)
{
    return call.params.value(u"chat_id"_s).toVariant().toLongLong();
}

SendRates sendRates(QList<FakeBotApi::Call> calls)
{
    calls.removeIf([](const FakeBotApi::Call &call) { return call.status == 0; });
    std::sort(calls.begin(), calls.end(), [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
    SendRates rates;
    for (qsizetype i = 0, j = 0; i < calls.size(); ++i) {
        while (calls[i].atMs - calls[j].atMs >= 1000)
            ++j;
        rates.busiestSecond = qMax(rates.busiestSecond, int(i - j + 1));
    }
    QHash<qint64, qint64> last;
    for (const auto &call : calls) {
        const qint64 chat = chatOf(call);
        if (last.contains(chat))
            rates.closestToChat = qMin(rates.closestToChat, call.atMs - last.value(chat));
        last.insert(chat, call.atMs);
    }
    return rates;
}

} // namespace TestSupport
