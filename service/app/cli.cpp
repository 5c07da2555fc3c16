#include "cli.h"

#include "app/config.h"
#include "app/logging.h"
#include "app/serviceapp.h"
#include "app/shutdownsignals.h"
#include "domain/staffservice.h"
#include "storage/backup.h"
#include "storage/datamigration.h"
#include "storage/migrator.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif
#include <QTextStream>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// A bootstrap token short enough to guess is an open admin door (`openssl rand -hex 32` makes a
// 64-character one).
constexpr qsizetype kMinAdminTokenLength = 32;

void printLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(int code, const QString &message)
{
    printLine(stderr, u"queue-service: error: "_s + message);
    return code;
}

struct Context
{
    ServiceConfig config;
    DatabaseUrl url;
    QStringList args; // positional arguments after the command
    QCommandLineParser *parser = nullptr;
};

int cmdServe(Context &ctx)
{
    // Refused before anything listens.
    if (!ctx.config.adminToken.isEmpty() && ctx.config.adminToken.size() < kMinAdminTokenLength) {
        return fail(Usage, u"ADMIN_TOKEN is %1 characters long; it must have at least %2 "
                           "(make one with: openssl rand -hex 32)"_s
                               .arg(ctx.config.adminToken.size())
                               .arg(kMinAdminTokenLength));
    }
    // Signals are caught before anything starts, so a SIGTERM during start-up is still graceful.
    ShutdownSignals shutdownSignals;
    ServiceApp service(ctx.config, ctx.url);
    if (!service.start())
        return Failure;
    QObject::connect(&shutdownSignals, &ShutdownSignals::received, &service, [&](int number) {
        service.shutdown(number == 15 ? u"SIGTERM"_s : u"SIGINT"_s);
    });
    QObject::connect(&service, &ServiceApp::stopped, qApp, [] { QCoreApplication::exit(Success); });
    return QCoreApplication::exec();
}

int cmdMigrate(Context &ctx)
{
    Database db(ctx.url);
    Migrator migrator(db);
    const int applied = migrator.migrate();
    printLine(stdout, u"database %1 is at schema version %2 (%3 migration(s) applied)"_s.arg(
                          ctx.url.redacted(), QString::number(migrator.currentVersion()), QString::number(applied)));
    return Success;
}

int cmdBackup(Context &ctx)
{
    const QString output = ctx.parser->value(u"output"_s);
    if (output.isEmpty())
        return fail(Usage, u"backup needs --output FILE"_s);
    // Said before connecting: the answer does not depend on the server being up.
    if (ctx.url.dialect != SqlDialect::Sqlite)
        return fail(Usage, postgresBackupAdvice(ctx.url));
    Database db(ctx.url);
    Migrator(db).requireCurrent();
    const BackupResult result = backupDatabase(db, output);
    printLine(stdout, u"backup written to %1 (%2 bytes, schema version %3, integrity ok)"_s.arg(
                          result.path, QString::number(result.bytes), QString::number(result.schemaVersion)));
    return Success;
}

int cmdMigrateData(Context &ctx)
{
    QString error;
    const auto from = DatabaseUrl::parse(ctx.parser->value(u"from"_s), &error);
    if (!from)
        return fail(Usage, u"migrate-data --from: "_s + error);
    const auto to = DatabaseUrl::parse(ctx.parser->value(u"to"_s), &error);
    if (!to)
        return fail(Usage, u"migrate-data --to: "_s + error);
    if (from->dialect != SqlDialect::Sqlite || to->dialect != SqlDialect::Postgres)
        return fail(Usage, u"usage: queue-service migrate-data --from sqlite:FILE --to postgresql://USER:PASSWORD@HOST:PORT/DB"_s);
    if (!QFileInfo::exists(from->path))
        return fail(Failure, u"migrate-data: %1 does not exist"_s.arg(from->path));
    Database source(*from);
    Database target(*to);
    const DataMigrationResult result = migrateData(source, target);
    for (const TableCopy &table : result.tables)
        printLine(stdout, u"  %1 %2"_s.arg(table.table, -24).arg(table.rows));
    printLine(stdout, u"copied %1 rows in %2 tables from %3 to %4 (schema version %5); row counts verified"_s.arg(
                          QString::number(result.totalRows()), QString::number(result.tables.size()), from->redacted(),
                          to->redacted(), QString::number(result.schemaVersion)));
    return Success;
}

int cmdStaff(Context &ctx)
{
    const QString action = ctx.args.value(0);
    SystemClock clock;
    const auto ready = [&](Database &db) { Migrator(db).requireCurrent(); };

    if (action == u"add"_s) {
        if (ctx.args.size() != 2)
            return fail(Usage, u"usage: queue-service staff add NAME --role admin|operator|viewer"_s);
        const QString roleName = ctx.parser->value(u"role"_s);
        const auto role = enumFromString<StaffRole>(roleName);
        if (!role)
            return fail(Usage, u"invalid role \"%1\"; use admin, operator or viewer"_s.arg(roleName));
        if (!StaffService::isValidName(ctx.args[1]))
            return fail(Usage, u"invalid staff name \"%1\"; use 1-64 letters, digits, . _ @ -"_s.arg(ctx.args[1]));
        Database db(ctx.url);
        ready(db);
        const Outcome<QString> token = StaffService(db, clock).add(ctx.args[1], *role, Actor::system());
        if (!token.ok())
            return fail(Failure, refusalMessage(token.refusal()));
        printLine(stderr, u"Staff account \"%1\" (%2) created. Its token is shown once; store it now:"_s.arg(
                              ctx.args[1], roleName));
        printLine(stdout, token.value());
        return Success;
    }
    if (action == u"list"_s && ctx.args.size() == 1) {
        Database db(ctx.url);
        ready(db);
        const QList<StaffRecord> staff = StaffService(db, clock).list();
        printLine(stdout, u"%1 %2 %3"_s.arg(u"NAME"_s, -24).arg(u"ROLE"_s, -9).arg(u"CREATED (UTC)"_s));
        for (const StaffRecord &s : staff) {
            printLine(stdout, u"%1 %2 %3"_s.arg(s.name, -24)
                                  .arg(enumName(s.role), -9)
                                  .arg(s.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)));
        }
        return Success;
    }
    if (action == u"revoke"_s && ctx.args.size() == 2) {
        Database db(ctx.url);
        ready(db);
        const Outcome<Done> done = StaffService(db, clock).revoke(ctx.args[1], Actor::system());
        if (!done.ok())
            return fail(Failure, refusalMessage(done.refusal()) + u" (\""_s + ctx.args[1] + u"\")"_s);
        printLine(stdout, u"staff account \"%1\" revoked"_s.arg(ctx.args[1]));
        return Success;
    }
    return fail(Usage, u"usage: queue-service staff add NAME --role R | staff list | staff revoke NAME"_s);
}

// The service's own /health from the configuration: the bind address, or loopback for a
// wildcard one (what a Docker HEALTHCHECK inside the container needs).
QUrl defaultHealthUrl(const ServiceConfig &config)
{
    QString host = config.httpHost;
    if (host.isEmpty() || host == u"0.0.0.0"_s)
        host = u"127.0.0.1"_s;
    else if (host == u"::"_s)
        host = u"::1"_s;
    QUrl url;
    url.setScheme(config.tlsCertFile.isEmpty() ? u"http"_s : u"https"_s);
    url.setHost(host);
    url.setPort(config.httpPort);
    url.setPath(u"/health"_s);
    return url;
}

int cmdHealthcheck(Context &ctx)
{
    constexpr int kTimeoutMs = 5000;
    const bool ownService = !ctx.parser->isSet(u"url"_s);
    if (ownService && ctx.config.httpPort == 0)
        return fail(Usage, u"HTTP_PORT is 0 (any free port); pass --url URL"_s);
    const QUrl url = ownService ? defaultHealthUrl(ctx.config) : QUrl(ctx.parser->value(u"url"_s), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        return fail(Usage, u"--url must be an http:// or https:// URL, got \"%1\""_s.arg(ctx.parser->value(u"url"_s)));

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // never ask a proxy about our own health
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
#if QT_CONFIG(ssl)
    if (ownService && url.scheme() == u"https"_s) {
        // Our own listener on loopback: its certificate names the public host, not 127.0.0.1.
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
#endif
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = url.toDisplayString();
    if (code == 0) {
        printLine(stdout, u"unreachable: %1 (%2)"_s.arg(reply->errorString(), where));
        delete reply;
        return Failure;
    }
    const QString status = QJsonDocument::fromJson(reply->readAll()).object().value(u"status"_s).toString();
    delete reply;
    const bool known = status == u"healthy"_s || status == u"warning"_s || status == u"unhealthy"_s;
    printLine(stdout, u"%1 (HTTP %2, %3)"_s.arg(known ? status : u"unexpected answer"_s).arg(code).arg(where));
    return code == 200 && (status == u"healthy"_s || status == u"warning"_s) ? Success : Failure;
}

} // namespace

int runQueueService(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"queue-service"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUEUE_BOT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Queue Bot service: Telegram bot, booking rules, HTTP API, health and metrics.\n\n"
        "Commands:\n"
        "  serve                      run the service (default)\n"
        "  migrate                    apply database migrations and exit\n"
        "  backup --output FILE       write a hot, verified copy of the database (SQLite; pg_dump for PostgreSQL)\n"
        "  migrate-data --from sqlite:FILE --to postgresql://USER:PASSWORD@HOST:PORT/DB\n"
        "                             copy a whole SQLite database into an empty PostgreSQL one\n"
        "  staff add NAME --role R    create a staff account (admin|operator|viewer); prints its token once\n"
        "  staff list                 list active staff accounts\n"
        "  staff revoke NAME          revoke a staff account\n"
        "  healthcheck [--url URL]    GET /health of the running service; exit 0 if healthy or warning,\n"
        "                             1 otherwise (default URL: http://127.0.0.1:$HTTP_PORT/health)\n\n"
        "Configuration comes from environment variables (see README), optionally from an INI file."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"config"_s, u"Read settings from this INI file (environment variables win)."_s, u"file"_s});
    parser.addOption({u"output"_s, u"backup: the file to write."_s, u"file"_s});
    parser.addOption({u"from"_s, u"migrate-data: the SQLite database to copy (sqlite:FILE)."_s, u"url"_s});
    parser.addOption({u"to"_s, u"migrate-data: the empty PostgreSQL database to fill (postgresql://...)."_s, u"url"_s});
    parser.addOption({u"role"_s, u"staff add: admin, operator or viewer."_s, u"role"_s});
    parser.addOption({u"url"_s, u"healthcheck: the /health URL to call."_s, u"url"_s});
    parser.addPositionalArgument(u"command"_s, u"serve | migrate | migrate-data | backup | staff | healthcheck"_s, u"[command] [args...]"_s);

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(Usage, parser.errorText() + u" (see --help)"_s);
    if (parser.isSet(u"help"_s))
        parser.showHelp(Success);
    if (parser.isSet(u"version"_s)) {
        printLine(stdout, u"queue-service "_s + QStringLiteral(QUEUE_BOT_VERSION));
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? u"serve"_s : positional.takeFirst();
    static const QStringList commands{u"serve"_s,  u"migrate"_s, u"migrate-data"_s,
                                      u"backup"_s, u"staff"_s,   u"healthcheck"_s};
    if (!commands.contains(command))
        return fail(Usage, u"unknown command \"%1\" (see --help)"_s.arg(command));
    if (command != u"staff"_s && !positional.isEmpty())
        return fail(Usage, u"unexpected argument \"%1\" for %2"_s.arg(positional.first(), command));

    QString error;
    const auto config = ServiceConfig::load(QProcessEnvironment::systemEnvironment(), parser.value(u"config"_s), &error);
    if (!config)
        return fail(Usage, error);
    const auto url = DatabaseUrl::parse(config->databaseUrl, &error);
    if (!url)
        return fail(Usage, error);
    installLogHandler(config->logFormat == u"text"_s ? LogFormat::Text : LogFormat::Json, config->logLevel);

    Context ctx{*config, *url, positional, &parser};
    try {
        if (command == u"migrate"_s)
            return cmdMigrate(ctx);
        if (command == u"backup"_s)
            return cmdBackup(ctx);
        if (command == u"migrate-data"_s)
            return cmdMigrateData(ctx);
        if (command == u"staff"_s)
            return cmdStaff(ctx);
        if (command == u"healthcheck"_s)
            return cmdHealthcheck(ctx);
        return cmdServe(ctx);
    } catch (const StorageError &storageError) {
        return fail(Failure, storageError.message());
    }
}
