#include "migrator.h"

#include "dialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "queue.storage.migrations")

namespace {

QString resourceDir(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u":/migrations/sqlite"_s : u":/migrations/postgresql"_s;
}

// Statements end with a semicolon at the end of a line; comment lines are dropped.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool hasVersionTable(const SqlSession &session)
{
    return Dialect::hasTable(session, u"schema_version"_s);
}

} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{
    static const QRegularExpression fileName(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    const QDir dir(resourceDir(db.dialect()));
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        m_migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
    }
}

int Migrator::latestKnownVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion()
{
    const SqlSession session = m_db.session();
    if (!hasVersionTable(session))
        return 0;
    return session.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).toInt();
}

void Migrator::checkNotNewer(int current) const
{
    if (current > latestKnownVersion()) {
        throw StorageError(u"database schema version %1 is newer than this queue-service knows (%2); "
                           "upgrade queue-service or restore a matching backup"_s
                               .arg(current)
                               .arg(latestKnownVersion()));
    }
}

int Migrator::migrate()
{
    checkNotNewer(currentVersion());
    int applied = 0;
    for (const Migration &migration : std::as_const(m_migrations)) {
        bool didApply = false;
        m_db.write([&](Transaction &tx) {
            tx.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
            // Re-checked inside the write lock: another process may have migrated meanwhile.
            const int current = tx.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).toInt();
            checkNotNewer(current);
            if (current >= migration.version)
                return;
            const QStringList statements = splitStatements(migration.sql);
            for (const QString &statement : statements)
                tx.exec(statement);
            tx.exec(u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s,
                    {migration.version, migration.name, QDateTime::currentSecsSinceEpoch()});
            didApply = true;
        });
        if (didApply) {
            ++applied;
            qCInfo(lcMigrations).noquote() << "applied migration" << migration.version << migration.name;
        }
    }
    return applied;
}

void Migrator::requireCurrent()
{
    const int current = currentVersion();
    checkNotNewer(current);
    if (current < latestKnownVersion()) {
        throw StorageError(u"database schema version %1 is older than this queue-service needs (%2); "
                           "run `queue-service migrate`"_s
                               .arg(current)
                               .arg(latestKnownVersion()));
    }
}
