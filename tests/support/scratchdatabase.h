// An empty database for one test, on the engine the test run is parameterised with: a SQLite file
// in a temporary directory, or, when TEST_POSTGRES_URL names a PostgreSQL server (tests/postgres/
// with-postgres.sh starts one and sets it), a new database on that server, dropped afterwards.
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

// Whether this run's databases are PostgreSQL (TEST_POSTGRES_URL is set).
bool usingPostgres();

class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // DATABASE_URL for it (with the password).
    QString url() const { return m_url; }
    DatabaseUrl parsedUrl() const;
    bool isPostgres() const { return !m_name.isEmpty(); }
    // The SQLite file (also for PostgreSQL, a path in the temporary directory nothing uses).
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("queue.db")); }
    QString dir() const { return m_dir.path(); }
    // A new handle on it (its own connections).
    std::unique_ptr<Database> open() const;

private:
    QTemporaryDir m_dir;
    QString m_name; // of the PostgreSQL database; empty for SQLite
    QString m_url;
};

// Stops, starts or restarts (`action`: stop | start | restart) this run's PostgreSQL server with
// the script with-postgres.sh wrote (TEST_POSTGRES_CTL), for the outage tests; the event loop
// keeps running meanwhile, so load a test drives goes on. Whether it succeeded.
bool controlPostgres(const QString &action);

// Starts the server again when a test that stopped it ends early, so the tests after it have one.
struct PostgresComesBack
{
    bool started = false;
    bool start() { return started = controlPostgres(QStringLiteral("start")); }
    ~PostgresComesBack()
    {
        if (!started)
            controlPostgres(QStringLiteral("start"));
    }
};

} // namespace TestSupport
