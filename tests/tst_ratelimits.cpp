// Sending limits and flood control as arithmetic over a fake clock: windows, gaps, 429 pauses,
// token buckets.
#include "telegram/outboxsender.h"
#include "telegram/ratelimits.h"

#include <QTest>

class TestRateLimits : public QObject
{
    Q_OBJECT

    static constexpr qint64 kMargin = SendRateLimiter::kMarginMs;

private slots:
    void globalWindow()
    {
        SendRateLimiter limiter(3, 0);
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.delayMs(100 + i, t0 + i), 0);
            limiter.record(100 + i, t0 + i);
        }
        // The fourth waits until the first is a second (and the margin) old.
        QCOMPARE(limiter.delayMs(200, t0 + 10), 1000 + kMargin - 10);
        QCOMPARE(limiter.globalDelayMs(t0 + 1000 + kMargin), 0);
        limiter.record(200, t0 + 1000 + kMargin);
        QCOMPARE(limiter.globalDelayMs(t0 + 1000 + kMargin), 1); // now the second is the oldest
    }

    void perChatGap()
    {
        SendRateLimiter limiter(30, 1000);
        limiter.record(7, 5000);
        QCOMPARE(limiter.delayMs(7, 5100), 900 + kMargin);
        QCOMPARE(limiter.delayMs(8, 5100), 0); // another chat is free
        QCOMPARE(limiter.delayMs(7, 6000 + kMargin), 0);
    }

    void pauseHoldsEverything()
    {
        SendRateLimiter limiter(30, 1000);
        limiter.pauseUntil(10'000);
        QCOMPARE(limiter.delayMs(1, 7000), 3000);
        QCOMPARE(limiter.globalDelayMs(7000), 3000);
        limiter.pauseUntil(9000); // an earlier end never shortens a pause
        QCOMPARE(limiter.pausedUntil(), 10'000);
        QCOMPARE(limiter.delayMs(1, 10'000), 0);
    }

    void floodBucket()
    {
        FloodControl flood(2, 3); // 3 at once, then 2 a second
        const qint64 t0 = 50'000;
        for (int i = 0; i < 3; ++i)
            QVERIFY(flood.tryTake(1, t0));
        QVERIFY(!flood.tryTake(1, t0));
        QVERIFY(flood.tryTake(2, t0)); // other users are untouched
        QCOMPARE(flood.delayMs(1, t0), 500);
        QVERIFY(!flood.tryTake(1, t0 + 499));
        QVERIFY(flood.tryTake(1, t0 + 500));
        QVERIFY(!flood.tryTake(1, t0 + 600));
        // Full again after long enough: forgotten by prune().
        flood.prune(t0 + 10'000);
        QCOMPARE(flood.trackedUsers(), 0);
        QCOMPARE(flood.delayMs(1, t0 + 10'000), 0);
    }

    void floodBucketsFollowThePeopleActiveNow()
    {
        // A rush of 50,000 distinct people, 1,000 a second: the buckets of those who are full
        // again are swept as the map grows, never all 50,000 at once.
        FloodControl flood(2, 10); // full again 5 s after one update
        const qint64 t0 = 1'000'000;
        int most = 0;
        for (int person = 0; person < 50'000; ++person) {
            QVERIFY(flood.tryTake(person, t0 + person));
            most = qMax(most, flood.trackedUsers());
        }
        QVERIFY2(most < 20'000, qPrintable(QString::number(most)));
        // Someone flooding keeps their (not full) bucket through a sweep.
        for (int i = 0; i < 10; ++i)
            QVERIFY(flood.tryTake(-1, t0 + 50'000));
        QVERIFY(!flood.tryTake(-1, t0 + 50'000));
        for (int person = 0; person < 30'000; ++person)
            flood.tryTake(100'000 + person, t0 + 50'000 + person / 10);
        QVERIFY(!flood.tryTake(-1, t0 + 50'000 + 2999 - 2600)); // not refilled, not forgotten
    }

    void perChatGapsAreForgotten()
    {
        // 1,000 chats a second with a 1 s gap: the map holds about the last second or two.
        SendRateLimiter limiter(100'000, 1000);
        for (int chat = 0; chat < 50'000; ++chat)
            limiter.record(chat, 1'000'000 + chat);
        QCOMPARE(limiter.delayMs(49'999, 1'000'000 + 50'000), 1000 + kMargin - 1);
        QCOMPARE(limiter.delayMs(0, 1'000'000 + 50'000), 0);
        QVERIFY2(limiter.trackedChats() < 5000, qPrintable(QString::number(limiter.trackedChats())));
    }

    void backoffDoublesToTheCap()
    {
        QCOMPARE(OutboxSender::backoffMs(1, 5000, 600000), 5000);
        QCOMPARE(OutboxSender::backoffMs(2, 5000, 600000), 10000);
        QCOMPARE(OutboxSender::backoffMs(4, 5000, 600000), 40000);
        QCOMPARE(OutboxSender::backoffMs(20, 5000, 600000), 600000);
        QCOMPARE(OutboxSender::backoffMs(1000, 5000, 600000), 600000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
