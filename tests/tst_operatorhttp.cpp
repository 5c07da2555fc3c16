// The real service over HTTP: /health, /health/live, /health/ready, /metrics, unknown routes.
#include "serviceprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestOperatorHttp : public QObject
{
    Q_OBJECT

    ServiceProcess m_service;

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), qPrintable(m_service.log())); }
    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void health()
    {
        const HttpResult result = m_service.get(u"/health"_s);
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("Content-Type").startsWith("application/json"));
        const QJsonObject health = result.json().object();
        QVERIFY(QStringList({u"healthy"_s, u"warning"_s}).contains(health.value(u"status"_s).toString()));
        QVERIFY(!health.value(u"version"_s).toString().isEmpty());
        QVERIFY(health.value(u"uptime_seconds"_s).toInteger() >= 0);
        const QJsonObject checks = health.value(u"checks"_s).toObject();
        for (const QString &check : {u"database"_s, u"memory"_s, u"threads"_s, u"disk"_s, u"outbox"_s})
            QVERIFY2(checks.value(check).toObject().contains(u"status"_s), qPrintable(check));
        QVERIFY(checks.value(u"database"_s).toObject().value(u"latency_ms"_s).toDouble() >= 0);
        QVERIFY(checks.value(u"memory"_s).toObject().value(u"rss_bytes"_s).toInteger() > 0);
        QVERIFY(!checks.contains(u"telegram"_s)); // the bot is off without a token
    }

    void liveAndReady()
    {
        QCOMPARE(m_service.get(u"/health/live"_s).json().object().value(u"status"_s).toString(), u"alive"_s);
        const HttpResult ready = m_service.get(u"/health/ready"_s);
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json().object().value(u"status"_s).toString(), u"ready"_s);
    }

    void metricsUseRouteTemplates()
    {
        m_service.get(u"/health"_s);
        m_service.get(u"/no/such/path/12345"_s);
        const HttpResult result = m_service.get(u"/metrics"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(result.body.contains(R"(queue_bot_http_requests_total{method="GET",route="/health",status="200"})"));
        QVERIFY(result.body.contains(R"(route="unmatched",status="404")"));
        QVERIFY(!result.body.contains("12345")); // raw paths never become labels
        QVERIFY(result.body.contains("queue_bot_process_resident_memory_bytes"));
        QVERIFY(result.body.contains(R"(queue_bot_health_status{check="database"} 0)"));
    }

    void unknownRouteAndWrongMethodAreJson()
    {
        HttpResult result = m_service.get(u"/nope"_s);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json().object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
        result = m_service.send("DELETE", u"/health"_s, {});
        QCOMPARE(result.status, 405);
        QCOMPARE(result.header("Allow"), QByteArray("GET"));
        QCOMPARE(result.json().object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"method_not_allowed"_s);
    }
};

QTEST_GUILESS_MAIN(TestOperatorHttp)
#include "tst_operatorhttp.moc"
