#include "database.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "queue.storage")

namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kMaxWriteAttempts = 8;
// The PostgreSQL advisory lock that serialises write transactions ("QBOTWRIT" in ASCII).
constexpr qint64 kWriteLockKey = 0x51424f5457524954;

// Open transactions per connection of this thread: a connection never crosses threads.
QHash<QString, int> &openTransactions()
{
    thread_local QHash<QString, int> open;
    return open;
}

QString savepointName(int level)
{
    return u"sp%1"_s.arg(level);
}

} // namespace

DatabaseUrl DatabaseUrl::parseOrThrow(const QString &text)
{
    QString error;
    const std::optional<DatabaseUrl> url = parse(text, &error);
    if (!url)
        throw StorageError(error);
    return *url;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:"_s)) {
        url.dialect = SqlDialect::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"_s)) // sqlite:///abs/path
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = u"DATABASE_URL: sqlite: needs a file path, e.g. sqlite:data/queue.db"_s;
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = u"DATABASE_URL: expected postgresql://user:password@host:port/database"_s;
            return std::nullopt;
        }
        url.dialect = SqlDialect::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.name = parsed.path().mid(1);
        return url;
    }
    *error = u"DATABASE_URL: unsupported scheme (use sqlite:PATH or postgresql://...)"_s;
    return std::nullopt;
}

QString DatabaseUrl::redacted() const
{
    if (dialect == SqlDialect::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1%2@%3:%4/%5"_s.arg(user, password.isEmpty() ? QString() : u":***"_s, host,
                                               QString::number(port), name);
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    closeThisThread();
}

void Database::checkAccessible() const
{
    if (m_url.dialect != SqlDialect::Sqlite)
        return;
    const QFileInfo file(m_url.path);
    const QDir dir = file.absoluteDir();
    if (!dir.exists())
        throw StorageError(u"data directory %1 does not exist (create it or set DATABASE_URL)"_s.arg(dir.path()));
    // A real probe: permission bits lie for root and for read-only mounts. SQLite also needs to
    // create its -wal and -shm files next to the database.
    QTemporaryFile probe(dir.filePath(u".write-probe-XXXXXX"_s));
    if (!probe.open())
        throw StorageError(u"data directory %1 is not writable"_s.arg(dir.path()));
    if (file.exists() && !file.isFile())
        throw StorageError(u"database path %1 is not a regular file"_s.arg(file.filePath()));
}

QString Database::connectionName() const
{
    return u"queue-%1-%2"_s.arg(m_instanceId).arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

SqlSession Database::session()
{
    const QString name = connectionName();
    // A connection a statement found broken (PostgreSQL restarted) is replaced by a new one, so
    // the service reconnects by itself; none is opened while this thread is inside a transaction.
    if (takeBrokenConnection(name) && !inTransaction()) {
        qCWarning(lcDatabase).noquote() << "reconnecting to" << m_url.redacted();
        closeConnection(true);
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return SqlSession(db, m_url.dialect, m_damage);
    }

    QSqlDatabase db;
    if (m_url.dialect == SqlDialect::Sqlite) {
        checkAccessible();
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    } else {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.name);
        // A stopped server refuses at once; an unreachable one costs at most this, per attempt.
        db.setConnectOptions(u"connect_timeout=3;application_name=queue-service"_s);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(u"cannot open database %1: %2"_s.arg(m_url.redacted(), reason));
    }
    for (int attempt = 1;; ++attempt) {
        try {
            configure(db);
            if (SqlObserver *observer = SqlObserver::installed())
                observer->connectionOpened();
            return SqlSession(db, m_url.dialect, m_damage);
        } catch (const StorageError &error) {
            // Switching a new file to WAL can report "locked" at once, without waiting on the
            // busy timeout, while another process does the same; that is worth a retry.
            if (error.isTransient() && attempt < kMaxWriteAttempts * 4) {
                QThread::msleep(QRandomGenerator::global()->bounded(5, 10 * attempt));
                continue;
            }
            takeCachedStatements(name); // configure's statements: SQLite will not close with them open
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw StorageError(u"cannot use database %1: %2"_s.arg(m_url.redacted(), error.message()),
                               error.isTransient() ? StorageError::Kind::Failure : error.kind());
        }
    }
}

void Database::configure(const QSqlDatabase &db) const
{
    const SqlSession session(db, m_url.dialect, m_damage);
    if (m_url.dialect == SqlDialect::Sqlite) {
        // The first statement reads the header, so a corrupt or foreign file fails here.
        const QString mode = session.scalar(u"PRAGMA journal_mode=WAL"_s).toString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            throw StorageError(u"could not switch to WAL journal mode (got %1)"_s.arg(mode));
        // A booking is a promise to a person: fsync every commit.
        session.exec(u"PRAGMA synchronous=FULL"_s);
        session.exec(u"PRAGMA foreign_keys=ON"_s);
        session.exec(u"PRAGMA busy_timeout=%1"_s.arg(kBusyTimeoutMs));
        // Savepoints (one per update of a batch) keep the pages they change in a sub-journal:
        // in memory, not spilled to a temporary file once past 64 KiB (half the CPU of an insert).
        session.exec(u"PRAGMA temp_store=MEMORY"_s);
    } else {
        // Times are epoch seconds in both dialects; UTC only matters to anyone reading by hand.
        session.exec(u"SET TIME ZONE 'UTC'"_s);
        // "relation already exists, skipping" and the like are not worth a log line each.
        session.exec(u"SET client_min_messages TO WARNING"_s);
    }
}

void Database::closeThisThread()
{
    closeConnection(false);
}

void Database::closeConnection(bool broken)
{
    const QString name = connectionName();
    // A broken connection's statements are released after its driver is gone: freeing them on
    // the dead connection first would only log "Unable to free statement" for each of them.
    QList<std::shared_ptr<QSqlQuery>> orphans = takeCachedStatements(name);
    if (!broken)
        orphans.clear();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && m_url.dialect == SqlDialect::Sqlite) {
            // Fold the WAL back into the main file so a closed database is one self-contained file.
            // Best effort: while another process keeps writing this cannot succeed, and waiting
            // the full busy timeout would stall every short command and shutdown.
            QSqlQuery checkpoint(db);
            checkpoint.exec(u"PRAGMA busy_timeout=100"_s);
            checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        if (db.isOpen()) {
            if (SqlObserver *observer = SqlObserver::installed())
                observer->connectionClosed();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::inTransaction() const
{
    return openTransactions().value(connectionName()) > 0;
}

void Database::write(const std::function<void(Transaction &)> &work)
{
    // Writing into a damaged file can spread the damage; the data must come from a backup now.
    if (isDamaged()) {
        throw StorageError(u"the database file is damaged, so changes are refused until it is restored "
                           "from a backup"_s,
                           StorageError::Kind::Damaged);
    }
    if (inTransaction()) {
        // A savepoint of the batch: the lock is held already, so nothing to wait for or retry.
        Transaction tx(session());
        work(tx);
        tx.commit();
        return;
    }
    for (int attempt = 1;; ++attempt) {
        try {
            Transaction tx(session());
            work(tx);
            tx.commit();
            return;
        } catch (const StorageError &error) {
            if (!error.isTransient() || attempt >= kMaxWriteAttempts)
                throw;
            QThread::msleep(QRandomGenerator::global()->bounded(5, 20 * attempt));
        }
    }
}

Transaction::Transaction(const SqlSession &session)
    : SqlSession(session)
{
    int &open = openTransactions()[database().connectionName()];
    m_level = open;
    if (m_level == 0) {
        if (dialect() == SqlDialect::Sqlite) {
            exec(u"BEGIN IMMEDIATE"_s);
        } else {
            // What BEGIN IMMEDIATE is to SQLite: writers, of every instance, take turns from the
            // start, so a write that reads before it changes (free seats, the next booking code)
            // sees every write committed before it. Readers never wait (MVCC).
            exec(u"BEGIN"_s);
            try {
                exec(u"SELECT pg_advisory_xact_lock(?)"_s, {kWriteLockKey});
            } catch (const StorageError &) {
                QSqlQuery(database()).exec(u"ROLLBACK"_s);
                throw;
            }
        }
    } else {
        exec(u"SAVEPOINT "_s + savepointName(m_level));
    }
    ++open;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(database());
        if (m_level == 0) {
            rollback.exec(u"ROLLBACK"_s);
        } else {
            rollback.exec(u"ROLLBACK TO "_s + savepointName(m_level));
            rollback.exec(u"RELEASE "_s + savepointName(m_level));
        }
        --openTransactions()[database().connectionName()];
    }
}

void Transaction::commit()
{
    exec(m_level == 0 ? u"COMMIT"_s : u"RELEASE "_s + savepointName(m_level));
    m_open = false;
    --openTransactions()[database().connectionName()];
}

qint64 Transaction::revision()
{
    if (m_revision == 0) {
        // A single counter row: concurrent writers serialise on it, so revisions commit in order
        // and a reader following "changes since N" never skips one.
        m_revision = scalar(u"UPDATE revision_counter SET value = value + 1 WHERE id = 1 RETURNING value"_s)
                         .toLongLong();
    }
    return m_revision;
}

void Transaction::markUpdateProcessed(qint64 updateId, const QString &effect, qint64 nowSecs)
{
    if (updateId == 0 || m_markedUpdate == updateId)
        return;
    exec(u"INSERT INTO processed_updates (update_id, processed_at, effect) VALUES (?, ?, ?)"_s,
         {updateId, nowSecs, effect});
    m_markedUpdate = updateId;
}
