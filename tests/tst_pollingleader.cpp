// Polling mode with two real queue-service processes on one PostgreSQL database: only the
// instance holding the poller lock polls Telegram, and when it is killed (-9, no goodbye) the
// other starts polling within 10 s and answers people. Each process talks to its own fake Bot
// API, so who polls is known. Runs only beside a server (tst_pollingleader_postgres).
#include "fakebotapi.h"
#include "scratchdatabase.h"
#include "serviceprocess.h"
#include "storage/leaderlock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestPollingLeader : public QObject
{
    Q_OBJECT

private slots:
    void theLockHasOneHolder()
    {
        if (!usingPostgres())
            QSKIP("an advisory lock needs PostgreSQL: see tst_pollingleader_postgres");
        ScratchDatabase scratch;
        constexpr qint64 kKey = 4242;
        LeaderLock first(scratch.parsedUrl(), kKey);
        LeaderLock second(scratch.parsedUrl(), kKey);
        QVERIFY(first.check());
        QVERIFY(!second.check());
        QVERIFY(first.check()); // still held
        first.release();
        QVERIFY(second.check());
        QVERIFY(!first.check());

        // The holder's connection is cut (a server restart, a network loss): it no longer
        // claims the lock, and the other takes it. (The timeout: wait until the backend is gone.)
        std::unique_ptr<Database> admin = scratch.open();
        admin->session().exec(u"SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory' "
                              "AND objid = ? AND pid <> pg_backend_pid()"_s,
                              {kKey});
        QVERIFY(!second.check());
        QVERIFY(first.check());
        admin->closeThisThread();
    }

    void anotherInstancePollsWhenTheLeaderDies()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database: see tst_pollingleader_postgres");
        FakeBotApi fakeA;
        FakeBotApi fakeB;
        QVERIFY(fakeA.listen());
        QVERIFY(fakeB.listen());
        const QStringList polling{u"TELEGRAM_MODE=polling"_s, u"TELEGRAM_POLL_TIMEOUT_SECONDS=1"_s,
                                  u"TELEGRAM_RETRY_BASE_MS=100"_s, u"TELEGRAM_RETRY_MAX_MS=400"_s};
        ServiceProcess a;
        ServiceProcess b;
        QVERIFY2(a.start(fakeA.serviceEnvironment() + polling), qPrintable(a.log()));
        QVERIFY2(b.start(fakeB.serviceEnvironment() + polling + QStringList{u"DATABASE_URL="_s + a.databaseUrl()}),
                 qPrintable(b.log()));

        const auto polls = [](const FakeBotApi &fake) { return fake.calls(u"getUpdates"_s).size(); };
        // Several polls of the leader: time for the other to have polled too, were it going to.
        QTRY_VERIFY_WITH_TIMEOUT(polls(fakeA) + polls(fakeB) >= 4, 20000);
        const bool aLeads = polls(fakeA) > 0;
        FakeBotApi &leaderFake = aLeads ? fakeA : fakeB;
        FakeBotApi &followerFake = aLeads ? fakeB : fakeA;
        ServiceProcess &leader = aLeads ? a : b;
        ServiceProcess &follower = aLeads ? b : a;
        QVERIFY2(polls(leaderFake) >= 4, "one instance polls");
        QCOMPARE(polls(followerFake), 0); // the other waits for the lock
        QTRY_VERIFY_WITH_TIMEOUT(follower.log().contains(u"telegram bot started"_s), 5000);

        QElapsedTimer sinceKill;
        sinceKill.start();
        leader.process().kill(); // SIGKILL: the lock goes with its connection
        QVERIFY(leader.process().waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(polls(followerFake) > 0, 10000);
        qInfo("the other instance polled %lld ms after the leader was killed", sinceKill.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(follower.log().contains(u"telegram polling: this instance polls"_s), 5000);

        // And it serves: a message to the bot is answered by the new poller.
        followerFake.pushMessage(4242, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!followerFake.messagesTo(4242).isEmpty(), 15000);
        QCOMPARE(stopServing(follower), 0);
    }
};

QTEST_MAIN(TestPollingLeader)
#include "tst_pollingleader.moc"
