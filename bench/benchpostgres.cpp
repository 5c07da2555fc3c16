#include "benchpostgres.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Runs `work` on a connection of its own to the server's database of `serverUrl`.
void onServer(const QString &serverUrl, const std::function<void(QSqlDatabase &)> &work)
{
    const DatabaseUrl url = DatabaseUrl::parseOrThrow(serverUrl);
    if (url.dialect != SqlDialect::Postgres)
        throw StorageError(u"not a PostgreSQL URL: "_s + url.redacted());
    const QString connection = u"bench-postgres-admin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.name);
        try {
            if (!db.open())
                throw StorageError(u"cannot connect to %1: %2"_s.arg(url.redacted(), db.lastError().text()));
            work(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(sql + u": "_s + query.lastError().text());
}

QString scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        throw StorageError(sql + u": "_s + query.lastError().text());
    return query.value(0).toString();
}

} // namespace

BenchPostgresDatabase::BenchPostgresDatabase(const QString &serverUrl, const QString &name)
    : m_serverUrl(serverUrl)
    , m_name(name)
{
    onServer(serverUrl, [&](QSqlDatabase &db) {
        exec(db, u"CREATE DATABASE "_s + name);
    });
    QUrl url(serverUrl);
    url.setPath(u"/"_s + name);
    m_url = url.toString();
}

BenchPostgresDatabase::~BenchPostgresDatabase()
{
    try {
        onServer(m_serverUrl, [&](QSqlDatabase &db) { exec(db, u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s); });
    } catch (const StorageError &error) {
        qWarning("could not drop the bench database %s: %s", qPrintable(m_name), qPrintable(error.message()));
    }
}

QString BenchPostgresDatabase::describeServer(const QString &serverUrl)
{
    QString description;
    onServer(serverUrl, [&](QSqlDatabase &db) {
        description = u"PostgreSQL %1; fsync %2, synchronous_commit %3"_s.arg(scalar(db, u"SHOW server_version"_s),
                                                                            scalar(db, u"SHOW fsync"_s),
                                                                            scalar(db, u"SHOW synchronous_commit"_s));
    });
    return description;
}
