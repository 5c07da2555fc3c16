// Hot, consistent copies of the database while the service keeps writing.
#pragma once

#include "database.h"

struct BackupResult
{
    QString path;
    qint64 bytes = 0;
    int schemaVersion = 0;
};

// Writes a consistent snapshot to `outputPath` (which must not exist), fsyncs it, verifies it with
// integrity_check and only then moves it into place. Throws StorageError on any failure.
BackupResult backupDatabase(Database &db, const QString &outputPath);

// What to run instead of `queue-service backup` for a PostgreSQL database (pg_dump), as one
// message naming the database (without its password).
QString postgresBackupAdvice(const DatabaseUrl &url);
