// Several processes, each with several threads on their own connections, race for the seats of one
// slot in one database (a SQLite file; PostgreSQL in tst_concurrency_postgres): the slot is never
// overbooked and every loser is told the slot is full.
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

struct Summary
{
    int booked = 0;
    int slotFull = 0;
    int other = 0;
};

// One booking_worker in race mode; `users` consecutive user ids starting at `firstUser`.
std::unique_ptr<QProcess> startRacer(const QString &dbUrl, qint64 slotId, qint64 firstUser, int users, int threads)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(BOOKING_WORKER_BINARY),
                   {u"race"_s, u"--db"_s, dbUrl, u"--slot"_s, QString::number(slotId), u"--first-user"_s,
                    QString::number(firstUser), u"--users"_s, QString::number(users), u"--threads"_s,
                    QString::number(threads)});
    return process;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    // Starts `processes` racers, waits for all of them to be ready, releases them together and
    // collects their summaries. `userRanges` gives (first user id, user count) per process.
    void race(const QString &dbUrl, qint64 slotId, const QList<QPair<qint64, int>> &userRanges, int threads,
              Summary *total)
    {
        std::vector<std::unique_ptr<QProcess>> racers;
        for (const auto &range : userRanges)
            racers.push_back(startRacer(dbUrl, slotId, range.first, range.second, threads));
        for (auto &racer : racers) {
            QVERIFY2(racer->waitForStarted(), qPrintable(racer->errorString()));
            const QString line = readLine(*racer);
            QVERIFY2(line == u"ready"_s, qPrintable(u"expected \"ready\", got \""_s + line + u"\"; stderr: "_s
                                                    + QString::fromUtf8(racer->readAllStandardError())));
        }
        // Everyone is connected and waiting: release them as close together as possible.
        for (auto &racer : racers)
            QCOMPARE(racer->write("go\n"), qint64(3));
        for (auto &racer : racers)
            racer->waitForBytesWritten();

        QStringList perProcess;
        for (auto &racer : racers) {
            const QString line = readLine(*racer, 30000);
            // waitForFinished() is false for a process that has already finished.
            const bool finished = racer->state() == QProcess::NotRunning || racer->waitForFinished(30000);
            const QString err = QString::fromUtf8(racer->readAllStandardError());
            QVERIFY2(finished, qPrintable(u"a racer did not finish; stderr: "_s + err));
            QVERIFY2(racer->exitStatus() == QProcess::NormalExit && racer->exitCode() == 0,
                     qPrintable(u"racer failed: "_s + err));
            QJsonParseError parseError;
            const QJsonObject summary = QJsonDocument::fromJson(line.toUtf8(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError && summary.contains(u"booked"_s),
                     qPrintable(u"bad summary: "_s + line + u"; stderr: "_s + err));
            perProcess << QString::number(summary.value(u"booked"_s).toInt());
            total->booked += summary.value(u"booked"_s).toInt();
            total->slotFull += summary.value(u"slot_full"_s).toInt();
            total->other += summary.value(u"other"_s).toInt();
        }
        qInfo("seats won per process: %s", qPrintable(perProcess.join(u", "_s)));
    }

    // Registers `n` users and returns the first id; the racers address users by consecutive ids.
    static qint64 addUsers(BookingService &service, int n, qint64 firstTelegramId)
    {
        const qint64 first = addUser(service, firstTelegramId);
        for (int i = 1; i < n; ++i) {
            if (addUser(service, firstTelegramId + i) != first + i)
                qFatal("user ids are not consecutive");
        }
        return first;
    }

    static qint64 createQueueAndSlot(BookingService &service, int capacity)
    {
        const auto queue = service.createQueue(sampleQueue(), Actor::system());
        if (!queue.ok())
            qFatal("queue not created");
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
        const auto slot = service.createSlot(queue.value().id, start, start.addSecs(900), capacity, Actor::staff(1));
        if (!slot.ok())
            qFatal("slot not created");
        return slot.value().id;
    }

private slots:
    void seatsAreNeverOverbooked_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("threads");
        QTest::newRow("capacity 1") << 1 << 3;
        QTest::newRow("capacity 5") << 5 << 2;
        QTest::newRow("capacity 7") << 7 << 3;
    }

    void seatsAreNeverOverbooked()
    {
        QFETCH(int, capacity);
        QFETCH(int, threads);
        constexpr int kProcesses = 4;
        constexpr int kUsersPerProcess = 15;
        constexpr int kUsers = kProcesses * kUsersPerProcess;

        TempDatabase tmp;
        SystemClock clock;
        BookingService service(*tmp.db, clock);
        const qint64 slotId = createQueueAndSlot(service, capacity);
        const qint64 firstUser = addUsers(service, kUsers, 1000);

        QList<QPair<qint64, int>> ranges;
        for (int p = 0; p < kProcesses; ++p)
            ranges.append({firstUser + p * kUsersPerProcess, kUsersPerProcess});
        Summary total;
        race(tmp.url(), slotId, ranges, threads, &total);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(total.booked, capacity);
        QCOMPARE(total.slotFull, kUsers - capacity);
        QCOMPARE(total.other, 0);

        Database &db = *tmp.db;
        const QVariantList slot{slotId};
        if (!usingPostgres())
            QCOMPARE(db.session().scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM bookings WHERE slot_id = ? AND status = 'active'"_s, slot),
                 qint64(capacity));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM bookings"_s), qint64(capacity));
        QCOMPARE(count(db, u"SELECT booked FROM slots WHERE id = ?"_s, slot), qint64(capacity));
        QCOMPARE(count(db, u"SELECT COUNT(DISTINCT user_id) FROM bookings WHERE slot_id = ?"_s, slot),
                 qint64(capacity));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'booking.create'"_s), qint64(capacity));

        // Codes are unique and, since losers roll back, gap-free: A-001 .. A-00<capacity>.
        QSet<QString> codes;
        SqlRows q = db.session().exec(u"SELECT code FROM bookings WHERE slot_id = ?"_s, slot);
        while (q.next())
            codes.insert(q.value(0).toString());
        QSet<QString> expected;
        for (int i = 1; i <= capacity; ++i)
            expected.insert(BookingService::formatCode(u"A"_s, i));
        QCOMPARE(codes, expected);
    }

    // The same users raced from several processes at once: one active booking per user and slot,
    // everyone else is told they already booked (counted as "other" by the worker).
    void sameUserFromSeveralProcessesBooksOnce()
    {
        constexpr int kProcesses = 3;
        constexpr int kUsers = 6;

        TempDatabase tmp;
        SystemClock clock;
        BookingService service(*tmp.db, clock);
        const qint64 slotId = createQueueAndSlot(service, 10);
        const qint64 firstUser = addUsers(service, kUsers, 5000);

        QList<QPair<qint64, int>> ranges;
        for (int p = 0; p < kProcesses; ++p)
            ranges.append({firstUser, kUsers});
        Summary total;
        race(tmp.url(), slotId, ranges, 2, &total);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(total.booked, kUsers);
        QCOMPARE(total.slotFull, 0);
        QCOMPARE(total.other, (kProcesses - 1) * kUsers);

        Database &db = *tmp.db;
        const QVariantList slot{slotId};
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM bookings WHERE slot_id = ?"_s, slot), qint64(kUsers));
        QCOMPARE(count(db, u"SELECT COUNT(DISTINCT user_id) FROM bookings WHERE slot_id = ?"_s, slot), qint64(kUsers));
        QCOMPARE(count(db, u"SELECT booked FROM slots WHERE id = ?"_s, slot), qint64(kUsers));
        QCOMPARE(count(db, u"SELECT COUNT(DISTINCT code) FROM bookings"_s), qint64(kUsers));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
