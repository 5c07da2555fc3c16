#include "backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        throw StorageError(u"cannot open %1 to flush it"_s.arg(path));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throw StorageError(u"fsync failed for %1"_s.arg(path));
}

// Opens the copy on its own connection and asks SQLite to verify every page.
void verifyCopy(const QString &path, int *schemaVersion)
{
    const QString name = u"backup-verify-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            const SqlSession session(db, SqlDialect::Sqlite);
            try {
                const QString result = session.scalar(u"PRAGMA integrity_check"_s).toString();
                if (result != u"ok"_s)
                    problem = u"integrity_check: "_s + result;
                else
                    *schemaVersion = session.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).toInt();
            } catch (const StorageError &error) {
                problem = error.message();
            }
            takeCachedStatements(name); // finalized first: SQLite will not close with statements open
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw StorageError(u"backup verification failed: "_s + problem);
}

} // namespace

QString postgresBackupAdvice(const DatabaseUrl &url)
{
    return u"backup: %1 is a PostgreSQL database; queue-service backup copies SQLite files only. "
           "Back it up with PostgreSQL's own tools, e.g. "
           "pg_dump --format=custom --file=queue.dump --host=%2 --port=%3 --username=%4 %5 "
           "(restore with pg_restore), or continuous archiving / your provider's snapshots"_s
        .arg(url.redacted(), url.host, QString::number(url.port), url.user.isEmpty() ? u"USER"_s : url.user, url.name);
}

BackupResult backupDatabase(Database &db, const QString &outputPath)
{
    if (db.dialect() != SqlDialect::Sqlite)
        throw StorageError(postgresBackupAdvice(db.url()));
    const QFileInfo target(outputPath);
    if (target.exists())
        throw StorageError(u"backup: %1 already exists; choose a new file name"_s.arg(outputPath));
    if (!target.absoluteDir().exists())
        throw StorageError(u"backup: directory %1 does not exist"_s.arg(target.absolutePath()));

    const QString temporary = target.absoluteFilePath() + u".partial"_s;
    QFile::remove(temporary);
    try {
        // VACUUM INTO reads one snapshot inside a read transaction: writers carry on (WAL), and
        // the copy is consistent as of that instant.
        db.session().exec(u"VACUUM INTO ?"_s, {temporary});
        fsyncPath(temporary);
        BackupResult result;
        verifyCopy(temporary, &result.schemaVersion);
        if (!QFile::rename(temporary, target.absoluteFilePath()))
            throw StorageError(u"backup: cannot move the copy to %1"_s.arg(outputPath));
        fsyncPath(target.absolutePath());
        result.path = target.absoluteFilePath();
        result.bytes = QFileInfo(result.path).size();
        return result;
    } catch (...) {
        QFile::remove(temporary);
        throw;
    }
}
