// Migrations from empty and re-run, connection settings, refusing newer schemas and bad files.
#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestMigrations : public QObject
{
    Q_OBJECT

    static DatabaseUrl sqliteUrl(const QString &path)
    {
        DatabaseUrl url;
        url.path = path;
        return url;
    }

private slots:
    // Every migration exists for both dialects under the same version and name, so a migration
    // written for SQLite alone fails here until it is ported (see README, "PostgreSQL").
    void bothDialectsShipTheSameMigrations()
    {
        const auto listing = [](const QString &dir) {
            QStringList files = QDir(dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
            return files;
        };
        const QStringList sqlite = listing(u":/migrations/sqlite"_s);
        const QStringList postgres = listing(u":/migrations/postgresql"_s);
        QVERIFY(sqlite.size() >= 5);
        for (const QString &file : sqlite)
            QVERIFY2(postgres.contains(file), qPrintable(u"resources/migrations/postgresql/%1 is missing: port "
                                                         "resources/migrations/sqlite/%1"_s.arg(file)));
        for (const QString &file : postgres)
            QVERIFY2(sqlite.contains(file), qPrintable(u"resources/migrations/sqlite/%1 is missing"_s.arg(file)));
        QCOMPARE(postgres, sqlite);
    }

    void migratesEmptyDatabaseToLatest()
    {
        QTemporaryDir dir;
        Database db(sqliteUrl(dir.filePath(u"q.db"_s)));
        Migrator migrator(db);
        QVERIFY(migrator.latestKnownVersion() >= 1);
        QCOMPARE(migrator.currentVersion(), 0);
        QCOMPARE(migrator.migrate(), int(migrator.available().size()));
        QCOMPARE(migrator.currentVersion(), migrator.latestKnownVersion());
        migrator.requireCurrent();

        const QStringList tables{u"queues"_s, u"schedule_rules"_s, u"schedule_exceptions"_s, u"slots"_s,
                                 u"bookings"_s, u"booking_code_counters"_s, u"users"_s, u"staff"_s,
                                 u"outbox"_s, u"audit_log"_s, u"processed_updates"_s, u"waitlist"_s,
                                 u"live_tickets"_s, u"revision_counter"_s, u"schema_version"_s,
                                 u"dialogue_state"_s};
        for (const QString &table : tables) {
            QVERIFY2(count(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table}) == 1,
                     qPrintable(table));
        }
    }

    void rerunIsIdempotent()
    {
        TempDatabase tmp;
        Migrator migrator(*tmp.db);
        const qint64 rows = count(*tmp.db, u"SELECT count(*) FROM schema_version"_s);
        QCOMPARE(migrator.migrate(), 0);
        QCOMPARE(migrator.migrate(), 0);
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM schema_version"_s), rows);
    }

    void connectionIsDurableAndStrict()
    {
        TempDatabase tmp;
        const SqlSession session = tmp.db->session();
        QCOMPARE(session.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(session.scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(session.scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(session.scalar(u"PRAGMA busy_timeout"_s).toInt() >= 1000);
        // Foreign keys are enforced: a booking cannot point at a missing slot.
        QVERIFY_THROWS_EXCEPTION(StorageError,
            session.exec(u"INSERT INTO bookings (queue_id, slot_id, user_id, day, code, source, created_at, "
                         "updated_at) VALUES (1, 999, 999, '2026-01-01', 'A-001', 'telegram', 0, 0)"_s));
    }

    void refusesDatabaseNewerThanBinary()
    {
        TempDatabase tmp;
        Migrator migrator(*tmp.db);
        tmp.db->session().exec(u"INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 0)"_s);
        try {
            migrator.migrate();
            QFAIL("migrate accepted a newer schema");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(u"newer"_s), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, migrator.requireCurrent());
        // Every known migration plus the future one, nothing else.
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM schema_version"_s), qint64(migrator.available().size()) + 1);
    }

    void requiresMigrationOfOlderDatabase()
    {
        QTemporaryDir dir;
        Database db(sqliteUrl(dir.filePath(u"q.db"_s)));
        try {
            Migrator(db).requireCurrent();
            QFAIL("requireCurrent accepted an empty database");
        } catch (const StorageError &error) {
            QVERIFY(error.message().contains(u"queue-service migrate"_s));
        }
    }

    void failedWriteRollsBack()
    {
        TempDatabase tmp;
        QVERIFY_THROWS_EXCEPTION(StorageError, tmp.db->write([](Transaction &tx) {
            tx.exec(u"INSERT INTO processed_updates (update_id, processed_at) VALUES (1, 0)"_s);
            tx.exec(u"INSERT INTO processed_updates (update_id, processed_at) VALUES (1, 0)"_s); // duplicate
        }));
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM processed_updates"_s), 0);
    }

    void corruptFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.db"_s);
        const QByteArray garbage = QByteArray("this is not a database ").repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        Database db(sqliteUrl(path));
        QVERIFY_THROWS_EXCEPTION(StorageError, db.session());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void missingDirectoryIsReportedNotCreated()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nope"_s);
        Database db(sqliteUrl(missing + u"/q.db"_s));
        try {
            db.session();
            QFAIL("opened a database in a missing directory");
        } catch (const StorageError &error) {
            QVERIFY(error.message().contains(u"does not exist"_s));
        }
        QVERIFY(!QFile::exists(missing));
    }

    void twoProcessesMigratingAtOnceBothSucceed()
    {
        QTemporaryDir dir;
        const QString url = dbEnv(dir.filePath(u"q.db"_s));
        QProcess first, second;
        for (QProcess *p : {&first, &second}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"DATABASE_URL"_s, url.section(u'=', 1));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(QUEUE_SERVICE_BINARY), {u"migrate"_s});
        }
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        Database db(sqliteUrl(dir.filePath(u"q.db"_s)));
        Migrator migrator(db);
        QCOMPARE(migrator.currentVersion(), migrator.latestKnownVersion());
        QCOMPARE(count(db, u"SELECT count(*) FROM schema_version"_s), qint64(migrator.available().size()));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
