// `queue-service backup` while another process keeps writing: every copy is a verified, consistent
// snapshot; refusals leave existing files alone and say why in one line.
#include "storage/migrator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

qint64 createQueue(Database &db)
{
    SystemClock clock;
    const auto queue = BookingService(db, clock).createQueue(sampleQueue(), Actor::system());
    if (!queue.ok())
        qFatal("queue not created");
    return queue.value().id;
}

// Slots whose `booked` counter differs from their number of active bookings.
const QString kInconsistentSlots =
    u"SELECT COUNT(*) FROM slots s WHERE s.booked <> "
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot_id = s.id AND b.status = 'active')"_s;
// Bookings without the audit entry written in the same transaction.
const QString kUnauditedBookings =
    u"SELECT COUNT(*) FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
    "WHERE a.entity = 'booking' AND a.action = 'booking.create' AND a.entity_id = b.id)"_s;

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void hotBackupsAreConsistentSnapshots()
    {
        TempDatabase tmp;
        const qint64 queueId = createQueue(*tmp.db);

        QProcess worker;
        worker.start(QStringLiteral(BOOKING_WORKER_BINARY),
                     {u"load"_s, u"--db"_s, tmp.path(), u"--queue"_s, QString::number(queueId)});
        QVERIFY2(worker.waitForStarted(), qPrintable(worker.errorString()));
        QCOMPARE(readLine(worker), u"ready"_s);

        constexpr int kBackups = 3;
        QStringList backups;
        QList<qint64> liveBefore;
        const QString bookingsSql = u"SELECT COUNT(*) FROM bookings"_s;
        qint64 seen = count(*tmp.db, bookingsSql);
        for (int i = 0; i < kBackups; ++i) {
            // The worker is really writing right now: wait until new bookings show up.
            QTRY_VERIFY_WITH_TIMEOUT(count(*tmp.db, bookingsSql) > seen, 10000);
            seen = count(*tmp.db, bookingsSql);
            liveBefore << seen;

            const QString output = tmp.dir.filePath(u"backup-%1.db"_s.arg(i));
            QElapsedTimer timer;
            timer.start();
            const ProcessResult result = runService({u"backup"_s, u"--output"_s, output},
                                                    {u"DATABASE_URL="_s + tmp.url()}, 30000);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(result.out.contains(u"integrity ok"_s), qPrintable(result.out));
            QVERIFY2(result.out.contains(output), qPrintable(result.out));
            QVERIFY(QFile::exists(output));
            QVERIFY(!QFile::exists(output + u".partial"_s));
            QCOMPARE(worker.state(), QProcess::Running);
            qInfo("backup %d: %lld ms, %lld bookings live before it", i, timer.elapsed(), seen);
            backups << output;
        }

        worker.terminate();
        QVERIFY2(worker.waitForFinished(15000), "the load worker did not stop on SIGTERM");
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QVERIFY2(worker.exitCode() == 0, worker.readAllStandardError().constData());
        const QString summaryLine = readLine(worker, 1000);
        const QJsonObject summary = QJsonDocument::fromJson(summaryLine.toUtf8()).object();
        QVERIFY2(summary.value(u"bookings"_s).toInt() > 0, qPrintable(summaryLine));

        const qint64 finalBookings = count(*tmp.db, bookingsSql);
        QCOMPARE(finalBookings, qint64(summary.value(u"bookings"_s).toInt()));

        qint64 previous = 0;
        for (int i = 0; i < kBackups; ++i) {
            // Open a copy of the single backup file: it must stand alone, without -wal/-shm files.
            const QString copy = tmp.dir.filePath(u"restored-%1.db"_s.arg(i));
            QVERIFY(QFile::copy(backups[i], copy));
            QVERIFY(!QFile::exists(backups[i] + u"-wal"_s));
            DatabaseUrl url;
            url.path = copy;
            Database restored(url);
            QCOMPARE(restored.session().scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QCOMPARE(restored.session().scalar(u"PRAGMA foreign_key_check"_s), QVariant());
            Migrator(restored).requireCurrent();

            const qint64 bookings = count(restored, bookingsSql);
            QVERIFY2(bookings >= 1, qPrintable(u"backup %1 has no bookings"_s.arg(i)));
            // Taken after the live count was read, before the final one: in between, and in order.
            QVERIFY2(bookings >= liveBefore[i], qPrintable(u"backup %1: %2 < %3"_s.arg(i).arg(bookings).arg(liveBefore[i])));
            QVERIFY(bookings <= finalBookings);
            QVERIFY(bookings >= previous);
            previous = bookings;

            // One snapshot: no transaction is seen half-applied.
            QCOMPARE(count(restored, kInconsistentSlots), qint64(0));
            QCOMPARE(count(restored, kUnauditedBookings), qint64(0));
            QCOMPARE(count(restored, u"SELECT COUNT(*) FROM bookings WHERE status = 'cancelled_by_staff' AND "
                                     "id NOT IN (SELECT entity_id FROM audit_log WHERE action = 'booking.cancel')"_s),
                     qint64(0));
            QCOMPARE(count(restored, u"SELECT value FROM revision_counter"_s),
                     count(restored, u"SELECT MAX(revision) FROM audit_log"_s));
        }
        QCOMPARE(count(*tmp.db, kInconsistentSlots), qint64(0));
    }

    void refusesToOverwriteAnExistingFile()
    {
        TempDatabase tmp;
        createQueue(*tmp.db);
        const QString output = tmp.dir.filePath(u"existing.db"_s);
        const QByteArray content = "precious, not a database\n";
        {
            QFile file(output);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const ProcessResult result = runService({u"backup"_s, u"--output"_s, output}, {u"DATABASE_URL="_s + tmp.url()});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.startsWith(u"queue-service: error:"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"already exists"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(output + u".partial"_s));
    }

    void refusesAMissingDirectory()
    {
        TempDatabase tmp;
        createQueue(*tmp.db);
        const QString output = tmp.dir.filePath(u"no-such-dir/backup.db"_s);
        const ProcessResult result = runService({u"backup"_s, u"--output"_s, output}, {u"DATABASE_URL="_s + tmp.url()});
        QVERIFY(result.exitCode != 0);
        const QStringList lines = result.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(u"queue-service: error:"_s), qPrintable(result.err));
        QVERIFY2(lines.first().contains(u"does not exist"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(tmp.dir.filePath(u"no-such-dir"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
