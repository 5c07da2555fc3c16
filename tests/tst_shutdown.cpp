// Graceful shutdown on SIGTERM / SIGINT: work in progress finishes, the database is closed cleanly
// and nothing is left half-written; the real service logs the shutdown steps in order.
#include "storage/migrator.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// Slots whose `booked` counter differs from their number of active bookings.
const QString kInconsistentSlots =
    u"SELECT COUNT(*) FROM slots s WHERE s.booked <> "
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot_id = s.id AND b.status = 'active')"_s;
// Bookings without the audit entry written in the same transaction.
const QString kUnauditedBookings =
    u"SELECT COUNT(*) FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
    "WHERE a.entity = 'booking' AND a.action = 'booking.create' AND a.entity_id = b.id)"_s;
const QString kUnauditedCancellations =
    u"SELECT COUNT(*) FROM bookings b WHERE b.status <> 'active' AND NOT EXISTS (SELECT 1 FROM audit_log a "
    "WHERE a.entity = 'booking' AND a.action = 'booking.cancel' AND a.entity_id = b.id)"_s;

qint64 walSize(const QString &dbPath)
{
    const QFileInfo wal(dbPath + u"-wal"_s);
    return wal.exists() ? wal.size() : 0;
}

} // namespace

class TestShutdown : public QObject
{
    Q_OBJECT

private slots:
    // The load worker is stopped with SIGTERM mid-stream, three times on the same database; each
    // time at a different point. Every transaction is either fully there or not at all.
    void workerStopsCleanlyOnSigterm()
    {
        TempDatabase tmp;
        Database &db = *tmp.db;
        SystemClock clock;
        BookingService service(db, clock);
        const QString bookingsSql = u"SELECT COUNT(*) FROM bookings"_s;

        qint64 totalIterations = 0;
        qint64 totalBookings = 0;
        for (int round = 0; round < 3; ++round) {
            // A queue per round: each worker places its slots from "now + 1 day", so rounds
            // started within the same second would otherwise collide on slot start times.
            const auto queue = service.createQueue(sampleQueue(), Actor::system());
            QVERIFY(queue.ok());

            QProcess worker;
            worker.start(QStringLiteral(BOOKING_WORKER_BINARY),
                         {u"load"_s, u"--db"_s, tmp.path(), u"--queue"_s, QString::number(queue.value().id)});
            QVERIFY2(worker.waitForStarted(), qPrintable(worker.errorString()));
            QCOMPARE(readLine(worker), u"ready"_s);

            // Let it get some way in (further each round), then stop it while it is writing.
            const qint64 before = count(db, bookingsSql);
            QTRY_VERIFY_WITH_TIMEOUT(count(db, bookingsSql) >= before + 1 + round * 10, 10000);
            QCOMPARE(worker.state(), QProcess::Running);
            worker.terminate();
            QVERIFY2(worker.waitForFinished(15000), "the load worker did not stop on SIGTERM");
            const QString err = QString::fromUtf8(worker.readAllStandardError());
            QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
            QVERIFY2(worker.exitCode() == 0, qPrintable(err));
            const QString line = readLine(worker, 1000);
            QJsonParseError parseError;
            const QJsonObject summary = QJsonDocument::fromJson(line.toUtf8(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError && summary.contains(u"iterations"_s),
                     qPrintable(u"bad summary \""_s + line + u"\"; stderr: "_s + err));
            QVERIFY(summary.value(u"iterations"_s).toInt() >= 1);
            QVERIFY(summary.value(u"bookings"_s).toInt() >= 1);
            totalIterations += summary.value(u"iterations"_s).toInt();
            totalBookings += summary.value(u"bookings"_s).toInt();

            // Closed cleanly: the WAL was checkpointed into the main file.
            QCOMPARE(walSize(tmp.path()), qint64(0));

            QCOMPARE(db.session().scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QCOMPARE(db.session().scalar(u"PRAGMA foreign_key_check"_s), QVariant());
            // What the workers say they did is exactly what is in the database: one user per
            // iteration, and every booking they counted (no lost commit, no stray half-row).
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM users"_s), totalIterations);
            QCOMPARE(count(db, bookingsSql), totalBookings);
            QCOMPARE(count(db, kInconsistentSlots), qint64(0));
            QCOMPARE(count(db, kUnauditedBookings), qint64(0));
            QCOMPARE(count(db, kUnauditedCancellations), qint64(0));
            QCOMPARE(count(db, u"SELECT value FROM revision_counter"_s),
                     count(db, u"SELECT MAX(revision) FROM audit_log"_s));
        }
        qInfo("%lld iterations, %lld bookings over 3 rounds", totalIterations, totalBookings);
    }

    void serviceShutsDownInOrder_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<QString>("reason");
        QTest::newRow("SIGTERM") << int(SIGTERM) << u"SIGTERM"_s;
        QTest::newRow("SIGINT") << int(SIGINT) << u"SIGINT"_s;
    }

    void serviceShutsDownInOrder()
    {
        QFETCH(int, signalNumber);
        QFETCH(QString, reason);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(u"queue.db"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"TELEGRAM_BOT_TOKEN"_s);
        env.insert(u"DATABASE_URL"_s, u"sqlite:"_s + dbPath);
        env.insert(u"LOG_FORMAT"_s, u"json"_s);
        env.insert(u"LOG_LEVEL"_s, u"info"_s);
        env.insert(u"HTTP_HOST"_s, u"127.0.0.1"_s);
        env.insert(u"HTTP_PORT"_s, u"0"_s); // never clash with another test or a running service

        QProcess service;
        service.setProcessEnvironment(env);
        service.setReadChannel(QProcess::StandardError);
        service.start(QStringLiteral(QUEUE_SERVICE_BINARY), {u"serve"_s});
        QVERIFY2(service.waitForStarted(), qPrintable(service.errorString()));

        QStringList messages;
        QList<QJsonObject> records;
        const auto take = [&](const QString &line) {
            QJsonParseError parseError;
            const QJsonObject record = QJsonDocument::fromJson(line.toUtf8(), &parseError).object();
            if (parseError.error != QJsonParseError::NoError)
                return false;
            records << record;
            messages << record.value(u"message"_s).toString();
            return true;
        };
        while (!messages.contains(u"queue-service started"_s)) {
            const QString line = readLine(service, 20000);
            QVERIFY2(!line.isEmpty(), qPrintable(u"no start line; so far: "_s + messages.join(u" | "_s)));
            QVERIFY2(take(line), qPrintable(u"not a JSON log line: "_s + line));
        }
        QCOMPARE(service.state(), QProcess::Running);

        QCOMPARE(::kill(pid_t(service.processId()), signalNumber), 0);
        QVERIFY2(service.waitForFinished(15000), "the service did not stop");
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        const QList<QByteArray> rest = service.readAll().split('\n');
        for (const QByteArray &raw : rest) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.isEmpty())
                QVERIFY2(take(line), qPrintable(u"not a JSON log line: "_s + line));
        }

        const QStringList steps{u"shutdown: stop accepting work"_s, u"shutdown: in-flight work finished"_s,
                                u"shutdown: database closed"_s};
        qsizetype previous = messages.indexOf(u"queue-service started"_s);
        for (const QString &step : steps) {
            QCOMPARE(messages.count(step), qsizetype(1));
            const qsizetype at = messages.indexOf(step);
            QVERIFY2(at > previous, qPrintable(u"out of order: "_s + messages.join(u" | "_s)));
            previous = at;
        }
        const QJsonObject stopRecord = records.at(messages.indexOf(steps.first()));
        QCOMPARE(stopRecord.value(u"reason"_s).toString(), reason);
        QCOMPARE(stopRecord.value(u"level"_s).toString(), u"info"_s);
        // Nothing is logged after the database is closed, and nothing went wrong on the way.
        QCOMPARE(messages.last(), steps.last());
        for (const QJsonObject &record : std::as_const(records)) {
            const QString level = record.value(u"level"_s).toString();
            QVERIFY2(level == u"info"_s || level == u"debug"_s,
                     qPrintable(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))));
        }

        // The database was closed cleanly: WAL folded back, file intact and migrated.
        QCOMPARE(walSize(dbPath), qint64(0));
        DatabaseUrl url;
        url.path = dbPath;
        Database db(url);
        QCOMPARE(db.session().scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        Migrator(db).requireCurrent();
    }
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
