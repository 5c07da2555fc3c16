// Whole databases on a PostgreSQL server (create, drop, ask the server about itself) over a
// connection of its own to the server URL's database, for the throwaway databases of the tests
// and the benches.
#pragma once

#include "storage/database.h"

#include <QString>

#include <functional>

class QSqlDatabase;

class PostgresAdmin
{
public:
    // `serverUrl`: postgresql://user:password@host:port/db of a user who may create databases.
    // Throws StorageError for a URL that is not PostgreSQL's.
    explicit PostgresAdmin(const QString &serverUrl);

    // DATABASE_URL of the database `name` on this server (the same user and password).
    QString urlOf(const QString &name) const;

    // Each throws StorageError when the server cannot be reached or refuses. A name is quoted as
    // one identifier (any case, spaces, quotes); one with a dot or in quotes already is refused.
    void createDatabase(const QString &name) const;
    // Also while something is still connected to it (a process the caller killed, say).
    void dropDatabase(const QString &name) const;
    // The first column of the first row `sql` returns.
    QString scalar(const QString &sql) const;

private:
    void onServer(const std::function<void(QSqlDatabase &)> &work) const;
    static QString quoted(const QSqlDatabase &db, const QString &name);

    QString m_serverUrl;
    DatabaseUrl m_server;
};
