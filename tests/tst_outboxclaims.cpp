// Several instances share one outbox: two senders, each with its own database connections and its
// own claim, work through a few hundred rows and every row reaches Telegram exactly once (each
// sender talks to its own fake Bot API, so who sent what is known); a sender's claim keeps its
// rows from the other until the claim ends, and a dead sender's rows are taken over then.
// Runs on SQLite and, as tst_outboxclaims_postgres, on PostgreSQL (FOR UPDATE SKIP LOCKED).
#include "domain/bookingservice.h"
#include "domain/outboxdelivery.h"
#include "fakebotapi.h"
#include "scratchdatabase.h"
#include "storage/migrator.h"
#include "storage/outboxrepository.h"
#include "telegram/botapiclient.h"
#include "telegram/outboxsender.h"
#include "telegram/ratelimits.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// Counts the SELECTs run in this process while it lives.
class SelectCounter : public SqlObserver
{
public:
    SelectCounter() { install(this); }
    ~SelectCounter() override { uninstall(this); }
    void statementFinished(SqlOperation operation, bool, qint64) override
    {
        if (operation == SqlOperation::Select)
            ++selects;
    }
    void connectionOpened() override {}
    void connectionClosed() override {}

    std::atomic<int> selects = 0;
};

QList<qint64> chatsOf(const QList<FakeBotApi::Call> &calls)
{
    QList<qint64> chats;
    for (const FakeBotApi::Call &call : calls)
        chats << chatOf(call);
    return chats;
}

// `rows` pending messages, due now, each to a chat of its own (10001, 10002, …).
void enqueue(Database &db, const Clock &clock, int rows)
{
    enqueueMessages(db, clock, rows, [](int n) { return 10001 + n; }, u"C"_s);
}

} // namespace

class TestOutboxClaims : public QObject
{
    Q_OBJECT

private slots:
    void twoSendersSendEveryRowOnce()
    {
        constexpr int kRows = 300;
        ScratchDatabase scratch;
        std::unique_ptr<Database> dbA = scratch.open();
        std::unique_ptr<Database> dbB = scratch.open();
        Migrator(*dbA).migrate();
        SystemClock clock;
        enqueue(*dbA, clock, kRows);

        FakeBotApi fakeA;
        FakeBotApi fakeB;
        QVERIFY(fakeA.listen());
        QVERIFY(fakeB.listen());
        TelegramSettings settings;
        settings.outboxGlobalRate = 1000; // the test is about who sends, not how fast
        settings.outboxPerChatIntervalMs = 1;
        settings.outboxPollIntervalMs = 50;
        BotApiClient clientA(fakeA.baseUrl(), fakeA.token(), nullptr);
        BotApiClient clientB(fakeB.baseUrl(), fakeB.token(), nullptr);
        SendRateLimiter limiterA(settings.outboxPerChatIntervalMs);
        SendRateLimiter limiterB(settings.outboxPerChatIntervalMs);
        const SendPacing pacing(settings.outboxGlobalRate, settings.outboxPerChatIntervalMs);
        OutboxDelivery deliveryA(*dbA, clock, pacing, u"sender-a"_s);
        OutboxDelivery deliveryB(*dbB, clock, pacing, u"sender-b"_s);
        OutboxSender senderA(deliveryA, clientA, limiterA, clock, nullptr, settings);
        OutboxSender senderB(deliveryB, clientB, limiterB, clock, nullptr, settings);
        // A's first read claims a batch (200); B, starting right after, gets only the rest.
        senderA.start();
        senderB.start();

        const QString sentRows = u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s;
        QTRY_COMPARE_WITH_TIMEOUT(count(*dbA, sentRows), qint64(kRows), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(senderA.inFlight() == 0 && senderB.inFlight() == 0, 10000);
        senderA.stop();
        senderB.stop();

        const QList<qint64> byA = chatsOf(fakeA.messagesTo());
        const QList<qint64> byB = chatsOf(fakeB.messagesTo());
        QVERIFY2(!byA.isEmpty() && !byB.isEmpty(),
                 qPrintable(u"both senders take part: A sent %1, B %2"_s.arg(byA.size()).arg(byB.size())));
        const QList<qint64> all = byA + byB;
        const QSet<qint64> distinct(all.cbegin(), all.cend());
        QCOMPARE(distinct.size(), kRows);
        QCOMPARE(all.size(), kRows); // no chat got its message twice
        QCOMPARE(count(*dbA, u"SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL"_s), qint64(0));
        dbA->closeThisThread();
        dbB->closeThisThread();
    }

    // A claim comes with each reader's language and blocked flag, read in one query: a claim for
    // twenty people runs no more statements than one for two.
    void aClaimReadsItsReadersAtOnce()
    {
        ScratchDatabase scratch;
        std::unique_ptr<Database> db = scratch.open();
        Migrator(*db).migrate();
        ManualClock clock(QDateTime::currentDateTimeUtc());
        BookingService bookings(*db, clock);
        OutboxDelivery delivery(*db, clock, SendPacing(), u"sender"_s);
        // People 0, 1, … with a message each; the odd ones read English, every fifth blocked the bot.
        const auto messagesFor = [&](int from, int people) {
            db->write([&](Transaction &tx) {
                const OutboxRepository outbox(tx);
                for (int i = from; i < from + people; ++i) {
                    OutboxRecord m;
                    m.userId = addUser(bookings, 50000 + i, i % 2 == 1 ? u"en"_s : u"ru"_s);
                    m.chatId = 50000 + i;
                    m.templateName = u"booking_cancelled"_s;
                    m.params = QJsonObject{{u"code"_s, u"R-%1"_s.arg(i)}};
                    m.nextAttemptAt = clock.now();
                    m.expiresAt = clock.now().addDays(1);
                    outbox.enqueue(m, clock.now());
                }
            });
            for (int i = from; i < from + people; ++i) {
                if (i % 5 == 0)
                    QVERIFY(delivery.setBlockedBot(50000 + i, true));
            }
        };
        const auto claimAll = [&](int expected, int *selects) {
            SelectCounter counter;
            const QList<OutboxDelivery::Due> claimed = delivery.due(100);
            *selects = counter.selects;
            QCOMPARE(claimed.size(), expected);
            for (const OutboxDelivery::Due &due : claimed) {
                const qint64 i = due.message.chatId - 50000;
                QCOMPARE(due.language, i % 2 == 1 ? u"en"_s : u"ru"_s);
                QCOMPARE(due.userBlockedBot, i % 5 == 0);
                delivery.sent(due.message);
            }
        };

        int forTwo = 0;
        messagesFor(0, 2);
        claimAll(2, &forTwo);
        int forTwenty = 0;
        clock.advanceSecs(2); // the first claim's moments are a window ago
        messagesFor(2, 20);
        claimAll(20, &forTwenty);
        qInfo("a claim for 2 people ran %d SELECTs, for 20 people %d", forTwo, forTwenty);
        QCOMPARE(forTwenty, forTwo);
        db->closeThisThread();
    }

    void aClaimHoldsUntilItEnds()
    {
        ScratchDatabase scratch;
        std::unique_ptr<Database> dbA = scratch.open();
        std::unique_ptr<Database> dbB = scratch.open();
        Migrator(*dbA).migrate();
        ManualClock clock(QDateTime::currentDateTimeUtc());
        enqueue(*dbA, clock, 5);
        OutboxDelivery a(*dbA, clock, SendPacing(), u"sender-a"_s);
        OutboxDelivery b(*dbB, clock, SendPacing(), u"sender-b"_s);

        QCOMPARE(a.due(10).size(), 5);
        QCOMPARE(b.due(10).size(), 0);
        clock.advanceSecs(OutboxDelivery::kClaimSecs - 1);
        QCOMPARE(b.due(10).size(), 0);
        // A is alive: reading again claims its rows again, from now.
        QCOMPARE(a.due(10).size(), 5);
        clock.advanceSecs(OutboxDelivery::kClaimSecs - 1);
        QCOMPARE(b.due(10).size(), 0);

        // A dies: once its claim ends B takes over, and then A (back, say) gets nothing.
        clock.advanceSecs(2);
        const QList<OutboxDelivery::Due> takenOver = b.due(10);
        QCOMPARE(takenOver.size(), 5);
        QCOMPARE(a.due(10).size(), 0);

        // Sending releases the claim; a message to retry is anyone's when it is due again.
        b.sent(takenOver.at(0).message);
        b.retryLater(takenOver.at(1).message.id, true, clock.now(), u"network"_s);
        QCOMPARE(count(*dbA, u"SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL"_s), qint64(3));
        // (B's send moment was just now: the chat's gap comes first, whoever sends.)
        QCOMPARE(a.due(10).size(), 0);
        clock.advanceSecs(2);
        const QList<OutboxDelivery::Due> retried = a.due(10);
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.at(0).message.id, takenOver.at(1).message.id);

        // B stops with one row in flight: the rest of its rows are A's at once, that one is not.
        a.sent(retried.at(0).message);
        QCOMPARE(b.releaseClaims({takenOver.at(2).message.id}), 2);
        clock.advanceSecs(2); // the chats' gaps
        QCOMPARE(a.due(10).size(), 2);
        dbA->closeThisThread();
        dbB->closeThisThread();
    }
};

QTEST_MAIN(TestOutboxClaims)
#include "tst_outboxclaims.moc"
