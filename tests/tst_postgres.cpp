// PostgreSQL as the service's database: the schema matches SQLite's table for table, sessions are
// UTC, nested writes are savepoints that survive a failed statement, writers take turns across
// connections, a restarted server is reconnected to by itself (in process and in the running
// service, which answers 503 meanwhile), `backup` points at pg_dump, and `migrate-data` moves a
// seeded SQLite office into PostgreSQL with every admin API answer unchanged.
// Runs beside a throwaway server (tests/postgres/with-postgres.sh, ctest label "postgres").
#include "domain/livequeueservice.h"
#include "domain/staffservice.h"
#include "serviceprocess.h"
#include "storage/dialect.h"
#include "storage/migrator.h"
#include "storage/postgresadmin.h"
#include "storage/processedupdaterepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QStringList indexes(const SqlSession &session)
{
    // The named indexes of the migrations; the engines' own ones for keys and UNIQUE are left out.
    const QString sql = session.dialect() == SqlDialect::Sqlite
        ? u"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"_s
        : u"SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
          "AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname"_s;
    SqlRows rows = session.exec(sql);
    QStringList names;
    while (rows.next())
        names << rows.value(0).toString();
    return names;
}

const QByteArray kBootstrap = "bootstrap-admin-token-for-postgres-tests";

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

    // GET answers of the admin API that show a whole office, by path.
    static QMap<QString, QByteArray> officeAnswers(ServiceProcess &service, qint64 queueId)
    {
        const QString days = u"from=%1&to=%2"_s.arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                                    QDate::currentDate().addDays(7).toString(Qt::ISODate));
        const QStringList paths{u"/api/v1/queues"_s,
                                u"/api/v1/queues/%1"_s.arg(queueId),
                                u"/api/v1/slots?queue_id=%1&%2&limit=200"_s.arg(queueId).arg(days),
                                u"/api/v1/bookings?%1&limit=200"_s.arg(days),
                                u"/api/v1/stats?%1"_s.arg(days),
                                u"/api/v1/export/bookings?%1"_s.arg(days),
                                u"/api/v1/users?limit=200"_s,
                                u"/api/v1/staff"_s,
                                u"/api/v1/audit?limit=500"_s,
                                u"/api/v1/outbox?limit=200"_s,
                                u"/api/v1/changes?since=0"_s,
                                u"/api/v1/waitlist"_s,
                                u"/api/v1/queues/%1/schedule"_s.arg(queueId)};
        QMap<QString, QByteArray> answers;
        for (const QString &path : paths) {
            const HttpResult result = service.get(path, kBootstrap);
            answers.insert(path, QByteArray::number(result.status) + ' ' + result.body);
        }
        return answers;
    }

private slots:
    void initTestCase()
    {
        if (!usingPostgres())
            QSKIP("needs a PostgreSQL server: run through tests/postgres/with-postgres.sh (ctest -L postgres)");
    }

    void schemaMatchesSqliteTableForTable()
    {
        TempDatabase postgres;
        QVERIFY(postgres.scratch.isPostgres());
        QTemporaryDir dir;
        DatabaseUrl sqliteUrl;
        sqliteUrl.path = dir.filePath(u"q.db"_s);
        Database sqlite(sqliteUrl);
        Migrator(sqlite).migrate();
        QCOMPARE(Migrator(*postgres.db).currentVersion(), Migrator(sqlite).currentVersion());

        const SqlSession pg = postgres.db->session();
        const SqlSession lite = sqlite.session();
        const QStringList tables = Dialect::tables(lite);
        QVERIFY(tables.size() >= 18);
        QCOMPARE(Dialect::tables(pg), tables);
        for (const QString &table : tables)
            QCOMPARE(Dialect::columns(pg, table), Dialect::columns(lite, table));
        QCOMPARE(indexes(pg), indexes(lite));
        // Epoch seconds past 2038 and Telegram ids past 2^31 fit, as in SQLite's 64-bit integers.
        QCOMPARE(pg.scalar(u"SELECT data_type FROM information_schema.columns WHERE table_name = 'users' "
                           "AND column_name = 'telegram_id'"_s)
                     .toString(),
                 u"bigint"_s);
    }

    void sessionsAreUtc()
    {
        TempDatabase tmp;
        QCOMPARE(tmp.db->session().scalar(u"SHOW TimeZone"_s).toString(), u"UTC"_s);
    }

    // The tests' and benches' throwaway databases: a name in any case, with spaces or quotes, is
    // one identifier, reached through its URL and dropped again; one the driver would split is
    // refused.
    void adminQuotesDatabaseNames()
    {
        const PostgresAdmin server(qEnvironmentVariable("TEST_POSTGRES_URL"));
        const QString name = u"Queue \"Test\" %1"_s.arg(QCoreApplication::applicationPid());
        const QString exists = u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(name);
        server.createDatabase(name);
        QCOMPARE(server.scalar(exists), u"1"_s);
        {
            Database db(DatabaseUrl::parseOrThrow(server.urlOf(name)));
            QCOMPARE(db.session().scalar(u"SELECT current_database()"_s).toString(), name);
            db.closeThisThread();
        }
        server.dropDatabase(name);
        QCOMPARE(server.scalar(exists), u"0"_s);
        QVERIFY_THROWS_EXCEPTION(StorageError, server.createDatabase(u"queue.test"_s));
        QVERIFY_THROWS_EXCEPTION(StorageError, server.createDatabase(u"\"queue\""_s));
    }

    void nestedWriteIsASavepointThatSurvivesAFailedStatement()
    {
        TempDatabase tmp;
        SystemClock clock;
        StaffService staff(*tmp.db, clock);
        const auto names = [&] {
            QStringList list;
            for (const StaffRecord &record : staff.list())
                list << record.name;
            return list;
        };
        tmp.db->write([&](Transaction &outer) {
            QVERIFY(staff.add(u"ada"_s, StaffRole::Admin, Actor::system()).ok());
            QCOMPARE(outer.level(), 0);
            bool failed = false;
            try {
                tmp.db->write([&](Transaction &inner) {
                    QCOMPARE(inner.level(), 1);
                    QVERIFY(staff.add(u"bob"_s, StaffRole::Viewer, Actor::system()).ok());
                    // A unique violation: PostgreSQL aborts the transaction up to the savepoint.
                    inner.exec(u"INSERT INTO staff (name, role, token_hash, created_at) "
                               "SELECT 'eve', role, token_hash, created_at FROM staff WHERE name = 'ada'"_s);
                });
            } catch (const StorageError &error) {
                failed = true;
                QVERIFY2(error.message().contains(u"duplicate key"_s), qPrintable(error.message()));
            }
            QVERIFY(failed);
            // The outer transaction goes on after its savepoint was rolled back.
            QVERIFY(staff.add(u"cid"_s, StaffRole::Operator, Actor::system()).ok());
        });
        QCOMPARE(names(), (QStringList{u"ada"_s, u"cid"_s}));
    }

    void conflictingInsertsAreNoOps()
    {
        TempDatabase tmp;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const SqlSession session = tmp.db->session();
        const ProcessedUpdateRepository updates(session);
        QVERIFY(updates.markIfNew(4242, u"reply"_s, now));
        QVERIFY(!updates.markIfNew(4242, u"reply"_s, now));
        QVERIFY(updates.contains(4242));
        // The same statement text again and again: the cached prepared statement is reused.
        for (qint64 id = 1; id <= 50; ++id)
            QVERIFY(updates.markIfNew(id, u"reply"_s, now));
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM processed_updates"_s), qint64(51));
    }

    void concurrentBookingsNeverOverbook()
    {
        TempDatabase tmp;
        SystemClock clock;
        BookingService setup(*tmp.db, clock);
        QueueRecord queue = sampleQueue();
        queue.maxActiveBookings = 1;
        const qint64 queueId = setup.createQueue(queue, Actor::system()).value().id;
        const QDateTime start = clock.now().addDays(1);
        const qint64 slotId = setup.createSlot(queueId, start, start.addSecs(900), 10, Actor::system()).value().id;
        constexpr int kThreads = 8;
        constexpr int kPerThread = 25;
        QList<qint64> users;
        for (int i = 0; i < kThreads * kPerThread; ++i)
            users << addUser(setup, 500000 + i);

        std::atomic<int> booked{0};
        std::atomic<int> errors{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                BookingService service(*tmp.db, clock);
                for (int i = 0; i < kPerThread; ++i) {
                    try {
                        const qint64 user = users.at(t * kPerThread + i);
                        if (service.book(user, slotId, BookingSource::Telegram, Actor::user(user)).ok())
                            ++booked;
                    } catch (const StorageError &) {
                        ++errors;
                    }
                }
                tmp.db->closeThisThread();
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(errors.load(), 0);
        QCOMPARE(booked.load(), 10);
        QCOMPARE(count(*tmp.db, u"SELECT booked FROM slots WHERE id = ?"_s, {slotId}), qint64(10));
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM bookings WHERE status = 'active'"_s), qint64(10));
        // Codes are handed out without gaps or repeats, as on SQLite.
        QCOMPARE(count(*tmp.db, u"SELECT count(DISTINCT code) FROM bookings"_s), qint64(10));
    }

    void reconnectsAfterTheServerRestarts()
    {
        TempDatabase tmp;
        const qint64 versions = Migrator(*tmp.db).latestKnownVersion();
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM schema_version"_s), versions);
        QVERIFY(controlPostgres(u"restart"_s));
        // The old connection is gone: one clear failure, then a new connection on the next use.
        QString message;
        try {
            tmp.db->session().scalar(u"SELECT count(*) FROM schema_version"_s);
        } catch (const StorageError &error) {
            message = error.message();
        }
        QVERIFY2(message.contains(u"lost the connection to PostgreSQL"_s), qPrintable(message));
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM schema_version"_s), versions);
        // A write after a restart retries on a new connection by itself.
        QVERIFY(controlPostgres(u"restart"_s));
        SystemClock clock;
        BookingService service(*tmp.db, clock);
        QVERIFY(service.createQueue(sampleQueue(), Actor::system()).ok());
    }

    void serviceAnswers503WhileTheDatabaseIsDownAndRecovers()
    {
        ServiceProcess service;
        const ProcessResult migrated = runService({u"migrate"_s}, {u"DATABASE_URL="_s + service.databaseUrl()});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QVERIFY2(service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(kBootstrap)}), qPrintable(service.log()));
        const QJsonObject queue{{u"name_ru"_s, u"Деканат"_s}, {u"name_en"_s, u"Dean"_s}, {u"timezone"_s, u"UTC"_s}};
        const HttpResult created = service.send("POST", u"/api/v1/queues"_s,
                                                QJsonDocument(queue).toJson(QJsonDocument::Compact), kBootstrap);
        QCOMPARE(created.status, 201);
        QCOMPARE(service.get(u"/health/ready"_s).status, 200);

        QVERIFY(controlPostgres(u"stop"_s));
        PostgresComesBack back;
        QElapsedTimer timer;
        timer.start();
        const HttpResult during = service.get(u"/api/v1/queues"_s, kBootstrap);
        QCOMPARE(during.status, 503);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(service.get(u"/health/ready"_s).status, 503);
        QCOMPARE(service.get(u"/health"_s).status, 503);
        const QString log = service.log();
        QVERIFY2(log.contains(u"storage error on /api/v1/queues"_s) && log.contains(u"postgresql"_s, Qt::CaseInsensitive),
                 qPrintable(log.right(2000)));
        QVERIFY2(!log.contains(u"Unable to free statement"_s), "no noise about statements of a dead connection");

        QVERIFY(back.start());
        // Each thread replaces its broken connection on first use; the service is not restarted.
        QTRY_COMPARE_WITH_TIMEOUT(service.get(u"/health/ready"_s).status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(service.get(u"/api/v1/queues"_s, kBootstrap).status, 200, 15000);
        const QJsonArray queues = service.get(u"/api/v1/queues"_s, kBootstrap).json().object().value(u"items"_s).toArray();
        QCOMPARE(queues.size(), 1);
        QVERIFY(service.process().state() == QProcess::Running);
        QCOMPARE(service.stop(), 0);
    }

    void backupPointsAtPgDump()
    {
        ScratchDatabase scratch;
        const ProcessResult result =
            runService({u"backup"_s, u"--output"_s, scratch.dir() + u"/b.db"_s}, {u"DATABASE_URL="_s + scratch.url()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"pg_dump"_s), qPrintable(result.err));
        QVERIFY2(!result.err.contains(scratch.parsedUrl().password), qPrintable(result.err));
    }

    void migrateDataKeepsEveryAdminAnswer()
    {
        // An office on SQLite: queues, slots, people, bookings (one cancelled), a live ticket,
        // staff from the command line and through the API, and the audit trail of all of it.
        QTemporaryDir dir;
        const QString sqliteFile = dir.filePath(u"office.db"_s);
        const QString sqliteUrl = u"sqlite:"_s + sqliteFile;
        QVERIFY(runService({u"migrate"_s}, {u"DATABASE_URL="_s + sqliteUrl}).exitCode == 0);
        QVERIFY(runService({u"staff"_s, u"add"_s, u"vera"_s, u"--role"_s, u"viewer"_s}, {u"DATABASE_URL="_s + sqliteUrl})
                    .exitCode == 0);
        qint64 queueId = 0;
        {
            DatabaseUrl url;
            url.path = sqliteFile;
            Database db(url);
            SystemClock clock;
            BookingService bookings(db, clock);
            QueueRecord queue = sampleQueue();
            queue.maxActiveBookings = 3;
            queueId = bookings.createQueue(queue, Actor::system()).value().id;
            QVERIFY(bookings.createQueue(sampleQueue(), Actor::system()).ok());
            const QDateTime start = QDateTime(clock.now().date().addDays(2), QTime(9, 0), Qt::UTC);
            QList<qint64> slotIds;
            for (int i = 0; i < 6; ++i)
                slotIds << bookings.createSlot(queueId, start.addSecs(i * 900), start.addSecs(i * 900 + 900), 2,
                                             Actor::staff(1))
                             .value()
                             .id;
            for (int i = 0; i < 5; ++i) {
                UserRecord person;
                person.telegramId = 7000000000LL + i; // past 2^32, as newer Telegram ids are
                person.firstName = u"Имя %1"_s.arg(i);
                person.lastName = i % 2 ? u"O'Brien"_s : QString();
                person.language = i % 2 ? u"en"_s : u"ru"_s;
                const qint64 user = bookings.registerUser(person).id;
                const auto booked = bookings.book(user, slotIds.at(i), BookingSource::Telegram, Actor::user(user));
                QVERIFY(booked.ok());
                if (i == 3)
                    QVERIFY(bookings.cancelBooking(booked.value().id, Actor::user(user)).ok());
            }
            QVERIFY(bookings.cancelSlot(slotIds.at(5), u"closed early"_s, Actor::staff(1)).ok());
        }

        ServiceProcess before;
        QVERIFY2(before.start({u"DATABASE_URL="_s + sqliteUrl, u"ADMIN_TOKEN="_s + QString::fromLatin1(kBootstrap)}),
                 qPrintable(before.log()));
        const QJsonObject ticketBody{{u"name"_s, u"otto"_s}, {u"role"_s, u"operator"_s}};
        QCOMPARE(before.send("POST", u"/api/v1/staff"_s, QJsonDocument(ticketBody).toJson(), kBootstrap).status, 201);
        QCOMPARE(before.send("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(queueId), {}, kBootstrap).status, 201);
        const QMap<QString, QByteArray> expected = officeAnswers(before, queueId);
        QCOMPARE(before.stop(), 0);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(it.value().startsWith("200 "), qPrintable(it.key() + u": "_s + QString::fromUtf8(it.value())));

        ServiceProcess after; // its scratch database is a new, empty PostgreSQL database
        QElapsedTimer timer;
        timer.start();
        const ProcessResult moved =
            runService({u"migrate-data"_s, u"--from"_s, sqliteUrl, u"--to"_s, after.databaseUrl()}, {}, 120000);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err + moved.out));
        qInfo("migrate-data took %lld ms: %s", timer.elapsed(), qPrintable(moved.out.section(u'\n', -2)));
        QVERIFY2(moved.out.contains(u"row counts verified"_s), qPrintable(moved.out));
        QVERIFY2(!moved.out.contains(after.openDatabase()->url().password), "the password is not printed");

        QVERIFY2(after.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(kBootstrap)}), qPrintable(after.log()));
        const QMap<QString, QByteArray> actual = officeAnswers(after, queueId);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(QString::fromUtf8(actual.value(it.key())), QString::fromUtf8(it.value()));
        // New rows continue the copied ids and the revision counter.
        const HttpResult next = after.send("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(queueId), {}, kBootstrap);
        QCOMPARE(next.status, 201);
        const QJsonObject changes = after.get(u"/api/v1/changes?since=0"_s, kBootstrap).json().object();
        QVERIFY(changes.value(u"revision"_s).toInteger() > 0);
        QCOMPARE(after.stop(), 0);

        // A second run into the now filled database is refused, and changes nothing.
        const ProcessResult again =
            runService({u"migrate-data"_s, u"--from"_s, sqliteUrl, u"--to"_s, after.databaseUrl()}, {}, 60000);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"not empty"_s), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
