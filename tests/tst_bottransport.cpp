// The bot's transport with the real queue-service against the fake Bot API: long polling and its
// offsets, webhook secrets, redelivered updates (webhook retries, restarts before the offset was
// confirmed, servers that ignore offset), my_chat_member, per-user flood control, and the token
// kept out of logs and metrics.
#include "domain/bookingservice.h"
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "testsupport.h"
#include "webhookcrowd.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// Short timers so the tests never wait long; the rest are the defaults.
const QStringList kFastTimers{u"TELEGRAM_POLL_TIMEOUT_SECONDS=2"_s, u"TELEGRAM_RETRY_BASE_MS=100"_s,
                              u"TELEGRAM_RETRY_MAX_MS=500"_s, u"OUTBOX_POLL_INTERVAL_MS=100"_s,
                              u"TELEGRAM_SHUTDOWN_TIMEOUT_MS=3000"_s};

// One update at once per flooder, then one a second.
const QStringList kSlowFlood{u"TELEGRAM_FLOOD_RATE=1"_s, u"TELEGRAM_FLOOD_BURST=1"_s, u"TELEGRAM_FLOOD_QUEUE=10"_s};

// A queue with a slot tomorrow (one seat unless told), in the service's database before it starts.
QPair<qint64, qint64> seedSlotTomorrow(const QString &dbPath, int seats = 1)
{
    DatabaseUrl url;
    url.path = dbPath;
    Database db(url);
    Migrator(db).migrate();
    SystemClock clock;
    BookingService bookings(db, clock);
    const qint64 queueId = bookings.createQueue(sampleQueue(), Actor::system()).value().id;
    const QDateTime start = QDateTime(QDate::currentDate().addDays(1), QTime(10, 0), Qt::UTC);
    const qint64 slotId = bookings.createSlot(queueId, start, start.addSecs(900), seats, Actor::system()).value().id;
    db.closeThisThread();
    return {queueId, slotId};
}

qint64 scalar(const QString &dbPath, const QString &sql, const QVariantList &params = {})
{
    DatabaseUrl url;
    url.path = dbPath;
    Database db(url);
    const qint64 value = db.session().scalar(sql, params).toLongLong();
    db.closeThisThread();
    return value;
}

} // namespace

class TestBotTransport : public QObject
{
    Q_OBJECT

    static void stopKinds()
    {
        QTest::addColumn<bool>("sigkill");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("kill -9") << true;
    }

    static void stopOrKill(ServiceProcess &service, bool sigkill)
    {
        if (!sigkill) {
            QCOMPARE(stopServing(service), 0);
            return;
        }
        service.process().kill();
        QVERIFY(service.process().waitForFinished());
    }

    // Waits until `n` more getUpdates calls have reached the fake.
    static bool waitForPolls(FakeBotApi &fake, int n, int timeoutMs = 15000)
    {
        const qsizetype target = fake.calls(u"getUpdates"_s).size() + n;
        return QTest::qWaitFor([&] { return fake.calls(u"getUpdates"_s).size() >= target; }, timeoutMs);
    }

private slots:
    void pollingRepliesAndConfirmsOffsets()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        QVERIFY2(service.start(fake.serviceEnvironment() + kFastTimers), qPrintable(service.log()));
        QVERIFY(waitForPolls(fake, 1));

        // A webhook left from webhook mode is deleted before the first poll.
        const auto all = fake.calls();
        const auto firstOf = [&](const QString &method) {
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (all[i].method == method)
                    return i;
            }
            return qsizetype(-1);
        };
        QVERIFY(firstOf(u"deleteWebhook"_s) >= 0);
        QVERIFY(firstOf(u"deleteWebhook"_s) < firstOf(u"getUpdates"_s));
        const QJsonObject poll = fake.calls(u"getUpdates"_s).first().params;
        QCOMPARE(poll.value(u"timeout"_s).toInt(), 2);
        const QJsonArray allowed = poll.value(u"allowed_updates"_s).toArray();
        for (const QString &type : {u"message"_s, u"callback_query"_s, u"my_chat_member"_s})
            QVERIFY2(allowed.contains(type), qPrintable(type));

        // The command menu is set once, in each language.
        QTRY_COMPARE_WITH_TIMEOUT(fake.succeeded(u"setMyCommands"_s).size(), 2, 10000);

        const qint64 id = fake.pushMessage(1001, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(1001).isEmpty(), 15000);
        // The next poll confirms it.
        QTRY_COMPARE_WITH_TIMEOUT(fake.confirmedOffset(), id + 1, 10000);
        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM processed_updates WHERE update_id = ?"_s, {id}), 1);

        const HttpResult health = service.get(u"/health"_s);
        const QJsonObject telegram = health.json().object().value(u"checks"_s).toObject().value(u"telegram"_s).toObject();
        QCOMPARE(telegram.value(u"status"_s).toString(), u"healthy"_s);
        QVERIFY(telegram.value(u"ever_succeeded"_s).toBool());

        const QByteArray metrics = service.get(u"/metrics"_s).body;
        QVERIFY(metrics.contains(R"(queue_bot_telegram_updates_total{type="message"} 1)"));
        QVERIFY(metrics.contains(R"(queue_bot_telegram_api_requests_total{method="getUpdates",outcome="ok"})"));
        QVERIFY(!metrics.contains(fake.token().toUtf8()));

        QCOMPARE(stopServing(service), 0);
        QVERIFY(!service.log().contains(fake.token()));
        QVERIFY(service.log().contains(u"telegram bot stopped"_s));
    }

    void redeliveredUpdatesChangeNothing()
    {
        // A server that ignores offset sends the same update on every poll, and a restart before
        // the offset was confirmed brings it back: one effect, one reply.
        FakeBotApi fake;
        QVERIFY(fake.listen());
        fake.setIgnoreOffset(true);
        ServiceProcess first;
        QVERIFY2(first.start(fake.serviceEnvironment() + kFastTimers), qPrintable(first.log()));
        const qint64 id = fake.pushMessage(1002, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(1002).isEmpty(), 15000);
        QVERIFY(waitForPolls(fake, 3));
        const qsizetype replies = fake.messagesTo(1002).size();

        first.process().kill(); // no chance to confirm anything
        first.process().waitForFinished();
        ServiceProcess second;
        QVERIFY2(second.start(fake.serviceEnvironment() + kFastTimers
                              + QStringList{dbEnv(first.databasePath())}),
                 qPrintable(second.log()));
        QVERIFY(waitForPolls(fake, 3));
        // A fresh user's reply is the barrier: anything the redelivery caused would be out by now.
        fake.pushMessage(1102, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(1102).isEmpty(), 15000);
        QCOMPARE(fake.messagesTo(1002).size(), replies);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM processed_updates WHERE update_id = ?"_s, {id}), 1);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM users WHERE telegram_id = 1002"_s), 1);
        QCOMPARE(stopServing(second), 0);
    }

    void myChatMemberKeepsTheBlockedFlag()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        QVERIFY2(service.start(fake.serviceEnvironment() + kFastTimers), qPrintable(service.log()));
        fake.pushMessage(1003, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(1003).isEmpty(), 15000);
        const QString blocked = u"SELECT blocked_bot FROM users WHERE telegram_id = 1003"_s;
        QCOMPARE(scalar(service.databasePath(), blocked), 0);

        const qint64 kicked = fake.pushChatMember(1003, u"kicked"_s);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(service.databasePath(), blocked), 1, 10000);
        // Audited as the person's own act, and recorded as that update's effect.
        QCOMPARE(scalar(service.databasePath(),
                        u"SELECT count(*) FROM audit_log WHERE action = 'user.block_bot' AND actor_type = 'user'"_s),
                 1);
        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM processed_updates WHERE update_id = ?"_s, {kicked}),
                 1);

        fake.pushChatMember(1003, u"member"_s);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(service.databasePath(), blocked), 0, 10000);
        QCOMPARE(stopServing(service), 0);
    }

    void floodingSlowsOnlyTheFlooder()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        QVERIFY2(service.start(fake.serviceEnvironment() + kFastTimers
                               + QStringList{u"TELEGRAM_FLOOD_RATE=4"_s, u"TELEGRAM_FLOOD_BURST=4"_s,
                                             u"TELEGRAM_FLOOD_QUEUE=8"_s}),
                 qPrintable(service.log()));
        // How many messages one /start answers with.
        fake.pushMessage(2000, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(2000).isEmpty(), 15000);
        QVERIFY(waitForPolls(fake, 1));
        const qsizetype perStart = fake.messagesTo(2000).size();

        // 30 at once from one user, then one from somebody else.
        for (int i = 0; i < 30; ++i)
            fake.pushMessage(2001, u"/start"_s);
        const qint64 pushedAt = fake.elapsedMs();
        fake.pushMessage(2002, u"/start"_s);

        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(2002).isEmpty(), 10000);
        const qint64 calmLatency = fake.messagesTo(2002).first().atMs - pushedAt;
        // 4 at once (the burst) and 8 more at 4 a second; the other 18 are dropped.
        QTRY_COMPARE_WITH_TIMEOUT(fake.messagesTo(2001).size(), 12 * perStart, 15000);
        const qint64 flooderDone = fake.messagesTo(2001).last().atMs - pushedAt;
        QCOMPARE(scalar(service.databasePath(),
                        u"SELECT count(*) FROM processed_updates WHERE effect = 'flood_dropped'"_s),
                 18);
        qInfo("calm user answered after %lld ms; the flooder's last answer after %lld ms", calmLatency,
              flooderDone);
        QVERIFY2(calmLatency < 1000, qPrintable(QString::number(calmLatency)));
        QVERIFY2(flooderDone >= 1750, qPrintable(QString::number(flooderDone))); // 8 queued at 4/s
        QVERIFY(calmLatency < flooderDone);

        // Nothing more comes for the flooder (a fresh reply is the barrier).
        fake.pushMessage(2003, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(2003).isEmpty(), 10000);
        QCOMPARE(fake.messagesTo(2001).size(), 12 * perStart);
        QCOMPARE(stopServing(service), 0);
    }

    void webhookChecksTheSecretAndDeduplicates()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        const auto [queueId, slotId] = seedSlotTomorrow(service.databasePath());
        const QByteArray secret = "right-Secret_1";
        QVERIFY2(service.start(fake.serviceEnvironment() + kFastTimers
                               + webhookEnv(secret)),
                 qPrintable(service.log()));
        QTRY_VERIFY_WITH_TIMEOUT(!fake.succeeded(u"setWebhook"_s).isEmpty(), 10000);
        const QJsonObject set = fake.succeeded(u"setWebhook"_s).first().params;
        QCOMPARE(set.value(u"url"_s).toString(), u"https://bot.example.test/webhook"_s);
        QCOMPARE(set.value(u"secret_token"_s).toString(), QString::fromLatin1(secret));
        QCOMPARE(set.value(u"allowed_updates"_s).toArray().size(), 3);
        QCOMPARE(set.value(u"max_connections"_s).toInt(), 40);

        const QJsonObject start = FakeBotApi::messageUpdate(5001, 3001, u"/start"_s);
        const QString processed = u"SELECT count(*) FROM processed_updates"_s;
        QCOMPARE(postWebhook(service, jsonBytes(start), {}).status, 401);
        QCOMPARE(postWebhook(service, jsonBytes(start), "wrong-secret").status, 401);
        QCOMPARE(postWebhook(service, jsonBytes(start), secret + "x").status, 401);
        QCOMPARE(postWebhook(service, jsonBytes(start), secret.left(5)).status, 401);
        QCOMPARE(scalar(service.databasePath(), processed), 0);
        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM users"_s), 0);
        QCOMPARE(postWebhook(service, "{not json", secret).status, 400);
        QCOMPARE(postWebhook(service, R"({"message":{}})", secret).status, 400);
        QCOMPARE(scalar(service.databasePath(), processed), 0);

        QElapsedTimer timer;
        timer.start();
        const HttpResult accepted = postWebhook(service, jsonBytes(start), secret);
        QCOMPARE(accepted.status, 200);
        qInfo("webhook answered in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(3001).isEmpty(), 10000);
        const qsizetype replies = fake.messagesTo(3001).size();

        // Telegram retries a webhook it thinks failed: the same update again changes nothing.
        QCOMPARE(postWebhook(service, jsonBytes(start), secret).status, 200);
        // Confirming a booking, delivered twice.
        const QJsonObject confirm =
            FakeBotApi::callbackUpdate(5002, 3001, u"k:q%1:%2"_s.arg(queueId).arg(slotId));
        // The button's answer rides in the 200 (no call of its own); the redelivery gets none.
        const HttpResult confirmed = postWebhook(service, jsonBytes(confirm), secret);
        QCOMPARE(confirmed.status, 200);
        const QJsonObject inResponse = confirmed.json().object();
        QCOMPARE(inResponse.value(u"method"_s).toString(), u"answerCallbackQuery"_s);
        QCOMPARE(inResponse.value(u"callback_query_id"_s).toString(),
                 confirm.value(u"callback_query"_s).toObject().value(u"id"_s).toString());
        const HttpResult again = postWebhook(service, jsonBytes(confirm), secret);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().object(), QJsonObject());
        // A fresh user's reply is the barrier for anything the duplicates might have sent.
        QCOMPARE(postWebhook(service, jsonBytes(FakeBotApi::messageUpdate(5003, 3002, u"/start"_s)), secret).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(3002).isEmpty(), 10000);

        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM bookings WHERE slot_id = ?"_s, {slotId}), 1);
        QCOMPARE(scalar(service.databasePath(), processed), 3);
        QCOMPARE(fake.calls(u"answerCallbackQuery"_s).size(), 0);
        const auto afterStart = fake.messagesTo(3001).size() + fake.succeeded(u"editMessageText"_s).size();
        QVERIFY(afterStart >= replies + 1); // the confirmation was shown once
        QCOMPARE(fake.calls(u"getUpdates"_s).size(), 0); // no polling in webhook mode
        QCOMPARE(stopServing(service), 0);
        QVERIFY(!service.log().contains(fake.token()));
    }

    void heldBackUpdatesSurviveARestart_data() { stopKinds(); }
    void heldBackUpdatesSurviveARestart()
    {
        QFETCH(bool, sigkill);
        // A flooder's updates beyond the burst are confirmed to Telegram but held in the
        // database: stopped or killed before their turn, the service answers them after the restart.
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess first;
        const auto [queueId, slotId] = seedSlotTomorrow(first.databasePath());
        const QString clock = first.dataDir() + u"/clock"_s;
        QVERIFY(writeTestClock(clock, QDateTime::currentDateTimeUtc()));
        QVERIFY2(first.start(fake.serviceEnvironment() + kFastTimers + kSlowFlood
                             + QStringList{u"QUEUE_BOT_TEST_CLOCK_FILE="_s + clock}),
                 qPrintable(first.log()));
        fake.pushMessage(4001, u"/start"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(4001).isEmpty(), 15000);
        const qsizetype perStart = fake.messagesTo(4001).size();
        // The clock goes back an hour: the flooder's allowance does not come back meanwhile.
        QVERIFY(moveTestClock({&first}, clock, QDateTime::currentDateTimeUtc().addSecs(-3600)));

        // Two more /start and the booking's Confirm: all confirmed to Telegram, all held.
        fake.pushMessage(4001, u"/start"_s);
        fake.pushMessage(4001, u"/start"_s);
        const qint64 last = fake.pushCallback(4001, u"k:q%1:%2"_s.arg(queueId).arg(slotId));
        QTRY_COMPARE_WITH_TIMEOUT(fake.confirmedOffset(), last + 1, 15000);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM update_inbox"_s), 3);
        QCOMPARE(fake.messagesTo(4001).size(), perStart);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM bookings"_s), 0);
        stopOrKill(first, sigkill);
        ServiceProcess second;
        QVERIFY2(second.start(fake.serviceEnvironment() + kFastTimers
                              + QStringList{dbEnv(first.databasePath())}),
                 qPrintable(second.log()));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(first.databasePath(), u"SELECT count(*) FROM update_inbox"_s), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(fake.messagesTo(4001).size() >= 3 * perStart, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fake.succeeded(u"answerCallbackQuery"_s).size(), 1, 15000);
        // The booking happened after the restart, once.
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'active'"_s,
                        {slotId}),
                 1);
        QCOMPARE(scalar(first.databasePath(),
                        u"SELECT count(*) FROM processed_updates WHERE update_id > ? AND update_id <= ?"_s,
                        {last - 3, last}),
                 3);
        QCOMPARE(stopServing(second), 0);
    }

    void webhookHoldsBackAFlooderDurably_data() { stopKinds(); }
    void webhookHoldsBackAFlooderDurably()
    {
        QFETCH(bool, sigkill);
        // In webhook mode too a 200 is a promise: a held update survives SIGTERM and is answered
        // after a restart (after SIGTERM or kill -9); its redelivery while held changes nothing.
        FakeBotApi fake;
        QVERIFY(fake.listen());
        const QByteArray secret = "held-Secret_2";
        const QStringList webhook = webhookEnv(secret);
        ServiceProcess first;
        const QString clock = first.dataDir() + u"/clock"_s;
        QVERIFY(writeTestClock(clock, QDateTime::currentDateTimeUtc()));
        QVERIFY2(first.start(fake.serviceEnvironment() + kFastTimers + webhook + kSlowFlood
                             + QStringList{u"QUEUE_BOT_TEST_CLOCK_FILE="_s + clock}),
                 qPrintable(first.log()));
        const QJsonObject one = FakeBotApi::messageUpdate(7001, 4101, u"/start"_s);
        const QJsonObject two = FakeBotApi::messageUpdate(7002, 4101, u"/start"_s);
        QCOMPARE(postWebhook(first, jsonBytes(one), secret).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.messagesTo(4101).isEmpty(), 10000);
        const qsizetype perStart = fake.messagesTo(4101).size();
        QVERIFY(moveTestClock({&first}, clock, QDateTime::currentDateTimeUtc().addSecs(-3600)));

        QCOMPARE(postWebhook(first, jsonBytes(two), secret).status, 200);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM update_inbox WHERE update_id = 7002"_s), 1);
        QCOMPARE(postWebhook(first, jsonBytes(two), secret).status, 200); // Telegram's retry
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM update_inbox"_s), 1);
        stopOrKill(first, sigkill);
        QCOMPARE(fake.messagesTo(4101).size(), perStart);

        ServiceProcess second;
        QVERIFY2(second.start(fake.serviceEnvironment() + kFastTimers + webhook
                              + QStringList{dbEnv(first.databasePath())}),
                 qPrintable(second.log()));
        QTRY_COMPARE_WITH_TIMEOUT(fake.messagesTo(4101).size(), 2 * perStart, 15000);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM update_inbox"_s), 0);
        QCOMPARE(postWebhook(second, jsonBytes(two), secret).status, 200); // processed by now: a duplicate
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM processed_updates WHERE update_id = 7002"_s), 1);
        QCOMPARE(stopServing(second), 0);
        QCOMPARE(fake.messagesTo(4101).size(), 2 * perStart);
    }

    void stopMidRushLosesNoAcknowledgedBooking_data() { stopKinds(); }
    void stopMidRushLosesNoAcknowledgedBooking()
    {
        QFETCH(bool, sigkill);
        // A rush of Confirm taps through the webhook, several requests at once (group commits on
        // the writer thread), and SIGTERM or kill -9 once some have been answered: every update
        // answered 200 has its booking. Telegram then sends again what it was not told of, to a
        // new process, and everyone ends with exactly one booking.
        constexpr int kPeople = 400;
        constexpr int kKillAfter = 120;
        FakeBotApi fake;
        QVERIFY(fake.listen());
        const QByteArray secret = "rush-Secret_3";
        const QStringList webhook = webhookEnv(secret);
        ServiceProcess first;
        const auto [queueId, slotId] = seedSlotTomorrow(first.databasePath(), kPeople);
        // Telegram's connections come through the trusted proxy: no per-address cap.
        const QStringList crowdLimits{u"HTTP_MAX_CONNECTIONS=1000"_s, u"TRUSTED_PROXIES=127.0.0.1"_s};
        QVERIFY2(first.start(fake.serviceEnvironment() + kFastTimers + webhook + crowdLimits), qPrintable(first.log()));
        const auto confirmOf = [queueId, slotId](int person) {
            return jsonBytes(FakeBotApi::callbackUpdate(9000 + person, 60000 + person,
                                                   u"k:q%1:%2"_s.arg(queueId).arg(slotId)));
        };

        // Every tap on a connection of its own, as Telegram's max_connections allow, so many are
        // in flight together and share group commits.
        WebhookCrowd crowd(secret);
        QList<int> acknowledged;
        int settled = 0;
        for (int person = 0; person < kPeople; ++person) {
            crowd.post({first.port(), confirmOf(person)}, [&, person](const WebhookAnswer &answer) {
                ++settled;
                if (answer.status != 200)
                    return;
                acknowledged.append(person);
                if (acknowledged.size() == kKillAfter) {
                    // Mid-rush: batches are committing right now.
                    if (sigkill)
                        first.process().kill();
                    else
                        first.process().terminate();
                }
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(settled, kPeople, 60000);
        // (waitForFinished() is false for a process that has already finished.)
        QVERIFY(first.process().state() == QProcess::NotRunning || first.process().waitForFinished(10000));
        if (!sigkill) // a graceful stop: the batch with the writer finishes and is answered
            QCOMPARE(first.process().exitCode(), 0);
        // (A graceful stop may finish every request it had already taken.)
        QVERIFY2(acknowledged.size() >= kKillAfter && (acknowledged.size() < kPeople || !sigkill),
                 qPrintable(u"%1 of %2 acknowledged"_s.arg(acknowledged.size()).arg(kPeople)));
        qInfo("%lld of %d updates acknowledged before %s", qlonglong(acknowledged.size()), kPeople,
              sigkill ? "kill -9" : "SIGTERM");
        const QString bookingsOf =
            u"SELECT count(*) FROM bookings b JOIN users u ON u.id = b.user_id WHERE u.telegram_id = ? "
            "AND b.status = 'active'"_s;
        for (const int person : std::as_const(acknowledged))
            QCOMPARE(scalar(first.databasePath(), bookingsOf, {60000 + person}), 1);

        // Telegram redelivers every update it got no 200 for (here: all of them, to be thorough).
        ServiceProcess second;
        QVERIFY2(second.start(fake.serviceEnvironment() + kFastTimers + webhook
                              + QStringList{dbEnv(first.databasePath())}),
                 qPrintable(second.log()));
        for (int person = 0; person < kPeople; ++person)
            QCOMPARE(postWebhook(second, confirmOf(person), secret).status, 200);
        QCOMPARE(stopServing(second), 0);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM bookings WHERE status = 'active'"_s), kPeople);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(DISTINCT user_id) FROM bookings"_s), kPeople);
        QCOMPARE(scalar(first.databasePath(), u"SELECT booked FROM slots WHERE id = ?"_s, {slotId}), kPeople);
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM processed_updates"_s), kPeople);
    }

    void webhookModeNeedsItsSettings()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        QTemporaryDir dir;
        const ProcessResult noSecret = runService(
            {u"serve"_s}, fake.serviceEnvironment()
                + webhookEnv() + QStringList{u"HTTP_PORT=0"_s, dbEnv(dir.filePath(u"queue.db"_s))},
            30000);
        QVERIFY(noSecret.exitCode != 0);
        const QString output = noSecret.out + noSecret.err;
        QVERIFY2(output.contains(u"WEBHOOK_SECRET"_s), qPrintable(output));
    }

    void theTokenNeverReachesTheLog()
    {
        // Telegram unreachable: errors are logged, the URL (which holds the token) never is.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString token = u"424242:SECRET-token-must-not-leak"_s;
        ServiceProcess service;
        QVERIFY2(service.start(kFastTimers + QStringList{u"TELEGRAM_BOT_TOKEN="_s + token,
                                                         u"TELEGRAM_API_URL=http://127.0.0.1:%1"_s.arg(port),
                                                         u"LOG_LEVEL=debug"_s}),
                 qPrintable(service.log()));
        QTRY_VERIFY_WITH_TIMEOUT(service.log().contains(u"deleteWebhook failed"_s), 15000);
        QVERIFY(!service.get(u"/metrics"_s).body.contains("SECRET-token"));
        QCOMPARE(stopServing(service), 0);
        QVERIFY(!service.log().contains(u"SECRET-token"_s));
        QVERIFY(!service.log().contains(u"424242"_s));
    }
};

QTEST_GUILESS_MAIN(TestBotTransport)
#include "tst_bottransport.moc"
