// queue-bench: how much /health and /metrics cost next to a trivial route (/health/live), measured
// against the real queue-service on a database with a realistic history, in one run.
//
//   queue-bench [--users N] [--bookings N] [--connections N] [--requests N] [--max-seconds S]
//               [--service PATH]
#include "benchseed.h"
#include "benchservice.h"
#include "httpload.h"
#include "storage/migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

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
        {u"service"_s, u"The queue-service binary."_s, u"path"_s, QStringLiteral(QUEUE_SERVICE_BINARY)},
        {u"database"_s, u"Seed this new SQLite file and keep it (default: a temporary one)."_s, u"file"_s},
    });
    parser.process(app);
    const int users = parser.value(u"users"_s).toInt();
    const int bookings = parser.value(u"bookings"_s).toInt();
    const int connections = qMax(1, parser.value(u"connections"_s).toInt());
    const int requests = qMax(1, parser.value(u"requests"_s).toInt());
    const double maxSeconds = qMax(1.0, parser.value(u"max-seconds"_s).toDouble());
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

    QProcess service;
    const quint16 port = startService(service, parser.value(u"service"_s), databasePath);
    if (port == 0)
        return fail(u"queue-service did not start:\n"_s + QString::fromUtf8(service.readAll()));

    HttpLoad load(QHostAddress::LocalHost, port, connections);
    const QStringList paths{u"/health/live"_s, u"/health"_s, u"/metrics"_s};
    QList<LoadResult> results;
    int errors = 0;
    for (const QString &path : paths) {
        load.run(path, qMin(500, requests), maxSeconds); // warm-up: connections, caches, histograms
        results << load.run(path, requests, maxSeconds);
        errors += results.constLast().errors;
    }

    stopService(service);

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
    print(u"total %1 s"_s.arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    if (errors > 0)
        return fail(u"%1 request(s) failed"_s.arg(errors));
    return 0;
}
