#include "dialect.h"

using namespace Qt::StringLiterals;

namespace Dialect {

namespace {

QStringList column(SqlRows rows)
{
    QStringList values;
    while (rows.next())
        values << rows.value(0).toString();
    return values;
}

// Table names come from the catalogue, never from a person, but are checked before they are
// spliced into PRAGMA arguments all the same.
QString checkedName(const QString &table)
{
    for (const QChar c : table) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            throw StorageError(u"unexpected table name: "_s + table);
    }
    return table;
}

} // namespace

QString name(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

QStringList tables(const SqlSession &session)
{
    if (session.dialect() == SqlDialect::Sqlite)
        return column(session.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s));
    return column(session.exec(u"SELECT table_name FROM information_schema.tables "
                               "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"_s));
}

bool hasTable(const SqlSession &session, const QString &table)
{
    const QString sql = session.dialect() == SqlDialect::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s
        : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"_s;
    return session.scalar(sql, {table}).toInt() > 0;
}

QStringList columns(const SqlSession &session, const QString &table)
{
    if (session.dialect() == SqlDialect::Sqlite) {
        SqlRows rows = session.exec(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {checkedName(table)});
        return column(std::move(rows));
    }
    return column(session.exec(u"SELECT column_name FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"_s,
                               {table}));
}

QStringList referencedTables(const SqlSession &session, const QString &table)
{
    QStringList referenced;
    if (session.dialect() == SqlDialect::Sqlite) {
        referenced = column(session.exec(u"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"_s,
                                         {checkedName(table)}));
    } else {
        referenced = column(session.exec(u"SELECT DISTINCT target.relname FROM pg_constraint c "
                                         "JOIN pg_class source ON source.oid = c.conrelid "
                                         "JOIN pg_class target ON target.oid = c.confrelid "
                                         "WHERE c.contype = 'f' AND source.relname = ? "
                                         "AND source.relnamespace = current_schema()::regnamespace"_s,
                                         {table}));
    }
    referenced.removeAll(table);
    return referenced;
}

void resetIdCounters(const SqlSession &session, const QStringList &tables)
{
    if (session.dialect() == SqlDialect::Sqlite)
        return;
    for (const QString &table : tables) {
        if (!columns(session, table).contains(u"id"_s))
            continue;
        const QString sequence =
            session.scalar(u"SELECT pg_get_serial_sequence(?, 'id')"_s, {checkedName(table)}).toString();
        if (sequence.isEmpty())
            continue;
        // is_called = false: the next id handed out is exactly MAX(id) + 1 (1 for an empty table).
        session.exec(u"SELECT setval(?::regclass, COALESCE((SELECT MAX(id) FROM "_s + table + u"), 0) + 1, false)"_s,
                     {sequence});
    }
}

QString lockSkippingLocked(const SqlSession &session)
{
    return session.dialect() == SqlDialect::Sqlite ? QString() : u" FOR UPDATE SKIP LOCKED"_s;
}

} // namespace Dialect
