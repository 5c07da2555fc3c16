// The Bot API client against the fake Bot API: Telegram's envelope on every status, each typed
// error, timeouts, cancelling, long polling, and the token kept out of errors and metrics.
#include "fakebotapi.h"
#include "metrics/metrics.h"
#include "telegram/botapiclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QUrl>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using Kind = BotApiError::Kind;

namespace {

// Makes one call and waits for its callback (never longer than 20 s).
BotApiResult callAndWait(BotApiClient &client, const QString &method, const QJsonObject &params = {},
                         int timeoutMs = 0)
{
    std::optional<BotApiResult> result;
    QEventLoop loop;
    client.call(method, params, nullptr, [&](const BotApiResult &r) {
        result = r;
        loop.quit();
    }, timeoutMs);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result) {
        BotApiResult none;
        none.error.kind = Kind::Aborted;
        none.error.description = u"the test gave up waiting"_s;
        return none;
    }
    return *result;
}

} // namespace

class TestBotApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeBotApi> m_fake;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<BotApiClient> m_client;

    BotApiError failWith(int status, int retryAfter = 0, const QString &description = {})
    {
        m_fake->addFailure({u"sendMessage"_s, 0, status, retryAfter, description, 0, 1});
        return callAndWait(*m_client, u"sendMessage"_s, {{u"chat_id"_s, 42}, {u"text"_s, u"hi"_s}}).error;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeBotApi>();
        QVERIFY(m_fake->listen());
        m_metrics = std::make_unique<Metrics>();
        m_client = std::make_unique<BotApiClient>(m_fake->baseUrl() + u"/"_s, m_fake->token(), m_metrics.get());
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void successReadsTheResult()
    {
        QVERIFY(!m_client->lastSuccess().isValid());
        const BotApiResult me = callAndWait(*m_client, u"getMe"_s);
        QVERIFY2(me.ok(), qPrintable(me.error.summary()));
        QCOMPARE(me.result.toObject().value(u"username"_s).toString(), u"queue_test_bot"_s);
        QVERIFY(m_client->lastSuccess().isValid());

        const BotApiResult sent =
            callAndWait(*m_client, u"sendMessage"_s, {{u"chat_id"_s, 42}, {u"text"_s, u"Привет"_s}});
        QVERIFY(sent.ok());
        QVERIFY(sent.result.toObject().value(u"message_id"_s).toInteger() > 0);
        // The JSON body arrived as sent, UTF-8 included, at POST /bot<token>/<method>.
        const auto calls = m_fake->calls(u"sendMessage"_s);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().params.value(u"text"_s).toString(), u"Привет"_s);
        QCOMPARE(calls.first().pathToken, m_fake->token());
    }

    void floodCarriesRetryAfter()
    {
        const BotApiError error = failWith(429, 3);
        QCOMPARE(error.kind, Kind::Flood);
        QCOMPARE(error.code, 429);
        QCOMPARE(error.retryAfterSecs, 3);
        QCOMPARE(error.description, u"Too Many Requests: retry after 3"_s);
        QVERIFY(error.isTransient());
        QVERIFY(m_client->lastSuccess().isValid()); // Telegram answered
    }

    void typedErrorsFromTheEnvelope_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ok");
        QTest::newRow("blocked") << 403 << u"Forbidden: bot was blocked by the user"_s << int(Kind::Blocked) << false;
        QTest::newRow("deactivated") << 403 << u"Forbidden: user is deactivated"_s << int(Kind::Blocked) << false;
        QTest::newRow("bad request") << 400 << u"Bad Request: chat not found"_s << int(Kind::BadRequest) << false;
        QTest::newRow("not modified")
            << 400 << u"Bad Request: message is not modified: specified new message content and reply markup are exactly the same"_s
            << int(Kind::NotModified) << true;
        QTest::newRow("server error") << 500 << u"Internal Server Error"_s << int(Kind::ServerError) << false;
        QTest::newRow("bad gateway") << 502 << u"Bad Gateway"_s << int(Kind::ServerError) << false;
        QTest::newRow("conflict") << 409 << u"Conflict: terminated by other getUpdates request"_s << int(Kind::Conflict)
                                  << false;
    }
    void typedErrorsFromTheEnvelope()
    {
        QFETCH(int, status);
        QFETCH(QString, description);
        QFETCH(int, kind);
        QFETCH(bool, ok);
        const BotApiError error = failWith(status, 0, description);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.code, status);
        QCOMPARE(error.description, description);
        QCOMPARE(error.succeeded(), ok);
    }

    void wrongTokenIsUnauthorized()
    {
        BotApiClient wrong(m_fake->baseUrl(), u"999:wrong"_s, nullptr);
        const BotApiResult result = callAndWait(wrong, u"getMe"_s);
        QCOMPARE(result.error.kind, Kind::Unauthorized);
        QCOMPARE(result.error.code, 401);
        QVERIFY(!wrong.lastSuccess().isValid());
    }

    void droppedConnectionIsNetwork()
    {
        // Qt re-sends a request whose connection closed before any answer, so drop them all.
        m_fake->addFailure({u"getMe"_s, 0, 0, 0, {}, 0, -1});
        const BotApiResult result = callAndWait(*m_client, u"getMe"_s);
        QCOMPARE(result.error.kind, Kind::Network);
        QCOMPARE(result.error.code, 0);
        QVERIFY(result.error.isTransient());
        QVERIFY(!m_client->lastSuccess().isValid());
    }

    void refusedConnectionIsNetwork()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        BotApiClient client(u"http://127.0.0.1:%1"_s.arg(port), m_fake->token(), m_metrics.get());
        const BotApiResult result = callAndWait(client, u"getMe"_s);
        QCOMPARE(result.error.kind, Kind::Network);
        QVERIFY(!result.error.description.contains(m_fake->token()));
    }

    void slowReplyTimesOut()
    {
        m_fake->setDelay(u"getMe"_s, 3000);
        QElapsedTimer timer;
        timer.start();
        const BotApiResult result = callAndWait(*m_client, u"getMe"_s, {}, 300);
        QCOMPARE(result.error.kind, Kind::Timeout);
        QVERIFY(result.error.isTransient());
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    }

    void slowReplyWithinTimeoutSucceeds()
    {
        m_fake->setDelay(u"getMe"_s, 300);
        QVERIFY(callAndWait(*m_client, u"getMe"_s, {}, 3000).ok());
    }

    void notAnEnvelope()
    {
        QCOMPARE(BotApiClient::interpret(502, "<html>Bad Gateway</html>", {}).error.kind, Kind::ServerError);
        QCOMPARE(BotApiClient::interpret(200, "not json", {}).error.kind, Kind::ServerError);
        QCOMPARE(BotApiClient::interpret(429, "", {}).error.kind, Kind::Flood);
        QCOMPARE(BotApiClient::interpret(429, "", {}).error.retryAfterSecs, 1);
        QCOMPARE(BotApiClient::interpret(404, "", {}).error.kind, Kind::Unauthorized);
        const BotApiResult ok = BotApiClient::interpret(200, R"({"ok":true,"result":[1,2]})", {});
        QVERIFY(ok.ok());
        QCOMPARE(ok.result.toArray().size(), 2);
        // The envelope wins over the HTTP status when both are there.
        QCOMPARE(BotApiClient::interpret(400, R"({"ok":false,"error_code":429,"parameters":{"retry_after":7}})", {})
                     .error.retryAfterSecs,
                 7);
    }

    void abortCallsBackOnce()
    {
        m_fake->setDelay(u"getMe"_s, 5000);
        int calls = 0;
        BotApiError::Kind kind = Kind::None;
        QSignalSpy idle(m_client.get(), &BotApiClient::idle);
        const quint64 id = m_client->call(u"getMe"_s, {}, nullptr, [&](const BotApiResult &r) {
            ++calls;
            kind = r.error.kind;
        });
        QCOMPARE(m_client->inFlight(), 1);
        m_client->abort(id);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(kind, Kind::Aborted);
        QCOMPARE(m_client->inFlight(), 0);
        QVERIFY(idle.count() >= 1);
    }

    void callbackSkippedWhenContextIsGone()
    {
        bool called = false;
        auto context = std::make_unique<QObject>();
        QSignalSpy idle(m_client.get(), &BotApiClient::idle);
        m_client->call(u"getMe"_s, {}, context.get(), [&](const BotApiResult &) { called = true; });
        context.reset();
        QVERIFY(idle.wait(10000));
        QVERIFY(!called);
    }

    void longPollWaitsAndWakesOnUpdate()
    {
        // Nothing pending: the fake holds the poll for its timeout, then answers [].
        QElapsedTimer timer;
        timer.start();
        const BotApiResult empty =
            callAndWait(*m_client, u"getUpdates"_s, {{u"offset"_s, 0}, {u"timeout"_s, 1}}, 5000);
        QVERIFY(empty.ok());
        QCOMPARE(empty.result.toArray().size(), 0);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));

        // An update pushed during the poll ends it at once.
        QTimer::singleShot(200, m_fake.get(), [this] { m_fake->pushMessage(7, u"/start"_s); });
        timer.restart();
        const BotApiResult one = callAndWait(*m_client, u"getUpdates"_s, {{u"offset"_s, 0}, {u"timeout"_s, 10}}, 15000);
        QVERIFY(one.ok());
        QCOMPARE(one.result.toArray().size(), 1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const qint64 id = one.result.toArray().first().toObject().value(u"update_id"_s).toInteger();

        // offset = id + 1 confirms it: it is not sent again.
        const BotApiResult after =
            callAndWait(*m_client, u"getUpdates"_s, {{u"offset"_s, id + 1}, {u"timeout"_s, 0}}, 5000);
        QCOMPARE(after.result.toArray().size(), 0);
        QCOMPARE(m_fake->confirmedOffset(), id + 1);
    }

    void metricsCountOutcomesWithoutTheToken()
    {
        callAndWait(*m_client, u"getMe"_s);
        failWith(429, 1);
        m_fake->addFailure({u"getMe"_s, 0, 0, 0, {}, 0, -1});
        callAndWait(*m_client, u"getMe"_s);
        m_fake->clearFailures();
        const QByteArray text = QByteArray::fromStdString(m_metrics->serialize());
        QVERIFY(text.contains(R"(queue_bot_telegram_api_requests_total{method="getMe",outcome="ok"} 1)"));
        QVERIFY(text.contains(R"(queue_bot_telegram_api_requests_total{method="sendMessage",outcome="rate_limited"} 1)"));
        QVERIFY(text.contains(R"(queue_bot_telegram_api_requests_total{method="getMe",outcome="network"} 1)"));
        QVERIFY(text.contains(R"(queue_bot_telegram_api_request_duration_seconds_count{method="getMe"} 2)"));
        QVERIFY(!text.contains(m_fake->token().toUtf8()));
        QVERIFY(!text.contains(m_fake->token().section(u':', 1).toUtf8()));
    }

    void redactsTheToken()
    {
        const QString token = m_fake->token();
        const QString redacted =
            m_client->redact(u"Error transferring http://127.0.0.1/bot%1/getMe - %2"_s.arg(token, QString::fromLatin1(QUrl::toPercentEncoding(token))));
        QVERIFY(!redacted.contains(token.section(u':', 1)));
        QCOMPARE(redacted.count(u"<token>"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestBotApiClient)
#include "tst_botapiclient.moc"
