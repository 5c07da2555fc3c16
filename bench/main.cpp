// queue-bench: how much /health and /metrics cost next to a trivial route (/health/live), measured
// against the real queue-service on a database with a realistic history, in one run; then how
// /health/live and /webhook answer while viewers loop a year's CSV export (reads run off the
// event loop, updates on a writer thread).
//
//   queue-bench [--users N] [--bookings N] [--connections N] [--requests N] [--max-seconds S]
//               [--export-connections N] [--export-seconds S] [--webhook-updates N] [--service PATH]
#include "benchseed.h"
#include "benchservice.h"
#include "botapistandin.h"
#include "botupdates.h"
#include "httpload.h"
#include "storage/migrator.h"
#include "webhookdriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kBotToken = "123456789:QUEUE-bench_token";
const QByteArray kSecret = "queue-bench-secret";
// Telegram's people in the webhook phases: above the seeded users' ids.
constexpr qint64 kFirstPerson = 900'000'000;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(u"queue-bench: error: "_s + message + u'\n'), stderr);
    return 1;
}

QString row(const LoadResult &r)
{
    return u"%1 %2 %3 %4 %5"_s.arg(r.path, -14)
        .arg(r.requests, 9)
        .arg(r.requestsPerSecond(), 10, 'f', 0)
        .arg(r.meanLatencyMs(), 9, 'f', 3)
        .arg(r.bodyBytes, 9);
}

QString latencies(const LoadResult &r)
{
    return u"%1 answered (%5/s), p50 %2 ms, p99 %3 ms, max %4 ms"_s.arg(r.requests)
        .arg(r.percentileMs(50), 0, 'f', 2)
        .arg(r.percentileMs(99), 0, 'f', 2)
        .arg(r.percentileMs(100), 0, 'f', 2)
        .arg(r.requestsPerSecond(), 0, 'f', 0);
}

QString replyLatencies(const PhaseResult &r)
{
    return u"%1 replied (%4/s), p50 %2 ms, p99 %3 ms"_s.arg(r.replies)
        .arg(r.percentileMs(50), 0, 'f', 2)
        .arg(r.percentileMs(99), 0, 'f', 2)
        .arg(r.repliesPerSecond(), 0, 'f', 0);
}

// Beside the viewers of healthWhileExporting: one person after another sends /start to the
// webhook (one connection, as Telegram with a quiet chat), each timed until its reply.
struct WebhookProbe
{
    WebhookDriver &driver;
    int updates;
    qint64 nextPerson = kFirstPerson;
    qint64 nextUpdateId = 1;

    PhaseResult run(const QString &name)
    {
        PhasePlan plan{name,
                       updatesFor(nextPerson, updates, nextUpdateId,
                                  [](qint64 id, qint64 person) { return BotUpdates::command(id, person, u"/start"_s); }),
                       BotMethod::SendMessage, false, 60};
        nextPerson += updates;
        return driver.run(plan);
    }
};

// /health/live on one connection and /webhook on another, idle and then while `connections`
// viewers loop the CSV export of the year up to today (each in a thread of its own, so reading
// the big answers does not delay the probes'). Returns the number of failed requests.
int probesWhileExporting(quint16 port, const QByteArray &token, int connections, double seconds,
                         WebhookProbe &webhook)
{
    HttpLoad probe(QHostAddress::LocalHost, port, 1);
    probe.run(u"/health/live"_s, 200, seconds); // warm-up
    webhook.run(u"warm-up"_s);
    const LoadResult idle = probe.run(u"/health/live"_s, 2000, seconds);
    const PhaseResult webhookIdle = webhook.run(u"/webhook idle"_s);

    const QDate today = QDate::currentDate();
    const QString exportPath = u"/api/v1/export/bookings?from=%1&to=%2"_s.arg(
        today.addDays(-364).toString(Qt::ISODate), today.toString(Qt::ISODate));
    LoadResult exports;
    std::atomic<bool> probed = false;
    QThread *viewers = QThread::create([&] {
        HttpLoad load(QHostAddress::LocalHost, port, connections);
        load.setExtraHeaders("Authorization: Bearer " + token + "\r\n");
        exports = load.run(exportPath, std::numeric_limits<int>::max(), 10 * seconds + 60, &probed);
    });
    viewers->start();
    QThread::msleep(300); // the first exports are under way: this is the load being measured
    const LoadResult busy = probe.run(u"/health/live"_s, std::numeric_limits<int>::max(), seconds - 0.5);
    const PhaseResult webhookBusy = webhook.run(u"/webhook busy"_s);
    probed = true;
    viewers->wait();
    delete viewers;

    print(u"/health/live, one connection, idle:         %1"_s.arg(latencies(idle)));
    print(u"/health/live while %1 connections loop a year's CSV export (%2 exports of %3 KiB, %4 s each): %5"_s
              .arg(connections)
              .arg(exports.requests)
              .arg(exports.bodyBytes / 1024)
              .arg(exports.meanLatencyMs() / 1000, 0, 'f', 2)
              .arg(latencies(busy)));
    if (idle.percentileMs(99) > 0)
        print(u"ratio p99 busy : idle = %1"_s.arg(busy.percentileMs(99) / idle.percentileMs(99), 0, 'f', 2));
    print(u"/webhook /start → reply, one connection, idle:     %1"_s.arg(replyLatencies(webhookIdle)));
    print(u"/webhook /start → reply while the exports loop:    %1"_s.arg(replyLatencies(webhookBusy)));
    if (webhookIdle.percentileMs(99) > 0)
        print(u"ratio /webhook p99 busy : idle = %1"_s.arg(
            webhookBusy.percentileMs(99) / webhookIdle.percentileMs(99), 0, 'f', 2));
    if (exports.requests == 0)
        print(u"no export finished: the phase measured nothing"_s);
    return idle.errors + busy.errors + exports.errors + webhookIdle.errors() + webhookBusy.errors()
        + (exports.requests == 0 ? 1 : 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"queue-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Requests per second for /health and /metrics against /health/live."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"users"_s, u"Users in the database."_s, u"n"_s, u"10000"_s},
        {u"bookings"_s, u"Bookings in the database."_s, u"n"_s, u"100000"_s},
        {u"connections"_s, u"Concurrent keep-alive connections."_s, u"n"_s, u"8"_s},
        {u"requests"_s, u"Requests per route (after a warm-up)."_s, u"n"_s, u"5000"_s},
        {u"max-seconds"_s, u"Time limit per route."_s, u"s"_s, u"10"_s},
        {u"export-connections"_s, u"Viewers looping the year's CSV export meanwhile."_s, u"n"_s, u"4"_s},
        {u"export-seconds"_s, u"How long /health/live is probed while the exports run."_s, u"s"_s, u"8"_s},
        {u"webhook-updates"_s, u"/start updates timed through /webhook, idle and while the exports run."_s,
         u"n"_s, u"500"_s},
        {u"service"_s, u"The queue-service binary."_s, u"path"_s, QStringLiteral(QUEUE_SERVICE_BINARY)},
        {u"database"_s, u"Seed this new SQLite file and keep it (default: a temporary one)."_s, u"file"_s},
    });
    parser.process(app);
    const int users = parser.value(u"users"_s).toInt();
    const int bookings = parser.value(u"bookings"_s).toInt();
    const int connections = qMax(1, parser.value(u"connections"_s).toInt());
    const int requests = qMax(1, parser.value(u"requests"_s).toInt());
    const double maxSeconds = qMax(1.0, parser.value(u"max-seconds"_s).toDouble());
    const int exportConnections = qMax(1, parser.value(u"export-connections"_s).toInt());
    const double exportSeconds = qMax(2.0, parser.value(u"export-seconds"_s).toDouble());
    const int webhookUpdates = qMax(1, parser.value(u"webhook-updates"_s).toInt());
    if (users < 4 || bookings < 0)
        return fail(u"--users must be at least 4 and --bookings not negative"_s);
    if (!QFileInfo(parser.value(u"service"_s)).isExecutable())
        return fail(u"no queue-service binary at %1 (build first)"_s.arg(parser.value(u"service"_s)));

    QTemporaryDir dir;
    const QString databasePath =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : dir.filePath(u"bench.db"_s);
    if (QFileInfo::exists(databasePath))
        return fail(u"%1 exists; the bench seeds a new database"_s.arg(databasePath));
    QElapsedTimer timer;
    timer.start();
    try {
        DatabaseUrl url;
        url.path = databasePath;
        Database db(url);
        Migrator(db).migrate();
        SeedSize size;
        size.users = users;
        size.bookings = bookings;
        const SeedResult seeded = seedDatabase(db, size);
        print(u"seeded %1 users, %2 slots, %3 bookings, %4 outbox messages in %5 s"_s.arg(seeded.users)
                  .arg(seeded.slotRows)
                  .arg(seeded.bookings)
                  .arg(seeded.messages)
                  .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    } catch (const StorageError &error) {
        return fail(error.message());
    }

    QElapsedTimer clock; // shared by the Bot API stand-in's stamps and the webhook driver's
    clock.start();
    BotApiStandIn botApi(kBotToken, clock);
    if (botApi.listen() == 0)
        return fail(u"the Bot API stand-in could not listen"_s);
    QProcess service;
    const QByteArray token = QByteArray("queue-bench-viewer-").append(QByteArray(32, 'x'));
    const quint16 port = startService(
        service, parser.value(u"service"_s), u"sqlite:"_s + databasePath,
        {u"ADMIN_TOKEN="_s + QString::fromLatin1(token), u"TELEGRAM_BOT_TOKEN="_s + QString::fromLatin1(kBotToken),
         u"TELEGRAM_API_URL="_s + botApi.baseUrl(), u"TELEGRAM_MODE=webhook"_s,
         u"WEBHOOK_URL=https://bench.invalid/webhook"_s, u"WEBHOOK_SECRET="_s + QString::fromLatin1(kSecret)});
    if (port == 0)
        return fail(u"queue-service did not start:\n"_s + QString::fromUtf8(service.readAll()));
    WebhookDriver driver(QHostAddress::LocalHost, {port}, kSecret, clock, 1, {service.processId()});
    QObject::connect(&botApi, &BotApiStandIn::called, &driver, &WebhookDriver::onBotCall);
    WebhookProbe webhook{driver, webhookUpdates};

    HttpLoad load(QHostAddress::LocalHost, port, connections);
    const QStringList paths{u"/health/live"_s, u"/health"_s, u"/metrics"_s};
    QList<LoadResult> results;
    int errors = 0;
    for (const QString &path : paths) {
        load.run(path, qMin(500, requests), maxSeconds); // warm-up: connections, caches, histograms
        results << load.run(path, requests, maxSeconds);
        errors += results.constLast().errors;
    }
    print(u"%1 connections, keep-alive, loopback; %2 requests per route"_s.arg(connections).arg(requests));
    print(u"%1 %2 %3 %4 %5"_s.arg(u"route"_s, -14)
              .arg(u"answered"_s, 9)
              .arg(u"req/s"_s, 10)
              .arg(u"mean ms"_s, 9)
              .arg(u"bytes"_s, 9));
    for (const LoadResult &result : std::as_const(results))
        print(row(result));
    const double live = results[0].requestsPerSecond();
    if (live > 0) {
        print(u"ratio /health : /health/live  = %1"_s.arg(results[1].requestsPerSecond() / live, 0, 'f', 2));
        print(u"ratio /metrics : /health/live = %1"_s.arg(results[2].requestsPerSecond() / live, 0, 'f', 2));
    }
    errors += probesWhileExporting(port, token, exportConnections, exportSeconds, webhook);

    stopService(service);

    print(u"total %1 s"_s.arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    if (errors > 0)
        return fail(u"%1 request(s) failed"_s.arg(errors));
    return 0;
}
