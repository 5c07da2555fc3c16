#include "integritycheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int kReportedProblems = 3;

QString restoreAdvice()
{
    return u"restore it from a backup (queue-service backup writes one; see the README)"_s;
}

// quick_check over a connection of its own, so nothing here marks the service's Database.
QString quickCheck(const QString &path)
{
    const QString name = u"integrity-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            QStringList found;
            if (!query.exec(u"PRAGMA quick_check(%1)"_s.arg(kReportedProblems))) {
                problem = query.lastError().text();
            } else {
                while (query.next())
                    found << query.value(0).toString();
                if (query.lastError().type() != QSqlError::NoError)
                    found << query.lastError().text();
                if (found != QStringList{u"ok"_s})
                    problem = found.isEmpty() ? u"quick_check returned nothing"_s : found.join(u"; "_s);
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

IntegrityReport checkDatabaseFile(const DatabaseUrl &url, bool runQuickCheck)
{
    IntegrityReport report;
    if (url.dialect != SqlDialect::Sqlite)
        return report;
    const QFileInfo file(url.path);
    if (!file.exists() || !file.isFile())
        return report; // a new database, or a path checkAccessible() explains
    report.bytes = file.size();
    const auto refuse = [&](const QString &problem) {
        report.ok = false;
        report.problem = problem;
        return report;
    };
    if (report.bytes == 0) {
        return refuse(u"database file %1 exists but is empty (0 bytes), as a truncated copy would be; %2, "
                      "or delete the empty file to start a new database"_s.arg(url.path, restoreAdvice()));
    }
    QFile header(url.path);
    if (!header.open(QIODevice::ReadOnly))
        return refuse(u"database file %1 cannot be read: %2"_s.arg(url.path, header.errorString()));
    if (header.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        return refuse(u"database file %1 is not a database (no SQLite header), or its start is damaged; %2"_s.arg(
            url.path, restoreAdvice()));
    }
    header.close();
    if (!runQuickCheck)
        return report;
    QElapsedTimer timer;
    timer.start();
    const QString problem = quickCheck(url.path);
    report.checked = true;
    report.milliseconds = timer.elapsed();
    if (!problem.isEmpty())
        return refuse(u"database file %1 is damaged (quick_check: %2); %3"_s.arg(url.path, problem, restoreAdvice()));
    return report;
}
