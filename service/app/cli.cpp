#include "cli.h"

#include "app/config.h"
#include "app/logging.h"
#include "app/serviceapp.h"
#include "app/shutdownsignals.h"
#include "domain/staffservice.h"
#include "storage/backup.h"
#include "storage/migrator.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

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
    Database db(ctx.url);
    Migrator(db).requireCurrent();
    const BackupResult result = backupDatabase(db, output);
    printLine(stdout, u"backup written to %1 (%2 bytes, schema version %3, integrity ok)"_s.arg(
                          result.path, QString::number(result.bytes), QString::number(result.schemaVersion)));
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
        "  backup --output FILE       write a hot, verified copy of the database\n"
        "  staff add NAME --role R    create a staff account (admin|operator|viewer); prints its token once\n"
        "  staff list                 list active staff accounts\n"
        "  staff revoke NAME          revoke a staff account\n\n"
        "Configuration comes from environment variables (see README), optionally from an INI file."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"config"_s, u"Read settings from this INI file (environment variables win)."_s, u"file"_s});
    parser.addOption({u"output"_s, u"backup: the file to write."_s, u"file"_s});
    parser.addOption({u"role"_s, u"staff add: admin, operator or viewer."_s, u"role"_s});
    parser.addPositionalArgument(u"command"_s, u"serve | migrate | backup | staff"_s, u"[command] [args...]"_s);

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
    static const QStringList commands{u"serve"_s, u"migrate"_s, u"backup"_s, u"staff"_s};
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
        if (command == u"staff"_s)
            return cmdStaff(ctx);
        return cmdServe(ctx);
    } catch (const StorageError &storageError) {
        return fail(Failure, storageError.message());
    }
}
