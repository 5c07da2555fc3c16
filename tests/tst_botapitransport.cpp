// The Bot API's HTTP/1.1 transport against a scripted server on loopback that answers each request
// with bytes the test chooses: kept-alive connections and their limit, Content-Length, chunked and
// read-until-close bodies, a kept-alive connection the server closed (sent again once), silence
// (timeout), garbage, aborting, and TLS with and without a trusted certificate.
#include "telegram/botapitransport.h"
#include "testsupport.h"

#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using Failure = BotApiExchange::Failure;

namespace {

QByteArray ok(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "\r\n" + body;
}

// Answers every complete request (headers and Content-Length body) with what `script` returns
// for it; an empty answer means silence, `closeAfter` closes the connection after answering.
class ScriptedServer : public QObject
{
public:
    struct Answer
    {
        QByteArray bytes;
        bool closeAfter = false;
        bool closeInstead = false; // close without a word
    };
    struct Seen
    {
        int connection = 0;
        QByteArray head;
        QByteArray body;
    };
    using Script = std::function<Answer(const Seen &)>;

    explicit ScriptedServer(Script script, QTcpServer *server = nullptr)
        : m_server(server ? server : new QTcpServer(this))
        , m_script(std::move(script))
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::accept);
        m_server->listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server->serverPort(); }
    QList<Seen> seen;
    int connections = 0;
    int openNow = 0;
    int mostOpen = 0;
    QList<QTcpSocket *> sockets;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            const int index = ++connections;
            mostOpen = qMax(mostOpen, ++openNow);
            sockets << socket;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --openNow;
                sockets.removeAll(socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, index] {
                *buffer += socket->readAll();
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    const qsizetype lengthAt = head.toLower().indexOf("content-length:");
                    const qsizetype length =
                        lengthAt < 0 ? 0 : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    Seen request{index, head, buffer->mid(end + 4, length)};
                    buffer->remove(0, end + 4 + length);
                    seen << request;
                    const Answer answer = m_script(request);
                    if (answer.closeInstead) {
                        socket->disconnectFromHost();
                        return;
                    }
                    socket->write(answer.bytes);
                    if (answer.closeAfter)
                        socket->disconnectFromHost();
                }
            });
        }
    }

    QTcpServer *m_server;
    Script m_script;
};

BotApiExchange postAndWait(BotApiTransport &transport, const QByteArray &body = "{}", int timeoutMs = 5000)
{
    std::optional<BotApiExchange> result;
    transport.post("/botTOKEN/sendMessage", body, timeoutMs, [&](BotApiExchange e) { result = std::move(e); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return BotApiExchange{0, {}, Failure::Aborted, u"the test gave up waiting"_s};
    return *result;
}

QUrl origin(const ScriptedServer &server, const QString &scheme = u"http"_s)
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(scheme).arg(server.port()));
}

} // namespace

class TestBotApiTransport : public QObject
{
    Q_OBJECT

private slots:
    void requestIsOneWellFormedPost()
    {
        ScriptedServer server([](const ScriptedServer::Seen &) { return ScriptedServer::Answer{ok(R"({"ok":true})")}; });
        BotApiTransport transport(origin(server), 6);
        const BotApiExchange reply = postAndWait(transport, R"({"chat_id":1})");
        QCOMPARE(reply.failure, Failure::None);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(server.seen.size(), 1);
        const QByteArray head = server.seen.first().head;
        QVERIFY2(head.startsWith("POST /botTOKEN/sendMessage HTTP/1.1\r\n"), head.constData());
        QVERIFY(head.contains(QByteArray("\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()))));
        QVERIFY(head.contains("\r\nContent-Type: application/json"));
        QCOMPARE(server.seen.first().body, QByteArray(R"({"chat_id":1})"));
    }

    void connectionsAreKeptAliveAndLimited()
    {
        ScriptedServer server([](const ScriptedServer::Seen &seen) { return ScriptedServer::Answer{ok(seen.body)}; });
        BotApiTransport transport(origin(server), 3);
        // One after another: one connection for all.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(postAndWait(transport, QByteArray::number(i)).body, QByteArray::number(i));
        QCOMPARE(server.connections, 1);
        // Twenty at once: never more than three connections, every answer to its own request.
        QMap<int, QByteArray> answers;
        for (int i = 0; i < 20; ++i)
            transport.post("/x", QByteArray::number(i), 5000, [&answers, i](BotApiExchange e) { answers[i] = e.body; });
        QTRY_COMPARE(answers.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(answers.value(i), QByteArray::number(i));
        QCOMPARE(server.mostOpen, 3);
        QCOMPARE(server.connections, 3);
        QCOMPARE(transport.openConnections(), 3);
    }

    void chunkedBodyIsJoined()
    {
        ScriptedServer server([](const ScriptedServer::Seen &) {
            return ScriptedServer::Answer{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "5;ext=1\r\n{\"ok\"\r\na\r\n:true,\"x\":\r\n3\r\n42}\r\n0\r\nTrailer: t\r\n\r\n"};
        });
        BotApiTransport transport(origin(server), 1);
        for (int i = 0; i < 2; ++i) {
            const BotApiExchange reply = postAndWait(transport);
            QCOMPARE(reply.failure, Failure::None);
            QCOMPARE(reply.body, QByteArray(R"({"ok":true,"x":42})"));
        }
        QCOMPARE(server.connections, 1);
    }

    void bodyWithoutLengthEndsWithTheConnection()
    {
        ScriptedServer server([](const ScriptedServer::Seen &) {
            return ScriptedServer::Answer{"HTTP/1.0 502 Bad Gateway\r\n\r\n<html>bad gateway</html>", true};
        });
        BotApiTransport transport(origin(server), 1);
        const BotApiExchange reply = postAndWait(transport);
        QCOMPARE(reply.failure, Failure::None);
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.body, QByteArray("<html>bad gateway</html>"));
        QTRY_COMPARE(transport.openConnections(), 0);
    }

    void interimReplyIsSkipped()
    {
        ScriptedServer server([](const ScriptedServer::Seen &) {
            return ScriptedServer::Answer{"HTTP/1.1 100 Continue\r\n\r\n" + ok("{}")};
        });
        BotApiTransport transport(origin(server), 1);
        const BotApiExchange reply = postAndWait(transport);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{}"));
    }

    void closedKeptAliveConnectionIsRetriedOnce()
    {
        // The server answers the first request, then closes the connection as the second arrives
        // (as a server does with an idle connection): the second goes again on a new connection.
        ScriptedServer server([](const ScriptedServer::Seen &seen) {
            if (seen.connection == 1 && seen.body == "second")
                return ScriptedServer::Answer{{}, false, true};
            return ScriptedServer::Answer{ok(seen.body)};
        });
        BotApiTransport transport(origin(server), 1);
        QCOMPARE(postAndWait(transport, "first").body, QByteArray("first"));
        const BotApiExchange reply = postAndWait(transport, "second");
        QCOMPARE(reply.failure, Failure::None);
        QCOMPARE(reply.body, QByteArray("second"));
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.seen.size(), 3);
    }

    void closedFreshConnectionIsAnError()
    {
        // On a connection of its own, a close without an answer is the server's doing: no repeat.
        ScriptedServer server([](const ScriptedServer::Seen &) { return ScriptedServer::Answer{{}, false, true}; });
        BotApiTransport transport(origin(server), 1);
        const BotApiExchange reply = postAndWait(transport);
        QCOMPARE(reply.failure, Failure::Network);
        QCOMPARE(reply.status, 0);
        QCOMPARE(server.seen.size(), 1);
    }

    void refusedConnectionIsAnError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        BotApiTransport transport(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), 2);
        const BotApiExchange reply = postAndWait(transport);
        QCOMPARE(reply.failure, Failure::Network);
        QVERIFY(!reply.description.isEmpty());
        QCOMPARE(transport.openConnections(), 0);
        // The next request tries again, and fails the same way: nothing is left stuck.
        QCOMPARE(postAndWait(transport).failure, Failure::Network);
    }

    void silenceTimesOut()
    {
        ScriptedServer server([](const ScriptedServer::Seen &seen) {
            return seen.body == "quiet" ? ScriptedServer::Answer{} : ScriptedServer::Answer{ok("{}")};
        });
        BotApiTransport transport(origin(server), 1);
        QElapsedTimer timer;
        timer.start();
        const BotApiExchange reply = postAndWait(transport, "quiet", 300);
        QCOMPARE(reply.failure, Failure::Timeout);
        QVERIFY2(timer.elapsed() >= 285, qPrintable(QString::number(timer.elapsed()))); // coarse timers: up to 5% early
        // The silent connection was given up; the next request gets a new one and its answer.
        QCOMPARE(postAndWait(transport, "loud").status, 200);
        QCOMPARE(server.connections, 2);
    }

    void slowButSteadyReplyDoesNotTimeOut()
    {
        // The timeout is for silence: a reply whose bytes keep coming completes.
        ScriptedServer server([](const ScriptedServer::Seen &) { return ScriptedServer::Answer{}; });
        BotApiTransport transport(origin(server), 1);
        std::optional<BotApiExchange> result;
        transport.post("/x", "{}", 1000, [&](BotApiExchange e) { result = std::move(e); });
        QTRY_COMPARE(server.sockets.size(), 1);
        const QByteArray reply = ok(R"({"ok":true})");
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < reply.size() && !result; i += 16) {
            server.sockets.first()->write(reply.mid(i, 16));
            server.sockets.first()->flush();
            QTest::qWait(250); // the drip itself: a piece every 250 ms, well within the 1 s timeout
        }
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->failure, Failure::None);
        QCOMPARE(result->body, QByteArray(R"({"ok":true})"));
        QVERIFY(timer.elapsed() > 1000); // longer in all than the timeout
    }

    void garbageIsAnError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 OK\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n{}");
        QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("endless headers") << QByteArray("HTTP/1.1 200 OK\r\n" + QByteArray(70000, 'x'));
    }

    void garbageIsAnError()
    {
        QFETCH(QByteArray, answer);
        ScriptedServer server([answer](const ScriptedServer::Seen &) { return ScriptedServer::Answer{answer}; });
        BotApiTransport transport(origin(server), 1);
        const BotApiExchange reply = postAndWait(transport);
        QCOMPARE(reply.failure, Failure::Network);
        QCOMPARE(reply.status, 0);
        QCOMPARE(transport.openConnections(), 0);
    }

    void abortEndsWaitingAndRunningRequests()
    {
        ScriptedServer server([](const ScriptedServer::Seen &) { return ScriptedServer::Answer{}; }); // never answers
        BotApiTransport transport(origin(server), 1);
        QList<Failure> results;
        const quint64 running = transport.post("/x", "1", 10000, [&](BotApiExchange e) { results << e.failure; });
        const quint64 waiting = transport.post("/x", "2", 10000, [&](BotApiExchange e) { results << e.failure; });
        QTRY_COMPARE(server.seen.size(), 1);
        transport.abort(waiting);
        QCOMPARE(results, QList<Failure>{Failure::Aborted});
        transport.abort(running);
        QCOMPARE(results, (QList<Failure>{Failure::Aborted, Failure::Aborted}));
        QCOMPARE(transport.openConnections(), 0);
        transport.abort(running); // twice: nothing more
        QCOMPARE(results.size(), 2);
    }

    void tlsWithTrustedAndUntrustedCertificate()
    {
        QTemporaryDir dir;
        const std::optional<TestSupport::TestCertificate> certificate = TestSupport::makeTestCertificate(dir.path());
        if (!certificate)
            QSKIP("the openssl tool is needed to make a test certificate (scripts/install-deps.sh installs it)");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        auto *tlsServer = new QSslServer;
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(certificate->certificate);
        serverTls.setPrivateKey(certificate->key);
        tlsServer->setSslConfiguration(serverTls);
        ScriptedServer server([](const ScriptedServer::Seen &seen) { return ScriptedServer::Answer{ok(seen.body)}; },
                              tlsServer);
        const QUrl url(u"https://localhost:%1"_s.arg(server.port()));

        // Not trusted: no answer, a TLS error, and the request never reached the server.
        BotApiTransport untrusting(url, 1);
        const BotApiExchange refused = postAndWait(untrusting, "secret");
        QCOMPARE(refused.failure, Failure::Network);
        QVERIFY2(refused.description.startsWith(u"TLS: "_s), qPrintable(refused.description));
        QVERIFY(server.seen.isEmpty());

        BotApiTransport trusting(url, 1);
        QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
        clientTls.setCaCertificates({certificate->certificate});
        trusting.setTlsConfiguration(clientTls);
        for (int i = 0; i < 3; ++i) {
            const BotApiExchange reply = postAndWait(trusting, "hello " + QByteArray::number(i));
            QCOMPARE(reply.failure, Failure::None);
            QCOMPARE(reply.body, "hello " + QByteArray::number(i));
        }
        QCOMPARE(server.connections, 1); // a TLS server hands over only connections that shook hands
    }
};

QTEST_GUILESS_MAIN(TestBotApiTransport)
#include "tst_botapitransport.moc"
