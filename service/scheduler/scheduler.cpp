#include "scheduler.h"

#include "metrics/metrics.h"
#include "storage/sqlsession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScheduler, "queue.scheduler")

using namespace Qt::StringLiterals;

Scheduler::Scheduler(const Clock &clock, Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_metrics(metrics)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    // Many changes close together make one look at the timer.
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Scheduler::arm);
}

void Scheduler::add(ScheduledJob job)
{
    m_jobs.append({std::move(job), std::nullopt, false, {}});
}

void Scheduler::start()
{
    m_running = true;
    const QDateTime now = m_clock.now();
    for (Entry &entry : m_jobs)
        runJob(entry, now, true);
    arm();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_wake.stop();
}

void Scheduler::wake()
{
    if (!m_running || m_wake.isActive())
        return;
    const qint64 sinceArm = m_sinceArm.isValid() ? m_sinceArm.elapsed() : kWakeCoalesceMs;
    m_wake.start(int(qBound(qint64(0), kWakeCoalesceMs - sinceArm, qint64(kWakeCoalesceMs))));
}

std::optional<QDateTime> Scheduler::dueOf(Entry &entry)
{
    if (entry.retryAt.isValid())
        return entry.retryAt;
    if (entry.runAgain)
        return m_clock.now();
    // A moment read earlier that has come since stays due until the job has run: some jobs can
    // only name the next such moment after now ("the next local midnight"), which moves on as the
    // clock passes it, so reading it again would never find it due.
    if (entry.due && *entry.due <= m_clock.now())
        return entry.due;
    try {
        entry.due = entry.job.nextDue();
    } catch (const StorageError &error) {
        qCWarning(lcScheduler).noquote() << entry.job.name << ": cannot read what is due:" << error.message();
        entry.retryAt = m_clock.now().addMSecs(kRetryMs);
        return entry.retryAt;
    }
    return entry.due;
}

bool Scheduler::runJob(Entry &entry, const QDateTime &now, bool force)
{
    const std::optional<QDateTime> due = force ? std::optional<QDateTime>(now) : dueOf(entry);
    if (!due || *due > now)
        return false;
    const std::string job = entry.job.name.toStdString();
    if (m_metrics && !force) {
        m_metrics->schedulerLagSeconds.Add({{"task", job}}, Metrics::lagBuckets())
            .Observe(double(qMax<qint64>(0, due->msecsTo(now))) / 1000.0);
    }
    bool ok = true;
    entry.due.reset(); // read again after the run
    try {
        entry.runAgain = entry.job.run();
        entry.retryAt = {};
    } catch (const StorageError &error) {
        ok = false;
        entry.runAgain = false;
        entry.retryAt = now.addMSecs(kRetryMs);
        qCWarning(lcScheduler).noquote() << entry.job.name << "failed, retrying in" << kRetryMs / 1000
                                         << "s:" << error.message();
        if (m_metrics)
            m_metrics->countError(u"scheduler"_s, u"storage"_s);
    }
    if (m_metrics) {
        m_metrics->schedulerRuns.Add({{"task", job}, {"outcome", ok ? "ok" : "error"}}).Increment();
        if (ok)
            m_metrics->schedulerLastSuccess.Add({{"task", job}}).Set(double(now.toMSecsSinceEpoch()) / 1000.0);
    }
    emit jobRan(entry.job.name, ok);
    return true;
}

int Scheduler::runDue()
{
    int ran = 0;
    const QDateTime now = m_clock.now();
    for (Entry &entry : m_jobs) {
        if (runJob(entry, now, false))
            ++ran;
    }
    return ran;
}

void Scheduler::tick()
{
    if (!m_running)
        return;
    runDue();
    arm();
}

void Scheduler::arm()
{
    if (!m_running)
        return;
    m_sinceArm.start();
    m_nextDue.reset();
    for (Entry &entry : m_jobs) {
        const std::optional<QDateTime> due = dueOf(entry);
        if (due && (!m_nextDue || *due < *m_nextDue))
            m_nextDue = due;
    }
    qint64 sleepMs = kMaxSleepMs;
    if (m_nextDue)
        sleepMs = qBound(qint64(0), m_clock.now().msecsTo(*m_nextDue), qint64(kMaxSleepMs));
    m_timer.start(int(sleepMs));
}
