#include "benchpostgres.h"

#include "storage/postgresadmin.h"

using namespace Qt::StringLiterals;

BenchPostgresDatabase::BenchPostgresDatabase(const QString &serverUrl, const QString &name)
    : m_serverUrl(serverUrl)
    , m_name(name)
{
    const PostgresAdmin server(serverUrl);
    server.createDatabase(name);
    m_url = server.urlOf(name);
}

BenchPostgresDatabase::~BenchPostgresDatabase()
{
    try {
        PostgresAdmin(m_serverUrl).dropDatabase(m_name);
    } catch (const StorageError &error) {
        qWarning("could not drop the bench database %s: %s", qPrintable(m_name), qPrintable(error.message()));
    }
}

QString BenchPostgresDatabase::describeServer(const QString &serverUrl)
{
    const PostgresAdmin server(serverUrl);
    return u"PostgreSQL %1; fsync %2, synchronous_commit %3"_s.arg(
        server.scalar(u"SHOW server_version"_s), server.scalar(u"SHOW fsync"_s),
        server.scalar(u"SHOW synchronous_commit"_s));
}
