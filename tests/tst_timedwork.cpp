// Scheduled work runs once per due moment however many instances share the database: three real
// queue-service processes on one PostgreSQL database and one test clock (QUEUE_BOT_TEST_CLOCK_FILE)
// are moved past the moments of 24 h and 2 h reminders, a confirmation cut-off that releases seats
// to the waiting list, the end of the offers' holds, and midnight (no-shows, the next day's slots
// from a weekly template). Every due moment leaves one outbox row per person, each reaches
// Telegram once (whichever instance sends it), a no-show is counted once, and a template day is
// generated once. Each process talks to a fake Bot API of its own. Runs only beside a server
// (tst_timedwork_postgres).
#include "domain/domainservices.h"
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr int kBooked = 10;    // people on the Wednesday slot, half of them confirm
constexpr int kInstances = 3;

QDateTime utc(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class TestTimedWork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clockFile;
    FakeBotApi m_fakes[kInstances];
    ServiceProcess m_services[kInstances];
    std::unique_ptr<Database> m_db;
    qint64 m_templateQueue = 0;
    QDateTime m_clockSetTo;       // the instances' clock was last set to this,
    QElapsedTimer m_sinceClockSet; // this long ago

    void writeClock(const QDateTime &time) { QVERIFY(writeTestClock(m_clockFile, time)); }

    // Moves every instance's clock to `time` and waits until each said it noticed, which it does
    // after running what the move made due.
    void moveClock(const QDateTime &time)
    {
        QList<ServiceProcess *> all;
        for (ServiceProcess &service : m_services)
            all << &service;
        QVERIFY2(moveTestClock(all, m_clockFile, time), "an instance did not notice the clock moving");
        m_clockSetTo = time;
        m_sinceClockSet.start();
    }

    // "Nothing more happens", proven rather than waited for: the clock (which runs on from where
    // it was set) moves a second on, to a moment at which nothing new falls due, so every instance
    // runs its due work once more before it says so. Work done twice would be in the database
    // when this returns.
    void runDueAgain()
    {
        moveClock(m_clockSetTo.addMSecs(m_sinceClockSet.elapsed() + 1000));
    }

    // sendMessage calls a fake has taken but not answered yet.
    qsizetype sendsInFlight()
    {
        qsizetype open = 0;
        for (const FakeBotApi &fake : m_fakes) {
            for (const FakeBotApi::Call &call : fake.calls(u"sendMessage"_s))
                open += call.status == 0 ? 1 : 0;
        }
        return open;
    }

    qint64 rows(const QString &templateName)
    {
        return count(*m_db, u"SELECT count(*) FROM outbox WHERE template = ?"_s, {templateName});
    }

    // Every accepted sendMessage of all the fakes.
    QList<FakeBotApi::Call> delivered()
    {
        QList<FakeBotApi::Call> all;
        for (const FakeBotApi &fake : m_fakes)
            all += fake.messagesTo();
        return all;
    }

    // Waits until `templateName` has `expected` rows, all sent, and every sent row of the outbox
    // reached Telegram; then checks that nothing more happens: with every row sent no instance
    // holds a claim (a send needs one), no send is on its way to a fake, and every instance has
    // run its due work again (runDueAgain).
    void expectOnce(const QString &templateName, qint64 expected)
    {
        QTRY_COMPARE_WITH_TIMEOUT(rows(templateName), expected, 20000);
        const QString all = u"SELECT count(*) FROM outbox"_s;
        const QString sent = u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s;
        QTRY_COMPARE_WITH_TIMEOUT(count(*m_db, all), count(*m_db, sent), 20000);
        (void)QTest::qWaitFor([&] { return qint64(delivered().size()) >= count(*m_db, sent); }, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sendsInFlight(), qsizetype(0), 20000);
        runDueAgain();
        if (qint64(delivered().size()) != count(*m_db, sent)) {
            for (int i = 0; i < kInstances; ++i) {
                for (const auto &call : m_fakes[i].messagesTo())
                    qInfo("fake %d at %lld: chat %lld", i, call.atMs, chatOf(call));
                for (const QString &line : m_services[i].log().split(u'\n'))
                    if (line.contains(u"outbox"_s) || line.contains(u"warn"_s))
                        qInfo("service %d: %s", i, qPrintable(line));
            }
        }
        QCOMPARE(rows(templateName), expected);
        QCOMPARE(count(*m_db, all), count(*m_db, sent));
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL"_s), qint64(0));
        QCOMPARE(qint64(delivered().size()), count(*m_db, sent));
    }

private slots:
    void initTestCase()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database: see tst_timedwork_postgres");
        QVERIFY(m_dir.isValid());
        m_clockFile = m_dir.filePath(u"clock"_s);
        const QDateTime start = utc(1, 6, 0); // a Tuesday morning
        writeClock(start);

        // The office, as staff and people left it on Tuesday morning.
        m_db = m_services[0].openDatabase();
        Migrator(*m_db).migrate();
        ManualClock clock(start);
        DomainServices domain(*m_db, clock);
        m_templateQueue = domain.bookings.createQueue(sampleQueue(), Actor::system()).value().id;
        QList<ScheduleRule> week;
        for (int weekday = 1; weekday <= 7; ++weekday) {
            ScheduleRule rule;
            rule.weekday = weekday;
            rule.startMinute = 9 * 60;
            rule.endMinute = 12 * 60;
            week << rule;
        }
        QVERIFY(domain.schedule.setRules(m_templateQueue, week, Actor::system()).ok());
        QueueRecord office = sampleQueue();
        office.codePrefix = u"B"_s;
        office.confirmationRequired = true; // unconfirmed seats go back an hour before
        const qint64 queue = domain.bookings.createQueue(office, Actor::system()).value().id;
        const qint64 slot =
            domain.bookings.createSlot(queue, utc(2, 10, 0), utc(2, 10, 15), kBooked, Actor::system()).value().id;
        for (int i = 0; i < kBooked; ++i) {
            const qint64 person = addUser(domain.bookings, 9100 + i);
            const Outcome<BookingRecord> booking = domain.bookings.book(person, slot, BookingSource::Telegram,
                                                                        Actor::user(person));
            QVERIFY(booking.ok());
            if (i % 2 == 0)
                QVERIFY(domain.reminders.confirm(booking.value().id, Actor::user(person)).ok());
        }
        for (int i = 0; i < 2; ++i) {
            const qint64 waiting = addUser(domain.bookings, 9200 + i);
            QVERIFY(domain.waitlist.join(waiting, queue, QDate(2026, 12, 2), 9 * 60, 11 * 60, Actor::user(waiting)).ok());
        }

        const QStringList env{u"QUEUE_BOT_TEST_CLOCK_FILE="_s + m_clockFile, u"TELEGRAM_POLL_TIMEOUT_SECONDS=1"_s,
                              u"OUTBOX_POLL_INTERVAL_MS=100"_s, u"OUTBOX_PER_CHAT_INTERVAL_MS=100"_s,
                              u"DATABASE_URL="_s + m_services[0].databaseUrl()};
        for (int i = 0; i < kInstances; ++i) {
            QVERIFY(m_fakes[i].listen());
            QVERIFY2(m_services[i].start(m_fakes[i].serviceEnvironment() + env), qPrintable(m_services[i].log()));
        }
        // Every instance's sender runs before the clock moves: one still starting with the old
        // time would read the others' claims (made in the new time) as long over.
        for (ServiceProcess &service : m_services)
            QTRY_VERIFY_WITH_TIMEOUT(service.log().contains(u"telegram bot started"_s), 10000);
    }

    void remindersGoOnce()
    {
        moveClock(utc(1, 10, 0, 30)); // a day before, and a little
        expectOnce(u"reminder"_s, kBooked);
        moveClock(utc(2, 8, 0, 30)); // two hours before
        expectOnce(u"reminder"_s, 2 * kBooked);
    }

    void releasedSeatsAreOfferedOnce()
    {
        // The cut-off: the five who did not confirm lose their seats, which go to the two waiting.
        moveClock(utc(2, 9, 0, 30));
        expectOnce(u"booking_released"_s, kBooked / 2);
        expectOnce(u"waitlist_offer"_s, 2);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM bookings WHERE status = 'expired'"_s), qint64(kBooked / 2));
    }

    void heldSeatsExpireOnce()
    {
        moveClock(utc(2, 9, 16)); // the 15-minute holds are over
        expectOnce(u"waitlist_expired"_s, 2);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM waitlist WHERE status = 'expired'"_s), qint64(2));
        QCOMPARE(count(*m_db, u"SELECT sum(held) FROM slots"_s), qint64(0));
    }

    void midnightRunsOnce()
    {
        const qint64 slotsBefore = count(*m_db, u"SELECT count(*) FROM slots WHERE queue_id = ?"_s, {m_templateQueue});
        moveClock(utc(3, 0, 0, 30));
        // The confirmed five never came: one no-show each, however many instances saw midnight.
        QTRY_COMPARE_WITH_TIMEOUT(count(*m_db, u"SELECT count(*) FROM bookings WHERE status = 'no_show'"_s),
                                  qint64(kBooked / 2), 20000);
        // A new day within the horizon: its 12 template slots (09:00-12:00, 15 minutes), once.
        QTRY_COMPARE_WITH_TIMEOUT(count(*m_db, u"SELECT count(*) FROM slots WHERE queue_id = ?"_s, {m_templateQueue}),
                                  slotsBefore + 12, 20000);
        runDueAgain(); // as in expectOnce: a second run would show now
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM bookings WHERE status = 'no_show'"_s), qint64(kBooked / 2));
        QCOMPARE(count(*m_db, u"SELECT sum(no_show_count) FROM users"_s), qint64(kBooked / 2));
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM slots WHERE queue_id = ?"_s, {m_templateQueue}), slotsBefore + 12);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM (SELECT starts_at FROM slots WHERE queue_id = ? "
                              "GROUP BY starts_at HAVING count(*) > 1) twice"_s,
                       {m_templateQueue}),
                 qint64(0));

        // Each message once at Telegram, whichever instance sent it: every chat got as many as
        // the outbox holds for it (a person's two reminders may read the same).
        QHash<qint64, qint64> atTelegram;
        for (const FakeBotApi::Call &call : delivered())
            ++atTelegram[chatOf(call)];
        QHash<qint64, qint64> inOutbox;
        SqlRows q = m_db->session().exec(u"SELECT chat_id, count(*) FROM outbox WHERE status = 'sent' GROUP BY chat_id"_s);
        while (q.next())
            inOutbox.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        QCOMPARE(atTelegram, inOutbox);
        int senders = 0;
        for (const FakeBotApi &fake : m_fakes)
            senders += fake.messagesTo().isEmpty() ? 0 : 1;
        qInfo("%lld messages over the day to %lld people, sent by %d of %d instances", qint64(delivered().size()),
              qint64(inOutbox.size()), senders, kInstances);
    }

    void cleanupTestCase()
    {
        if (m_db)
            m_db->closeThisThread();
        for (ServiceProcess &service : m_services) {
            if (service.process().state() != QProcess::NotRunning)
                QCOMPARE(stopServing(service), 0);
        }
    }
};

QTEST_MAIN(TestTimedWork)
#include "tst_timedwork.moc"
