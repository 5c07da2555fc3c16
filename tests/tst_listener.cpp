// The guarded listener in front of Qt HttpServer, against the real binary over raw sockets:
// header and body caps, idle and request timeouts, the connection cap, malformed input and TLS.
// After every abuse the service must still answer GET /health.
#include "serviceprocess.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr int MaxBody = 4096;
constexpr int IdleMs = 300;
constexpr int RequestMs = 500;

// One raw connection that collects everything the server sends.
struct RawClient
{
    std::unique_ptr<QTcpSocket> owned = std::make_unique<QTcpSocket>();
    QTcpSocket &socket = *owned;
    QByteArray received;
    bool closed = false;

    RawClient() = default;
    explicit RawClient(std::unique_ptr<QTcpSocket> custom)
        : owned(std::move(custom))
        , socket(*owned)
    {
    }

    bool open(quint16 port, bool tls = false)
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QAbstractSocket::disconnected, &socket, [this] {
            if (socket.isOpen())
                received += socket.readAll();
            closed = true;
        });
        if (!tls) {
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(5000);
        }
        auto *ssl = qobject_cast<QSslSocket *>(&socket);
        if (!ssl)
            return false;
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed
        ssl->connectToHostEncrypted(u"127.0.0.1"_s, port);
        return ssl->waitForEncrypted(5000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    // The size of the first complete response in `received`, 0 while there is none.
    qsizetype responseSize() const
    {
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return 0;
        qint64 length = 0;
        for (const QByteArray &line : received.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return received.size() < headEnd + 4 + length ? 0 : headEnd + 4 + length;
    }
    bool hasResponse() const { return responseSize() > 0; }
    // Splits the first complete response off `received`.
    bool take(QByteArray *response)
    {
        const qsizetype size = responseSize();
        *response = received.left(size);
        received.remove(0, size);
        return size > 0;
    }
};

int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

QString errorCodeOf(const QByteArray &response)
{
    const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

bool healthy(ServiceProcess &service)
{
    return service.process().state() == QProcess::Running && service.get(u"/health"_s).status == 200;
}

} // namespace

class TestListener : public QObject
{
    Q_OBJECT

    ServiceProcess m_service; // small limits, see the constants above
    QTemporaryDir m_tlsDir;

    std::unique_ptr<RawClient> connectRaw(ServiceProcess &service)
    {
        auto client = std::make_unique<RawClient>();
        if (!client->open(service.port()))
            return nullptr;
        return client;
    }

    bool openssl(const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"openssl"_s, args);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_service.start({u"HTTP_MAX_BODY_BYTES=%1"_s.arg(MaxBody), u"HTTP_IDLE_TIMEOUT_MS=%1"_s.arg(IdleMs),
                                  u"HTTP_REQUEST_TIMEOUT_MS=%1"_s.arg(RequestMs)}),
                 qPrintable(m_service.log()));
    }

    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void keepAliveClientMakesSeveralRequests()
    {
        auto client = connectRaw(m_service);
        QVERIFY(client);
        QByteArray response;
        client->send(get("/health"));
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 200);
        client->send(get("/health/live"));
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 200);
        // A chunked body under the cap and a Content-Length body of exactly the cap pass the guard.
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 405); // routed: GET only
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(MaxBody)
                     + "\r\n\r\n" + QByteArray(MaxBody, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 405);
        const QByteArray half = QByteArray::number(MaxBody / 2, 16) + "\r\n" + QByteArray(MaxBody / 2, 'y') + "\r\n";
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" + half + half
                     + "0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 405);
        client->send(get("/health"));
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 200);
        QVERIFY(!client->closed);
    }

    void closesWhenTheClientAsks()
    {
        // HTTP/1.0, Connection: close, and trailer fields (Qt 6.4 cannot parse a request after them).
        const QByteArray requests[] = {
            "GET /health HTTP/1.0\r\n\r\n",
            get("/health", "Connection: close\r\n"),
            "POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
            "5\r\nhello\r\n0\r\nX-Trailer: yes\r\n\r\n",
        };
        for (const QByteArray &request : requests) {
            auto client = connectRaw(m_service);
            QVERIFY(client);
            client->send(request);
            QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
            QByteArray response;
            QVERIFY(client->take(&response));
            QCOMPARE(statusOf(response), request.startsWith("GET") ? 200 : 405);
        }
    }

    void oversizedHeadersAre413()
    {
        auto client = connectRaw(m_service);
        QVERIFY(client);
        client->send(get("/health", "X-Big: " + QByteArray(17 * 1024, 'a') + "\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        QByteArray response;
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 413);
        QCOMPARE(errorCodeOf(response), u"headers_too_large"_s);
        QVERIFY(response.contains("Connection: close"));
        QVERIFY(healthy(m_service));
    }

    void declaredBodyOverTheCapIs413BeforeTheBody()
    {
        for (const QByteArray &length : {QByteArray::number(MaxBody + 1), QByteArray("99999999999999999")}) {
            auto client = connectRaw(m_service);
            QVERIFY(client);
            // Only the head is sent: the answer must not wait for a body.
            client->send("POST /api/v1/queues HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: " + length + "\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
            QByteArray response;
            QVERIFY(client->take(&response));
            QCOMPARE(statusOf(response), 413);
            QCOMPARE(errorCodeOf(response), u"payload_too_large"_s);
        }
        QVERIFY(healthy(m_service));
    }

    void bodyLargerThanDeclaredIsCut()
    {
        auto client = connectRaw(m_service);
        QVERIFY(client);
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n" + QByteArray(50000, 'z'));
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        // The surplus is not a request: whatever was answered first, the last word is a 400.
        QByteArray response;
        QByteArray last;
        while (client->take(&response))
            last = response;
        QCOMPARE(statusOf(last), 400);
        QVERIFY(healthy(m_service));
    }

    void chunkedBodyOverTheCapIs413()
    {
        // One chunk declared bigger than the cap: refused on its size line.
        auto client = connectRaw(m_service);
        QVERIFY(client);
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n2000\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        QByteArray response;
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 413);

        // Many small chunks adding up past the cap.
        client = connectRaw(m_service);
        QVERIFY(client);
        QByteArray body;
        for (int i = 0; i < 100; ++i)
            body += "40\r\n" + QByteArray(64, 'c') + "\r\n";
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" + body + "0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 413);
        QCOMPARE(errorCodeOf(response), u"payload_too_large"_s);

        // Little data in a flood of one-byte chunks: the framing counts too (at most twice the cap).
        client = connectRaw(m_service);
        QVERIFY(client);
        body.clear();
        for (int i = 0; i < 2000; ++i)
            body += "1\r\nc\r\n";
        client->send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" + body + "0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 413);
        QVERIFY(healthy(m_service));
    }

    void secondRequestOnAKeptAliveConnectionIsCheckedToo()
    {
        for (const QByteArray &second :
             {QByteArray("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n"),
              get("/health", "X-Big: " + QByteArray(20000, 'b') + "\r\n")}) {
            auto client = connectRaw(m_service);
            QVERIFY(client);
            QByteArray response;
            client->send(get("/health"));
            QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
            QVERIFY(client->take(&response));
            QCOMPARE(statusOf(response), 200);
            client->send(second);
            QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
            QVERIFY(client->take(&response));
            QCOMPARE(statusOf(response), 413);
        }
        QVERIFY(healthy(m_service));
    }

    void slowlorisIsCutAtTheRequestDeadline_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("trickle");
        QTest::newRow("headers") << QByteArray() << get("/health", "X-Slow: " + QByteArray(500, 's') + "\r\n");
        QTest::newRow("body") << QByteArray("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n")
                              << QByteArray(1000, 'b');
    }

    void slowlorisIsCutAtTheRequestDeadline()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, trickle);
        auto client = connectRaw(m_service);
        QVERIFY(client);
        QElapsedTimer clock;
        clock.start();
        client->send(head.isEmpty() ? trickle.left(1) : head);
        qsizetype sent = head.isEmpty() ? 1 : 0;
        QTimer drip; // one byte every 100 ms: always active, never complete
        drip.setInterval(100);
        connect(&drip, &QTimer::timeout, &client->socket, [&] {
            if (client->socket.state() == QAbstractSocket::ConnectedState && sent < trickle.size())
                client->send(trickle.mid(sent++, 1));
        });
        drip.start();
        QSignalSpy disconnected(&client->socket, &QAbstractSocket::disconnected);
        QVERIFY(client->closed || disconnected.wait(5000));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= RequestMs - 100 && elapsed < RequestMs + 2000, qPrintable(QString::number(elapsed)));
        QVERIFY2(sent < 30, "the trickle must not keep the connection alive");
        QByteArray response;
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 408);
        QCOMPARE(errorCodeOf(response), u"request_timeout"_s);
        QVERIFY(healthy(m_service));
    }

    void idleConnectionsAreClosed()
    {
        // Never a byte.
        auto silent = connectRaw(m_service);
        QVERIFY(silent);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(silent->closed, IdleMs + 2000);
        QVERIFY2(clock.elapsed() >= IdleMs - 100, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(silent->received.isEmpty());

        // Quiet after a request on a kept-alive connection.
        auto client = connectRaw(m_service);
        QVERIFY(client);
        QByteArray response;
        client->send(get("/health"));
        QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 200);
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, IdleMs + 2000);
    }

    void malformedInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QByteArray junk(8192, Qt::Uninitialized);
        QRandomGenerator random(20240601);
        for (char &c : junk)
            c = char(random.bounded(256));
        junk[0] = '\x16'; // looks like a TLS ClientHello
        QTest::newRow("garbage line") << QByteArray("this is not http\r\n\r\n") << 400;
        QTest::newRow("binary junk") << junk << 400;
        QTest::newRow("NUL in the request line") << QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 20) << 400;
        QTest::newRow("NUL in a header") << QByteArray("GET / HTTP/1.1\r\nX-A: a\0b\r\n\r\n", 29) << 400;
        QTest::newRow("DEL in a header") << get("/", "X-A: a\x7f\r\n") << 400;
        QTest::newRow("100 KB request line") << "GET /" + QByteArray(100 * 1024, 'a') + " HTTP/1.1\r\n\r\n" << 413;
        QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 501;
        QTest::newRow("absurd method") << QByteArray(5000, 'X') + " / HTTP/1.1\r\n\r\n" << 400;
        QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 501;
        QTest::newRow("CONNECT") << QByteArray("CONNECT example.com:443 HTTP/1.1\r\n\r\n") << 501;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no target") << QByteArray("GET  HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("byte to percent-encode") << QByteArray("GET /\xff HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("folded header") << get("/", "X-A: a\r\n folded\r\n") << 400;
        QTest::newRow("header without colon") << get("/", "NoColon\r\n") << 400;
        QTest::newRow("space before colon") << get("/", "X-A : a\r\n") << 400;
        QTest::newRow("Content-Length not a number") << get("/", "Content-Length: 12abc\r\n") << 400;
        QTest::newRow("negative Content-Length") << get("/", "Content-Length: -1\r\n") << 400;
        QTest::newRow("duplicate Content-Length") << get("/", "Content-Length: 1\r\nContent-Length: 1\r\n") << 400;
        QTest::newRow("Content-Length and chunked")
            << get("/", "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("unknown transfer coding") << get("/", "Transfer-Encoding: gzip\r\n") << 501;
        QTest::newRow("bad chunk size") << get("/", "Transfer-Encoding: chunked\r\n") + "zz\r\n" << 400;
        QTest::newRow("chunk without CRLF") << get("/", "Transfer-Encoding: chunked\r\n") + "2\r\nabX" << 400;
        QTest::newRow("only empty lines") << QByteArray(20000, '\n') << 413;
        QTest::newRow("pipelined requests") << get("/health") + get("/health") << 400;
    }

    void malformedInputNeverCrashes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        auto client = connectRaw(m_service);
        QVERIFY(client);
        client->send(bytes);
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        QByteArray response;
        QVERIFY2(client->take(&response), client->received.left(200).constData());
        QCOMPARE(statusOf(response), status);
        QVERIFY(!errorCodeOf(response).isEmpty());
        QVERIFY2(healthy(m_service), qPrintable(m_service.log()));
    }

    void vanishingClientsLeaveNoMark()
    {
        const QByteArray partials[] = {
            "GET /hea",
            "POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3000\r\n\r\nhalf a body",
            "POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc",
        };
        for (const QByteArray &partial : partials) {
            for (int i = 0; i < 10; ++i) {
                auto client = connectRaw(m_service);
                QVERIFY(client);
                client->send(partial);
                client->socket.abort();
            }
        }
        // Upgrades are answered and the connection closes: nothing speaks the next protocol.
        auto client = connectRaw(m_service);
        QVERIFY(client);
        client->send(get("/health", "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 3000);
        QVERIFY(healthy(m_service));
    }

    void readsAnsweredFromReaderThreads()
    {
        // Authenticated GETs are answered later, from a reader thread: on a kept-alive
        // connection, on one that asked to close after the answer, and for clients that left.
        ServiceProcess service;
        const QByteArray token = "reader-threads-admin-token-0123456789";
        // The clients that left count against the address until their answers are dropped.
        QVERIFY2(service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(token), u"HTTP_MAX_CONNECTIONS_PER_ADDRESS=100"_s}),
                 qPrintable(service.log()));
        const QByteArray auth = "Authorization: Bearer " + token + "\r\n";
        for (int i = 0; i < 40; ++i) {
            auto gone = connectRaw(service);
            QVERIFY(gone);
            gone->send(get(i % 2 ? "/api/v1/export/bookings" : "/api/v1/queues", auth));
            gone->socket.abort();
        }
        auto client = connectRaw(service);
        QVERIFY(client);
        QByteArray response;
        for (int i = 0; i < 3; ++i) {
            client->send(get("/api/v1/queues", auth));
            QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
            QVERIFY(client->take(&response));
            QCOMPARE(statusOf(response), 200);
        }
        client->send(get("/api/v1/stats?from=2026-01-01&to=2026-12-31", auth + "Connection: close\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
        QVERIFY(client->take(&response));
        QCOMPARE(statusOf(response), 200);
        QVERIFY(response.contains("\"items\""));
        // Refused before any thread is involved.
        auto stranger = connectRaw(service);
        QVERIFY(stranger);
        stranger->send(get("/api/v1/queues", "Authorization: Bearer wrong\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(stranger->hasResponse(), 5000);
        QVERIFY(stranger->take(&response));
        QCOMPARE(statusOf(response), 401);
        QVERIFY(healthy(service));
        QCOMPARE(service.stop(), 0);
    }

    void connectionCapAnswers503()
    {
        ServiceProcess service;
        QVERIFY2(service.start({u"HTTP_MAX_CONNECTIONS=5"_s}), qPrintable(service.log()));
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 5; ++i) {
            auto client = connectRaw(service);
            QVERIFY(client);
            QByteArray response;
            client->send(get("/health/live")); // answered: the server has counted it
            QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), 5000);
            QVERIFY(client->take(&response));
            QCOMPARE(statusOf(response), 200);
            held.push_back(std::move(client));
        }
        auto extra = connectRaw(service);
        QVERIFY(extra);
        QTRY_VERIFY_WITH_TIMEOUT(extra->closed, 3000);
        QByteArray response;
        QVERIFY(extra->take(&response));
        QCOMPARE(statusOf(response), 503);
        QCOMPARE(errorCodeOf(response), u"too_many_connections"_s);

        held[0]->socket.abort();
        held[1]->socket.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(service.get(u"/health"_s).status == 200, 5000);
        const HttpResult metrics = service.get(u"/metrics"_s);
        QVERIFY(metrics.body.contains(R"(queue_bot_errors_total{component="http_listener",type="connection_limit"})"));
        QCOMPARE(service.stop(), 0);
    }

    void oneAddressCannotTakeEveryConnection()
    {
        // Three from one address at most; everyone else still gets in, and a trusted proxy is not capped.
        for (const bool proxyTrusted : {false, true}) {
            ServiceProcess service;
            QStringList env{u"HTTP_MAX_CONNECTIONS=10"_s, u"HTTP_MAX_CONNECTIONS_PER_ADDRESS=3"_s};
            if (proxyTrusted)
                env << u"TRUSTED_PROXIES=10.0.0.0/8, 127.0.0.1"_s;
            QVERIFY2(service.start(env), qPrintable(service.log()));
            std::vector<std::unique_ptr<RawClient>> held;
            QByteArray response;
            const auto hold = [&](RawClient &client) {
                client.send(get("/health/live")); // answered: the server has counted it
                QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 5000);
                QVERIFY(client.take(&response));
                QCOMPARE(statusOf(response), 200);
            };
            for (int i = 0; i < 3; ++i) {
                held.push_back(connectRaw(service));
                QVERIFY(held.back());
                hold(*held.back());
                QVERIFY(!QTest::currentTestFailed());
            }
            auto fourth = connectRaw(service);
            QVERIFY(fourth);
            if (proxyTrusted) {
                hold(*fourth);
                QVERIFY(!fourth->closed);
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(fourth->closed, 3000);
                QVERIFY(fourth->take(&response));
                QCOMPARE(statusOf(response), 503);
                QCOMPARE(errorCodeOf(response), u"too_many_connections_from_address"_s);
            }
            // Another address on the loopback network is not locked out.
            auto other = std::make_unique<RawClient>();
            QVERIFY(other->socket.bind(QHostAddress(u"127.0.0.2"_s)));
            QVERIFY(other->open(service.port()));
            QCOMPARE(other->socket.localAddress(), QHostAddress(u"127.0.0.2"_s));
            hold(*other);
            if (!proxyTrusted) {
                // A connection closed frees its place for the same address.
                held[0]->socket.abort();
                // Generous: under the sanitizers on a loaded machine one attempt can take seconds.
                QTRY_VERIFY_WITH_TIMEOUT(service.get(u"/health/live"_s).status == 200, 20000);
                // The refusal is counted. Asked from the other address: 127.0.0.1's own probes hold
                // its places until the service has seen them close, and on a busy machine a probe
                // every 50 ms could keep finding them all taken.
                other->send(get("/metrics"));
                QTRY_VERIFY_WITH_TIMEOUT(other->hasResponse(), 10000);
                QVERIFY(other->take(&response));
                QCOMPARE(statusOf(response), 200);
                QVERIFY(response.contains(
                    R"(queue_bot_errors_total{component="http_listener",type="address_limit"})"));
            }
            QCOMPARE(service.stop(), 0);
        }
    }

    void tls()
    {
        QVERIFY(m_tlsDir.isValid());
        const std::optional<TestCertificate> made = makeTestCertificate(m_tlsDir.path());
        if (!made)
            QSKIP("the openssl tool is needed to make a test certificate (scripts/install-deps.sh installs it)");
        const QString cert = made->certPath;
        const QString key = made->keyPath;

        ServiceProcess service;
        QVERIFY2(service.start({u"TLS_CERT_FILE="_s + cert, u"TLS_KEY_FILE="_s + key, u"HTTP_MAX_BODY_BYTES=4096"_s,
                                u"HTTP_REQUEST_TIMEOUT_MS=%1"_s.arg(RequestMs)}),
                 qPrintable(service.log()));
        QVERIFY(service.log().contains(u"\"tls\":true"_s));

        auto fetchHealth = [&] {
            QNetworkAccessManager manager;
            QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/health"_s.arg(service.port())));
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed
            request.setSslConfiguration(ssl);
            std::unique_ptr<QNetworkReply> reply(manager.get(request));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(fetchHealth(), 200);

        // The guard works on the decrypted stream: keep-alive, then a body over the cap.
        RawClient client(std::make_unique<QSslSocket>());
        QVERIFY(client.open(service.port(), true));
        QByteArray response;
        client.send(get("/health"));
        QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 5000);
        QVERIFY(client.take(&response));
        QCOMPARE(statusOf(response), 200);
        client.send("POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.hasResponse(), 5000);
        QVERIFY(client.take(&response));
        QCOMPARE(statusOf(response), 413);
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 3000);

        // Plain HTTP to the TLS port, and a connection that never starts a handshake.
        auto plain = connectRaw(service);
        QVERIFY(plain);
        plain->send(get("/health"));
        QTRY_VERIFY_WITH_TIMEOUT(plain->closed, 3000);
        QVERIFY(!plain->received.startsWith("HTTP/1.1 200"));
        auto silent = connectRaw(service);
        QVERIFY(silent);
        QTRY_VERIFY_WITH_TIMEOUT(silent->closed, RequestMs + 2000);

        QCOMPARE(fetchHealth(), 200);
        const QByteArray metrics = [&] {
            QNetworkAccessManager manager;
            QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/metrics"_s.arg(service.port())));
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            request.setSslConfiguration(ssl);
            std::unique_ptr<QNetworkReply> reply(manager.get(request));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            return reply->readAll();
        }();
        QVERIFY(metrics.contains(R"(queue_bot_errors_total{component="http_listener",type="tls_handshake"})"));
        QVERIFY(metrics.contains(R"(queue_bot_errors_total{component="http_listener",type="timeout"})"));
        QCOMPARE(service.stop(), 0);
    }

    void unusableTlsFilesStopTheService_data()
    {
        QTest::addColumn<QString>("certName");
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing certificate") << u"missing.pem"_s << u"key.pem"_s << u"cannot read TLS_CERT_FILE"_s;
        QTest::newRow("missing key") << u"cert.pem"_s << u"missing.pem"_s << u"cannot read TLS_KEY_FILE"_s;
        QTest::newRow("not a certificate") << u"junk.pem"_s << u"key.pem"_s << u"holds no PEM or DER certificate"_s;
        QTest::newRow("not a key") << u"cert.pem"_s << u"junk.pem"_s << u"holds no unencrypted"_s;
        QTest::newRow("key of another certificate") << u"cert.pem"_s << u"other.pem"_s << u"does not fit"_s;
    }

    void unusableTlsFilesStopTheService()
    {
        QFETCH(QString, certName);
        QFETCH(QString, keyName);
        QFETCH(QString, message);
        if (!QFile::exists(m_tlsDir.filePath(u"cert.pem"_s)))
            QSKIP("needs the certificate made by the tls test");
        const QString other = m_tlsDir.filePath(u"other.pem"_s);
        if (!QFile::exists(other))
            QVERIFY(openssl({u"ecparam"_s, u"-name"_s, u"prime256v1"_s, u"-genkey"_s, u"-noout"_s, u"-out"_s, other}));
        QFile junk(m_tlsDir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        junk.close();

        ServiceProcess service;
        QVERIFY(!service.start({u"TLS_CERT_FILE="_s + m_tlsDir.filePath(certName),
                                u"TLS_KEY_FILE="_s + m_tlsDir.filePath(keyName)}));
        service.process().waitForFinished(10000);
        QCOMPARE(service.stop(), 1);
        const QString log = service.log();
        QVERIFY2(log.contains(message), qPrintable(log));
    }

    // Last: counts what the tests above did to the main service.
    void metricsCountRejectionsByReason()
    {
        const HttpResult metrics = m_service.get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        for (const char *type : {"body_too_large", "header_too_large", "malformed", "timeout", "idle"}) {
            const QByteArray series =
                "queue_bot_errors_total{component=\"http_listener\",type=\"" + QByteArray(type) + "\"}";
            QVERIFY2(metrics.body.contains(series), type);
        }
        QVERIFY(healthy(m_service));
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
