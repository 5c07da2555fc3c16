// One SQL connection in use by the current thread, with bound-parameter execution that throws.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>

enum class SqlDialect { Sqlite, Postgres };

// What a statement does, from its first keyword: a small fixed set, fit for metric labels.
enum class SqlOperation { Select, Insert, Update, Delete, Transaction, Other };
SqlOperation sqlOperationOf(const QString &sql);

// Told about every statement SqlSession runs and every connection Database opens or closes, so
// metrics can count them without storage knowing Prometheus. Called from any thread that uses
// the database; implementations must be thread-safe and cheap.
class SqlObserver
{
public:
    virtual ~SqlObserver() = default;
    virtual void statementFinished(SqlOperation operation, bool ok, qint64 nanoseconds) = 0;
    virtual void connectionOpened() = 0;
    virtual void connectionClosed() = 0;

    // One per process (null removes it); not owned, must outlive its installation.
    static void install(SqlObserver *observer);
    // Removes `observer` if it is the installed one.
    static void uninstall(SqlObserver *observer);
    static SqlObserver *installed();
};

// Raised for any database failure; `transient` marks lock contention worth retrying.
class StorageError : public std::runtime_error
{
public:
    StorageError(const QString &message, bool transient = false);
    QString message() const { return m_message; }
    bool isTransient() const { return m_transient; }

private:
    QString m_message;
    bool m_transient;
};

class SqlSession
{
public:
    SqlSession(QSqlDatabase db, SqlDialect dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // Prepares `sql` with positional `?` placeholders, binds `params` and runs it.
    QSqlQuery exec(const QString &sql, const QVariantList &params = {}) const;
    // Runs a statement expected to return at most one row with one column.
    QVariant scalar(const QString &sql, const QVariantList &params = {}) const;
    // Inserts a row and returns its generated id (portable across dialects).
    qint64 insert(const QString &sql, const QVariantList &params = {}) const;

    SqlDialect dialect() const { return m_dialect; }
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

// Converts a failed QSqlQuery/QSqlDatabase error into a StorageError.
[[noreturn]] void throwSqlError(const QString &what, const QSqlError &error);
