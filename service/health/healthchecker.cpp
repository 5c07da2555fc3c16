#include "healthchecker.h"

#include "metrics/metrics.h"
#include "storage/migrator.h"
#include "storage/statsrepository.h"
#include "version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

struct ProcessFigures
{
    qint64 rssBytes = 0;
    int threads = 0;
};

ProcessFigures readProcess()
{
    ProcessFigures figures;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                figures.rssBytes = line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
            else if (line.startsWith("Threads:"))
                figures.threads = line.mid(8).trimmed().toInt();
        }
    }
    return figures;
}

HealthStatus worst(HealthStatus a, HealthStatus b)
{
    return int(a) > int(b) ? a : b;
}

HealthStatus grade(double value, double warning, double critical)
{
    if (value >= critical)
        return HealthStatus::Unhealthy;
    return value >= warning ? HealthStatus::Warning : HealthStatus::Healthy;
}

} // namespace

HealthChecker::HealthChecker(Database &db, const Clock &clock, Metrics *metrics, HealthThresholds thresholds)
    : m_db(db)
    , m_clock(clock)
    , m_metrics(metrics)
    , m_thresholds(thresholds)
    , m_startedAt(clock.now())
{
}

QString HealthChecker::statusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy: return u"healthy"_s;
    case HealthStatus::Warning: return u"warning"_s;
    case HealthStatus::Unhealthy: return u"unhealthy"_s;
    }
    return u"unhealthy"_s;
}

bool HealthChecker::ready(QString *reason)
{
    if (m_db.isDamaged()) {
        *reason = u"the database file is damaged: "_s + m_db.damage();
        return false;
    }
    try {
        Migrator(m_db).requireCurrent();
        return true;
    } catch (const StorageError &error) {
        *reason = error.message();
        return false;
    }
}

QJsonObject HealthChecker::check(HealthStatus *overall)
{
    const QDateTime now = m_clock.now();
    QJsonObject checks;
    HealthStatus total = HealthStatus::Healthy;
    auto add = [&](const char *name, HealthStatus status, QJsonObject details) {
        details.insert(u"status"_s, statusName(status));
        checks.insert(QString::fromLatin1(name), details);
        total = worst(total, status);
        if (m_metrics)
            m_metrics->healthStatus.Add({{"check", name}}).Set(double(int(status)));
    };

    // Database: a real query, timed, unless a statement has found the file damaged already.
    const QString dialect = m_db.dialect() == SqlDialect::Sqlite ? u"sqlite"_s : u"postgresql"_s;
    QElapsedTimer timer;
    timer.start();
    try {
        if (m_db.isDamaged())
            throw StorageError(u"the database file is damaged ("_s + m_db.damage() + u"); restore a backup"_s,
                               StorageError::Kind::Damaged);
        m_db.session().scalar(u"SELECT count(*) FROM schema_version"_s);
        const double latencyMs = double(timer.nsecsElapsed()) / 1e6;
        add("database", latencyMs > m_thresholds.databaseSlowMs ? HealthStatus::Warning : HealthStatus::Healthy,
            {{u"latency_ms"_s, latencyMs}, {u"dialect"_s, dialect}});
    } catch (const StorageError &error) {
        add("database", HealthStatus::Unhealthy,
            {{u"error"_s, error.message()}, {u"damaged"_s, m_db.isDamaged()}, {u"dialect"_s, dialect}});
    }

    // The outbox as the refresher last counted it; its age goes on growing between counts.
    if (const std::optional<OutboxBacklog> backlog = m_outboxBacklog ? m_outboxBacklog() : std::nullopt) {
        const qint64 oldestAge =
            backlog->oldestCreatedAt.isValid() ? qMax<qint64>(0, backlog->oldestCreatedAt.secsTo(now)) : 0;
        const bool behind =
            backlog->pending >= m_thresholds.outboxPendingWarning || oldestAge >= m_thresholds.outboxOldestWarningSecs;
        add("outbox", behind ? HealthStatus::Warning : HealthStatus::Healthy,
            {{u"pending"_s, backlog->pending}, {u"oldest_pending_age_seconds"_s, oldestAge}});
    }

    const ProcessFigures process = readProcess();
    add("memory", grade(double(process.rssBytes), double(m_thresholds.memoryWarningBytes), double(m_thresholds.memoryCriticalBytes)),
        {{u"rss_bytes"_s, process.rssBytes}, {u"warning_bytes"_s, m_thresholds.memoryWarningBytes},
         {u"critical_bytes"_s, m_thresholds.memoryCriticalBytes}});
    add("threads", process.threads >= m_thresholds.threadsWarning ? HealthStatus::Warning : HealthStatus::Healthy,
        {{u"count"_s, process.threads}, {u"warning"_s, m_thresholds.threadsWarning}});

    if (m_db.dialect() == SqlDialect::Sqlite) {
        // statvfs() directly: QStorageInfo parses the mount table on every call.
        const QString dir = QFileInfo(m_db.url().path).absolutePath();
        struct statvfs fs{};
        if (statvfs(QFile::encodeName(dir).constData(), &fs) == 0) {
            const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
            add("disk", free <= m_thresholds.diskCriticalBytes ? HealthStatus::Unhealthy
                        : free <= m_thresholds.diskWarningBytes ? HealthStatus::Warning
                                                               : HealthStatus::Healthy,
                {{u"free_bytes"_s, free}, {u"path"_s, dir}});
        } else {
            add("disk", HealthStatus::Unhealthy,
                {{u"path"_s, dir}, {u"error"_s, QString::fromLocal8Bit(std::strerror(errno))}});
        }
    }

    if (m_telegramLastSuccess) {
        const QDateTime last = m_telegramLastSuccess();
        const qint64 silence = last.isValid() ? last.secsTo(now) : m_startedAt.secsTo(now);
        // Never worse than a warning: restarting the container does not bring Telegram back.
        add("telegram", silence >= m_thresholds.telegramSilenceWarningSecs ? HealthStatus::Warning : HealthStatus::Healthy,
            {{u"last_success_age_seconds"_s, silence}, {u"ever_succeeded"_s, last.isValid()}});
    }

    *overall = total;
    if (m_metrics)
        m_metrics->healthStatus.Add({{"check", "overall"}}).Set(double(int(total)));
    return {{u"status"_s, statusName(total)},
            {u"version"_s, QStringLiteral(QUEUE_BOT_VERSION)},
            {u"uptime_seconds"_s, m_startedAt.secsTo(now)},
            {u"time"_s, now.toString(Qt::ISODate)},
            {u"checks"_s, checks}};
}
