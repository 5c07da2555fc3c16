// The running service: owns the database and every component, starts them and stops them in order.
#pragma once

#include "app/config.h"
#include "domain/clock.h"
#include "storage/database.h"

#include <QObject>

#include <memory>

class DomainServices;
class HealthChecker;
class HttpService;
class Metrics;
class MetricsObserver;
class MetricsRefresher;
class Scheduler;
class SqlMetrics;
class TelegramBot;
struct ServiceContext;

class ServiceApp : public QObject
{
    Q_OBJECT
public:
    ServiceApp(ServiceConfig config, DatabaseUrl url, QObject *parent = nullptr);
    ~ServiceApp() override;

    // Migrates (or checks) the database and starts the components; false after logging why not.
    bool start();
    // Stops accepting work, lets in-flight work finish, closes the database; emits stopped().
    void shutdown(const QString &reason);

    // The components the routes use; for in-process tests.
    ServiceContext &context() { return *m_context; }

signals:
    void stopped();

private:
    // The system clock, or in test builds a FileClock the end-to-end tests move.
    static std::unique_ptr<Clock> makeClock(const ServiceConfig &config);

    ServiceConfig m_config;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<SqlMetrics> m_sqlMetrics;
    std::unique_ptr<MetricsObserver> m_metricsObserver;
    std::unique_ptr<DomainServices> m_domain;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<HealthChecker> m_health;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<MetricsRefresher> m_metricsRefresher;
    std::unique_ptr<TelegramBot> m_bot; // before m_http: its /webhook route goes first
    std::unique_ptr<HttpService> m_http;
    bool m_running = false;
};
