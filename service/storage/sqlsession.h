// One SQL connection in use by the current thread, with bound-parameter execution that throws.
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <atomic>
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
    // A statement found the database file damaged (StorageError::Kind::Damaged).
    virtual void damageFound() {}

    // One per process (null removes it); not owned, must outlive its installation.
    static void install(SqlObserver *observer);
    // Removes `observer` if it is the installed one.
    static void uninstall(SqlObserver *observer);
    static SqlObserver *installed();
};

// Raised for any database failure. Its kind says what the caller can do about it: retry
// (lock contention), tell the client its change conflicts with a constraint, or give up on a
// damaged file.
class StorageError : public std::runtime_error
{
public:
    enum class Kind { Failure, Transient, Constraint, Damaged };

    StorageError(const QString &message, bool transient = false);
    StorageError(const QString &message, Kind kind);
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }
    bool isTransient() const { return m_kind == Kind::Transient; }

private:
    QString m_message;
    Kind m_kind;
};

// The first sign that one database's file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB from any
// statement on any of its connections); health checks and the write path read it.
class DamageMark
{
public:
    bool isSet() const { return m_set.load(std::memory_order_acquire); }
    QString description() const;
    // Records the damage; true only the first time.
    bool set(const QString &description);

private:
    std::atomic<bool> m_set{false};
    mutable QMutex m_mutex;
    QString m_description;
};

struct sqlite3_stmt;

// The rows of one statement run through SqlSession::exec. Its prepared statement goes back to
// the connection's statement cache when this goes away, so the next run of the same SQL skips
// preparing (SQLite's parser and Qt's placeholder scan were most of a short statement's cost).
// On SQLite the statement is SQLite's own, run on the connection's handle: Qt SQL built a record
// of fields and a variant per value on every run, a third of a booking's SQL time.
class SqlRows
{
public:
    using NativeStatement = std::shared_ptr<sqlite3_stmt>;

    SqlRows(std::shared_ptr<QSqlQuery> query, QString connection, QString sql, quint64 cacheGeneration,
            std::shared_ptr<DamageMark> damage = {});
    // A SQLite statement stepped once (`hasRow`: that step gave a row), `changes` rows changed.
    SqlRows(NativeStatement statement, bool hasRow, int changes, QString connection, QString sql,
            quint64 cacheGeneration, std::shared_ptr<DamageMark> damage);
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&other) = delete;
    SqlRows(const SqlRows &) = delete;
    ~SqlRows();

    // The next row; throws StorageError when reading it failed (not at the end of the rows).
    bool next();
    // A column of the current row: qint64, double, QString, QByteArray, or null.
    QVariant value(int index) const;
    int numRowsAffected() const;

private:
    enum class Step { Pending, Row, End }; // SQLite: a row stepped but not yet read, on one, past the last
    std::shared_ptr<QSqlQuery> m_query;
    NativeStatement m_native;
    Step m_step = Step::End;
    int m_changes = 0;
    QString m_connection;
    QString m_sql;
    quint64 m_generation = 0; // of the cache it returns to; 0: not cached
    std::shared_ptr<DamageMark> m_damage;
};

class SqlSession
{
public:
    // `damage`, when given, is marked by a statement that finds the file damaged.
    SqlSession(QSqlDatabase db, SqlDialect dialect, std::shared_ptr<DamageMark> damage = {})
        : m_db(std::move(db)), m_dialect(dialect), m_damage(std::move(damage))
    {
    }

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
    SqlRows execSqlite(const QString &sql, const QVariantList &params) const;
    // Throws the StorageError for a failed statement, first marking a lost PostgreSQL connection
    // so the next session() of this thread opens a new one.
    [[noreturn]] void fail(const QString &what, const QSqlError &error, std::shared_ptr<QSqlQuery> query) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    std::shared_ptr<DamageMark> m_damage;
};

// Takes the calling thread's cached statements of connection `name` out of the cache, for the
// caller to release when it wants.
QList<std::shared_ptr<QSqlQuery>> takeCachedStatements(const QString &name);
// Whether a statement on this thread's connection `name` found it broken (until its statements
// are taken).
bool takeBrokenConnection(const QString &name);

// Converts a failed QSqlQuery/QSqlDatabase error into a StorageError of the matching kind; a
// damaged file is also marked on `damage` (logged at critical level the first time) and reported
// to the installed SqlObserver.
[[noreturn]] void throwSqlError(const QString &what, const QSqlError &error, SqlDialect dialect,
                                const std::shared_ptr<DamageMark> &damage = {});
