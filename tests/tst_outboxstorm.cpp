// Telegram's limits hold for the whole deployment: three real queue-service processes on one
// PostgreSQL database work through a storm of 2,000 outbox rows (two to each of 1,000 chats), and
// the sendMessage calls, as the fake Bot APIs see them arrive, never exceed OUTBOX_GLOBAL_RATE in
// any second nor come closer than OUTBOX_PER_CHAT_INTERVAL_MS to one chat, whichever instance sent
// them. One instance is killed (-9) mid-storm with messages claimed and in flight: the others send
// its rows once its claim ends, and every row reaches Telegram exactly once. Each process talks to
// a fake Bot API of its own, so who sent what is known. Runs only beside a server
// (tst_outboxstorm_postgres).
#include "domain/outboxdelivery.h"
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr int kRows = 2000;
constexpr int kGlobalRate = 200;
constexpr int kChatIntervalMs = 1000;

// kRows pending messages, due now, each with its own code S-<n>; rows n and n + 10 of every block
// of 20 go to one chat, so a claim often holds both and the second must wait for the chat's gap.
void enqueueStorm(Database &db)
{
    enqueueMessages(db, SystemClock(), kRows, [](int n) { return 10000 + (n / 20) * 10 + n % 10; }, u"S"_s);
}

QString codeOf(const FakeBotApi::Call &call)
{
    static const QRegularExpression code(u"S-\\d+"_s);
    return code.match(call.params.value(u"text"_s).toString()).captured();
}

// The codes of the rows recorded as sent.
QSet<QString> sentCodes(Database &db)
{
    QSet<QString> codes;
    SqlRows rows = db.session().exec(u"SELECT params FROM outbox WHERE status = 'sent'"_s);
    while (rows.next())
        codes.insert(QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object().value(u"code"_s).toString());
    return codes;
}

} // namespace

class TestOutboxStorm : public QObject
{
    Q_OBJECT

private slots:
    void threeInstancesShareTheLimits()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database: see tst_outboxstorm_postgres");
        QElapsedTimer timeline; // every fake's arrival times, moved onto this one
        timeline.start();
        FakeBotApi fakes[3];
        qint64 offsets[3];
        for (int i = 0; i < 3; ++i) {
            QVERIFY(fakes[i].listen());
            offsets[i] = timeline.elapsed() - fakes[i].elapsedMs();
        }
        const QStringList limits{u"OUTBOX_GLOBAL_RATE=%1"_s.arg(kGlobalRate),
                                 u"OUTBOX_PER_CHAT_INTERVAL_MS=%1"_s.arg(kChatIntervalMs),
                                 u"OUTBOX_POLL_INTERVAL_MS=100"_s, u"TELEGRAM_POLL_TIMEOUT_SECONDS=1"_s};
        ServiceProcess services[3];
        for (int i = 0; i < 3; ++i) {
            const QStringList shared =
                i == 0 ? QStringList() : QStringList{u"DATABASE_URL="_s + services[0].databaseUrl()};
            QVERIFY2(services[i].start(fakes[i].serviceEnvironment() + limits + shared), qPrintable(services[i].log()));
        }
        std::unique_ptr<Database> db = services[0].openDatabase();
        QElapsedTimer storm;
        storm.start();
        enqueueStorm(*db);

        // Mid-storm, instance 2 is killed with messages claimed and in flight. Its Telegram stops
        // answering first, and the kill waits until what it had answered is recorded as sent: a
        // message Telegram accepted whose answer dies with the process would be sent again by
        // whoever takes the row over — no client can close that window (the Bot API has no
        // idempotency key), so this test keeps out of it and counts what Telegram accepted.
        FakeBotApi &victimFake = fakes[2];
        QTRY_VERIFY_WITH_TIMEOUT(victimFake.messagesTo().size() >= 100, 30000);
        victimFake.setDelay(u"sendMessage"_s, 10 * 60 * 1000);
        const auto unrecorded = [&] {
            const QSet<QString> recorded = sentCodes(*db);
            int missing = 0;
            for (const FakeBotApi::Call &call : victimFake.messagesTo())
                missing += recorded.contains(codeOf(call)) ? 0 : 1;
            return missing;
        };
        const auto inFlight = [&] {
            return victimFake.calls(u"sendMessage"_s).size() - victimFake.messagesTo().size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(inFlight() > 0 && unrecorded() == 0, 10000);
        services[2].process().kill();
        QVERIFY(services[2].process().waitForFinished(10000));
        const qint64 killedAtMs = storm.elapsed();
        const int hung = int(victimFake.calls(u"sendMessage"_s).size() - victimFake.messagesTo().size());
        QVERIFY2(hung > 0, "the killed instance had messages in flight");
        const qint64 claimedAtKill = count(*db, u"SELECT count(*) FROM outbox WHERE status IN ('pending', 'failed') "
                                                "AND claimed_by IS NOT NULL"_s);

        const QString sentRows = u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s;
        QTRY_COMPARE_WITH_TIMEOUT(count(*db, sentRows), qint64(kRows), 70000);
        const qint64 doneAtMs = storm.elapsed();

        QList<FakeBotApi::Call> all;
        QList<FakeBotApi::Call> accepted;
        int perInstance[3];
        for (int i = 0; i < 3; ++i) {
            for (FakeBotApi::Call call : fakes[i].calls(u"sendMessage"_s)) {
                call.atMs += offsets[i];
                all << call;
                if (call.status == 200)
                    accepted << call;
            }
            perInstance[i] = int(fakes[i].messagesTo().size());
        }
        QStringList codes;
        for (const FakeBotApi::Call &call : std::as_const(accepted))
            codes << codeOf(call);
        const QSet<QString> distinct(codes.cbegin(), codes.cend());
        const SendRates rates = sendRates(all);
        qInfo("%d rows in %lld ms (killed at %lld ms with %d in flight, %lld claimed rows waiting); sent by the "
              "instances: %d, %d, %d (killed); busiest second %d (limit %d); closest two to one chat %lld ms (limit %d)",
              kRows, doneAtMs, killedAtMs, hung, claimedAtKill, perInstance[0], perInstance[1], perInstance[2],
              rates.busiestSecond, kGlobalRate, rates.closestToChat, kChatIntervalMs);
        QCOMPARE(distinct.size(), kRows);
        QCOMPARE(accepted.size(), kRows); // none twice
        QVERIFY2(perInstance[0] > 0 && perInstance[1] > 0, "the survivors both sent");
        QVERIFY(rates.busiestSecond <= kGlobalRate);
        QVERIFY(rates.closestToChat >= kChatIntervalMs);
        QCOMPARE(count(*db, u"SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL"_s), qint64(0));
        db->closeThisThread();
        QCOMPARE(stopServing(services[0]), 0);
        QCOMPARE(stopServing(services[1]), 0);
    }
};

QTEST_MAIN(TestOutboxStorm)
#include "tst_outboxstorm.moc"
