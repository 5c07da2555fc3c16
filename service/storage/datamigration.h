// Moves an office's whole database (every row with its id, the revision counter, the outbox and
// the audit log) from SQLite into an empty PostgreSQL database: `queue-service migrate-data`.
#pragma once

#include "database.h"

#include <QList>

struct TableCopy
{
    QString table;
    qint64 rows = 0;
};

struct DataMigrationResult
{
    int schemaVersion = 0;
    QList<TableCopy> tables; // in the order they were copied
    qint64 totalRows() const;
};

// Copies `from` (a SQLite database at the current schema version) into `to` (a PostgreSQL
// database with no tables, or one migrated by this version with no rows yet): migrates `to`,
// copies every table in foreign-key order inside one transaction, moves the id counters past
// the copied ids and compares the row count of every table before committing. Throws
// StorageError, leaving `to` without any copied row, when any of that fails or `to` is not empty.
DataMigrationResult migrateData(Database &from, Database &to);
