#include "rushdeployment.h"

#include "benchservice.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kToken = "123456789:RUSH-bench_token";
const QByteArray kSecret = "rush-bench-secret";

} // namespace

RushDeployment::RushDeployment(const QElapsedTimer &clock, QString binary, int connections, double maxSeconds)
    : m_clock(clock)
    , m_binary(std::move(binary))
    , m_connections(connections)
    , m_maxSeconds(maxSeconds)
    , m_botApi(kToken, clock)
{
}

RushDeployment::~RushDeployment()
{
    stop();
}

QString RushDeployment::start(const QString &databaseUrl, int instances)
{
    if (m_botApi.listen() == 0)
        return u"the Bot API stand-in could not listen"_s;
    const QStringList env{u"TELEGRAM_BOT_TOKEN="_s + QString::fromLatin1(kToken),
                          u"TELEGRAM_API_URL="_s + m_botApi.baseUrl(), u"TELEGRAM_MODE=webhook"_s,
                          u"WEBHOOK_URL=https://bench.invalid/webhook"_s,
                          u"WEBHOOK_SECRET="_s + QString::fromLatin1(kSecret),
                          u"WEBHOOK_MAX_CONNECTIONS=%1"_s.arg(qMin(m_connections, 100)),
                          u"HTTP_MAX_CONNECTIONS=%1"_s.arg(qMax(256, m_connections * 4)),
                          // Telegram's calls arrive through the reverse proxy, which is trusted in production.
                          u"TRUSTED_PROXIES=127.0.0.1"_s};
    QList<quint16> ports;
    QList<qint64> pids;
    for (int i = 0; i < instances; ++i) {
        m_services.push_back(std::make_unique<QProcess>());
        QProcess &service = *m_services.back();
        const quint16 port = startService(service, m_binary, databaseUrl, env);
        if (port == 0)
            return u"queue-service did not start:\n"_s + QString::fromUtf8(service.readAll());
        ports << port;
        pids << service.processId();
    }
    m_driver = std::make_unique<WebhookDriver>(QHostAddress::LocalHost, ports, kSecret, m_clock, m_connections, pids);
    QObject::connect(&m_botApi, &BotApiStandIn::called, m_driver.get(), &WebhookDriver::onBotCall);
    return {};
}

void RushDeployment::run(PhasePlan plan)
{
    plan.maxSeconds = m_maxSeconds;
    m_plans.append(plan);
    m_results.append(m_driver->run(m_plans.constLast()));
}

void RushDeployment::stop()
{
    if (m_services.empty())
        return;
    for (const auto &service : m_services)
        service->terminate();
    for (const auto &service : m_services) {
        stopService(*service);
        m_log += service->readAll();
    }
    m_services.clear();
    const QList<BotCallSeen> calls = m_botApi.seen();
    for (qsizetype i = 0; i < m_results.size(); ++i)
        m_results[i].extraReplies = countExtraReplies(m_plans.at(i), m_results.at(i), calls);
}

QStringList RushDeployment::logTail(int lines) const
{
    const QList<QByteArray> all = m_log.trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        tail << QString::fromUtf8(all.at(i));
    return tail;
}
