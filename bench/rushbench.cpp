// rush-bench: the booking rush against the real queue-service in webhook mode — N people send
// /start, then press Confirm, C at a time, each waiting for their reply (closed loop); then M more
// send /start as fast as the webhook takes them (open loop) — with a Bot API stand-in in this
// process stamping every reply, and the raw durable SQLite commit rate of the same machine
// sampled around the phases of the same run to compare with. With --postgres, the closed loop
// again on PostgreSQL through 1, 2 and 3 instances sharing one database (the webhook connections
// spread over them, as behind the proxy), printed next to SQLite's figures of the same run.
//
//   rush-bench [--people N] [--open-people M] [--concurrency C] [--phases start,confirm,open]
//              [--raw-seconds S] [--max-seconds S] [--postgres URL] [--instances 1,2,3]
//              [--service PATH]
#include "benchpostgres.h"
#include "benchseed.h"
#include "benchservice.h"
#include "botupdates.h"
#include "durablecommits.h"
#include "rushdeployment.h"
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
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

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

// Read from the database after the service stopped: what the Confirms really left behind.
BookingCount countBookings(const QString &databaseUrl, qint64 queueId, int people)
{
    Database db(DatabaseUrl::parseOrThrow(databaseUrl));
    SqlRows row = db.session().exec(
        u"SELECT (SELECT COUNT(*) FROM bookings WHERE queue_id = ?), COUNT(*), COUNT(DISTINCT b.user_id) "
        "FROM bookings b JOIN users u ON u.id = b.user_id "
        "WHERE b.queue_id = ? AND b.status = 'active' AND u.telegram_id BETWEEN 1 AND ?"_s,
        {queueId, queueId, people});
    if (!row.next())
        return {};
    return {row.value(0).toInt(), row.value(1).toInt(), row.value(2).toInt()};
}

void announce(const PhasePlan &plan)
{
    print(u"running %1: %2 updates …"_s.arg(plan.name).arg(plan.updates.size()));
}

// A new database with the rush's office in it (migrated, then seeded through the domain).
RushQueue seedRushDatabase(const QString &databaseUrl, int people)
{
    Database db(DatabaseUrl::parseOrThrow(databaseUrl));
    Migrator(db).migrate();
    return seedRushQueue(db, people);
}

struct Settings
{
    int people = 0;
    int openPeople = 0;
    int concurrency = 0;
    double rawSeconds = 0;
    double maxSeconds = 0;
    QStringList phases;
    QString binary;
};

// The phases' updates; update ids go on from `nextUpdateId`.
PhasePlan startPlan(int people, qint64 &nextUpdateId)
{
    return {u"/start closed"_s,
            updatesFor(1, people, nextUpdateId,
                       [](qint64 id, qint64 person) { return BotUpdates::command(id, person, u"/start"_s); }),
            BotMethod::SendMessage, false};
}

PhasePlan confirmPlan(int people, const RushQueue &rush, qint64 &nextUpdateId)
{
    const auto confirm = [&rush](qint64 id, qint64 person) {
        // Round robin over the slots: none gets more than its capacity.
        const qint64 slotId = rush.slotIds.at((person - 1) % rush.slotIds.size());
        return BotUpdates::buttonPress(id, person, 1000 + person, u"k:q%1:%2"_s.arg(rush.queueId).arg(slotId));
    };
    return {u"confirm closed"_s, updatesFor(1, people, nextUpdateId, confirm), BotMethod::EditMessageText, false};
}

PhasePlan openPlan(int people, int openPeople, qint64 &nextUpdateId)
{
    return {u"/start open"_s,
            updatesFor(people + 1, openPeople, nextUpdateId,
                       [](qint64 id, qint64 person) { return BotUpdates::command(id, person, u"/start"_s); }),
            BotMethod::SendMessage, true};
}

void printServiceTail(const RushDeployment &deployment)
{
    for (const QString &line : deployment.logTail(10))
        std::fputs(qPrintable(u"  service: "_s + line + u'\n'), stderr);
}

// The closed loop (/start, then Confirm) on PostgreSQL through `instances` instances, on a new
// database of the server.
struct PostgresRun
{
    int instances = 0;
    std::optional<PhaseResult> start;
    std::optional<PhaseResult> confirm;
    BookingCount booked;
    QString error;

    int errors() const
    {
        return (start ? start->errors() : 1) + (confirm ? confirm->errors() : 1);
    }
};

PostgresRun runOnPostgres(const Settings &settings, const QString &serverUrl, int instances)
{
    PostgresRun run;
    run.instances = instances;
    try {
        const BenchPostgresDatabase database(
            serverUrl, u"rush_bench_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(instances));
        const RushQueue rush = seedRushDatabase(database.url(), settings.people);
        QElapsedTimer clock;
        clock.start();
        RushDeployment deployment(clock, settings.binary, settings.concurrency, settings.maxSeconds);
        run.error = deployment.start(database.url(), instances);
        if (!run.error.isEmpty())
            return run;
        qint64 nextUpdateId = 1;
        for (const PhasePlan &plan : {startPlan(settings.people, nextUpdateId),
                                      confirmPlan(settings.people, rush, nextUpdateId)}) {
            announce(plan);
            deployment.run(plan);
        }
        deployment.stop();
        run.start = deployment.results().at(0);
        run.confirm = deployment.results().at(1);
        run.booked = countBookings(database.url(), rush.queueId, settings.people);
        if (run.errors() > 0 || !run.booked.exactly(settings.people))
            printServiceTail(deployment);
    } catch (const StorageError &error) {
        run.error = error.message();
    }
    return run;
}

QString comparisonRow(const QString &database, int instances, const PhaseResult *start, const PhaseResult *confirm,
                      const QString &bookings)
{
    const auto figure = [](const PhaseResult *r, const std::function<double(const PhaseResult &)> &value, int decimals) {
        return r ? QString::number(value(*r), 'f', decimals) : u"-"_s;
    };
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(database, -11)
        .arg(instances, 9)
        .arg(figure(confirm, [](const PhaseResult &r) { return r.updatesPerSecond(); }, 1), 11)
        .arg(confirm ? milliseconds(confirm->percentileMs(50)) : u"-"_s, 8)
        .arg(confirm ? milliseconds(confirm->percentileMs(99)) : u"-"_s, 8)
        .arg(figure(start, [](const PhaseResult &r) { return r.updatesPerSecond(); }, 1), 10)
        .arg(figure(confirm, [](const PhaseResult &r) { return r.serviceCpuSeconds / qMax(r.seconds, 1e-9); }, 2), 14)
        .arg(confirm ? QString::number(confirm->errors() + (start ? start->errors() : 0)) : u"-"_s, 7)
        .arg(bookings, 9);
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
        {u"postgres"_s,
         u"Also run the closed loop on this PostgreSQL server (postgresql://user:password@host:port/db of a user "
         "who may create databases; one is made and dropped per run)."_s,
         u"url"_s},
        {u"instances"_s, u"With --postgres: how many instances share the database, one run each."_s, u"list"_s,
         u"1,2,3"_s},
        {u"service"_s, u"The queue-service binary."_s, u"path"_s, QStringLiteral(QUEUE_SERVICE_BINARY)},
    });
    parser.process(app);
    Settings settings;
    settings.people = parser.value(u"people"_s).toInt();
    settings.openPeople = parser.value(u"open-people"_s).toInt();
    settings.concurrency = parser.value(u"concurrency"_s).toInt();
    settings.rawSeconds = parser.value(u"raw-seconds"_s).toDouble();
    settings.maxSeconds = parser.value(u"max-seconds"_s).toDouble();
    settings.phases = parser.value(u"phases"_s).split(u',', Qt::SkipEmptyParts);
    settings.binary = parser.value(u"service"_s);
    const QStringList &phases = settings.phases;
    const int people = settings.people;
    const int openPeople = settings.openPeople;
    const int concurrency = settings.concurrency;
    if (people < 1 || openPeople < 1 || concurrency < 1 || concurrency > 1000 || settings.rawSeconds <= 0
        || settings.maxSeconds <= 0)
        return fail(u"--people, --open-people, --raw-seconds and --max-seconds must be positive, "
                    "--concurrency 1 to 1000"_s);
    for (const QString &phase : phases) {
        if (!kPhases.contains(phase))
            return fail(u"unknown phase %1 (known: %2)"_s.arg(phase, kPhases.join(u',')));
    }
    const QString postgresUrl = parser.value(u"postgres"_s);
    QList<int> instanceCounts;
    for (const QString &count : parser.value(u"instances"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        instanceCounts << count.toInt(&ok);
        if (!ok || instanceCounts.constLast() < 1 || instanceCounts.constLast() > 16)
            return fail(u"--instances lists instance counts from 1 to 16, got %1"_s.arg(count));
    }
    if (!QFileInfo(settings.binary).isExecutable())
        return fail(u"no queue-service binary at %1 (build first)"_s.arg(settings.binary));

    QElapsedTimer total;
    total.start();
    QTemporaryDir dir;
    const QString databaseUrl = u"sqlite:"_s + dir.filePath(u"rush.db"_s);
    RushQueue rush;
    try {
        rush = seedRushDatabase(databaseUrl, people);
    } catch (const StorageError &error) {
        return fail(error.message());
    }

    // The raw rate with every writer at once, for reference: SQLite has no group commit of its own.
    const CommitRate rawThreads = measureDurableCommits(dir.filePath(u"raw-threads.db"_s), concurrency, settings.rawSeconds);
    if (!rawThreads.error.isEmpty())
        return fail(u"raw commits: "_s + rawThreads.error);

    QElapsedTimer clock; // shared by the stand-in's stamps and the driver's
    clock.start();
    RushDeployment deployment(clock, settings.binary, concurrency, settings.maxSeconds);
    if (const QString error = deployment.start(databaseUrl, 1); !error.isEmpty())
        return fail(error);

    qint64 nextUpdateId = 1;
    // The disk's speed drifts on a shared machine, so a raw sample is taken right before each
    // closed-loop phase and after the last one (the service idle), and each phase is compared
    // with the two samples around it.
    QList<CommitRate> rawSamples;
    QList<QPair<int, int>> brackets; // per result: its raw samples before and after (-1: none)
    QString rawError;
    const auto sampleRaw = [&] {
        rawSamples.append(measureDurableCommits(dir.filePath(u"raw.db"_s), 1, settings.rawSeconds));
        if (!rawSamples.constLast().error.isEmpty())
            rawError = rawSamples.constLast().error;
        return int(rawSamples.size() - 1);
    };
    const auto runPhase = [&](const PhasePlan &plan) {
        const int before = plan.openLoop ? -1 : sampleRaw();
        announce(plan);
        deployment.run(plan);
        brackets.append({before, -1});
    };
    if (phases.contains(u"start"_s))
        runPhase(startPlan(people, nextUpdateId));
    if (phases.contains(u"confirm"_s))
        runPhase(confirmPlan(people, rush, nextUpdateId));
    if (!rawSamples.isEmpty())
        sampleRaw();
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        if (brackets[i].first >= 0)
            brackets[i].second = brackets[i].first + 1;
    }
    if (phases.contains(u"open"_s))
        runPhase(openPlan(people, openPeople, nextUpdateId));

    deployment.stop();
    const QList<PhaseResult> &results = deployment.results();
    const BotApiStandIn &botApi = deployment.botApi();
    if (!rawError.isEmpty())
        return fail(u"raw commits: "_s + rawError);
    const bool confirmed = phases.contains(u"confirm"_s);
    BookingCount booked;
    if (confirmed) {
        try {
            booked = countBookings(databaseUrl, rush.queueId, people);
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
              .arg(settings.binary));
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

    // The same closed loop on PostgreSQL, through 1, 2, 3 … instances of one database.
    QList<PostgresRun> postgresRuns;
    QString server;
    if (!postgresUrl.isEmpty()) {
        try {
            server = BenchPostgresDatabase::describeServer(postgresUrl);
        } catch (const StorageError &error) {
            return fail(error.message());
        }
        for (const int instances : std::as_const(instanceCounts)) {
            print(u"PostgreSQL through %1 instance(s):"_s.arg(instances));
            postgresRuns.append(runOnPostgres(settings, postgresUrl, instances));
        }
        const PhaseResult *sqliteStart = nullptr;
        const PhaseResult *sqliteConfirm = nullptr;
        for (const PhaseResult &result : results) {
            if (result.name == u"/start closed"_s)
                sqliteStart = &result;
            else if (result.name == u"confirm closed"_s)
                sqliteConfirm = &result;
        }
        print(QString());
        print(u"the booking path on SQLite and PostgreSQL: %1 people send /start, then press Confirm (closed loop); "
              "%2 webhook connections spread over the instances; %3; "
              "service cores: all instances, without PostgreSQL's own"_s.arg(people)
                  .arg(concurrency)
                  .arg(server));
        print(u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(u"database"_s, -11)
                  .arg(u"instances"_s, 9)
                  .arg(u"bookings/s"_s, 11)
                  .arg(u"p50 ms"_s, 8)
                  .arg(u"p99 ms"_s, 8)
                  .arg(u"/start/s"_s, 10)
                  .arg(u"service cores"_s, 14)
                  .arg(u"errors"_s, 7)
                  .arg(u"bookings"_s, 9));
        print(comparisonRow(u"SQLite"_s, 1, sqliteStart, sqliteConfirm,
                            confirmed ? QString::number(booked.active) : u"-"_s));
        for (const PostgresRun &run : std::as_const(postgresRuns)) {
            if (!run.error.isEmpty()) {
                print(u"%1 %2  failed: %3"_s.arg(u"PostgreSQL"_s, -11).arg(run.instances, 9).arg(run.error));
                continue;
            }
            print(comparisonRow(u"PostgreSQL"_s, run.instances, run.start ? &*run.start : nullptr,
                                run.confirm ? &*run.confirm : nullptr, QString::number(run.booked.active)));
        }
    }
    print(u"total %1 s"_s.arg(double(total.elapsed()) / 1000, 0, 'f', 1));

    const bool bookingsWrong = confirmed && !booked.exactly(people);
    if (errors > 0 || bookingsWrong) {
        printServiceTail(deployment);
        if (errors > 0)
            return fail(u"%1 update(s) failed or went unanswered"_s.arg(errors));
        return fail(u"expected exactly %1 active bookings, one per person"_s.arg(people));
    }
    for (const PostgresRun &run : std::as_const(postgresRuns)) {
        if (!run.error.isEmpty() || run.errors() > 0 || !run.booked.exactly(people))
            return fail(u"PostgreSQL through %1 instance(s): %2"_s.arg(run.instances)
                            .arg(run.error.isEmpty() ? u"expected exactly %1 active bookings, no errors"_s.arg(people)
                                                     : run.error));
    }
    return 0;
}
