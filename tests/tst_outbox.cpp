// The outbox sender with the real queue-service against the fake Bot API: a 429 storm and a long
// outage (shortened timers), 403s, messages that never go through, a restart mid-outage, and the
// resume within 5 s after an outage (refused or silent) at Telegram's real back-off —
// every message delivered exactly once, and the global and per-chat rates never exceeded, as
// measured from the fake server's arrival times.
#include "domain/bookingservice.h"
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

constexpr int kGlobalRate = 10;
constexpr int kChatIntervalMs = 1000;

// Seconds become tenths: back-offs of 200 ms to 1 s, outage probes of 100 to 400 ms.
QStringList fastTimers()
{
    return {u"TELEGRAM_POLL_TIMEOUT_SECONDS=2"_s,  u"TELEGRAM_RETRY_BASE_MS=100"_s,
            u"TELEGRAM_RETRY_MAX_MS=400"_s,        u"OUTBOX_POLL_INTERVAL_MS=100"_s,
            u"OUTBOX_RETRY_BASE_MS=200"_s,         u"OUTBOX_RETRY_MAX_MS=1000"_s,
            u"OUTBOX_MAX_ATTEMPTS=3"_s,            u"OUTBOX_GLOBAL_RATE=%1"_s.arg(kGlobalRate),
            u"OUTBOX_PER_CHAT_INTERVAL_MS=%1"_s.arg(kChatIntervalMs), u"TELEGRAM_SHUTDOWN_TIMEOUT_MS=5000"_s};
}

Database *openDatabase(const QString &path)
{
    DatabaseUrl url;
    url.path = path;
    return new Database(url);
}

qint64 scalar(const QString &dbPath, const QString &sql, const QVariantList &params = {})
{
    std::unique_ptr<Database> db(openDatabase(dbPath));
    const qint64 value = db->session().scalar(sql, params).toLongLong();
    db->closeThisThread();
    return value;
}

// Every user in `telegramIds` books `perUser` slots, then staff cancel those slots: one outbox
// message per booking, `perUser` to each chat.
void prepareMessages(const QString &dbPath, const QList<qint64> &telegramIds, int perUser)
{
    std::unique_ptr<Database> db(openDatabase(dbPath));
    Migrator(*db).migrate();
    SystemClock clock;
    BookingService bookings(*db, clock);
    const qint64 queueId = bookings.createQueue(sampleQueue(), Actor::system()).value().id;
    QList<qint64> slotIds;
    const QDateTime first = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);
    for (int s = 0; s < perUser; ++s) {
        const QDateTime start = first.addSecs(s * 1800);
        slotIds << bookings.createSlot(queueId, start, start.addSecs(900), int(telegramIds.size()), Actor::system())
                       .value()
                       .id;
    }
    for (qint64 telegramId : telegramIds) {
        const qint64 userId = addUser(bookings, telegramId);
        for (qint64 slotId : slotIds) {
            if (!bookings.book(userId, slotId, BookingSource::Telegram, Actor::user(userId)).ok())
                qFatal("booking failed");
        }
    }
    for (qint64 slotId : slotIds)
        bookings.cancelSlot(slotId, u"the office is closed"_s, Actor::system());
    db->closeThisThread();
}

QList<qint64> range(qint64 from, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << from + i;
    return ids;
}

// Each chat got exactly `perChat` distinct messages, each once.
bool deliveredOnce(const FakeBotApi &fake, const QList<qint64> &chats, int perChat, QString *why)
{
    for (qint64 chat : chats) {
        const auto messages = fake.messagesTo(chat);
        QSet<QString> texts;
        for (const auto &m : messages)
            texts.insert(m.params.value(u"text"_s).toString());
        if (messages.size() != perChat || texts.size() != perChat) {
            *why = u"chat %1: %2 delivered, %3 distinct, %4 expected"_s.arg(chat).arg(messages.size()).arg(texts.size()).arg(perChat);
            return false;
        }
    }
    return true;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    // 30 messages due while `fake` is unreachable; the first send fails `failsAfterMs` after it
    // arrived (the request timeout when Telegram is silent), and from then on the outbox probes
    // with getMe. Once `probesWanted` probes arrived, `restore` brings Telegram back. Probes must
    // have started at most 5 s apart, and every message must be delivered, once, within 5 s of
    // the return.
    void resumesWithinFiveSeconds(FakeBotApi &fake, const QStringList &environment, qint64 failsAfterMs,
                                  int probesWanted, const std::function<void()> &restore)
    {
        ServiceProcess service;
        const QList<qint64> chats = range(50'000, 30);
        prepareMessages(service.databasePath(), chats, 1);
        QVERIFY2(service.start(fake.serviceEnvironment() + environment + QStringList{u"TELEGRAM_POLL_TIMEOUT_SECONDS=2"_s}),
                 qPrintable(service.log()));

        // The outage, for the outbox, starts when its first send fails; the bot's own getMe at
        // start-up comes before. Qt sends a request again at once when its connection is
        // dropped: calls closer than 500 ms are one probe.
        const auto probes = [&] {
            const QList<FakeBotApi::Call> sends = fake.calls(u"sendMessage"_s);
            if (sends.isEmpty())
                return QList<qint64>{};
            QList<qint64> at{sends.first().atMs + failsAfterMs};
            for (const auto &call : fake.calls(u"getMe"_s)) {
                if (call.atMs > at.first() && call.atMs - at.last() > 500)
                    at << call.atMs;
            }
            return at;
        };
        QTRY_VERIFY_WITH_TIMEOUT(probes().size() > probesWanted, 60000);
        restore();
        const qint64 backAt = fake.elapsedMs();
        const QList<qint64> during = probes();
        qint64 longestGap = 0;
        for (qsizetype i = 1; i < during.size(); ++i)
            longestGap = qMax(longestGap, during[i] - during[i - 1]);

        QTRY_COMPARE_WITH_TIMEOUT(fake.messagesTo().size(), chats.size(), 30000);
        QString why;
        QVERIFY2(deliveredOnce(fake, chats, 1, &why), qPrintable(why));
        const auto delivered = fake.messagesTo();
        const auto [first, last] = std::minmax_element(delivered.begin(), delivered.end(),
                                                       [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
        qInfo("%lld getMe probes in a %lld ms outage, at most %lld ms apart; Telegram back: first message after "
              "%lld ms, all %lld after %lld ms",
              qint64(during.size() - 1), backAt - during.first(), longestGap, first->atMs - backAt,
              qint64(delivered.size()), last->atMs - backAt);
        QVERIFY2(longestGap <= 5000, qPrintable(u"%1 ms between two probes"_s.arg(longestGap)));
        QVERIFY2(last->atMs - backAt <= 5000,
                 qPrintable(u"the backlog took %1 ms after Telegram was back"_s.arg(last->atMs - backAt)));
        QCOMPARE(stopServing(service), 0);
    }

private slots:
    void stormAndOutageDeliverEachMessageOnce()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        const QList<qint64> chats = range(10'000, 25);
        prepareMessages(service.databasePath(), chats, 2);
        const QString sent = u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s;
        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM outbox"_s), 50);

        // A 429 storm first: six sends told to wait a second.
        fake.addFailure({u"sendMessage"_s, 0, 429, 1, {}, 0, 6});
        QVERIFY2(service.start(fake.serviceEnvironment() + fastTimers()), qPrintable(service.log()));
        // Then, with part of the outbox out, Telegram disappears for a long while.
        QTRY_VERIFY_WITH_TIMEOUT(fake.messagesTo().size() >= 15, 30000);
        fake.setOutage(true);
        const qint64 outageFrom = fake.elapsedMs();
        // The outage lasts until the sender has been turned away several times in a row.
        const auto probesDuringOutage = [&] {
            const auto probes = fake.calls(u"getMe"_s);
            return std::count_if(probes.begin(), probes.end(),
                                 [&](const FakeBotApi::Call &call) { return call.atMs >= outageFrom; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(probesDuringOutage() >= 6, 30000);
        fake.setOutage(false);
        const qint64 outageTo = fake.elapsedMs();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(service.databasePath(), sent), 50, 45000);

        QString why;
        QVERIFY2(deliveredOnce(fake, chats, 2, &why), qPrintable(why));
        QCOMPARE(fake.messagesTo().size(), 50);
        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM outbox WHERE status = 'dead'"_s), 0);
        // The outage cost a message at most one counted attempt.
        QVERIFY(scalar(service.databasePath(), u"SELECT max(attempts) FROM outbox"_s) <= 2);

        const auto attempts = fake.calls(u"sendMessage"_s);
        const SendRates rates = sendRates(attempts);
        qInfo("%lld sendMessage attempts for 50 messages; busiest second %d (limit %d); closest two to one chat %lld ms "
              "(limit %d)",
              qint64(attempts.size()), rates.busiestSecond, kGlobalRate, rates.closestToChat, kChatIntervalMs);
        if (rates.busiestSecond > kGlobalRate) {
            for (const auto &call : attempts)
                qInfo("sendMessage at %lld ms to chat %lld: %d", call.atMs, chatOf(call), call.status);
        }
        QVERIFY(rates.busiestSecond <= kGlobalRate);
        QVERIFY(rates.closestToChat >= kChatIntervalMs);

        // retry_after honoured: no send starts in the second after a 429.
        for (const auto &call : attempts) {
            if (call.status != 429)
                continue;
            for (const auto &other : attempts)
                QVERIFY2(other.atMs <= call.atMs + 100 || other.atMs >= call.atMs + 1000,
                         qPrintable(u"sent %1 ms after a 429"_s.arg(other.atMs - call.atMs)));
        }
        // During the outage the sender only probed (getMe), with back-off.
        int sendsInOutage = 0;
        for (const auto &call : attempts)
            sendsInOutage += call.atMs > outageFrom && call.atMs < outageTo ? 1 : 0;
        int probes = 0;
        for (const auto &call : fake.calls(u"getMe"_s))
            probes += call.atMs > outageFrom && call.atMs < outageTo ? 1 : 0;
        qInfo("during the %lld ms outage: %d sends, %d getMe probes", outageTo - outageFrom, sendsInOutage, probes);
        QVERIFY(sendsInOutage <= 4 * 3); // those in flight when it started, each re-sent by Qt
        QVERIFY(probes >= 3);

        const QByteArray metrics = service.get(u"/metrics"_s).body;
        QVERIFY(metrics.contains("queue_bot_notifications_sent_total 50"));
        QVERIFY(metrics.contains(R"(queue_bot_notifications_failed_total{reason="rate_limited"} 6)"));
        QVERIFY(metrics.contains("queue_bot_telegram_retry_after_waits_total 6"));
        QVERIFY(metrics.contains("queue_bot_telegram_retry_after_seconds_total 6"));
        QCOMPARE(stopServing(service), 0);
    }

    void messagesExpireOnceTheyStopMattering()
    {
        // The bot is off, so staff cancelling two slots leaves their notices waiting; a notice
        // about an appointment is pointless once the appointment's time has come.
        ServiceProcess service;
        const QList<qint64> chats = range(30'000, 5);
        prepareMessages(service.databasePath(), chats, 2); // slots tomorrow at 09:00 and 09:30 UTC
        const QDateTime firstSlot(QDate::currentDate().addDays(1), QTime(9, 0), Qt::UTC);
        const QString clockFile = service.dataDir() + u"/clock"_s;
        QVERIFY(writeTestClock(clockFile, firstSlot.addSecs(-3600)));
        QVERIFY2(service.start({u"QUEUE_BOT_TEST_CLOCK_FILE="_s + clockFile}), qPrintable(service.log()));
        const QString expired = u"SELECT count(*) FROM outbox WHERE status = 'expired'"_s;
        const QString pending = u"SELECT count(*) FROM outbox WHERE status = 'pending'"_s;
        QCOMPARE(scalar(service.databasePath(), pending), 10);
        QCOMPARE(scalar(service.databasePath(), expired), 0);

        // Between the two appointments: the first one's notices expire, the second one's wait on.
        QVERIFY(moveTestClock({&service}, clockFile, firstSlot.addSecs(15 * 60)));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(service.databasePath(), expired), 5, 15000);
        QCOMPARE(scalar(service.databasePath(), pending), 5);
        QCOMPARE(scalar(service.databasePath(),
                        u"SELECT count(*) FROM outbox WHERE status = 'expired' AND expires_at = ?"_s,
                        {firstSlot.toSecsSinceEpoch()}),
                 5);
        QTRY_VERIFY_WITH_TIMEOUT(service.get(u"/metrics"_s).body.contains("\nqueue_bot_notifications_expired_total 5\n"),
                                 5000);
        QCOMPARE(stopServing(service), 0);
    }

    void blockedAndUndeliverableMessages()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        const qint64 blocked = 20'000;
        const qint64 broken = 20'001;
        const QList<qint64> fine = range(20'100, 8);
        prepareMessages(service.databasePath(), QList<qint64>{blocked, broken} + fine, 2);
        fake.addFailure({u"sendMessage"_s, blocked, 403, 0, {}, 0, -1});
        fake.addFailure({u"sendMessage"_s, broken, 500, 0, {}, 0, -1});
        QVERIFY2(service.start(fake.serviceEnvironment() + fastTimers()), qPrintable(service.log()));

        const QString dead = u"SELECT count(*) FROM outbox WHERE status = 'dead'"_s;
        QTRY_COMPARE_WITH_TIMEOUT(scalar(service.databasePath(), u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s),
                                  16, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(service.databasePath(), dead), 4, 30000);
        QString why;
        QVERIFY2(deliveredOnce(fake, fine, 2, &why), qPrintable(why));

        // 403: the person is marked, their second message is never tried.
        const auto toBlocked = fake.calls(u"sendMessage"_s);
        QCOMPARE(std::count_if(toBlocked.begin(), toBlocked.end(), [&](const auto &c) { return chatOf(c) == blocked; }),
                 1);
        QCOMPARE(scalar(service.databasePath(), u"SELECT blocked_bot FROM users WHERE telegram_id = ?"_s, {blocked}), 1);
        QCOMPARE(scalar(service.databasePath(),
                        u"SELECT count(*) FROM outbox WHERE chat_id = ? AND status = 'dead' AND last_error LIKE 'blocked%'"_s,
                        {blocked}),
                 2);
        // 500 for ever: three attempts each, then dead with the reason.
        QCOMPARE(std::count_if(toBlocked.begin(), toBlocked.end(), [&](const auto &c) { return chatOf(c) == broken; }),
                 6);
        QCOMPARE(scalar(service.databasePath(),
                        u"SELECT count(*) FROM outbox WHERE chat_id = ? AND status = 'dead' AND attempts = 3 "
                        "AND last_error LIKE 'server_error (500)%'"_s,
                        {broken}),
                 2);
        const QByteArray metrics = service.get(u"/metrics"_s).body;
        QVERIFY(metrics.contains(R"(queue_bot_notifications_failed_total{reason="blocked"} 2)"));
        QVERIFY(metrics.contains(R"(queue_bot_notifications_failed_total{reason="server_error"} 6)"));
        QCOMPARE(stopServing(service), 0);
    }

    void survivesARestartMidOutage()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        const QList<qint64> chats = range(30'000, 10);
        ServiceProcess first;
        prepareMessages(first.databasePath(), chats, 1);
        fake.setOutage(true);
        QVERIFY2(first.start(fake.serviceEnvironment() + fastTimers()), qPrintable(first.log()));
        QTRY_VERIFY_WITH_TIMEOUT(fake.calls(u"sendMessage"_s).size() >= 1 && fake.calls(u"getMe"_s).size() >= 3, 20000);
        QCOMPARE(stopServing(first), 0);
        // Nothing lost, nothing given up.
        QCOMPARE(scalar(first.databasePath(), u"SELECT count(*) FROM outbox WHERE status IN ('pending', 'failed')"_s), 10);

        ServiceProcess second;
        QVERIFY2(second.start(fake.serviceEnvironment() + fastTimers()
                              + QStringList{dbEnv(first.databasePath())}),
                 qPrintable(second.log()));
        const qsizetype probes = fake.calls(u"getMe"_s).size();
        QTRY_VERIFY_WITH_TIMEOUT(fake.calls(u"getMe"_s).size() >= probes + 2, 20000);
        fake.setOutage(false);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(first.databasePath(), u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s), 10,
                                  30000);
        QString why;
        QVERIFY2(deliveredOnce(fake, chats, 1, &why), qPrintable(why));
        QCOMPARE(stopServing(second), 0);
    }

    // Telegram's default back-off (TELEGRAM_RETRY_BASE_MS 1 s, TELEGRAM_RETRY_MAX_MS 60 s): the
    // outage probes stop growing at a few seconds, so a backlog waiting out a long outage goes
    // within 5 s of Telegram's return, not after a minute-long back-off. Refused connections:
    // each probe fails at once; a doubling back-off would wait 1, 2, 4, then 8 s.
    void resumesWithinFiveSecondsAfterAnOutage()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        fake.setOutage(true);
        resumesWithinFiveSeconds(fake, {}, 0, 4, [&] { fake.setOutage(false); });
    }

    // Telegram silent (connections accepted, never answered): each probe gives up by itself, so
    // probes still start at most ~4 s apart, although every call waits out its timeout (8 s here).
    void resumesWithinFiveSecondsAfterASilentOutage()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        FakeBotApi::Failure silence;
        silence.status = 0;
        silence.delayMs = 120'000;
        fake.addFailure(silence);
        resumesWithinFiveSeconds(fake, {u"TELEGRAM_REQUEST_TIMEOUT_MS=8000"_s}, 8000, 3, [&] { fake.clearFailures(); });
    }

    void shutdownFinishesTheSendInFlight()
    {
        FakeBotApi fake;
        QVERIFY(fake.listen());
        ServiceProcess service;
        prepareMessages(service.databasePath(), {40'000}, 1);
        fake.setDelay(u"sendMessage"_s, 1500);
        QVERIFY2(service.start(fake.serviceEnvironment() + fastTimers()), qPrintable(service.log()));
        QTRY_VERIFY_WITH_TIMEOUT(!fake.calls(u"sendMessage"_s).isEmpty(), 20000);
        // SIGTERM while Telegram is still answering: the answer is waited for and recorded.
        QCOMPARE(stopServing(service), 0);
        QCOMPARE(fake.messagesTo(40'000).size(), 1);
        QCOMPARE(scalar(service.databasePath(), u"SELECT count(*) FROM outbox WHERE status = 'sent'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
