#include "sqlsession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlDriver>
#include <QThreadStorage>

#include <sqlite3.h>

#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "queue.storage")

using namespace Qt::StringLiterals;

namespace {

// By the engine, not by the look of the code: SQLSTATE 23505 (a unique violation) is five digits
// too, and read as a SQLite code it was a plain failure.
StorageError::Kind errorKind(const QSqlError &error, SqlDialect dialect)
{
    const QString code = error.nativeErrorCode();
    if (dialect == SqlDialect::Sqlite) {
        // SQLite's result code; an extended one carries the primary code in its low byte.
        switch (code.toInt() & 0xff) {
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
// control, SET and DDL run as plain statements. (SQLite prepares everything: execSqlite.)
bool preparable(SqlOperation operation)
{
    return operation == SqlOperation::Select || operation == SqlOperation::Insert
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
    QHash<QString, SqlRows::NativeStatement> native; // SQLite's own, finalized with their last owner
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

// Puts a statement back for the next run of `sql`, unless a nested run of it is back already.
template <typename Statement>
void keep(QHash<QString, Statement> &cache, const QString &sql, Statement &&statement)
{
    if (cache.contains(sql))
        return;
    if (cache.size() >= kMaxCachedStatements)
        cache.clear();
    cache.insert(sql, std::move(statement));
}

quint64 nextGeneration()
{
    thread_local quint64 generation = 0;
    return ++generation;
}


// The sqlite3 handle under a Qt SQLite connection (the same library: Debian's Qt driver links it).
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A failed SQLite call as the QSqlError Qt's driver would have made of it.
QSqlError sqliteError(sqlite3 *handle, const QString &driverText, int code)
{
    return QSqlError(driverText, QString::fromUtf8(sqlite3_errmsg(handle)),
                     code == SQLITE_BUSY || code == SQLITE_LOCKED ? QSqlError::ConnectionError
                                                                   : QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(handle)));
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: { // QString, and anything else as its text (as Qt's driver binds it)
        // A null QString is an empty text, not NULL: our schema has no NULL texts.
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.isNull() ? static_cast<const void *>(u"") : text.utf16(),
                                   int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    }
    }
}

// Whether `sql` goes on past a `;` outside quotes and comments.
bool hasSecondStatement(const QString &sql)
{
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && next == u'-') {
            i = sql.indexOf(u'\n', i);
            if (i < 0)
                return false;
        } else if (c == u'/' && next == u'*') {
            i = sql.indexOf(u"*/"_s, i + 2);
            if (i < 0)
                return false;
            ++i;
        } else if (c == u';') {
            return !QStringView(sql).mid(i + 1).trimmed().isEmpty();
        }
    }
    return false;
}

} // namespace

QList<std::shared_ptr<QSqlQuery>> takeCachedStatements(const QString &name)
{
    // SQLite's own statements are finalized here, before the caller closes their connection.
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

SqlRows::SqlRows(NativeStatement statement, bool hasRow, int changes, QString connection, QString sql,
                 quint64 cacheGeneration, std::shared_ptr<DamageMark> damage)
    : m_native(std::move(statement))
    , m_step(hasRow ? Step::Pending : Step::End)
    , m_changes(changes)
    , m_connection(std::move(connection))
    , m_sql(std::move(sql))
    , m_generation(cacheGeneration)
    , m_damage(std::move(damage))
{
}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_query(std::move(other.m_query))
    , m_native(std::move(other.m_native))
    , m_step(other.m_step)
    , m_changes(other.m_changes)
    , m_connection(std::move(other.m_connection))
    , m_sql(std::move(other.m_sql))
    , m_generation(std::exchange(other.m_generation, 0))
    , m_damage(std::move(other.m_damage))
{
}

bool SqlRows::next()
{
    if (m_native) {
        switch (m_step) {
        case Step::Pending:
            m_step = Step::Row;
            return true;
        case Step::End:
            return false;
        case Step::Row:
            break;
        }
        const int code = sqlite3_step(m_native.get());
        if (code == SQLITE_ROW)
            return true;
        m_step = Step::End;
        if (code == SQLITE_DONE)
            return false;
        sqlite3 *handle = sqlite3_db_handle(m_native.get());
        throwSqlError(u"reading rows failed"_s, sqliteError(handle, u"Unable to fetch row"_s, code), SqlDialect::Sqlite,
                      m_damage);
    }
    if (m_query->next())
        return true;
    // A page that cannot be read ends the rows early with an error, not with the end.
    if (m_query->lastError().type() != QSqlError::NoError)
        throwSqlError(u"reading rows failed"_s, m_query->lastError(), SqlDialect::Postgres, m_damage);
    return false;
}

QVariant SqlRows::value(int index) const
{
    if (!m_native)
        return m_query->value(index);
    if (m_step != Step::Row)
        return {};
    sqlite3_stmt *statement = m_native.get();
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, index));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(statement, index);
        return QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(statement, index));
    }
    default: {
        const void *text = sqlite3_column_text16(statement, index);
        return QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(statement, index) / int(sizeof(QChar)));
    }
    }
}

int SqlRows::numRowsAffected() const
{
    return m_native ? m_changes : m_query->numRowsAffected();
}

SqlRows::~SqlRows()
{
    // Reset, so an unfinished SELECT holds no read snapshot while it waits in the cache.
    if (m_native) {
        sqlite3_reset(m_native.get());
        sqlite3_clear_bindings(m_native.get());
    } else if (m_query && m_generation != 0) {
        m_query->finish();
    }
    if (m_generation == 0)
        return;
    const auto it = statementCaches().find(m_connection);
    if (it == statementCaches().end() || it->generation != m_generation)
        return; // the connection closed meanwhile
    if (m_native)
        keep(it->native, m_sql, std::move(m_native));
    else
        keep(it->bySql, m_sql, std::move(m_query));
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

void throwSqlError(const QString &what, const QSqlError &error, SqlDialect dialect,
                   const std::shared_ptr<DamageMark> &damage)
{
    const StorageError::Kind kind = errorKind(error, dialect);
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
    throwSqlError(what, error, m_dialect, m_damage);
}

SqlRows SqlSession::exec(const QString &sql, const QVariantList &params) const
{
    if (m_dialect == SqlDialect::Sqlite)
        return execSqlite(sql, params);
    StatementReport report(sql);
    const SqlOperation operation = sqlOperationOf(sql);
    if (!preparable(operation)) {
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
        // Qt prepares with "PREPARE ... AS <sql>" in one round trip: a second statement would run
        // right then, unprepared and unasked.
        if (hasSecondStatement(sql))
            throw StorageError(u"prepare failed: not exactly one statement in: "_s + sql.left(60));
        query = std::make_shared<QSqlQuery>(m_db);
        // Not forward-only: Qt then streams the rows one by one (single-row mode), and any other
        // statement on the connection before the last row is read ends them ("Unable to get
        // result"); a whole result in memory lets a reader run statements between its rows.
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

SqlRows SqlSession::execSqlite(const QString &sql, const QVariantList &params) const
{
    StatementReport report(sql);
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        throw StorageError(u"the SQLite connection is not open"_s);
    const QString connection = m_db.connectionName();
    StatementCache &cache = statementCaches()[connection];
    if (cache.generation == 0)
        cache.generation = nextGeneration();
    SqlRows::NativeStatement statement = cache.native.take(sql);
    if (!statement) {
        sqlite3_stmt *prepared = nullptr;
        const void *tail = nullptr;
        const int code = sqlite3_prepare16_v3(handle, sql.utf16(), int(sql.size() * sizeof(QChar)),
                                              SQLITE_PREPARE_PERSISTENT, &prepared, &tail);
        if (code != SQLITE_OK) {
            sqlite3_finalize(prepared);
            throwSqlError(u"prepare failed"_s, sqliteError(handle, u"Unable to execute statement"_s, code),
                          SqlDialect::Sqlite, m_damage);
        }
        statement = SqlRows::NativeStatement(prepared, sqlite3_finalize);
        const qsizetype parsed = static_cast<const ushort *>(tail) - sql.utf16();
        if (!prepared || !QStringView(sql).mid(parsed).trimmed().isEmpty()) // none, or more than one
            throw StorageError(u"prepare failed: not exactly one statement in: "_s + sql.left(60));
    }
    if (params.size() != sqlite3_bind_parameter_count(statement.get()))
        throw StorageError(u"statement takes %1 parameters, got %2: %3"_s.arg(sqlite3_bind_parameter_count(statement.get()))
                               .arg(params.size())
                               .arg(sql.left(60)));
    for (qsizetype i = 0; i < params.size(); ++i) {
        const int code = bind(statement.get(), int(i) + 1, params.at(i));
        if (code != SQLITE_OK) {
            sqlite3_clear_bindings(statement.get());
            throwSqlError(u"query failed"_s, sqliteError(handle, u"Unable to bind parameters"_s, code),
                          SqlDialect::Sqlite, m_damage);
        }
    }
    const int code = sqlite3_step(statement.get());
    if (code != SQLITE_ROW && code != SQLITE_DONE) {
        const QSqlError error = sqliteError(handle, u"Unable to fetch row"_s, code);
        sqlite3_reset(statement.get());
        sqlite3_clear_bindings(statement.get());
        throwSqlError(u"query failed"_s, error, SqlDialect::Sqlite, m_damage);
    }
    report.succeeded();
    return SqlRows(std::move(statement), code == SQLITE_ROW, sqlite3_changes(handle), connection, sql,
                   cache.generation, m_damage);
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
