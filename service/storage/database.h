// The service's database: where it is, one connection per thread, and write transactions.
#pragma once

#include "sqlsession.h"

#include <QString>

#include <functional>
#include <optional>

// `sqlite:PATH` or `postgresql://user:password@host:port/db`.
struct DatabaseUrl
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // The same, throwing StorageError with parse()'s message for a URL it cannot read.
    static DatabaseUrl parseOrThrow(const QString &text);
    // The URL with the password hidden, safe for logs and error messages.
    QString redacted() const;
};

class Transaction;

class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    SqlDialect dialect() const { return m_url.dialect; }

    // Checks that the database can be opened and written without creating anything but the
    // database file itself; throws StorageError with one clear sentence otherwise.
    void checkAccessible() const;

    // The calling thread's connection, opened and configured on first use.
    SqlSession session();
    // Closes the calling thread's connection (a QSqlDatabase never crosses threads).
    void closeThisThread();

    // Whether a statement found the file damaged (SQLITE_CORRUPT / SQLITE_NOTADB) since this
    // Database was made, and what it said. Writes are refused from then on.
    bool isDamaged() const { return m_damage->isSet(); }
    QString damage() const { return m_damage->description(); }

    // Runs `work` in a write transaction, retrying it when another writer holds the lock. Inside
    // another write on this thread (a batch) it is a savepoint of that transaction instead: its
    // changes go or stay with its own success, and become durable with the batch's commit.
    // Throws StorageError (Damaged) at once when the file is known to be damaged.
    void write(const std::function<void(Transaction &)> &work);
    // Whether this thread is inside a write.
    bool inTransaction() const;

private:
    QString connectionName() const;
    void closeConnection(bool broken);
    void configure(const QSqlDatabase &db) const;

    DatabaseUrl m_url;
    QString m_instanceId;
    std::shared_ptr<DamageMark> m_damage = std::make_shared<DamageMark>();
};

// A write transaction: BEGIN IMMEDIATE on SQLite so writers queue up front instead of failing on
// lock upgrade; rolled back unless committed. Opened while another is open on the same connection
// it is a SAVEPOINT of it (committed = released into the outer one). The first audit entry bumps
// the revision counter.
class Transaction : public SqlSession
{
public:
    explicit Transaction(const SqlSession &session);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    // The revision this transaction's changes carry (bumped once, on first call).
    qint64 revision();
    // Records the Telegram update as processed with its effect, once per transaction; throws
    // StorageError (a unique violation) if the update was already processed elsewhere.
    void markUpdateProcessed(qint64 updateId, const QString &effect, qint64 nowSecs);

    // 0 for the outermost transaction, 1… for savepoints inside it.
    int level() const { return m_level; }

private:
    bool m_open = true;
    int m_level = 0;
    qint64 m_revision = 0;
    qint64 m_markedUpdate = 0;
};
