#include "sqlsession.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

bool isTransientError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: SQLITE_BUSY (5), SQLITE_LOCKED (6); PostgreSQL: serialization failure, deadlock.
    return code == u"5" || code == u"6" || code == u"40001" || code == u"40P01";
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

} // namespace

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
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_transient(transient)
{
}

void throwSqlError(const QString &what, const QSqlError &error)
{
    throw StorageError(what + u": "_s + error.text(), isTransientError(error));
}

QSqlQuery SqlSession::exec(const QString &sql, const QVariantList &params) const
{
    StatementReport report(sql);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throwSqlError(u"prepare failed"_s, query.lastError());
    for (const QVariant &value : params) {
        // A null QString binds as SQL NULL; an absent text is an empty string in our schema.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throwSqlError(u"query failed"_s, query.lastError());
    report.succeeded();
    return query;
}

QVariant SqlSession::scalar(const QString &sql, const QVariantList &params) const
{
    QSqlQuery query = exec(sql, params);
    return query.next() ? query.value(0) : QVariant();
}

qint64 SqlSession::insert(const QString &sql, const QVariantList &params) const
{
    // RETURNING works in SQLite >= 3.35 and PostgreSQL, so one statement serves both dialects.
    const QVariant id = scalar(sql + u" RETURNING id"_s, params);
    if (!id.isValid())
        throw StorageError(u"insert returned no id"_s);
    return id.toLongLong();
}
