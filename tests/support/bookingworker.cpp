// A separate process that books against a shared database, for the race, backup and shutdown
// tests. It uses the real storage and domain code and the service's shutdown handling.
//
//   booking_worker race --db PATH|URL --slot ID --first-user N --users N --threads N
//       prints "ready", waits for "go" on stdin, books one seat per user, prints a JSON summary.
//   booking_worker load --db PATH --queue ID
//       keeps creating slots and booking/cancelling until SIGTERM, then closes the database
//       cleanly and prints a JSON summary.
#include "app/shutdownsignals.h"
#include "domain/bookingservice.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

void print(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A SQLite file's path, or a DATABASE_URL (sqlite:… or postgresql://…).
DatabaseUrl urlFor(const QString &text)
{
    if (text.startsWith(u"sqlite:"_s) || text.startsWith(u"postgresql:"_s))
        return DatabaseUrl::parseOrThrow(text);
    DatabaseUrl url;
    url.path = text;
    return url;
}

int race(const QCommandLineParser &args)
{
    Database db(urlFor(args.value(u"db"_s)));
    SystemClock clock;
    const qint64 slotId = args.value(u"slot"_s).toLongLong();
    const qint64 firstUser = args.value(u"first-user"_s).toLongLong();
    const int users = args.value(u"users"_s).toInt();
    const int threads = qMax(1, args.value(u"threads"_s).toInt());

    print("ready");
    std::string go;
    std::getline(std::cin, go);

    QAtomicInt booked, full, other;
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&, t] {
            BookingService service(db, clock); // each thread opens its own connection
            for (int i = t; i < users; i += threads) {
                const auto outcome = service.book(firstUser + i, slotId, BookingSource::Telegram,
                                                  Actor::user(firstUser + i));
                if (outcome.ok())
                    booked.ref();
                else if (outcome.refusal() == Refusal::SlotFull)
                    full.ref();
                else
                    other.ref();
            }
            db.closeThisThread();
        });
        workers.last()->start();
    }
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    print(QJsonDocument(QJsonObject{{u"booked"_s, booked.loadRelaxed()},
                                    {u"slot_full"_s, full.loadRelaxed()},
                                    {u"other"_s, other.loadRelaxed()}})
              .toJson(QJsonDocument::Compact));
    return 0;
}

int load(const QCommandLineParser &args)
{
    Database db(urlFor(args.value(u"db"_s)));
    SystemClock clock;
    BookingService service(db, clock);
    const qint64 queueId = args.value(u"queue"_s).toLongLong();
    const qint64 base = qint64(QCoreApplication::applicationPid()) * 1000000;
    const QDateTime firstStart = QDateTime::currentDateTimeUtc().addDays(1);
    int iterations = 0;
    int bookings = 0;

    ShutdownSignals shutdownSignals;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // One whole iteration per event-loop turn: a signal is handled only between them.
        UserRecord profile;
        profile.telegramId = base + iterations;
        profile.firstName = u"Load"_s;
        const qint64 userId = service.registerUser(profile).id;
        // Seconds within the minute differ per process, so workers sharing a queue rarely collide.
        const QDateTime start = firstStart.addSecs(qint64(iterations) * 60 + QCoreApplication::applicationPid() % 60);
        const auto slot = service.createSlot(queueId, start, start.addSecs(60), 2, Actor::system());
        if (slot.ok()) {
            const auto booking = service.book(userId, slot.value().id, BookingSource::Telegram, Actor::user(userId));
            if (booking.ok()) {
                ++bookings;
                if (iterations % 3 == 0)
                    service.cancelBooking(booking.value().id, Actor::staff(1));
            }
        }
        if (++iterations == 1)
            print("ready");
    });
    QObject::connect(&shutdownSignals, &ShutdownSignals::received, [&] {
        tick.stop();
        db.closeThisThread();
        print(QJsonDocument(QJsonObject{{u"iterations"_s, iterations}, {u"bookings"_s, bookings}})
                  .toJson(QJsonDocument::Compact));
        QCoreApplication::exit(0);
    });
    tick.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"db", "slot", "first-user", "users", "threads", "queue"})
        parser.addOption({QString::fromLatin1(name), QString(), u"value"_s});
    parser.addPositionalArgument(u"mode"_s, u"race | load"_s);
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    try {
        if (mode == u"race"_s)
            return race(parser);
        if (mode == u"load"_s)
            return load(parser);
    } catch (const StorageError &error) {
        std::fprintf(stderr, "booking_worker: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::fprintf(stderr, "booking_worker: unknown mode\n");
    return 2;
}
