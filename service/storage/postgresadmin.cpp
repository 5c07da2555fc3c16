#include "postgresadmin.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <exception>

using namespace Qt::StringLiterals;

PostgresAdmin::PostgresAdmin(const QString &serverUrl)
    : m_serverUrl(serverUrl)
    , m_server(DatabaseUrl::parseOrThrow(serverUrl))
{
    if (m_server.dialect != SqlDialect::Postgres)
        throw StorageError(u"not a PostgreSQL URL: "_s + m_server.redacted());
}

QString PostgresAdmin::urlOf(const QString &name) const
{
    QUrl url(m_serverUrl);
    url.setPath(u"/"_s + name);
    return url.toString(QUrl::FullyEncoded);
}

void PostgresAdmin::createDatabase(const QString &name) const
{
    onServer([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const QString sql = u"CREATE DATABASE "_s + quoted(db, name);
        if (!query.exec(sql))
            throw StorageError(sql + u": "_s + query.lastError().text());
    });
}

void PostgresAdmin::dropDatabase(const QString &name) const
{
    onServer([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const QString sql = u"DROP DATABASE IF EXISTS "_s + quoted(db, name) + u" WITH (FORCE)"_s;
        if (!query.exec(sql))
            throw StorageError(sql + u": "_s + query.lastError().text());
    });
}

QString PostgresAdmin::scalar(const QString &sql) const
{
    QString value;
    onServer([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            throw StorageError(sql + u": "_s + query.lastError().text());
        value = query.value(0).toString();
    });
    return value;
}

void PostgresAdmin::onServer(const std::function<void(QSqlDatabase &)> &work) const
{
    // A connection name of its own per use: tests make databases from several threads.
    static QAtomicInt counter;
    const QString connection = u"postgres-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    std::exception_ptr failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setUserName(m_server.user);
        db.setPassword(m_server.password);
        db.setDatabaseName(m_server.name);
        try {
            if (!db.open())
                throw StorageError(u"cannot connect to %1: %2"_s.arg(m_server.redacted(), db.lastError().text()));
            work(db);
        } catch (...) {
            failure = std::current_exception();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (failure)
        std::rethrow_exception(failure);
}

QString PostgresAdmin::quoted(const QSqlDatabase &db, const QString &name)
{
    // The driver reads a dot as schema.table and leaves a name in quotes as it is.
    if (name.isEmpty() || name.contains(u'.') || name.startsWith(u'"') || name.endsWith(u'"'))
        throw StorageError(u"cannot quote the database name %1"_s.arg(name));
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}
