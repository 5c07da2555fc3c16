// Scheduler: one timer armed for the earliest due job (at most a minute ahead), each job run once
// per due moment however far the clock jumped, failures retried; then the real jobs over the
// domain after the service was paused for two days.
#include "domainfixture.h"
#include "metrics/metrics.h"
#include "scheduler/jobs.h"
#include "scheduler/scheduler.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

// A job that is due every `period` from its last run, settling everything overdue in one run;
// it can be told to fail or to ask to run again.
struct FakeJob
{
    QString name;
    std::optional<QDateTime> due;
    qint64 periodSecs = 0; // 0: nothing more after a run
    int runs = 0;
    int failuresLeft = 0;
    int moreLeft = 0;      // runs that report more work already due
    bool unreadable = false; // nextDue() throws
};

} // namespace

class TestScheduler : public DomainFixture
{
    Q_OBJECT

private:
    std::deque<FakeJob> m_jobs; // stable addresses for the lambdas

    FakeJob &fake(const QString &name, std::optional<QDateTime> due, qint64 periodSecs = 0)
    {
        m_jobs.push_back({name, due, periodSecs});
        return m_jobs.back();
    }
    ScheduledJob jobOf(FakeJob &job)
    {
        const Clock &clock = *m_clock;
        return {job.name,
                [&job] {
                    if (job.unreadable)
                        throw StorageError(u"database is locked"_s, true);
                    return job.due;
                },
                [&job, &clock] {
                    ++job.runs;
                    if (job.failuresLeft > 0) {
                        --job.failuresLeft;
                        throw StorageError(u"disk I/O error"_s);
                    }
                    job.due = job.periodSecs > 0 ? std::optional<QDateTime>(clock.now().addSecs(job.periodSecs))
                                                 : std::nullopt;
                    if (job.moreLeft > 0) {
                        --job.moreLeft;
                        return true;
                    }
                    return false;
                }};
    }
    // A scheduler over the fixture's clock with every fake job made so far.
    std::unique_ptr<Scheduler> scheduler(Metrics *metrics = nullptr)
    {
        auto result = std::make_unique<Scheduler>(*m_clock, metrics);
        for (FakeJob &job : m_jobs)
            result->add(jobOf(job));
        return result;
    }
    static QStringList namesRun(const QSignalSpy &spy)
    {
        QStringList names;
        for (const QList<QVariant> &call : spy)
            names << call.at(0).toString();
        names.sort();
        return names;
    }
    QDateTime in(qint64 secs) const { return m_clock->now().addSecs(secs); }

private slots:
    void init() { setUpFixture(); }
    void cleanup()
    {
        tearDownFixture();
        m_jobs.clear();
    }

    void startRunsEveryJobOnce()
    {
        fake(u"due_now"_s, m_clock->now(), 600);
        fake(u"due_later"_s, in(3600), 600);
        fake(u"nothing_known"_s, std::nullopt);
        const auto s = scheduler();
        QSignalSpy ran(s.get(), &Scheduler::jobRan);
        s->start();
        QCOMPARE(namesRun(ran), (QStringList{u"due_later"_s, u"due_now"_s, u"nothing_known"_s}));
        for (const QList<QVariant> &call : ran)
            QCOMPARE(call.at(1).toBool(), true);
        for (const FakeJob &job : m_jobs)
            QCOMPARE(job.runs, 1);
        // Nothing is due right after: running what is due does nothing.
        QCOMPARE(s->runDue(), 0);
    }

    void timerIsArmedForTheEarliestDueMoment()
    {
        fake(u"every_ten_minutes"_s, {}, 600);
        fake(u"every_thirty_seconds"_s, {}, 30);
        fake(u"idle"_s, {});
        const auto s = scheduler();
        QCOMPARE(s->armedIntervalMs(), -1);
        s->start();
        QCOMPARE(s->nextDue(), std::optional<QDateTime>(in(30)));
        QCOMPARE(s->armedIntervalMs(), 30 * 1000);
    }

    void timerNeverWaitsMoreThanAMinute()
    {
        fake(u"in_three_days"_s, {}, 3 * 24 * 3600);
        const auto s = scheduler();
        s->start();
        QCOMPARE(s->nextDue(), std::optional<QDateTime>(in(3 * 24 * 3600)));
        QCOMPARE(s->armedIntervalMs(), Scheduler::kMaxSleepMs);

        // With no job due at all it still looks again within a minute.
        m_jobs.front().due = std::nullopt;
        s->wake();
        QTRY_COMPARE(s->nextDue(), std::nullopt);
        QCOMPARE(s->armedIntervalMs(), Scheduler::kMaxSleepMs);
    }

    void afterAJumpEachOverdueJobRunsExactlyOnce()
    {
        FakeJob &frequent = fake(u"every_minute"_s, {}, 60);
        FakeJob &daily = fake(u"daily"_s, {}, 24 * 3600);
        FakeJob &later = fake(u"in_four_days"_s, {}, 4 * 24 * 3600);
        FakeJob &idle = fake(u"idle"_s, {});
        const auto s = scheduler();
        s->start();
        QSignalSpy ran(s.get(), &Scheduler::jobRan);

        m_clock->advanceSecs(3 * 24 * 3600);
        QCOMPARE(s->runDue(), 2);
        QCOMPARE(namesRun(ran), (QStringList{u"daily"_s, u"every_minute"_s}));
        QCOMPARE(frequent.runs, 2); // start, and once for 4320 missed minutes
        QCOMPARE(daily.runs, 2);
        QCOMPARE(later.runs, 1);
        QCOMPARE(idle.runs, 1);
        // Each settled everything overdue: nothing is due again at the same moment.
        QCOMPARE(s->runDue(), 0);
        QCOMPARE(frequent.due, std::optional<QDateTime>(in(60)));
    }

    void jobThatOnlyKnowsTheNextMidnightRunsOnceItPasses()
    {
        // Like slot generation and the day's end: the job can only name the next midnight after
        // now, which moves on as soon as the clock passes it.
        int runs = 0;
        const Clock &clock = *m_clock;
        const auto nextMidnight = [&clock] {
            return std::optional<QDateTime>(QDateTime(clock.now().date().addDays(1), QTime(0, 0), Qt::UTC));
        };
        Scheduler s(*m_clock, nullptr);
        s.add({u"midnight"_s, nextMidnight, [&runs] {
                   ++runs;
                   return false;
               }});
        s.start();
        QCOMPARE(runs, 1);
        const QDateTime wednesday(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC);
        QCOMPARE(s.nextDue(), std::optional<QDateTime>(wednesday));

        m_clock->set(wednesday.addSecs(1)); // the timer fires a moment after midnight
        QCOMPARE(s.runDue(), 1);
        QCOMPARE(runs, 2);
        QCOMPARE(s.runDue(), 0);
        s.wake();
        QTRY_COMPARE(s.nextDue(), std::optional<QDateTime>(wednesday.addDays(1)));

        // Three midnights missed at once: one run.
        m_clock->advanceSecs(3 * 24 * 3600);
        QCOMPARE(s.runDue(), 1);
        QCOMPARE(runs, 3);
        QCOMPARE(s.runDue(), 0);
    }

    void failedJobIsRetriedFiveSecondsLaterAndCounted()
    {
        Metrics metrics;
        FakeJob &flaky = fake(u"flaky"_s, {}, 3600);
        flaky.failuresLeft = 1;
        fake(u"steady"_s, {}, 600);
        const auto s = scheduler(&metrics);
        QSignalSpy ran(s.get(), &Scheduler::jobRan);
        QTest::ignoreMessage(QtWarningMsg, "flaky failed, retrying in 5 s: disk I/O error");
        s->start();
        QCOMPARE(ran.size(), 2);
        const QList<QVariant> failure = ran.at(0).at(0).toString() == u"flaky"_s ? ran.at(0) : ran.at(1);
        QCOMPARE(failure.at(1).toBool(), false);
        QCOMPARE(s->nextDue(), std::optional<QDateTime>(in(5)));
        QCOMPARE(s->armedIntervalMs(), Scheduler::kRetryMs);
        QCOMPARE(metrics.errors.Add({{"component", "scheduler"}, {"type", "storage"}}).Value(), 1.0);
        QCOMPARE(metrics.schedulerRuns.Add({{"task", "flaky"}, {"outcome", "error"}}).Value(), 1.0);

        ran.clear();
        m_clock->advanceSecs(4);
        QCOMPARE(s->runDue(), 0);
        m_clock->advanceSecs(1);
        QCOMPARE(s->runDue(), 1);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.at(0).at(0).toString(), u"flaky"_s);
        QCOMPARE(ran.at(0).at(1).toBool(), true);
        QCOMPARE(flaky.runs, 2);
        QCOMPARE(metrics.schedulerRuns.Add({{"task", "flaky"}, {"outcome", "ok"}}).Value(), 1.0);
        QCOMPARE(metrics.errors.Add({{"component", "scheduler"}, {"type", "storage"}}).Value(), 1.0);
        // Back to its own rhythm.
        QCOMPARE(flaky.due, std::optional<QDateTime>(in(3600)));
        QCOMPARE(s->runDue(), 0);
    }

    void jobWhoseDueMomentCannotBeReadIsTriedAgainSoon()
    {
        FakeJob &job = fake(u"unreadable"_s, {}, 3600);
        const auto s = scheduler();
        s->start();
        job.unreadable = true;
        QTest::ignoreMessage(QtWarningMsg, "unreadable : cannot read what is due: database is locked");
        s->wake();
        QTRY_COMPARE(s->nextDue(), std::optional<QDateTime>(in(5)));
        job.unreadable = false;
        m_clock->advanceSecs(5);
        QCOMPARE(s->runDue(), 1);
        QCOMPARE(job.runs, 2);
    }

    void wakeArmsTheTimerAgain()
    {
        FakeJob &job = fake(u"job"_s, {}, 3600);
        const auto s = scheduler();
        s->start();
        QCOMPARE(s->nextDue(), std::optional<QDateTime>(in(3600)));
        job.due = in(20); // e.g. a booking planned a reminder
        QCOMPARE(s->nextDue(), std::optional<QDateTime>(in(3600))); // not looked at yet
        s->timedWorkChanged(); // what the domain calls: a wake()
        QTRY_COMPARE(s->nextDue(), std::optional<QDateTime>(in(20)));
        QCOMPARE(s->armedIntervalMs(), 20 * 1000);

        // A stopped scheduler stays stopped.
        s->stop();
        QCOMPARE(s->armedIntervalMs(), -1);
        job.due = in(10);
        s->wake();
        QCoreApplication::processEvents();
        QCOMPARE(s->armedIntervalMs(), -1);
    }

    void realTimerRunsTheJobWhenItIsDue()
    {
        FakeJob &job = fake(u"soon"_s, {}, 0);
        const auto s = scheduler();
        s->start();
        job.due = m_clock->now().addMSecs(50);
        s->wake();
        QTRY_COMPARE(s->armedIntervalMs(), 50);
        QSignalSpy ran(s.get(), &Scheduler::jobRan);
        m_clock->set(*job.due); // the fake clock reaches the moment as the timer fires
        QVERIFY(ran.wait(2000));
        QCOMPARE(ran.at(0).at(0).toString(), u"soon"_s);
        QCOMPARE(job.runs, 2);
    }

    void jobWithMoreLeftRunsAgainAtOnce()
    {
        FakeJob &job = fake(u"batches"_s, {}, 3600);
        const auto s = scheduler();
        s->start();
        QSignalSpy ran(s.get(), &Scheduler::jobRan);
        job.due = m_clock->now();
        job.moreLeft = 2; // three batches in all
        s->wake();
        QTRY_COMPARE(ran.size(), 3);
        QCOMPARE(job.runs, 4);
        QCOMPARE(s->nextDue(), std::optional<QDateTime>(in(3600)));
    }

    void realJobsSettleATwoDayPauseOnce()
    {
        // Alice booked Tuesday 10:00, Bob Wednesday 10:00; neither came, and the service was
        // stopped from Tuesday 06:00 until Thursday 06:00.
        const qint64 q = queue();
        const qint64 alice = user(1), bob = user(2);
        const qint64 aliceBooking = book(alice, slotIn(q, 4 * 60)).value().id;
        const qint64 bobBooking = book(bob, slotIn(q, 28 * 60)).value().id;
        Scheduler s(*m_clock, nullptr);
        m_domain->observers.add(&s);
        addStandardJobs(s, {m_domain->schedule, m_domain->reminders, m_domain->waitlist, m_domain->expiry, m_domain->outbox}, *m_clock);
        QSignalSpy ran(&s, &Scheduler::jobRan);
        s.start();
        QCOMPARE(ran.size(), 6);
        QCOMPARE(bookingRow(aliceBooking).status, BookingStatus::Active);

        ran.clear();
        m_clock->advanceSecs(48 * 3600);
        s.wake(); // the clock jumped: the timer fires at once for what is overdue
        QTRY_VERIFY(bookingRow(bobBooking).status == BookingStatus::NoShow);
        QCOMPARE(bookingRow(aliceBooking).status, BookingStatus::NoShow);
        QCOMPARE(userRow(alice).noShowCount, 1);
        QCOMPARE(userRow(bob).noShowCount, 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'booking.no_show'"_s), 2);
        // Each overdue job ran once (the hold job had nothing to do and did not run).
        QCOMPARE(namesRun(ran),
                 (QStringList{u"expiry"_s, u"reminders"_s, u"slot_generation"_s, u"waitlist_sweep"_s}));

        // Running again, or starting again after a restart, counts nothing twice.
        QCOMPARE(s.runDue(), 0);
        s.start();
        QCOMPARE(userRow(alice).noShowCount, 1);
        QCOMPARE(userRow(bob).noShowCount, 1);
        m_domain->observers.remove(&s);
    }

    void realJobsSettleTheDayRightAfterMidnight()
    {
        const qint64 q = queue();
        const qint64 alice = user(1), bob = user(2);
        const qint64 today = book(alice, slotIn(q, 4 * 60)).value().id;    // Tuesday 10:00
        const qint64 tomorrow = book(bob, slotIn(q, 28 * 60)).value().id;  // Wednesday 10:00
        Scheduler s(*m_clock, nullptr);
        addStandardJobs(s, {m_domain->schedule, m_domain->reminders, m_domain->waitlist, m_domain->expiry, m_domain->outbox}, *m_clock);
        s.start();
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(10, 15), Qt::UTC)); // Alice's slot ends
        QVERIFY(s.runDue() >= 1);
        QCOMPARE(slotRow(bookingRow(today).slotId).status, SlotStatus::Closed);
        QCOMPARE(bookingRow(today).status, BookingStatus::Active); // her day is not over yet
        s.wake(); // armed again: the waiting-list sweep comes first, the day's end at midnight
        QTRY_COMPARE(s.nextDue(), std::optional<QDateTime>(m_clock->now().addSecs(10 * 60)));

        const QDateTime midnight(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC);
        m_clock->set(midnight.addSecs(1));
        QVERIFY(s.runDue() >= 1);
        QCOMPARE(bookingRow(today).status, BookingStatus::NoShow);
        QCOMPARE(userRow(alice).noShowCount, 1);
        QCOMPARE(bookingRow(tomorrow).status, BookingStatus::Active);
    }

private:
    qint64 count(const QString &sql) { return TestSupport::count(db(), sql); }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
