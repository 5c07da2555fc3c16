// Service configuration: environment variables (Docker-friendly) over an optional INI file.
#pragma once

#include "health/healththresholds.h"
#include "http/listenerguard.h"
#include "telegram/telegramsettings.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

struct ServiceConfig
{
    QString telegramBotToken;                                       // TELEGRAM_BOT_TOKEN: empty = bot off
    QString telegramApiUrl = QStringLiteral("https://api.telegram.org"); // TELEGRAM_API_URL
    QString telegramMode = QStringLiteral("polling");               // TELEGRAM_MODE: polling | webhook
    QString webhookUrl;                                             // WEBHOOK_URL
    QString webhookSecret;                                          // WEBHOOK_SECRET
    QString httpHost = QStringLiteral("0.0.0.0");                   // HTTP_HOST
    quint16 httpPort = 8080;                                        // HTTP_PORT
    QString databaseUrl = QStringLiteral("sqlite:data/queue.db");   // DATABASE_URL
    QString adminToken;                                             // ADMIN_TOKEN
    QString logFormat = QStringLiteral("json");                     // LOG_FORMAT: json | text
    QString logLevel = QStringLiteral("info");                      // LOG_LEVEL: debug | info | warning | error
    QString defaultTimezone = QStringLiteral("Europe/Moscow");      // DEFAULT_TIMEZONE
    bool migrateOnStart = true;                                     // MIGRATE_ON_START
    bool databaseQuickCheck = true; // DATABASE_QUICK_CHECK: PRAGMA quick_check before serving (off for huge files)
    // HTTP_MAX_BODY_BYTES, HTTP_MAX_CONNECTIONS, HTTP_MAX_CONNECTIONS_PER_ADDRESS, TRUSTED_PROXIES
    // (comma-separated addresses or subnets), HTTP_IDLE_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS
    ListenerLimits httpLimits;
    QString tlsCertFile;       // TLS_CERT_FILE
    QString tlsKeyFile;        // TLS_KEY_FILE
    TelegramSettings telegram; // TELEGRAM_POLL_TIMEOUT_SECONDS, TELEGRAM_FLOOD_*, OUTBOX_*, ... (telegramsettings.h)
    HealthThresholds health;   // HEALTH_MEMORY_WARNING_BYTES, HEALTH_MEMORY_CRITICAL_BYTES, HEALTH_DISK_*_BYTES
    int metricsRefreshSeconds = 15; // METRICS_REFRESH_SECONDS: how often the database gauges are recomputed
    QString testClockFile;          // QUEUE_BOT_TEST_CLOCK_FILE: test builds only (app/fileclock.h)

    // Reads `iniPath` (if not empty) and then the environment, which wins. Returns nothing and
    // sets `error` to one sentence naming the variable when a value is invalid.
    static std::optional<ServiceConfig> load(const QProcessEnvironment &env, const QString &iniPath, QString *error);
};
