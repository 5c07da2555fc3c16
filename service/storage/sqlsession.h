// One SQL connection in use by the current thread, with bound-parameter execution that throws.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
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

// The rows of one statement run through SqlSession::exec. Its prepared statement goes back to
// the connection's statement cache when this goes away, so the next run of the same SQL skips
// preparing (SQLite's parser and Qt's placeholder scan were most of a short statement's cost).
// Reads like a QSqlQuery (next, value) and converts to one for the row readers.
class SqlRows
{
public:
    SqlRows(std::shared_ptr<QSqlQuery> query, QString connection, QString sql, quint64 cacheGeneration);
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&other) = delete;
    SqlRows(const SqlRows &) = delete;
    ~SqlRows();

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    operator const QSqlQuery &() const { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query;
    QString m_connection;
    QString m_sql;
    quint64 m_generation = 0; // of the cache it returns to; 0: not cached
};

class SqlSession
{
public:
    SqlSession(QSqlDatabase db, SqlDialect dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // Prepares `sql` with positional `?` placeholders (or takes it prepared from the cache),
    // binds `params` and runs it.
    SqlRows exec(const QString &sql, const QVariantList &params = {}) const;
    // Runs a statement expected to return at most one row with one column.
    QVariant scalar(const QString &sql, const QVariantList &params = {}) const;
    // Inserts a row and returns its generated id (portable across dialects).
    qint64 insert(const QString &sql, const QVariantList &params = {}) const;

    SqlDialect dialect() const { return m_dialect; }
    QSqlDatabase database() const { return m_db; }

private:
    // Throws the StorageError for a failed statement, first marking a lost PostgreSQL connection
    // so the next session() of this thread opens a new one.
    [[noreturn]] void fail(const QString &what, const QSqlError &error, std::shared_ptr<QSqlQuery> query) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

// Takes the calling thread's cached statements of connection `name` out of the cache, for the
// caller to release when it wants.
QList<std::shared_ptr<QSqlQuery>> takeCachedStatements(const QString &name);
// Whether a statement on this thread's connection `name` found it broken (until its statements
// are taken).
bool takeBrokenConnection(const QString &name);

// Converts a failed QSqlQuery/QSqlDatabase error into a StorageError.
[[noreturn]] void throwSqlError(const QString &what, const QSqlError &error);
