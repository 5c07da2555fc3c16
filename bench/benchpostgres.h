// A database of its own for one bench run on a PostgreSQL server (rush-bench --postgres): created
// empty on the server, dropped again with whatever is still connected to it.
#pragma once

#include <QString>

class BenchPostgresDatabase
{
public:
    // `serverUrl`: postgresql://user:password@host:port/db of a user who may create databases.
    // Throws StorageError when the server refuses.
    BenchPostgresDatabase(const QString &serverUrl, const QString &name);
    ~BenchPostgresDatabase();
    BenchPostgresDatabase(const BenchPostgresDatabase &) = delete;
    BenchPostgresDatabase &operator=(const BenchPostgresDatabase &) = delete;

    // DATABASE_URL for it.
    QString url() const { return m_url; }

    // What the server is and how durable its commits are, for the report ("PostgreSQL 15.8;
    // fsync on, synchronous_commit on"). Throws StorageError.
    static QString describeServer(const QString &serverUrl);

private:
    QString m_serverUrl;
    QString m_name;
    QString m_url;
};
