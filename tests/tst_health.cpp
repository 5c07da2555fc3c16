// Health: the checker with a fake clock (Telegram silence, outbox age, thresholds, readiness), the
// real service's /health status codes, and `queue-service healthcheck` exit codes.
#include "domain/bookingservice.h"
#include "health/healthchecker.h"
#include "metrics/metricsrefresher.h"
#include "metrics/metrics.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "storage/outboxrepository.h"
#include "storage/sqltime.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QDateTime kStart(QDate(2030, 3, 1), QTime(9, 0), Qt::UTC);

QString checkStatus(const QJsonObject &health, const QString &check)
{
    return health.value(u"checks"_s).toObject().value(check).toObject().value(u"status"_s).toString();
}

QJsonObject checkFigures(const QJsonObject &health, const QString &check)
{
    return health.value(u"checks"_s).toObject().value(check).toObject();
}

bool hasSample(Metrics &metrics, const QByteArray &line)
{
    return QByteArray::fromStdString(metrics.serialize()).contains(QByteArray('\n' + line + '\n'));
}

// Runs `queue-service healthcheck` without blocking this thread's event loop (a test server in
// this process may have to answer it).
ProcessResult runHealthcheck(const QStringList &args, const QStringList &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(QUEUE_SERVICE_BINARY), QStringList{u"healthcheck"_s} + args);
    ProcessResult result;
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"healthcheck did not finish"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    // --- HealthChecker with a fake clock --------------------------------------------------------

    void telegramSilenceIsAWarningNeverUnhealthy()
    {
        TempDatabase tmp;
        ManualClock clock(kStart);
        Metrics metrics;
        HealthChecker checker(*tmp.db, clock, &metrics);
        QDateTime lastSuccess; // no successful Bot API call yet
        checker.setTelegramProbe([&] { return lastSuccess; });

        HealthStatus overall = HealthStatus::Unhealthy;
        QJsonObject health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"telegram"_s), u"healthy"_s);
        QCOMPARE(checkFigures(health, u"telegram"_s).value(u"ever_succeeded"_s).toBool(), false);

        clock.advanceSecs(119);
        QCOMPARE(checkStatus(checker.check(&overall), u"telegram"_s), u"healthy"_s);
        clock.advanceSecs(1);
        health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"telegram"_s), u"warning"_s);
        QCOMPARE(checkFigures(health, u"telegram"_s).value(u"last_success_age_seconds"_s).toInteger(), 120);
        QCOMPARE(overall, HealthStatus::Warning);
        QVERIFY(hasSample(metrics, R"(queue_bot_health_status{check="telegram"} 1)"));

        // Days of silence: still only a warning, because a restart would not bring Telegram back.
        clock.advanceSecs(30 * 24 * 3600);
        health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"telegram"_s), u"warning"_s);
        QCOMPARE(overall, HealthStatus::Warning);

        lastSuccess = clock.now().addSecs(-5);
        health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"telegram"_s), u"healthy"_s);
        QCOMPARE(checkFigures(health, u"telegram"_s).value(u"last_success_age_seconds"_s).toInteger(), 5);
        QCOMPARE(checkFigures(health, u"telegram"_s).value(u"ever_succeeded"_s).toBool(), true);
        QCOMPARE(overall, HealthStatus::Healthy);
        QVERIFY(hasSample(metrics, R"(queue_bot_health_status{check="telegram"} 0)"));
    }

    void noTelegramCheckWithoutTheBot()
    {
        TempDatabase tmp;
        ManualClock clock(kStart);
        HealthChecker checker(*tmp.db, clock, nullptr);
        HealthStatus overall = HealthStatus::Unhealthy;
        const QJsonObject health = checker.check(&overall);
        QVERIFY(!health.value(u"checks"_s).toObject().contains(u"telegram"_s));
        QCOMPARE(overall, HealthStatus::Healthy);
        QCOMPARE(health.value(u"status"_s).toString(), u"healthy"_s);
    }

    void outboxFiguresComeFromTheRefresher()
    {
        TempDatabase tmp;
        ManualClock clock(kStart);
        Metrics metrics;
        HealthChecker checker(*tmp.db, clock, &metrics);
        MetricsRefresher refresher(*tmp.db, clock, metrics);
        checker.setOutboxProbe([&refresher] { return refresher.outboxBacklog(); });
        BookingService bookings(*tmp.db, clock);
        const qint64 userId = addUser(bookings, 7);

        HealthStatus overall = HealthStatus::Unhealthy;
        QJsonObject health = checker.check(&overall);
        QVERIFY(!health.value(u"checks"_s).toObject().contains(u"outbox"_s)); // nothing counted yet
        QVERIFY(refresher.refresh());
        health = checker.check(&overall);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"pending"_s).toInteger(), 0);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"oldest_pending_age_seconds"_s).toInteger(), 0);

        OutboxRecord message;
        message.userId = userId;
        message.chatId = 7;
        message.templateName = u"test"_s;
        message.expiresAt = clock.now().addDays(1);
        const qint64 first = OutboxRepository(tmp.db->session()).enqueue(message, clock.now());
        clock.advanceSecs(100);
        OutboxRepository(tmp.db->session()).enqueue(message, clock.now());
        // A failed message waits for a retry: backlog too. A sent one is not.
        tmp.db->session().exec(u"UPDATE outbox SET status = 'failed' WHERE id = ?"_s, {first});
        tmp.db->session().exec(u"INSERT INTO outbox (user_id, chat_id, template, status, next_attempt_at, created_at, "
                               "expires_at) VALUES (?, 7, 'old', 'sent', 0, ?, ?)"_s,
                               {userId, toDb(kStart.addDays(-10)), toDb(kStart.addDays(-9))});
        // A request does not count the outbox: until the refresher counts again it knows nothing new.
        health = checker.check(&overall);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"pending"_s).toInteger(), 0);

        clock.advanceSecs(499); // the failed one is 599 s old
        QVERIFY(refresher.refresh());
        health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"outbox"_s), u"healthy"_s);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"pending"_s).toInteger(), 2);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"oldest_pending_age_seconds"_s).toInteger(), 599);

        // Between counts the age of the oldest goes on growing with the clock.
        clock.advanceSecs(1);
        health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"outbox"_s), u"warning"_s);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"oldest_pending_age_seconds"_s).toInteger(), 600);
        QCOMPARE(overall, HealthStatus::Warning);
        QVERIFY(hasSample(metrics, "queue_bot_notifications_pending 2"));

        tmp.db->session().exec(u"UPDATE outbox SET status = 'sent' WHERE id = ?"_s, {first});
        QVERIFY(refresher.refresh());
        health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"outbox"_s), u"healthy"_s);
        QCOMPARE(checkFigures(health, u"outbox"_s).value(u"oldest_pending_age_seconds"_s).toInteger(), 500);
        QVERIFY(hasSample(metrics, "queue_bot_outbox_oldest_pending_age_seconds 500"));
    }

    void memoryThresholds()
    {
        TempDatabase tmp;
        ManualClock clock(kStart);
        HealthThresholds thresholds;
        thresholds.memoryWarningBytes = 1;
        thresholds.memoryCriticalBytes = qint64(1) << 50;
        HealthStatus overall = HealthStatus::Healthy;
        QJsonObject health = HealthChecker(*tmp.db, clock, nullptr, thresholds).check(&overall);
        QCOMPARE(checkStatus(health, u"memory"_s), u"warning"_s);
        QCOMPARE(overall, HealthStatus::Warning);
        QCOMPARE(checkFigures(health, u"memory"_s).value(u"warning_bytes"_s).toInteger(), 1);

        thresholds.memoryCriticalBytes = 1;
        health = HealthChecker(*tmp.db, clock, nullptr, thresholds).check(&overall);
        QCOMPARE(checkStatus(health, u"memory"_s), u"unhealthy"_s);
        QCOMPARE(overall, HealthStatus::Unhealthy);
        QCOMPARE(health.value(u"status"_s).toString(), u"unhealthy"_s);
    }

    void unreachableDatabaseIsUnhealthy()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(u"missing-dir/queue.db"_s);
        Database db(url);
        ManualClock clock(kStart);
        Metrics metrics;
        HealthChecker checker(db, clock, &metrics);
        HealthStatus overall = HealthStatus::Healthy;
        const QJsonObject health = checker.check(&overall);
        QCOMPARE(checkStatus(health, u"database"_s), u"unhealthy"_s);
        QVERIFY(!checkFigures(health, u"database"_s).value(u"error"_s).toString().isEmpty());
        QCOMPARE(overall, HealthStatus::Unhealthy);
        QVERIFY(hasSample(metrics, R"(queue_bot_health_status{check="overall"} 2)"));
        QString reason;
        QVERIFY(!checker.ready(&reason));
        QVERIFY(!reason.isEmpty());
    }

    void readyNeedsTheCurrentSchema()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(u"queue.db"_s);
        Database db(url);
        ManualClock clock(kStart);
        HealthChecker checker(db, clock, nullptr);
        QString reason;
        QVERIFY(!checker.ready(&reason));
        QVERIFY2(reason.contains(u"older"_s), qPrintable(reason));
        Migrator(db).migrate();
        reason.clear();
        QVERIFY2(checker.ready(&reason), qPrintable(reason));
    }

    // --- The real service -----------------------------------------------------------------------

    void warningStays200()
    {
        ServiceProcess service;
        QVERIFY2(service.start({u"HEALTH_MEMORY_WARNING_BYTES=1"_s}), qPrintable(service.log()));
        const HttpResult result = service.get(u"/health"_s);
        QCOMPARE(result.status, 200);
        const QJsonObject health = result.json().object();
        QCOMPARE(health.value(u"status"_s).toString(), u"warning"_s);
        QCOMPARE(checkStatus(health, u"memory"_s), u"warning"_s);

        const ProcessResult check = runHealthcheck({u"--url"_s, service.url(u"/health"_s).toString()});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.startsWith(u"warning (HTTP 200"_s), qPrintable(check.out));
        QCOMPARE(service.stop(), 0);
    }

    void unhealthyIs503()
    {
        ServiceProcess service;
        QVERIFY2(service.start({u"HEALTH_MEMORY_WARNING_BYTES=1"_s, u"HEALTH_MEMORY_CRITICAL_BYTES=1"_s}),
                 qPrintable(service.log()));
        const HttpResult result = service.get(u"/health"_s);
        QCOMPARE(result.status, 503);
        QVERIFY(result.header("Content-Type").startsWith("application/json"));
        const QJsonObject health = result.json().object();
        QCOMPARE(health.value(u"status"_s).toString(), u"unhealthy"_s);
        QCOMPARE(checkStatus(health, u"memory"_s), u"unhealthy"_s);
        QCOMPARE(checkStatus(health, u"database"_s), u"healthy"_s);
        // Alive and ready all the same: an orchestrator restarts on live, routes on ready.
        QCOMPARE(service.get(u"/health/live"_s).status, 200);
        QCOMPARE(service.get(u"/health/ready"_s).status, 200);
        // The request refreshed the health gauges.
        const QByteArray metrics = service.get(u"/metrics"_s).body;
        QVERIFY(metrics.contains(R"(queue_bot_health_status{check="overall"} 2)"));
        QVERIFY(metrics.contains(R"(queue_bot_health_status{check="memory"} 2)"));

        const ProcessResult check = runHealthcheck({u"--url"_s, service.url(u"/health"_s).toString()});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.startsWith(u"unhealthy (HTTP 503"_s), qPrintable(check.out));
        QCOMPARE(service.stop(), 0);
    }

    void healthcheckDefaultUrlFromConfiguration()
    {
        ServiceProcess service;
        QVERIFY2(service.start(), qPrintable(service.log()));
        // As in the container: the service binds 0.0.0.0, the check calls loopback on HTTP_PORT.
        const ProcessResult check =
            runHealthcheck({}, {u"HTTP_HOST=0.0.0.0"_s, u"HTTP_PORT=%1"_s.arg(service.port())});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.out, u"healthy (HTTP 200, http://127.0.0.1:%1/health)\n"_s.arg(service.port()));
        QCOMPARE(service.stop(), 0);

        // The same command once the service is gone.
        const ProcessResult gone =
            runHealthcheck({}, {u"HTTP_HOST=0.0.0.0"_s, u"HTTP_PORT=%1"_s.arg(service.port())});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.out.startsWith(u"unreachable: "_s), qPrintable(gone.out));
    }

    void healthcheckClosedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const ProcessResult check = runHealthcheck({u"--url"_s, u"http://127.0.0.1:%1/health"_s.arg(port)});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.startsWith(u"unreachable: "_s), qPrintable(check.out));
    }

    void healthcheckRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
                                  << u"unexpected answer (HTTP 200"_s;
        QTest::newRow("unknown status")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n"
                          "Connection: close\r\n\r\n{\"status\":\"fine\"}")
            << u"unexpected answer (HTTP 200"_s;
        QTest::newRow("healthy but 500")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 20\r\nConnection: close\r\n\r\n"
                          "{\"status\":\"healthy\"}")
            << u"healthy (HTTP 500"_s;
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << u"unreachable: "_s;
    }
    void healthcheckRejectsGarbage()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                socket->readAll();
                socket->write(answer);
                socket->disconnectFromHost();
            });
        });
        const ProcessResult check =
            runHealthcheck({u"--url"_s, u"http://127.0.0.1:%1/health"_s.arg(server.serverPort())});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.startsWith(expected), qPrintable(check.out + check.err));
    }

    void healthcheckTimesOut()
    {
        // Accepts and never answers: the 5 s transfer timeout ends the check.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QElapsedTimer timer;
        timer.start();
        const ProcessResult check =
            runHealthcheck({u"--url"_s, u"http://127.0.0.1:%1/health"_s.arg(server.serverPort())});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.startsWith(u"unreachable: "_s), qPrintable(check.out));
        QVERIFY2(timer.elapsed() >= 4500 && timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void healthcheckUsage()
    {
        ProcessResult check = runHealthcheck({u"--url"_s, u"ftp://127.0.0.1/health"_s});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(u"--url"_s), qPrintable(check.err));
        check = runHealthcheck({}, {u"HTTP_PORT=0"_s});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(u"HTTP_PORT"_s), qPrintable(check.err));
        check = runHealthcheck({u"extra"_s});
        QCOMPARE(check.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
