// The real queue-service binary: commands, exit codes and one clear error line for bad input.
#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestCli : public QObject
{
    Q_OBJECT

    // Exactly one line on stderr, in the documented shape, mentioning `needle`.
    static bool isOneErrorLine(const QString &err, const QString &needle)
    {
        const QStringList lines = err.trimmed().split(u'\n');
        return lines.size() == 1 && lines[0].startsWith(u"queue-service: error: "_s) && lines[0].contains(needle);
    }

    // Starts `serve` and waits for the log line that says it is up.
    static bool startServe(QProcess &process, const QStringList &env, QString *log)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : env)
            environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(QUEUE_SERVICE_BINARY), {u"serve"_s});
        for (QString line = readLine(process); !line.isEmpty(); line = readLine(process)) {
            *log += line + u'\n';
            if (line.contains(u"queue-service started"_s))
                return true;
        }
        return false;
    }

private slots:
    void version()
    {
        const auto result = runService({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QRegularExpression(u"^queue-service \\d+\\.\\d+\\.\\d+\\n$"_s).match(result.out).hasMatch());
    }

    void help()
    {
        const auto result = runService({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const QString &command : {u"migrate"_s, u"backup --output FILE"_s, u"staff add NAME --role R"_s,
                                 u"healthcheck [--url URL]"_s})
            QVERIFY2(result.out.contains(command), qPrintable(command));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << QStringList{} << u"frobnicate"_s;
        QTest::newRow("unknown command") << QStringList{u"explode"_s} << QStringList{} << u"explode"_s;
        QTest::newRow("extra argument") << QStringList{u"migrate"_s, u"now"_s} << QStringList{} << u"now"_s;
        QTest::newRow("bad port") << QStringList{u"migrate"_s} << QStringList{u"HTTP_PORT=http"_s} << u"HTTP_PORT"_s;
        QTest::newRow("bad url") << QStringList{u"migrate"_s} << QStringList{u"DATABASE_URL=mysql://x"_s}
                                 << u"DATABASE_URL"_s;
        QTest::newRow("backup without output") << QStringList{u"backup"_s} << QStringList{} << u"--output"_s;
        QTest::newRow("staff without action") << QStringList{u"staff"_s} << QStringList{} << u"usage"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(QString, needle);
        QTemporaryDir dir;
        env.prepend(dbEnv(dir.filePath(u"q.db"_s)));
        const auto result = runService(args, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(isOneErrorLine(result.err, needle), qPrintable(result.err));
        QVERIFY(!QFile::exists(dir.filePath(u"q.db"_s)));
    }

    void migrateIsIdempotent()
    {
        QTemporaryDir dir;
        const QStringList env{dbEnv(dir.filePath(u"q.db"_s))};
        auto result = runService({u"migrate"_s}, env);
        QCOMPARE(result.exitCode, 0);
        DatabaseUrl unused;
        unused.path = dir.filePath(u"unused.db"_s);
        Database shipped(unused); // only to ask which migrations this build ships; never opened
        const qsizetype known = Migrator(shipped).available().size();
        QVERIFY(known >= 1);
        QVERIFY2(result.out.contains(u"%1 migration(s) applied"_s.arg(known)), qPrintable(result.out));
        result = runService({u"migrate"_s}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"0 migration(s) applied"_s), qPrintable(result.out));
    }

    void staffLifecycle()
    {
        QTemporaryDir dir;
        const QStringList env{dbEnv(dir.filePath(u"q.db"_s))};
        QCOMPARE(runService({u"migrate"_s}, env).exitCode, 0);

        auto added = runService({u"staff"_s, u"add"_s, u"alice"_s, u"--role"_s, u"admin"_s}, env);
        QCOMPARE(added.exitCode, 0);
        const QString token = added.out.trimmed();
        QVERIFY2(QRegularExpression(u"^qbt_[A-Za-z0-9_-]{43}$"_s).match(token).hasMatch(), qPrintable(added.out));
        QVERIFY(!added.err.contains(token)); // printed once, on stdout only

        const auto listed = runService({u"staff"_s, u"list"_s}, env);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(QRegularExpression(u"alice\\s+admin"_s).match(listed.out).hasMatch());
        QVERIFY(!listed.out.contains(token));

        const auto duplicate = runService({u"staff"_s, u"add"_s, u"alice"_s, u"--role"_s, u"viewer"_s}, env);
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(isOneErrorLine(duplicate.err, u"already exists"_s));

        const auto badRole = runService({u"staff"_s, u"add"_s, u"bob"_s, u"--role"_s, u"root"_s}, env);
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(isOneErrorLine(badRole.err, u"root"_s));
        QVERIFY(!runService({u"staff"_s, u"list"_s}, env).out.contains(u"bob"_s));

        QCOMPARE(runService({u"staff"_s, u"revoke"_s, u"alice"_s}, env).exitCode, 0);
        QVERIFY(!runService({u"staff"_s, u"list"_s}, env).out.contains(u"alice"_s));
        const auto again = runService({u"staff"_s, u"revoke"_s, u"alice"_s}, env);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(isOneErrorLine(again.err, u"alice"_s));
    }

    void missingDataDirectory()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"absent"_s);
        const auto result = runService({u"migrate"_s}, {dbEnv(missing + u"/q.db"_s)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneErrorLine(result.err, u"does not exist"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(missing));
    }

    void readOnlyDataDirectory()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        QStringList args{u"migrate"_s};
        QString program = QStringLiteral(QUEUE_SERVICE_BINARY);
        if (::geteuid() == 0) {
            // Root ignores permission bits: run as nobody so the directory really is read-only.
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                          | QFile::ReadOther | QFile::ExeOther));
            args = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, program, u"migrate"_s};
            program = u"setpriv"_s;
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DATABASE_URL"_s, u"sqlite:"_s + data + u"/q.db"_s);
        process.setProcessEnvironment(env);
        process.start(program, args);
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(isOneErrorLine(err, u"not writable"_s), qPrintable(err));
        QVERIFY(QDir(data).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void corruptDatabaseIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.db"_s);
        const QByteArray garbage = QByteArray("garbage, not SQLite ").repeated(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        for (const QStringList &args : {QStringList{u"migrate"_s}, QStringList{u"serve"_s},
                                        QStringList{u"staff"_s, u"list"_s}}) {
            const auto result = runService(args, {dbEnv(path)});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(u"not a database"_s), qPrintable(result.err));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void serveRefusesNewerSchema()
    {
        TempDatabase tmp;
        tmp.db->session().exec(u"INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 0)"_s);
        tmp.db->closeThisThread();
        const auto result = runService({u"serve"_s}, {dbEnv(tmp.path())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"newer than this queue-service knows"_s), qPrintable(result.err));
    }

    void serveRefusesAShortAdminToken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.db"_s);
        for (const QString &token : {u"x"_s, QString(31, u'a')}) {
            const auto result = runService({u"serve"_s}, {dbEnv(path), u"ADMIN_TOKEN="_s + token, u"HTTP_PORT=0"_s});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(isOneErrorLine(result.err, u"ADMIN_TOKEN is %1 characters long; it must have at least 32"_s
                                                    .arg(token.size())),
                     qPrintable(result.err));
            QVERIFY(result.err.contains(u"openssl rand -hex 32"_s));
            QVERIFY(!QFile::exists(path)); // refused before anything is opened
        }
    }

    void serveLogsJsonAndNeverSecrets()
    {
        QTemporaryDir dir;
        const QString botToken = u"123456:AAHsecretBotTokenValue"_s;
        const QString adminToken = u"admin-bootstrap-secret-value-0123456789"_s;
        QProcess process;
        QString log;
        QVERIFY2(startServe(process,
                            {dbEnv(dir.filePath(u"q.db"_s)), u"TELEGRAM_BOT_TOKEN="_s + botToken,
                             u"ADMIN_TOKEN="_s + adminToken, u"LOG_LEVEL=debug"_s, u"HTTP_PORT=0"_s},
                            &log),
                 qPrintable(log));
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        log += QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!log.contains(botToken));
        QVERIFY(!log.contains(u"AAHsecret"_s));
        QVERIFY(!log.contains(adminToken));
        const QStringList lines = log.trimmed().split(u'\n');
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject record = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            for (const QString &key : {u"time"_s, u"level"_s, u"category"_s, u"message"_s})
                QVERIFY2(record.contains(key), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
