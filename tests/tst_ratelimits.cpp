// Sending limits and flood control as arithmetic over a fake clock: the deployment's send grid and
// chat gaps, what an instance charges to it, 429 pauses, token buckets.
#include "domain/sendpacing.h"
#include "telegram/outboxsender.h"
#include "telegram/ratelimits.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>

class TestRateLimits : public QObject
{
    Q_OBJECT

    static constexpr qint64 kMargin = SendPacing::kMarginMs;

    // The moments of up to `count` messages to distinct chats, granted as one claim at `nowUs`
    // would, `paceUs` apart at least.
    static QList<qint64> grantAll(const SendPacing &pacing, QList<qint64> &moments, qint64 nowUs, int count,
                                  qint64 paceUs = 0)
    {
        QList<qint64> granted;
        qint64 notBefore = 0;
        for (int i = 0; i < count; ++i) {
            qint64 chatNext = 0;
            const qint64 at = pacing.grant(moments, chatNext, nowUs, notBefore);
            if (at < 0)
                break;
            granted << at;
            notBefore = at + paceUs;
        }
        return granted;
    }

private slots:
    void slidingWindow()
    {
        // 3 a second: three at once, the fourth when the first is a second (and the margin) old.
        const SendPacing pacing(3, 0);
        QList<qint64> moments;
        const qint64 t0 = 1'000'000'000;
        QCOMPARE(grantAll(pacing, moments, t0, 10), (QList<qint64>{t0, t0, t0}));
        QCOMPARE(pacing.nextFree(moments, t0, 0), -1); // beyond the horizon
        const qint64 later = t0 + (1000 + kMargin) * 1000;
        QCOMPARE(pacing.nextFree(moments, later - SendPacing::kHorizonMs * 1000, 0), later);
        QVERIFY(pacing.nextClaimUs(moments, t0, 0) < later);
    }

    void paceSpreadsAClaim()
    {
        // 200 a second, asked for 2 ms apart: a claim covers the horizon with moments 2 ms apart.
        const SendPacing pacing(200, 0);
        QList<qint64> moments;
        const qint64 t0 = 1'000'000'000;
        const QList<qint64> granted = grantAll(pacing, moments, t0, 1000, 2000);
        QCOMPARE(granted.size(), int(SendPacing::kHorizonMs / 2) + 1);
        QCOMPARE(granted.at(1) - granted.at(0), 2000);
    }

    void neverMoreThanTheLimitInASecond()
    {
        // Claims one after another, as fast as they come: no 200 moments within a second and the
        // margin, so none within a second even with every send as late as it may be.
        const SendPacing pacing(200, 0);
        QList<qint64> moments;
        QList<qint64> all;
        for (qint64 now = 1'000'000'000; all.size() < 2000; now += 7000) {
            moments.removeIf([&](qint64 m) { return m <= pacing.keepFromUs(now); });
            all += grantAll(pacing, moments, now, 50, 500);
        }
        std::sort(all.begin(), all.end()); // a later claim may fill room between earlier moments
        for (qsizetype i = 200; i < all.size(); ++i)
            QVERIFY2(all[i] - all[i - 200] >= (1000 + SendPacing::kLatenessMs) * 1000, qPrintable(QString::number(i)));
    }

    void instancesInterleave()
    {
        // One instance reserved the horizon at its own (slow) pace: another still finds room.
        const SendPacing pacing(30, 0);
        QList<qint64> moments;
        const qint64 t0 = 1'000'000'000;
        const QList<qint64> slow = grantAll(pacing, moments, t0, 100, 100'000);
        QCOMPARE(slow.size(), 3);
        const QList<qint64> fast = grantAll(pacing, moments, t0, 100);
        QCOMPARE(fast.size(), 27);
        QCOMPARE(pacing.nextFree(moments, t0, 0), -1);
    }

    void perChatGap()
    {
        const SendPacing pacing(30, 1000);
        QList<qint64> moments;
        qint64 chat7 = 0;
        const qint64 t0 = 5'000'000;
        QCOMPARE(pacing.grant(moments, chat7, t0, 0), t0);
        QCOMPARE(chat7, t0 + (1000 + kMargin) * 1000);
        // The chat is not free at the next moment: nothing granted, nothing moved.
        QCOMPARE(pacing.grant(moments, chat7, t0 + 100'000, 0), -1);
        QCOMPARE(moments.size(), 1);
        qint64 chat8 = 0;
        QCOMPARE(pacing.grant(moments, chat8, t0 + 100'000, 0), t0 + 100'000); // another chat is free
        QCOMPARE(pacing.grant(moments, chat7, chat7, 0), t0 + (1000 + kMargin) * 1000);
    }

    void pauseHoldsEveryMoment()
    {
        const SendPacing pacing(30, 0);
        QList<qint64> moments;
        qint64 chat = 0;
        QCOMPARE(pacing.grant(moments, chat, 1'000'000, 1'200'000), 1'200'000);
        QCOMPARE(pacing.grant(moments, chat, 1'000'000, 5'000'000), -1); // beyond the horizon
    }

    void repliesAreCharged()
    {
        // Direct replies went without a moment: they take their place in the window.
        const SendPacing pacing(2, 1000);
        QList<qint64> moments;
        qint64 chat = 0;
        pacing.charge(moments, chat, 2'000'000);
        pacing.charge(moments, chat, 1'900'000);
        QCOMPARE(moments, (QList<qint64>{1'900'000, 2'000'000}));
        QCOMPARE(chat, 2'000'000 + pacing.chatGapUs());
        qint64 other = 0;
        QCOMPARE(pacing.grant(moments, other, 2'000'000, 0), -1); // two in the window already
    }

    void aClockSetBackDoesNotStallSending()
    {
        const SendPacing pacing(30, 1000);
        const qint64 now = 1'000'000'000;
        const qint64 hour = 3600LL * 1000 * 1000;
        QCOMPARE(SendPacing::clampPause(now + 2 * hour, now), now + SendPacing::kMaxPauseSecs * 1000 * 1000);
        QCOMPARE(SendPacing::keepToUs(now), now + SendPacing::kHorizonMs * 1000); // later moments are dropped
        QCOMPARE(pacing.clampChat(now + hour, now), now + pacing.chatGapUs());
        QCOMPARE(pacing.clampChat(now + 10, now), now + 10);
    }

    void limiterKeepsWhatTheNextClaimCharges()
    {
        SendRateLimiter limiter(1000);
        limiter.record(7, 5000);
        limiter.record(7, 5100);
        limiter.record(8, 5200);
        limiter.pauseUntil(10'000);
        limiter.pauseUntil(9000); // an earlier end never shortens a pause
        QCOMPARE(limiter.pausedUntil(), 10'000);
        const OutboxDelivery::Spent spent = limiter.spent();
        QCOMPARE(spent.sends, 3);
        QCOMPARE(spent.lastByChat.value(7), 5100);
        QCOMPARE(spent.pausedUntilMs, 10'000);
        limiter.charged();
        QCOMPARE(limiter.spent().sends, 0);
        QCOMPARE(limiter.trackedChats(), 0);
        QCOMPARE(limiter.pausedUntil(), 10'000); // still heard here
    }

    void repliesBetweenClaimsAreForgotten()
    {
        // 1,000 replies a second and no claim (the outbox idle): only chats within their gap stay.
        SendRateLimiter limiter(1000);
        for (int chat = 0; chat < 50'000; ++chat)
            limiter.record(chat, 1'000'000 + chat);
        QVERIFY2(limiter.trackedChats() < 5000, qPrintable(QString::number(limiter.trackedChats())));
        QCOMPARE(limiter.spent().lastByChat.value(49'999), 1'000'000 + 49'999);
    }

    void floodBucket()
    {
        const FloodControl flood(2, 3); // 3 at once, then 2 a second
        const qint64 t0 = 50'000;
        FloodBucketRow one = flood.full(t0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(flood.tryTake(one, t0));
        QVERIFY(!flood.tryTake(one, t0));
        FloodBucketRow two = flood.full(t0);
        QVERIFY(flood.tryTake(two, t0)); // other users are untouched
        QCOMPARE(flood.delayMs(one, t0), 500);
        QVERIFY(!flood.tryTake(one, t0 + 499));
        QVERIFY(flood.tryTake(one, t0 + 500));
        QVERIFY(!flood.tryTake(one, t0 + 600));
        // Untouched long enough, a bucket is full again: it need not be kept.
        QVERIFY(one.updatedMs < flood.fullIfUntouchedSince(t0 + 600 + 1500 + 1));
        QVERIFY(one.updatedMs >= flood.fullIfUntouchedSince(t0 + 600 + 1500));
        QCOMPARE(flood.delayMs(one, t0 + 10'000), 0);
    }

    void floodGateIsOneForAllInstances()
    {
        // Two instances (two handles on one database): a person's allowance is shared.
        TestSupport::TempDatabase tmp;
        std::unique_ptr<Database> other = tmp.scratch.open();
        FloodGate here(*tmp.db, 2, 3);
        FloodGate there(*other, 2, 3);
        const qint64 t0 = 1'000'000;
        QVERIFY(here.tryTake(42, t0));
        QVERIFY(there.tryTake(42, t0));
        QVERIFY(here.tryTake(42, t0));
        QVERIFY(!there.tryTake(42, t0));
        QVERIFY(!here.tryTake(42, t0));
        QCOMPARE(there.delayMs(42, t0), 500);
        QVERIFY(there.tryTake(7, t0)); // someone else is untouched
        QVERIFY(here.tryTake(42, t0 + 500));
        // Inside an update's transaction the token is that transaction's: rolled back with it.
        try {
            tmp.db->write([&](Transaction &) {
                QVERIFY(here.tryTake(7, t0));
                throw StorageError(QStringLiteral("the update failed"));
            });
        } catch (const StorageError &) {
        }
        QCOMPARE(TestSupport::count(*tmp.db, QStringLiteral("SELECT count(*) FROM flood_buckets WHERE telegram_user_id = 7 "
                                               "AND tokens > 1.5")), qint64(1));
        // Full again: forgotten.
        QCOMPARE(here.prune(t0 + 10'000), 2);
        QCOMPARE(TestSupport::count(*tmp.db, QStringLiteral("SELECT count(*) FROM flood_buckets")), qint64(0));
        other->closeThisThread();
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
