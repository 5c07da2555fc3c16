#include "sqlsession.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

bool isTransientError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: SQLITE_BUSY (5), SQLITE_LOCKED (6); PostgreSQL: serialization failure, deadlock.
    return code == u"5" || code == u"6" || code == u"40001" || code == u"40P01";
}

} // namespace

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
