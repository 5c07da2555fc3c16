// Filtered, paginated reads: a WHERE clause built from optional conditions with bound parameters,
// and one page of rows together with the total count.
#pragma once

#include "sqlsession.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Which part of a long list to read.
struct PageRequest
{
    int limit = 50;
    qint64 offset = 0;
};

template<typename T>
struct Page
{
    QList<T> items;
    qint64 total = 0; // rows matching the filter, on all pages
};

class SqlFilter
{
public:
    // Adds `condition` (with `?` placeholders for `params`); conditions are joined with AND.
    SqlFilter &add(const QString &condition, const QVariantList &params = {})
    {
        m_conditions.append(condition);
        m_params.append(params);
        return *this;
    }
    QString where() const
    {
        return m_conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
    }
    const QVariantList &params() const { return m_params; }

private:
    QStringList m_conditions;
    QVariantList m_params;
};

// Runs `select` (ending in "FROM <table> ") with the filter, order and page, and counts the
// matching rows of `table`. LIMIT ? OFFSET ? is understood by SQLite and PostgreSQL alike.
template<typename T, typename Reader>
Page<T> readPage(const SqlSession &session, const QString &select, const QString &table, const SqlFilter &filter,
                 const QString &orderBy, const PageRequest &page, Reader read)
{
    Page<T> result;
    result.total = session.scalar(QStringLiteral("SELECT count(*) FROM ") + table + filter.where(), filter.params())
                       .toLongLong();
    SqlRows q = session.exec(select + filter.where() + QStringLiteral(" ORDER BY ") + orderBy
                                   + QStringLiteral(" LIMIT ? OFFSET ?"),
                               filter.params() + QVariantList{page.limit, page.offset});
    while (q.next())
        result.items.append(read(q));
    return result;
}

// `text` as a LIKE pattern matching it anywhere, with LIKE's wildcards escaped by a backslash
// (use with ESCAPE '\').
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}
