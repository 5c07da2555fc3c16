// Health of the running service: a real database query (and whether any statement found the file
// damaged), memory, threads, disk, Telegram and the outbox backlog, each with its own status and
// figures.
#pragma once

#include "domain/clock.h"
#include "health/healththresholds.h"
#include "storage/database.h"
#include "storage/statsrepository.h"

#include <QJsonObject>

#include <functional>
#include <optional>

class Metrics;

enum class HealthStatus { Healthy, Warning, Unhealthy };

class HealthChecker
{
public:
    HealthChecker(Database &db, const Clock &clock, Metrics *metrics, HealthThresholds thresholds = {});

    // When the bot is on: the time of the last successful Bot API call (invalid if none yet).
    void setTelegramProbe(std::function<QDateTime()> lastSuccess) { m_telegramLastSuccess = std::move(lastSuccess); }
    // The outbox backlog as last counted by the periodic refresher (MetricsRefresher), so a
    // /health request never counts the outbox itself; nothing before the first count.
    void setOutboxProbe(std::function<std::optional<OutboxBacklog>()> backlog) { m_outboxBacklog = std::move(backlog); }

    // Runs every check, refreshes the health gauges and returns the /health document.
    QJsonObject check(HealthStatus *overall);
    // Database reachable, not found damaged, and schema current; `reason` says why not.
    bool ready(QString *reason);

    static QString statusName(HealthStatus status);

private:
    Database &m_db;
    const Clock &m_clock;
    Metrics *m_metrics;
    HealthThresholds m_thresholds;
    std::function<QDateTime()> m_telegramLastSuccess;
    std::function<std::optional<OutboxBacklog>()> m_outboxBacklog;
    QDateTime m_startedAt;
};
