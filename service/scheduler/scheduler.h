// Runs what is due as time passes (slot generation, reminders, held seats, expiry) from a single
// timer armed for the next due moment. Each job settles everything overdue in one run, so after a
// restart or a long pause missed work runs once, not once per missed tick. The timer is never
// armed more than a minute ahead, so a wall clock that jumps (suspend, NTP) is noticed soon.
#pragma once

#include "domain/clock.h"
#include "domain/domainobserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class Metrics;

// One kind of timed work: when it is next due, and doing what is due now.
struct ScheduledJob
{
    QString name; // snake_case, a metric label
    // The next moment with work; nothing when none is known. A past moment means now.
    std::function<std::optional<QDateTime>()> nextDue;
    // Does what is due at the clock's now; true when more is due already (runs again at once,
    // after the event loop had its turn).
    std::function<bool()> run;
};

class Scheduler : public QObject, public DomainObserver
{
    Q_OBJECT
public:
    Scheduler(const Clock &clock, Metrics *metrics, QObject *parent = nullptr);

    void add(ScheduledJob job);
    // Runs every job once (catching up on whatever is overdue), then follows the timer.
    void start();
    void stop();
    // Looks again at what is due next, soon (coalesced: at most once per kWakeCoalesceMs, so a
    // booking rush does not read every job's next moment after every batch); after a change, or
    // a clock that moved.
    void wake();
    // Runs each job that is due at the clock's now, once; returns how many ran. For tests that
    // move a fake clock and want the effect at once.
    int runDue();
    // The moment the timer is armed for (the earliest due job), if any.
    std::optional<QDateTime> nextDue() const { return m_nextDue; }
    // How long the timer was set to wait when last armed (at most kMaxSleepMs); -1 when idle.
    int armedIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

    // The longest the timer waits before looking again.
    static constexpr int kMaxSleepMs = 60 * 1000;
    // After a job failed (the database unavailable), the wait before it is tried again.
    static constexpr int kRetryMs = 5 * 1000;
    // The shortest gap between two looks after wakes; work due sooner waits at most this long.
    static constexpr int kWakeCoalesceMs = 100;

    // Also told from the update writer's thread: the timer is touched on this object's own.
    void timedWorkChanged() override { QMetaObject::invokeMethod(this, &Scheduler::wake); }

signals:
    // A job ran; `ok` is false when it failed.
    void jobRan(const QString &name, bool ok);

private:
    struct Entry
    {
        ScheduledJob job;
        std::optional<QDateTime> due; // as last read
        bool runAgain = false;        // ran with more left
        QDateTime retryAt;            // after a failure
    };
    bool runJob(Entry &entry, const QDateTime &now, bool force);
    void tick();
    void arm();
    std::optional<QDateTime> dueOf(Entry &entry);

    const Clock &m_clock;
    Metrics *m_metrics;
    QList<Entry> m_jobs;
    QTimer m_timer;
    QTimer m_wake;
    QElapsedTimer m_sinceArm;
    std::optional<QDateTime> m_nextDue;
    bool m_running = false;
};
