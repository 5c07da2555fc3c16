// What rush-bench puts under load: one or more queue-service processes in webhook mode on one
// database (SQLite: one; PostgreSQL: several, as behind the proxy), replying to a Bot API stand-in
// of their own, with a WebhookDriver spreading the webhook connections over them.
#pragma once

#include "botapistandin.h"
#include "webhookdriver.h"

#include <QElapsedTimer>
#include <QProcess>

#include <memory>
#include <vector>

class RushDeployment
{
public:
    // `clock` stamps the stand-in's calls and the driver's sends; it must outlive this.
    RushDeployment(const QElapsedTimer &clock, QString binary, int connections, double maxSeconds);
    ~RushDeployment();
    RushDeployment(const RushDeployment &) = delete;
    RushDeployment &operator=(const RushDeployment &) = delete;

    // Starts `instances` processes on `databaseUrl`; empty once every one listens, else what went wrong.
    QString start(const QString &databaseUrl, int instances);
    // One phase, through every instance; its result is appended to results().
    void run(PhasePlan plan);
    // Stops the instances (the stand-in keeps answering in its thread while they drain), then
    // counts each phase's extra replies, late copies included.
    void stop();

    const QList<PhaseResult> &results() const { return m_results; }
    const BotApiStandIn &botApi() const { return m_botApi; }
    // The last lines the instances logged (after stop()), for a report that went wrong.
    QStringList logTail(int lines) const;

private:
    const QElapsedTimer &m_clock;
    const QString m_binary;
    const int m_connections;
    const double m_maxSeconds;
    BotApiStandIn m_botApi;
    std::vector<std::unique_ptr<QProcess>> m_services;
    std::unique_ptr<WebhookDriver> m_driver;
    QList<PhasePlan> m_plans;
    QList<PhaseResult> m_results;
    QByteArray m_log;
};
