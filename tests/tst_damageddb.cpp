// A damaged SQLite file is never served as healthy: the real binary refuses to start on an empty or
// damaged file, and damage found while it runs turns readiness off and refuses writes.
#include "serviceprocess.h"
#include "storage/auditrepository.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QByteArray kAdmin = "damaged-database-admin-token-0123456789";
constexpr int kPageSize = 4096; // SQLite's default, which the service keeps

// A migrated database whose audit log fills a few hundred pages at the end of the file, written
// back from the WAL so the file alone holds everything.
void seed(const QString &path)
{
    DatabaseUrl url;
    url.path = path;
    {
        Database db(url);
        Migrator(db).migrate();
        db.write([](Transaction &tx) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString filler(300, u'x');
            for (int i = 0; i < 3000; ++i)
                AuditRepository::record(tx, Actor::system(), u"test.fill"_s, u"queue"_s, i, {{u"filler"_s, filler}}, now);
        });
        db.session().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.closeThisThread();
    }
}

// Random bytes over the second half of the file's pages (the audit log's), as a failing disk or
// a bad copy leaves them; the header and the schema at the start stay whole.
bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = file.size() / kPageSize;
    QRandomGenerator random(11);
    for (qint64 page = pages / 2; page < pages - 1; ++page) {
        QByteArray bytes(kPageSize, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), kPageSize / 4);
        file.seek(page * kPageSize);
        if (file.write(bytes) != kPageSize)
            return false;
    }
    return file.flush();
}

// The log lines at the highest level (Qt's critical, logged as "error").
QStringList criticalLines(const QString &log)
{
    QStringList found;
    const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (QJsonDocument::fromJson(line.toUtf8()).object().value(u"level"_s).toString() == u"error"_s)
            found << line;
    }
    return found;
}

} // namespace

class TestDamagedDb : public QObject
{
    Q_OBJECT

private slots:
    void emptyExistingFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"queue.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a truncated copy: the file is there, nothing in it
        file.close();
        const ProcessResult result = runService({u"serve"_s}, {dbEnv(path), u"HTTP_PORT=0"_s});
        QCOMPARE(result.exitCode, 1);
        const QStringList critical = criticalLines(result.err);
        QCOMPARE(critical.size(), 1);
        QVERIFY2(critical[0].contains(u"is empty"_s) && critical[0].contains(u"backup"_s), qPrintable(critical[0]));
        QCOMPARE(QFileInfo(path).size(), 0); // not set up as a new database
    }

    void damagedFileIsRefusedAtStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"queue.db"_s);
        seed(path);
        QVERIFY(damage(path));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const ProcessResult result = runService({u"serve"_s}, {dbEnv(path), u"HTTP_PORT=0"_s});
        QCOMPARE(result.exitCode, 1);
        const QStringList critical = criticalLines(result.err);
        QCOMPARE(critical.size(), 1);
        QVERIFY2(critical[0].contains(u"quick_check"_s) && critical[0].contains(u"restore it from a backup"_s),
                 qPrintable(critical[0]));
        QVERIFY(critical[0].contains(u"\"quick_check_ms\""_s));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before); // nothing written into it
    }

    void damageFoundWhileServingStopsWrites()
    {
        ServiceProcess service;
        seed(service.databasePath());
        QVERIFY2(service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(kAdmin)}), qPrintable(service.log()));
        // The check at start is timed in the log.
        QVERIFY2(service.log().contains(u"database file checked"_s) && service.log().contains(u"quick_check_ms"_s),
                 qPrintable(service.log()));
        QCOMPARE(service.get(u"/health/ready"_s).status, 200);

        QVERIFY(damage(service.databasePath()));
        // Newest first: the pages just damaged.
        HttpResult result = service.get(u"/api/v1/audit?limit=50"_s, kAdmin);
        QCOMPARE(result.status, 503);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"database_damaged"_s);

        QCOMPARE(service.get(u"/health/ready"_s).status, 503);
        result = service.get(u"/health"_s);
        QCOMPARE(result.status, 503);
        const QJsonObject database =
            result.json().object().value(u"checks"_s).toObject().value(u"database"_s).toObject();
        QCOMPARE(database.value(u"status"_s).toString(), u"unhealthy"_s);
        QCOMPARE(database.value(u"damaged"_s).toBool(), true);

        // A write is refused with a clear error before it touches the file.
        result = service.send("POST", u"/api/v1/queues"_s,
                              R"({"name_ru":"Очередь","name_en":"Queue","timezone":"UTC"})", kAdmin);
        QCOMPARE(result.status, 503);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"database_damaged"_s);
        QVERIFY(errorOf(result).value(u"message"_s).toString().contains(u"backup"_s));

        const QByteArray metrics = service.get(u"/metrics"_s).body;
        QVERIFY2(metrics.contains("\nqueue_bot_db_corruption_total ") && !metrics.contains("\nqueue_bot_db_corruption_total 0\n"),
                 metrics.constData());
        QCOMPARE(service.stop(), 0);
        const QStringList critical = criticalLines(service.log()).filter(u"restore a backup"_s);
        QVERIFY2(critical.size() == 1, qPrintable(service.log())); // once, however many statements then fail
    }
};

QTEST_GUILESS_MAIN(TestDamagedDb)
#include "tst_damageddb.moc"
