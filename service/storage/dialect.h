// The SQL that differs between SQLite and PostgreSQL beyond opening a connection (database.cpp)
// and the migrations themselves: catalogue questions and identity counters. Repositories use one
// SQL text for both; anything dialect-specific they need belongs here.
#pragma once

#include "sqlsession.h"

#include <QStringList>

namespace Dialect {

QString name(SqlDialect dialect);

// The tables of the connected database's current schema, by name.
QStringList tables(const SqlSession &session);
// Whether table `table` exists in the current schema.
bool hasTable(const SqlSession &session, const QString &table);
// The column names of `table`, in their order.
QStringList columns(const SqlSession &session, const QString &table);
// The tables `table` has foreign keys to (itself excluded).
QStringList referencedTables(const SqlSession &session, const QString &table);
// After rows were inserted with their ids: the next generated id of each table with an `id`
// identity column follows the largest one (SQLite's AUTOINCREMENT keeps up by itself).
void resetIdCounters(const SqlSession &session, const QStringList &tables);
// Appended to a SELECT inside a write transaction that claims the rows it reads: on PostgreSQL
// they are locked and rows another transaction holds are skipped (FOR UPDATE SKIP LOCKED); on
// SQLite nothing, as BEGIN IMMEDIATE already keeps every other writer out.
QString lockSkippingLocked(const SqlSession &session);

} // namespace Dialect
