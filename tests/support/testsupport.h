// Helpers shared by the tests: temporary databases, fixtures and running the real binaries.
#pragma once

#include "domain/bookingservice.h"
#include "scratchdatabase.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace TestSupport {

// A migrated scratch database (SQLite, or PostgreSQL in a run with TEST_POSTGRES_URL) and a
// temporary directory for the test's other files.
struct TempDatabase
{
    TempDatabase();
    // The SQLite file (tests of SQLite's own behaviour use it).
    QString path() const { return scratch.sqlitePath(); }
    QString url() const { return scratch.url(); }

    ScratchDatabase scratch;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

// A queue with sensible test defaults (UTC, capacity 1, no notice, 14 days horizon).
QueueRecord sampleQueue();
qint64 addUser(BookingService &service, qint64 telegramId, const QString &language = QStringLiteral("en"));

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// DATABASE_URL=sqlite:PATH, an entry of a ServiceProcess's or runService's environment.
QString dbEnv(const QString &sqlitePath);
// A request body: `object` as compact JSON.
QByteArray jsonBytes(const QJsonObject &object);

// `rows` pending outbox messages (booking_cancelled) from one person (Telegram id 777), due now
// and for a day: message n (from 0) goes to chat `chatFor(n)` with the code "<codePrefix>-<n>".
void enqueueMessages(Database &db, const Clock &clock, int rows, const std::function<qint64(int)> &chatFor,
                     const QString &codePrefix);

// Runs queue-service with `args` and extra environment, waiting up to `timeoutMs`.
ProcessResult runService(const QStringList &args, const QStringList &env = {}, int timeoutMs = 60000);
// An environment for child processes with DATABASE_URL set.
QProcessEnvironment serviceEnvironment(const QString &databaseUrl);

// Reads the next line the process prints on stdout, waiting for it; empty on timeout or exit.
QString readLine(QProcess &process, int timeoutMs = 30000);

// A time zone in which it is about noon now and whose offset stays the same for the weeks a test
// looks at: "today" there does not end while a test of today's live queue runs, a slot an hour
// ahead is still today, and the local hours of a template map to UTC without a DST jump.
QString noonZone();
// The local day now in `zone`.
QDate todayIn(const QString &zone);

// Sets the time of a service started with QUEUE_BOT_TEST_CLOCK_FILE=`path` (test builds only);
// false if the file could not be written.
bool writeTestClock(const QString &path, const QDateTime &time);

// A self-signed certificate for localhost and 127.0.0.1, valid for a day, made with the openssl
// tool in `dir` (cert.pem, key.pem); nothing if the tool is missing or fails.
struct TestCertificate
{
    QString certPath;
    QString keyPath;
    QSslCertificate certificate;
    QSslKey key;
};
std::optional<TestCertificate> makeTestCertificate(const QString &dir);

// Counts rows with a plain SQL query on a separate connection.
qint64 count(Database &db, const QString &sql, const QVariantList &params = {});

} // namespace TestSupport

// QTest prints these enums by name in failure messages.
char *toString(SlotStatus value);
char *toString(BookingStatus value);
char *toString(ActorType value);
char *toString(StaffRole value);
char *toString(Refusal value);
