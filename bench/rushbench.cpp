// rush-bench: the booking rush against the real queue-service in webhook mode — N people send
// /start, then press Confirm, C at a time, each waiting for their reply (closed loop); then M more
// send /start as fast as the webhook takes them (open loop) — with a Bot API stand-in in this
// process stamping every reply, and the raw durable SQLite commit rate of the same machine
// sampled around the phases of the same run to compare with.
//
//   rush-bench [--people N] [--open-people M] [--concurrency C] [--phases start,confirm,open]
//              [--raw-seconds S] [--max-seconds S] [--service PATH]
#include "benchseed.h"
#include "benchservice.h"
#include "botapistandin.h"
#include "botupdates.h"
#include "durablecommits.h"
#include "webhookdriver.h"
#include "storage/migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kToken = "123456789:RUSH-bench_token";
const QByteArray kSecret = "rush-bench-secret";
const QStringList kPhases{u"start"_s, u"confirm"_s, u"open"_s};

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(u"rush-bench: error: "_s + message + u'\n'), stderr);
    return 1;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

QString milliseconds(double ms)
{
    return ms < 0 ? u"-"_s : QString::number(ms, 'f', 1);
}

QString phaseRow(const PhaseResult &r)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(r.name, -18)
        .arg(r.updates, 8)
        .arg(r.seconds, 8, 'f', 2)
        .arg(r.updatesPerSecond(), 10, 'f', 1)
        .arg(milliseconds(r.percentileMs(50)), 8)
        .arg(milliseconds(r.percentileMs(99)), 8)
        .arg(r.httpErrors, 9)
        .arg(r.missingReplies, 8)
        .arg(r.repliesInAnswer, 10)
        .arg(r.extraReplies, 6);
}

void printOpenLoop(const PhaseResult &r)
{
    print(u"%1: webhook accepted %2 in %3 s = %4/s; replies %5 in %6 s = %7/s; at most %8 replies owed at once"_s
              .arg(r.name)
              .arg(r.accepted)
              .arg(r.acceptSeconds, 0, 'f', 2)
              .arg(r.acceptsPerSecond(), 0, 'f', 0)
              .arg(r.replies)
              .arg(r.replySeconds, 0, 'f', 2)
              .arg(r.repliesPerSecond(), 0, 'f', 0)
              .arg(r.peakBacklog));
    print(u"    replies while updates arrived %1/s; reply lag: the last accepted update's 200 → its reply %2 ms, "
          "last 200 → last reply %3 ms"_s.arg(r.repliesWhileAcceptingPerSecond(), 0, 'f', 0)
              .arg(milliseconds(r.lastAcceptedLagMs))
              .arg(milliseconds(r.drainMs)));
}

struct BookingCount
{
    int total = 0;    // rows in the rush queue, whatever their status
    int active = 0;   // active ones of the closed-loop people
    int distinct = 0; // people with an active booking

    bool exactly(int people) const { return total == people && active == people && distinct == people; }
};

// Read from the file after the service stopped: what the Confirms really left behind.
BookingCount countBookings(const QString &databasePath, qint64 queueId, int people)
{
    DatabaseUrl url;
    url.path = databasePath;
    Database db(url);
    SqlRows row = db.session().exec(
        u"SELECT (SELECT COUNT(*) FROM bookings WHERE queue_id = ?), COUNT(*), COUNT(DISTINCT b.user_id) "
        "FROM bookings b JOIN users u ON u.id = b.user_id "
        "WHERE b.queue_id = ? AND b.status = 'active' AND u.telegram_id BETWEEN 1 AND ?"_s,
        {queueId, queueId, people});
    if (!row.next())
        return {};
    return {row.value(0).toInt(), row.value(1).toInt(), row.value(2).toInt()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rush-bench"_s);
    QLoggingCategory::setFilterRules(u"queue.storage.migrations.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The booking rush through POST /webhook against the durable commit rate."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"people"_s, u"People in the closed-loop phases (/start, then Confirm)."_s, u"n"_s, u"3000"_s},
        {u"open-people"_s, u"Other people sending /start in the open loop."_s, u"n"_s, u"5000"_s},
        {u"concurrency"_s, u"Webhook connections, as Telegram's max_connections."_s, u"n"_s, u"40"_s},
        {u"phases"_s, u"Which phases to run, of start,confirm,open."_s, u"list"_s, kPhases.join(u',')},
        {u"raw-seconds"_s, u"How long each raw commit sample runs (one before each closed-loop phase, one after)."_s,
         u"s"_s, u"1"_s},
        {u"max-seconds"_s, u"Longest a phase may run; what is still unanswered then counts as missing."_s, u"s"_s,
         u"120"_s},
        {u"service"_s, u"The queue-service binary."_s, u"path"_s, QStringLiteral(QUEUE_SERVICE_BINARY)},
    });
    parser.process(app);
    const int people = parser.value(u"people"_s).toInt();
    const int openPeople = parser.value(u"open-people"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const double rawSeconds = parser.value(u"raw-seconds"_s).toDouble();
    const double maxSeconds = parser.value(u"max-seconds"_s).toDouble();
    const QStringList phases = parser.value(u"phases"_s).split(u',', Qt::SkipEmptyParts);
    const QString binary = parser.value(u"service"_s);
    if (people < 1 || openPeople < 1 || concurrency < 1 || concurrency > 1000 || rawSeconds <= 0 || maxSeconds <= 0)
        return fail(u"--people, --open-people, --raw-seconds and --max-seconds must be positive, "
                    "--concurrency 1 to 1000"_s);
    for (const QString &phase : phases) {
        if (!kPhases.contains(phase))
            return fail(u"unknown phase %1 (known: %2)"_s.arg(phase, kPhases.join(u',')));
    }
    if (!QFileInfo(binary).isExecutable())
        return fail(u"no queue-service binary at %1 (build first)"_s.arg(binary));

    QElapsedTimer total;
    total.start();
    QTemporaryDir dir;
    const QString databasePath = dir.filePath(u"rush.db"_s);
    RushQueue rush;
    try {
        DatabaseUrl url;
        url.path = databasePath;
        Database db(url);
        Migrator(db).migrate();
        rush = seedRushQueue(db, people);
    } catch (const StorageError &error) {
        return fail(error.message());
    }

    // The raw rate with every writer at once, for reference: SQLite has no group commit of its own.
    const CommitRate rawThreads = measureDurableCommits(dir.filePath(u"raw-threads.db"_s), concurrency, rawSeconds);
    if (!rawThreads.error.isEmpty())
        return fail(u"raw commits: "_s + rawThreads.error);

    QElapsedTimer clock; // shared by the stand-in's stamps and the driver's
    clock.start();
    BotApiStandIn botApi(kToken, clock);
    if (botApi.listen() == 0)
        return fail(u"the Bot API stand-in could not listen"_s);
    QProcess service;
    const quint16 port = startService(
        service, binary, databasePath,
        {u"TELEGRAM_BOT_TOKEN="_s + QString::fromLatin1(kToken), u"TELEGRAM_API_URL="_s + botApi.baseUrl(),
         u"TELEGRAM_MODE=webhook"_s, u"WEBHOOK_URL=https://bench.invalid/webhook"_s,
         u"WEBHOOK_SECRET="_s + QString::fromLatin1(kSecret),
         u"WEBHOOK_MAX_CONNECTIONS=%1"_s.arg(qMin(concurrency, 100)),
         u"HTTP_MAX_CONNECTIONS=%1"_s.arg(qMax(256, concurrency * 4)),
         // Telegram's calls arrive through the reverse proxy, which is trusted in production.
         u"TRUSTED_PROXIES=127.0.0.1"_s});
    if (port == 0)
        return fail(u"queue-service did not start:\n"_s + QString::fromUtf8(service.readAll()));

    WebhookDriver driver(QHostAddress::LocalHost, port, kSecret, clock, concurrency, service.processId());
    QObject::connect(&botApi, &BotApiStandIn::called, &driver, &WebhookDriver::onBotCall);
    qint64 nextUpdateId = 1;
    QList<PhaseResult> results;
    // The disk's speed drifts on a shared machine, so a raw sample is taken right before each
    // closed-loop phase and after the last one (the service idle), and each phase is compared
    // with the two samples around it.
    QList<CommitRate> rawSamples;
    QList<QPair<int, int>> brackets; // per result: its raw samples before and after (-1: none)
    QString rawError;
    const auto sampleRaw = [&] {
        rawSamples.append(measureDurableCommits(dir.filePath(u"raw.db"_s), 1, rawSeconds));
        if (!rawSamples.constLast().error.isEmpty())
            rawError = rawSamples.constLast().error;
        return int(rawSamples.size() - 1);
    };
    QList<PhasePlan> plans;
    const auto runPhase = [&](PhasePlan plan) {
        plan.maxSeconds = maxSeconds;
        const int before = plan.openLoop ? -1 : sampleRaw();
        print(u"running %1: %2 updates …"_s.arg(plan.name).arg(plan.updates.size()));
        plans.append(plan);
        results.append(driver.run(plan));
        brackets.append({before, -1});
    };
    if (phases.contains(u"start"_s)) {
        runPhase({u"/start closed"_s,
                  updatesFor(1, people, nextUpdateId,
                             [](qint64 id, qint64 person) { return BotUpdates::command(id, person, u"/start"_s); }),
                  BotMethod::SendMessage, false});
    }
    if (phases.contains(u"confirm"_s)) {
        const auto confirm = [&rush](qint64 id, qint64 person) {
            // Round robin over the slots: none gets more than its capacity.
            const qint64 slotId = rush.slotIds.at((person - 1) % rush.slotIds.size());
            return BotUpdates::buttonPress(id, person, 1000 + person,
                                           u"k:q%1:%2"_s.arg(rush.queueId).arg(slotId));
        };
        runPhase({u"confirm closed"_s, updatesFor(1, people, nextUpdateId, confirm), BotMethod::EditMessageText,
                  false});
    }
    if (!rawSamples.isEmpty())
        sampleRaw();
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        if (brackets[i].first >= 0)
            brackets[i].second = brackets[i].first + 1;
    }
    if (phases.contains(u"open"_s)) {
        runPhase({u"/start open"_s,
                  updatesFor(people + 1, openPeople, nextUpdateId,
                             [](qint64 id, qint64 person) { return BotUpdates::command(id, person, u"/start"_s); }),
                  BotMethod::SendMessage, true});
    }

    stopService(service); // the stand-in keeps answering in its thread while the service drains
    const QByteArray serviceLog = service.readAll();
    const QList<BotCallSeen> calls = botApi.seen();
    for (qsizetype i = 0; i < results.size(); ++i)
        results[i].extraReplies = countExtraReplies(plans.at(i), results.at(i), calls);
    if (!rawError.isEmpty())
        return fail(u"raw commits: "_s + rawError);
    const bool confirmed = phases.contains(u"confirm"_s);
    BookingCount booked;
    if (confirmed) {
        try {
            booked = countBookings(databasePath, rush.queueId, people);
        } catch (const StorageError &error) {
            return fail(u"cannot count the bookings: "_s + error.message());
        }
    }

    print(QString());
    QStringList who;
    if (phases.contains(u"start"_s) || confirmed)
        who << u"%1 people closed loop"_s.arg(people);
    if (phases.contains(u"open"_s))
        who << u"%1 other people open loop"_s.arg(openPeople);
    print(u"rush-bench: %1; %2 webhook connections, loopback"_s.arg(who.join(u", "_s)).arg(concurrency));
    print(u"queue %1: %2 slots × %3 seats; service %4"_s.arg(rush.queueId)
              .arg(rush.slotIds.size())
              .arg(rush.capacity)
              .arg(binary));
    print(u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(u"phase"_s, -18)
              .arg(u"updates"_s, 8)
              .arg(u"seconds"_s, 8)
              .arg(u"updates/s"_s, 10)
              .arg(u"p50 ms"_s, 8)
              .arg(u"p99 ms"_s, 8)
              .arg(u"http err"_s, 9)
              .arg(u"missing"_s, 8)
              .arg(u"in answer"_s, 10)
              .arg(u"extra"_s, 6));
    int errors = 0;
    for (const PhaseResult &result : std::as_const(results)) {
        print(phaseRow(result));
        errors += result.errors();
    }
    for (const PhaseResult &result : std::as_const(results)) {
        if (result.openLoop)
            printOpenLoop(result);
    }
    print(u"service RSS MB      before    peak   after"_s);
    for (const PhaseResult &result : std::as_const(results)) {
        print(u"%1 %2 %3 %4"_s.arg(result.name, -18)
                  .arg(megabytes(result.rssBefore), 7)
                  .arg(megabytes(result.rssPeak), 7)
                  .arg(megabytes(result.rssAfter), 7));
    }
    print(u"CPU                 service ms/update  service cores  bench cores"_s);
    for (const PhaseResult &result : std::as_const(results)) {
        const double wall = qMax(result.seconds, 1e-9);
        print(u"%1 %2 %3 %4"_s.arg(result.name, -18)
                  .arg(result.serviceCpuMsPerUpdate(), 18, 'f', 3)
                  .arg(result.serviceCpuSeconds / wall, 14, 'f', 2)
                  .arg(result.benchCpuSeconds / wall, 12, 'f', 2));
    }
    QStringList samples;
    for (const CommitRate &sample : std::as_const(rawSamples))
        samples << QString::number(sample.perSecond(), 'f', 0);
    print(u"raw durable commits/s (WAL, synchronous=FULL, 1 row per transaction): 1 connection %1; "
          "%2 threads at once %3"_s.arg(samples.isEmpty() ? u"-"_s : samples.join(u" · "_s))
              .arg(rawThreads.threads)
              .arg(rawThreads.perSecond(), 0, 'f', 0));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto [before, after] = brackets.at(i);
        if (before < 0 || after < 0)
            continue;
        const double rawRate = (rawSamples.at(before).perSecond() + rawSamples.at(after).perSecond()) / 2;
        if (rawRate > 0)
            print(u"ratio %1: %2 updates/s ÷ %3 raw commits/s (the samples around it) = %4"_s.arg(results[i].name)
                      .arg(results[i].updatesPerSecond(), 0, 'f', 0)
                      .arg(rawRate, 0, 'f', 0)
                      .arg(results[i].updatesPerSecond() / rawRate, 0, 'f', 3));
    }
    print(u"Bot API calls: sendMessage %1, editMessageText %2, answerCallbackQuery %3, other %4, refused %5"_s
              .arg(botApi.calls(BotMethod::SendMessage))
              .arg(botApi.calls(BotMethod::EditMessageText))
              .arg(botApi.calls(BotMethod::AnswerCallbackQuery))
              .arg(botApi.calls(BotMethod::Other))
              .arg(botApi.refused()));
    if (confirmed) {
        print(u"bookings: %1 active for %2 people of %3 who pressed Confirm; %4 in the queue in all"_s
                  .arg(booked.active)
                  .arg(booked.distinct)
                  .arg(people)
                  .arg(booked.total));
    }
    print(u"total %1 s"_s.arg(double(total.elapsed()) / 1000, 0, 'f', 1));

    const bool bookingsWrong = confirmed && !booked.exactly(people);
    if (errors > 0 || bookingsWrong) {
        const QList<QByteArray> lines = serviceLog.trimmed().split('\n');
        for (qsizetype i = qMax<qsizetype>(0, lines.size() - 10); i < lines.size(); ++i)
            std::fputs(qPrintable(u"  service: "_s + QString::fromUtf8(lines.at(i)) + u'\n'), stderr);
        if (errors > 0)
            return fail(u"%1 update(s) failed or went unanswered"_s.arg(errors));
        return fail(u"expected exactly %1 active bookings, one per person"_s.arg(people));
    }
    return 0;
}
