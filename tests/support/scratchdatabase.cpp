#include "scratchdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("TEST_POSTGRES_URL");
}

DatabaseUrl parseOrDie(const QString &text)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
    if (!url)
        qFatal("bad test database URL %s: %s", qPrintable(text), qPrintable(error));
    return *url;
}

} // namespace

bool usingPostgres()
{
    return !serverUrl().isEmpty();
}

bool controlPostgres(const QString &action)
{
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::ForwardedErrorChannel); // pg_ctl's complaints show in the test's output
    ctl.setStandardOutputFile(QProcess::nullDevice());
    ctl.start(u"sh"_s, {qEnvironmentVariable("TEST_POSTGRES_CTL"), action});
    if (!ctl.waitForStarted())
        return false;
    // pg_ctl -w waits up to 30 s itself.
    if (!QTest::qWaitFor([&ctl] { return ctl.state() == QProcess::NotRunning; }, 60000)) {
        ctl.kill();
        ctl.waitForFinished();
        return false;
    }
    return ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
}

void adminExec(const QString &sql)
{
    static QAtomicInt counter;
    const QString connection = u"test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        const DatabaseUrl server = parseOrDie(serverUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(server.name);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        throw StorageError(sql + u": "_s + failure);
}

ScratchDatabase::ScratchDatabase()
{
    if (!usingPostgres()) {
        m_url = u"sqlite:"_s + sqlitePath();
        return;
    }
    static QAtomicInt counter;
    m_name = u"queue_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    adminExec(u"CREATE DATABASE "_s + m_name);
    QUrl url(serverUrl());
    url.setPath(u"/"_s + m_name);
    m_url = url.toString();
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_name.isEmpty())
        return;
    try {
        // FORCE: a service the test killed may not have closed its connections yet.
        adminExec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
    } catch (const StorageError &error) {
        qWarning("could not drop test database: %s", qPrintable(error.message()));
    }
}

DatabaseUrl ScratchDatabase::parsedUrl() const
{
    return parseOrDie(m_url);
}

std::unique_ptr<Database> ScratchDatabase::open() const
{
    return std::make_unique<Database>(parsedUrl());
}

} // namespace TestSupport
