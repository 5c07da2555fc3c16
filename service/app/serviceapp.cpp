#include "serviceapp.h"

#include "app/logging.h"
#include "storage/migrator.h"
#include "version.h"

Q_LOGGING_CATEGORY(lcService, "queue.service")

using namespace Qt::StringLiterals;

ServiceApp::ServiceApp(ServiceConfig config, DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(std::make_unique<Database>(std::move(url)))
{
}

ServiceApp::~ServiceApp() = default;

bool ServiceApp::start()
{
    try {
        Migrator migrator(*m_db);
        if (m_config.migrateOnStart)
            migrator.migrate();
        else
            migrator.requireCurrent();
        logEvent(QtInfoMsg, lcService(), u"database ready"_s,
                 {{u"database"_s, m_db->url().redacted()}, {u"schema_version"_s, migrator.currentVersion()}});
    } catch (const StorageError &error) {
        logEvent(QtCriticalMsg, lcService(), u"cannot start: "_s + error.message(), {});
        return false;
    }
    m_running = true;
    logEvent(QtInfoMsg, lcService(), u"queue-service started"_s,
             {{u"version"_s, QStringLiteral(QUEUE_BOT_VERSION)},
              {u"telegram_bot"_s, m_config.telegramBotToken.isEmpty() ? u"off"_s : m_config.telegramMode}});
    return true;
}

void ServiceApp::shutdown(const QString &reason)
{
    if (!m_running)
        return;
    m_running = false;
    logEvent(QtInfoMsg, lcService(), u"shutdown: stop accepting work"_s, {{u"reason"_s, reason}});
    // Handlers are synchronous, so once the event loop returns here nothing is half-done.
    logEvent(QtInfoMsg, lcService(), u"shutdown: in-flight work finished"_s, {});
    m_db->closeThisThread();
    logEvent(QtInfoMsg, lcService(), u"shutdown: database closed"_s, {});
    emit stopped();
}
