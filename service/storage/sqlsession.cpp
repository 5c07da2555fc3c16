#include "sqlsession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QThreadStorage>

#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "queue.storage")

using namespace Qt::StringLiterals;

namespace {

StorageError::Kind errorKind(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    // SQLite's result code; an extended one carries the primary code in its low byte.
    const int sqlite = code.toInt(&numeric) & 0xff;
    if (numeric) {
        switch (sqlite) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            return StorageError::Kind::Transient;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return StorageError::Kind::Damaged;
        case 19: // SQLITE_CONSTRAINT
            return StorageError::Kind::Constraint;
        default:
            return StorageError::Kind::Failure;
        }
    }
    // PostgreSQL SQLSTATE: serialization failure, deadlock; integrity constraint violations;
    // data or index corrupted.
    if (code == u"40001" || code == u"40P01")
        return StorageError::Kind::Transient;
    if (code.startsWith(u"23"))
        return StorageError::Kind::Constraint;
    if (code == u"XX001" || code == u"XX002")
        return StorageError::Kind::Damaged;
    return StorageError::Kind::Failure;
}

// Whether a failed PostgreSQL statement means the connection itself is gone (the server stopped,
// restarted or dropped us): SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown,
// crash, not accepting connections yet), or no SQLSTATE at all, which libpq leaves empty when
// the failure happened on our side of a broken socket.
bool isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.isEmpty() || code.startsWith(u"08"_s) || code.startsWith(u"57P"_s);
}

// Connections of this thread found broken, with the statements that failed on them (kept until
// the connection is gone: released before, each would try to free itself on the dead socket and
// log a warning). Database reopens them on the next session().
// (QThreadStorage, not thread_local: see statementCaches().)
QThreadStorage<QHash<QString, QList<std::shared_ptr<QSqlQuery>>>> g_brokenConnections;

QHash<QString, QList<std::shared_ptr<QSqlQuery>>> &brokenConnections()
{
    return g_brokenConnections.localData();
}

// PostgreSQL prepares only queries (PREPARE ... AS SELECT/INSERT/UPDATE/DELETE); transaction
// control, SET and DDL run as plain statements. SQLite prepares everything.
bool preparable(SqlDialect dialect, SqlOperation operation)
{
    return dialect == SqlDialect::Sqlite || operation == SqlOperation::Select || operation == SqlOperation::Insert
        || operation == SqlOperation::Update || operation == SqlOperation::Delete;
}

std::atomic<SqlObserver *> g_observer{nullptr};

// Reports one statement to the installed observer when it goes out of scope, failed unless
// marked ok: a thrown error is counted too.
class StatementReport
{
public:
    explicit StatementReport(const QString &sql)
        : m_observer(g_observer.load(std::memory_order_acquire))
    {
        if (m_observer) {
            m_operation = sqlOperationOf(sql);
            m_timer.start();
        }
    }
    ~StatementReport()
    {
        if (m_observer)
            m_observer->statementFinished(m_operation, m_ok, m_timer.nsecsElapsed());
    }
    StatementReport(const StatementReport &) = delete;
    StatementReport &operator=(const StatementReport &) = delete;
    void succeeded() { m_ok = true; }

private:
    SqlObserver *m_observer;
    SqlOperation m_operation = SqlOperation::Other;
    QElapsedTimer m_timer;
    bool m_ok = false;
};

// Prepared statements of this thread's connections, by connection name and SQL text. A statement
// in use is taken out, so the same SQL run again meanwhile (nested) prepares its own.
struct StatementCache
{
    quint64 generation = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> bySql;
};
// Dynamic SQL (IN lists of any length) must not grow the cache without end.
constexpr qsizetype kMaxCachedStatements = 256;

// QThreadStorage rather than thread_local: a QThread's storage is destroyed before QThread::wait()
// returns, so finalising these statements never races with the owner of the connection closing
// it (a thread_local ends after wait() has returned, while QCoreApplication may be tearing down
// the connections: a double free in sqlite3_finalize).
QThreadStorage<QHash<QString, StatementCache>> g_statementCaches;

QHash<QString, StatementCache> &statementCaches()
{
    return g_statementCaches.localData();
}

quint64 nextGeneration()
{
    thread_local quint64 generation = 0;
    return ++generation;
}

} // namespace

QList<std::shared_ptr<QSqlQuery>> takeCachedStatements(const QString &name)
{
    return statementCaches().take(name).bySql.values() + brokenConnections().take(name);
}

bool takeBrokenConnection(const QString &name)
{
    return brokenConnections().contains(name);
}

SqlRows::SqlRows(std::shared_ptr<QSqlQuery> query, QString connection, QString sql, quint64 cacheGeneration,
                 std::shared_ptr<DamageMark> damage)
    : m_query(std::move(query))
    , m_connection(std::move(connection))
    , m_sql(std::move(sql))
    , m_generation(cacheGeneration)
    , m_damage(std::move(damage))
{
}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_query(std::move(other.m_query))
    , m_connection(std::move(other.m_connection))
    , m_sql(std::move(other.m_sql))
    , m_generation(std::exchange(other.m_generation, 0))
    , m_damage(std::move(other.m_damage))
{
}

bool SqlRows::next()
{
    if (m_query->next())
        return true;
    // A page that cannot be read ends the rows early with an error, not with the end.
    if (m_query->lastError().type() != QSqlError::NoError)
        throwSqlError(u"reading rows failed"_s, m_query->lastError(), m_damage);
    return false;
}

SqlRows::~SqlRows()
{
    if (m_generation == 0)
        return;
    const auto it = statementCaches().find(m_connection);
    // The connection closed meanwhile, or this SQL is cached already (a nested run of it).
    if (it == statementCaches().end() || it->generation != m_generation || it->bySql.contains(m_sql))
        return;
    // Reset, so an unfinished SELECT holds no read snapshot while it waits in the cache.
    m_query->finish();
    if (it->bySql.size() >= kMaxCachedStatements)
        it->bySql.clear();
    it->bySql.insert(m_sql, std::move(m_query));
}

SqlOperation sqlOperationOf(const QString &sql)
{
    qsizetype start = 0;
    while (start < sql.size() && sql.at(start).isSpace())
        ++start;
    const QStringView rest = QStringView(sql).mid(start);
    const auto is = [&](QLatin1StringView keyword) {
        return rest.startsWith(keyword, Qt::CaseInsensitive)
            && (rest.size() == keyword.size() || !rest.at(keyword.size()).isLetter());
    };
    if (is("SELECT"_L1) || is("WITH"_L1))
        return SqlOperation::Select;
    if (is("INSERT"_L1))
        return SqlOperation::Insert;
    if (is("UPDATE"_L1))
        return SqlOperation::Update;
    if (is("DELETE"_L1))
        return SqlOperation::Delete;
    if (is("BEGIN"_L1) || is("COMMIT"_L1) || is("ROLLBACK"_L1) || is("SAVEPOINT"_L1) || is("RELEASE"_L1))
        return SqlOperation::Transaction;
    return SqlOperation::Other;
}

void SqlObserver::install(SqlObserver *observer)
{
    g_observer.store(observer, std::memory_order_release);
}

void SqlObserver::uninstall(SqlObserver *observer)
{
    g_observer.compare_exchange_strong(observer, nullptr, std::memory_order_acq_rel);
}

SqlObserver *SqlObserver::installed()
{
    return g_observer.load(std::memory_order_acquire);
}

StorageError::StorageError(const QString &message, bool transient)
    : StorageError(message, transient ? Kind::Transient : Kind::Failure)
{
}

StorageError::StorageError(const QString &message, Kind kind)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_kind(kind)
{
}

QString DamageMark::description() const
{
    const QMutexLocker lock(&m_mutex);
    return m_description;
}

bool DamageMark::set(const QString &description)
{
    const QMutexLocker lock(&m_mutex);
    if (m_set.load(std::memory_order_relaxed))
        return false;
    m_description = description;
    m_set.store(true, std::memory_order_release);
    return true;
}

void throwSqlError(const QString &what, const QSqlError &error, const std::shared_ptr<DamageMark> &damage)
{
    const StorageError::Kind kind = errorKind(error);
    const QString message = what + u": "_s + error.text();
    if (kind == StorageError::Kind::Damaged) {
        if (SqlObserver *observer = g_observer.load(std::memory_order_acquire))
            observer->damageFound();
        if (damage && damage->set(message)) {
            qCCritical(lcStorage).noquote()
                << u"the database file is damaged (%1); writes are refused from now on: "
                   "stop the service and restore a backup"_s.arg(message);
        }
    }
    throw StorageError(message, kind);
}

void SqlSession::fail(const QString &what, const QSqlError &error, std::shared_ptr<QSqlQuery> query) const
{
    if (m_dialect == SqlDialect::Postgres && isConnectionLost(error)) {
        brokenConnections()[m_db.connectionName()].append(std::move(query));
        // Transient: Database::write retries on a new connection at once.
        throw StorageError(u"lost the connection to PostgreSQL (reconnecting on the next use): "_s + error.text(),
                           StorageError::Kind::Transient);
    }
    throwSqlError(what, error, m_damage);
}

SqlRows SqlSession::exec(const QString &sql, const QVariantList &params) const
{
    StatementReport report(sql);
    const SqlOperation operation = sqlOperationOf(sql);
    if (!preparable(m_dialect, operation)) {
        if (!params.isEmpty())
            throw StorageError(u"statement cannot take parameters on this database: "_s + sql.left(40));
        auto query = std::make_shared<QSqlQuery>(m_db);
        if (!query->exec(sql))
            fail(u"query failed"_s, query->lastError(), query);
        report.succeeded();
        return SqlRows(std::move(query), QString(), QString(), 0);
    }
    const QString connection = m_db.connectionName();
    StatementCache &cache = statementCaches()[connection];
    if (cache.generation == 0)
        cache.generation = nextGeneration();
    std::shared_ptr<QSqlQuery> query = cache.bySql.take(sql);
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            fail(u"prepare failed"_s, query->lastError(), query);
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QVariant &value = params.at(i);
        // A null QString binds as SQL NULL; an absent text is an empty string in our schema.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query->bindValue(int(i), QString(u""_s));
        // Flags are 0/1 integers in both schemas; PostgreSQL would not take TRUE for an integer.
        else if (value.typeId() == QMetaType::Bool)
            query->bindValue(int(i), int(value.toBool()));
        else
            query->bindValue(int(i), value);
    }
    if (!query->exec())
        fail(u"query failed"_s, query->lastError(), query);
    report.succeeded();
    return SqlRows(std::move(query), connection, sql, cache.generation, m_damage);
}

QVariant SqlSession::scalar(const QString &sql, const QVariantList &params) const
{
    SqlRows rows = exec(sql, params);
    return rows.next() ? rows.value(0) : QVariant();
}

qint64 SqlSession::insert(const QString &sql, const QVariantList &params) const
{
    // RETURNING works in SQLite >= 3.35 and PostgreSQL, so one statement serves both dialects.
    const QVariant id = scalar(sql + u" RETURNING id"_s, params);
    if (!id.isValid())
        throw StorageError(u"insert returned no id"_s);
    return id.toLongLong();
}
