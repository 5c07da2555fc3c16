#include "scratchdatabase.h"

#include "storage/postgresadmin.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QTest>

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

ScratchDatabase::ScratchDatabase()
{
    if (!usingPostgres()) {
        m_url = u"sqlite:"_s + sqlitePath();
        return;
    }
    static QAtomicInt counter;
    m_name = u"queue_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    const PostgresAdmin server(serverUrl());
    server.createDatabase(m_name);
    m_url = server.urlOf(m_name);
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_name.isEmpty())
        return;
    try {
        // FORCE: a service the test killed may not have closed its connections yet.
        PostgresAdmin(serverUrl()).dropDatabase(m_name);
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
