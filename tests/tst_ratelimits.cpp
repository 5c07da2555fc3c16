// Sending limits and flood control as arithmetic over a fake clock: the deployment's send grid and
// chat gaps, what an instance charges to it, 429 pauses, token buckets.
#include "domain/sendpacing.h"
#include "telegram/outboxsender.h"
#include "telegram/ratelimits.h"

#include <QTest>

class TestRateLimits : public QObject
{
    Q_OBJECT

    static constexpr qint64 kMargin = SendPacing::kMarginMs;

    // The moments of `count` messages to distinct chats, granted as one claim at `nowUs` would.
    static QList<qint64> grantAll(const SendPacing &pacing, qint64 &botNextUs, qint64 nowUs, int count)
    {
        QList<qint64> moments;
        for (int i = 0; i < count && !pacing.full(botNextUs, nowUs); ++i) {
            qint64 chatNext = 0;
            moments << pacing.grant(botNextUs, chatNext, nowUs);
        }
        return moments;
    }

private slots:
    void globalGrid()
    {
        // 200 a second: moments 5.25 ms apart, so a second (and the margin) holds at most 200.
        const SendPacing pacing(200, 0);
        QCOMPARE(pacing.spacingUs(), (1000 + kMargin) * 1000 / 200);
        qint64 botNext = 0;
        const qint64 t0 = 1'000'000'000;
        const QList<qint64> first = grantAll(pacing, botNext, t0, 1000);
        // One claim reserves the horizon only: the rest is for the next claim (or another instance).
        QCOMPARE(first.size(), int(SendPacing::kHorizonMs * 1000 / pacing.spacingUs()) + 1);
        QCOMPARE(first.first(), t0);
        QVERIFY(pacing.full(botNext, t0));
        QVERIFY(SendPacing::nextClaimUs(botNext) > t0);
        // Claims one after another, as fast as they come: never more than 200 in a second, even
        // with every send as late as it may be (the window then reaches back kLatenessMs).
        QList<qint64> all = first;
        for (qint64 now = t0; all.size() < 2000; now += 1000)
            all += grantAll(pacing, botNext, now, 1000);
        for (qsizetype i = 200; i < all.size(); ++i)
            QVERIFY2(all[i] - all[i - 200] >= (1000 + SendPacing::kLatenessMs) * 1000, qPrintable(QString::number(i)));
    }

    void perChatGap()
    {
        const SendPacing pacing(30, 1000);
        qint64 botNext = 0;
        qint64 chat7 = 0;
        const qint64 t0 = 5'000'000;
        QCOMPARE(pacing.grant(botNext, chat7, t0), t0);
        QCOMPARE(chat7, t0 + (1000 + kMargin) * 1000);
        // The chat is not free at the bot's next moment: nothing granted, nothing moved.
        const qint64 before = botNext;
        QCOMPARE(pacing.grant(botNext, chat7, t0 + 100'000), -1);
        QCOMPARE(botNext, before);
        qint64 chat8 = 0;
        QCOMPARE(pacing.grant(botNext, chat8, t0 + 100'000), t0 + 100'000); // another chat is free
        QCOMPARE(pacing.grant(botNext, chat7, chat7), t0 + (1000 + kMargin) * 1000);
    }

    void repliesAreCharged()
    {
        // Direct replies went without a moment: the next ones make room for them.
        const SendPacing pacing(10, 1000);
        qint64 botNext = 0;
        qint64 chat = 0;
        pacing.charge(botNext, chat, 2'000'000);
        pacing.charge(botNext, chat, 2'000'000);
        QCOMPARE(botNext, 2'000'000 + 2 * pacing.spacingUs());
        QCOMPARE(chat, 2'000'000 + pacing.chatGapUs());
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
