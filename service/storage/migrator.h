// Applies the versioned SQL migrations shipped as resources and reports the schema version.
#pragma once

#include "database.h"

#include <QList>
#include <QString>

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

class Migrator
{
public:
    explicit Migrator(Database &db);

    // Migrations this binary ships for the database's dialect, in version order.
    const QList<Migration> &available() const { return m_migrations; }
    int latestKnownVersion() const;
    // Version recorded in the database (0 for an empty database).
    int currentVersion();
    // Applies pending migrations, each in its own transaction; returns how many were applied.
    // Throws StorageError when the database is newer than this binary.
    int migrate();
    // Throws StorageError with a clear message unless the schema is exactly the known version.
    void requireCurrent();

private:
    void checkNotNewer(int current) const;

    Database &m_db;
    QList<Migration> m_migrations;
};
