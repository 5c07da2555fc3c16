#include "serviceapp.h"

#include "app/fileclock.h"
#include "app/logging.h"
#include "domain/domainservices.h"
#include "health/healthchecker.h"
#include "http/httpservice.h"
#include "metrics/metrics.h"
#include "metrics/metricsobserver.h"
#include "metrics/metricsrefresher.h"
#include "metrics/sqlmetrics.h"
#include "scheduler/jobs.h"
#include "scheduler/scheduler.h"
#include "storage/integritycheck.h"
#include "storage/migrator.h"
#include "telegram/telegrambot.h"
#include "version.h"

Q_LOGGING_CATEGORY(lcService, "queue.service")

using namespace Qt::StringLiterals;

ServiceApp::ServiceApp(ServiceConfig config, DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(makeClock(m_config))
    , m_db(std::make_unique<Database>(std::move(url)))
    , m_metrics(std::make_unique<Metrics>())
    , m_sqlMetrics(std::make_unique<SqlMetrics>(*m_metrics))
    , m_metricsObserver(std::make_unique<MetricsObserver>(*m_metrics))
    , m_domain(std::make_unique<DomainServices>(*m_db, *m_clock))
    , m_scheduler(std::make_unique<Scheduler>(*m_clock, m_metrics.get()))
    , m_health(std::make_unique<HealthChecker>(*m_db, *m_clock, m_metrics.get(), m_config.health))
    , m_context(std::make_unique<ServiceContext>(*m_domain, *m_metrics, *m_health))
    , m_metricsRefresher(std::make_unique<MetricsRefresher>(*m_db, *m_clock, *m_metrics))
{
    m_health->setOutboxProbe([refresher = m_metricsRefresher.get()] { return refresher->outboxBacklog(); });
    // Statements and connections of every Database in this process, from any thread.
    SqlObserver::install(m_sqlMetrics.get());
    m_domain->observers.add(m_metricsObserver.get());
    m_domain->observers.add(m_scheduler.get());
    addStandardJobs(*m_scheduler, {m_domain->schedule, m_domain->reminders, m_domain->waitlist, m_domain->expiry, m_domain->outbox},
                    *m_clock);
    if (auto *fileClock = dynamic_cast<FileClock *>(m_clock.get())) {
        connect(fileClock, &FileClock::jumped, this, [this] {
            // What the jump made due is done before the line that tells the test the clock moved.
            m_scheduler->runDue();
            m_scheduler->wake();
            logEvent(QtInfoMsg, lcService(), u"test clock moved"_s, {{u"now"_s, isoUtc(m_clock->now())}});
        });
    }
}

std::unique_ptr<Clock> ServiceApp::makeClock(const ServiceConfig &config)
{
    if (config.testClockFile.isEmpty())
        return std::make_unique<SystemClock>();
    auto clock = std::make_unique<FileClock>(config.testClockFile);
    QString error;
    if (!clock->load(&error))
        qFatal("QUEUE_BOT_TEST_CLOCK_FILE: %s", qPrintable(error));
    return clock;
}

ServiceApp::~ServiceApp()
{
    SqlObserver::uninstall(m_sqlMetrics.get());
}

bool ServiceApp::start()
{
    const IntegrityReport integrity = checkDatabaseFile(m_db->url(), m_config.databaseQuickCheck);
    if (!integrity.ok) {
        logEvent(QtCriticalMsg, lcService(), u"cannot start: "_s + integrity.problem,
                 {{u"quick_check_ms"_s, integrity.milliseconds}, {u"bytes"_s, integrity.bytes}});
        return false;
    }
    if (integrity.checked) {
        logEvent(QtInfoMsg, lcService(), u"database file checked"_s,
                 {{u"quick_check_ms"_s, integrity.milliseconds}, {u"bytes"_s, integrity.bytes}});
    } else if (!m_config.databaseQuickCheck && integrity.bytes > 0) {
        logEvent(QtWarningMsg, lcService(), u"database quick_check skipped (DATABASE_QUICK_CHECK=false)"_s,
                 {{u"bytes"_s, integrity.bytes}});
    }
    try {
        Migrator migrator(*m_db);
        if (m_config.migrateOnStart)
            migrator.migrate();
        else
            migrator.requireCurrent();
        logEvent(QtInfoMsg, lcService(), u"database ready"_s,
                 {{u"database"_s, m_db->url().redacted()}, {u"schema_version"_s, migrator.currentVersion()}});
    } catch (const StorageError &error) {
        logEvent(QtCriticalMsg, lcService(), u"cannot start: "_s + error.message(), {});
        return false;
    }
    // The first scrape already sees the database gauges.
    m_metricsRefresher->start(m_config.metricsRefreshSeconds * 1000);

    HttpSettings http;
    http.host = QHostAddress(m_config.httpHost);
    http.port = m_config.httpPort;
    http.limits = m_config.httpLimits;
    http.adminToken = m_config.adminToken;
    http.tlsCertFile = m_config.tlsCertFile;
    http.tlsKeyFile = m_config.tlsKeyFile;
    m_http = std::make_unique<HttpService>(*m_context, http);
    QString error;
    if (!m_http->listen(&error)) {
        logEvent(QtCriticalMsg, lcService(), u"cannot start: "_s + error, {});
        return false;
    }
    logEvent(QtInfoMsg, lcService(), u"http listening"_s,
             {{u"host"_s, m_config.httpHost}, {u"port"_s, int(m_http->port())},
              {u"tls"_s, !m_config.tlsCertFile.isEmpty()}});

    if (!m_config.telegramBotToken.isEmpty()) {
        m_bot = std::make_unique<TelegramBot>(m_config, *m_domain, m_metrics.get());
        if (!m_bot->start(m_http->router(), &error)) {
            logEvent(QtCriticalMsg, lcService(), u"cannot start: "_s + error, {});
            return false;
        }
        m_health->setTelegramProbe([bot = m_bot.get()] { return bot->lastSuccess(); });
    }

    // Catches up on what fell due while the service was down, then follows the next due moment.
    m_scheduler->start();
    if (!m_config.testClockFile.isEmpty())
        logEvent(QtWarningMsg, lcService(), u"test clock in use"_s, {{u"now"_s, isoUtc(m_clock->now())}});

    m_running = true;
    logEvent(QtInfoMsg, lcService(), u"queue-service started"_s,
             {{u"version"_s, QStringLiteral(QUEUE_BOT_VERSION)},
              {u"telegram_bot"_s, m_config.telegramBotToken.isEmpty() ? u"off"_s : m_config.telegramMode}});
    return true;
}

void ServiceApp::shutdown(const QString &reason)
{
    if (!m_running)
        return;
    m_running = false;
    logEvent(QtInfoMsg, lcService(), u"shutdown: stop accepting work"_s, {{u"reason"_s, reason}});
    m_http->stopAccepting();
    if (m_bot) {
        // Stops polling, lets the sends in flight finish and be marked: no outbox row is lost.
        m_bot->stop();
        logEvent(QtInfoMsg, lcService(), u"shutdown: telegram bot stopped"_s, {});
    }
    m_scheduler->stop();
    m_metricsRefresher->stop();
    // Handlers are synchronous, so once the event loop returns here no request is half-done.
    logEvent(QtInfoMsg, lcService(), u"shutdown: in-flight work finished"_s, {});
    m_http.reset();
    m_db->closeThisThread();
    logEvent(QtInfoMsg, lcService(), u"shutdown: database closed"_s, {});
    emit stopped();
}
