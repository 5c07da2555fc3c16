#include "config.h"

#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>

#include <functional>


using namespace Qt::StringLiterals;

namespace {

bool parseBool(const QString &text, bool *ok)
{
    const QString value = text.trimmed().toLower();
    *ok = true;
    if (value == u"1"_s || value == u"true"_s || value == u"yes"_s || value == u"on"_s)
        return true;
    if (value == u"0"_s || value == u"false"_s || value == u"no"_s || value == u"off"_s)
        return false;
    *ok = false;
    return false;
}

} // namespace

std::optional<ServiceConfig> ServiceConfig::load(const QProcessEnvironment &env, const QString &iniPath,
                                                 QString *error)
{
    QHash<QString, QString> values;
    if (!iniPath.isEmpty()) {
        if (!QFileInfo(iniPath).isReadable()) {
            *error = u"config file %1 cannot be read"_s.arg(iniPath);
            return std::nullopt;
        }
        const QSettings ini(iniPath, QSettings::IniFormat);
        const QStringList keys = ini.allKeys();
        for (const QString &key : keys)
            values.insert(key.section(u'/', -1).toUpper(), ini.value(key).toString());
    }
    const QStringList envKeys = env.keys();
    for (const QString &key : envKeys)
        values.insert(key, env.value(key));

    ServiceConfig config;
    auto take = [&](const char *name, QString *target) {
        const auto it = values.constFind(QString::fromLatin1(name));
        if (it != values.constEnd() && !it->isEmpty())
            *target = it->trimmed();
    };
    auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };

    take("TELEGRAM_BOT_TOKEN", &config.telegramBotToken);
    take("TELEGRAM_API_URL", &config.telegramApiUrl);
    take("TELEGRAM_MODE", &config.telegramMode);
    take("WEBHOOK_URL", &config.webhookUrl);
    take("WEBHOOK_SECRET", &config.webhookSecret);
    take("HTTP_HOST", &config.httpHost);
    take("DATABASE_URL", &config.databaseUrl);
    take("ADMIN_TOKEN", &config.adminToken);
    take("LOG_FORMAT", &config.logFormat);
    take("LOG_LEVEL", &config.logLevel);
    take("DEFAULT_TIMEZONE", &config.defaultTimezone);

    QString port;
    take("HTTP_PORT", &port);
    if (!port.isEmpty()) {
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || value < 0 || value > 65535)
            return fail(u"HTTP_PORT must be a number from 0 to 65535, got \"%1\""_s.arg(port));
        config.httpPort = quint16(value);
    }
    struct NumberSetting
    {
        const char *name;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const NumberSetting numbers[] = {
        {"HTTP_MAX_BODY_BYTES", 1024, 1LL << 30, [&](qint64 v) { config.httpLimits.maxBodyBytes = v; }},
        {"HTTP_MAX_CONNECTIONS", 1, 100000, [&](qint64 v) { config.httpLimits.maxConnections = int(v); }},
        {"HTTP_MAX_CONNECTIONS_PER_ADDRESS", 1, 100000,
         [&](qint64 v) { config.httpLimits.maxConnectionsPerAddress = int(v); }},
        {"HTTP_IDLE_TIMEOUT_MS", 50, 3600000, [&](qint64 v) { config.httpLimits.idleTimeoutMs = int(v); }},
        {"HTTP_REQUEST_TIMEOUT_MS", 50, 3600000, [&](qint64 v) { config.httpLimits.requestTimeoutMs = int(v); }},
        {"TELEGRAM_POLL_TIMEOUT_SECONDS", 0, 50, [&](qint64 v) { config.telegram.pollTimeoutSecs = int(v); }},
        {"TELEGRAM_REQUEST_TIMEOUT_MS", 100, 600000, [&](qint64 v) { config.telegram.requestTimeoutMs = int(v); }},
        {"TELEGRAM_RETRY_BASE_MS", 10, 600000, [&](qint64 v) { config.telegram.retryBaseMs = int(v); }},
        {"TELEGRAM_RETRY_MAX_MS", 10, 3600000, [&](qint64 v) { config.telegram.retryMaxMs = int(v); }},
        {"TELEGRAM_SHUTDOWN_TIMEOUT_MS", 0, 600000, [&](qint64 v) { config.telegram.shutdownTimeoutMs = int(v); }},
        {"TELEGRAM_FLOOD_RATE", 1, 1000, [&](qint64 v) { config.telegram.floodRate = int(v); }},
        {"TELEGRAM_FLOOD_BURST", 1, 1000, [&](qint64 v) { config.telegram.floodBurst = int(v); }},
        {"TELEGRAM_FLOOD_QUEUE", 0, 10000, [&](qint64 v) { config.telegram.floodQueue = int(v); }},
        {"WEBHOOK_MAX_CONNECTIONS", 1, 100, [&](qint64 v) { config.telegram.webhookMaxConnections = int(v); }},
        {"OUTBOX_GLOBAL_RATE", 1, 1000, [&](qint64 v) { config.telegram.outboxGlobalRate = int(v); }},
        {"OUTBOX_PER_CHAT_INTERVAL_MS", 0, 3600000, [&](qint64 v) { config.telegram.outboxPerChatIntervalMs = int(v); }},
        {"OUTBOX_MAX_ATTEMPTS", 1, 1000, [&](qint64 v) { config.telegram.outboxMaxAttempts = int(v); }},
        {"OUTBOX_POLL_INTERVAL_MS", 10, 3600000, [&](qint64 v) { config.telegram.outboxPollIntervalMs = int(v); }},
        {"OUTBOX_RETRY_BASE_MS", 10, 3600000, [&](qint64 v) { config.telegram.outboxRetryBaseMs = int(v); }},
        {"OUTBOX_RETRY_MAX_MS", 10, 86400000, [&](qint64 v) { config.telegram.outboxRetryMaxMs = int(v); }},
        {"HEALTH_MEMORY_WARNING_BYTES", 1, 1LL << 50, [&](qint64 v) { config.health.memoryWarningBytes = v; }},
        {"HEALTH_MEMORY_CRITICAL_BYTES", 1, 1LL << 50, [&](qint64 v) { config.health.memoryCriticalBytes = v; }},
        {"HEALTH_DISK_WARNING_BYTES", 0, 1LL << 50, [&](qint64 v) { config.health.diskWarningBytes = v; }},
        {"HEALTH_DISK_CRITICAL_BYTES", 0, 1LL << 50, [&](qint64 v) { config.health.diskCriticalBytes = v; }},
        {"METRICS_REFRESH_SECONDS", 1, 3600, [&](qint64 v) { config.metricsRefreshSeconds = int(v); }},
    };
    for (const NumberSetting &setting : numbers) {
        QString text;
        take(setting.name, &text);
        if (text.isEmpty())
            continue;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < setting.min || value > setting.max)
            return fail(u"%1 must be a number from %2 to %3, got \"%4\""_s.arg(QString::fromLatin1(setting.name))
                            .arg(setting.min)
                            .arg(setting.max)
                            .arg(text));
        setting.apply(value);
    }
    QString proxies;
    take("TRUSTED_PROXIES", &proxies);
    const QStringList proxyList = proxies.split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : proxyList) {
        const QString text = entry.trimmed();
        // A bare address is a subnet of one.
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text.contains(u'/') ? text
                                            : text + (text.contains(u':') ? u"/128"_s : u"/32"_s));
        if (subnet.first.isNull())
            return fail(u"TRUSTED_PROXIES must list IP addresses or subnets (10.0.0.0/8), got \"%1\""_s.arg(text));
        config.httpLimits.trustedProxies << subnet;
    }
    take("TLS_CERT_FILE", &config.tlsCertFile);
    take("TLS_KEY_FILE", &config.tlsKeyFile);
    if (config.tlsCertFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return fail(u"TLS_CERT_FILE and TLS_KEY_FILE must be set together"_s);

    take("QUEUE_BOT_TEST_CLOCK_FILE", &config.testClockFile);
#ifndef QUEUE_BOT_TEST_HOOKS
    if (!config.testClockFile.isEmpty())
        return fail(u"QUEUE_BOT_TEST_CLOCK_FILE is only for test builds (BUILD_TESTING=ON)"_s);
#endif

    const struct
    {
        const char *name;
        bool *target;
    } flags[] = {
        {"MIGRATE_ON_START", &config.migrateOnStart},
        {"DATABASE_QUICK_CHECK", &config.databaseQuickCheck},
    };
    for (const auto &flag : flags) {
        QString text;
        take(flag.name, &text);
        if (text.isEmpty())
            continue;
        bool ok = false;
        *flag.target = parseBool(text, &ok);
        if (!ok)
            return fail(u"%1 must be true or false, got \"%2\""_s.arg(QString::fromLatin1(flag.name), text));
    }

    config.telegramMode = config.telegramMode.toLower();
    config.logFormat = config.logFormat.toLower();
    config.logLevel = config.logLevel.toLower();
    if (config.telegramMode != u"polling"_s && config.telegramMode != u"webhook"_s)
        return fail(u"TELEGRAM_MODE must be polling or webhook, got \"%1\""_s.arg(config.telegramMode));
    if (config.logFormat != u"json"_s && config.logFormat != u"text"_s)
        return fail(u"LOG_FORMAT must be json or text, got \"%1\""_s.arg(config.logFormat));
    static const QStringList levels{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
    if (!levels.contains(config.logLevel))
        return fail(u"LOG_LEVEL must be one of debug, info, warning, error, got \"%1\""_s.arg(config.logLevel));
    if (!QTimeZone(config.defaultTimezone.toUtf8()).isValid())
        return fail(u"DEFAULT_TIMEZONE \"%1\" is not a known IANA time zone"_s.arg(config.defaultTimezone));
    return config;
}
