// The real queue-service binary on a free port with a temporary database, driven over HTTP.
#pragma once

#include "scratchdatabase.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace TestSupport {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection refused, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// One HTTP request over loopback; waits for the reply (QSignalSpy, no sleeping).
HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 30000);

// The `error` object of an admin API error answer ({"error":{"code","message","field"}}).
QJsonObject errorOf(const HttpResult &result);

class ServiceProcess
{
public:
    ServiceProcess();
    ~ServiceProcess();

    // Starts `queue-service serve` with HTTP_PORT=0 and waits for its "http listening" log line.
    // `env` entries are NAME=VALUE; DATABASE_URL defaults to databaseUrl().
    bool start(const QStringList &env = {}, const QStringList &extraArgs = {});
    // SIGTERM and wait; returns the exit code (-1 if it crashed or hung).
    int stop();

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    QString dataDir() const { return m_dir.path(); }
    // Its own scratch database (SQLite or PostgreSQL, as the test run is parameterised).
    QString databaseUrl() const { return m_database.url(); }
    QString databasePath() const { return m_database.sqlitePath(); }
    std::unique_ptr<Database> openDatabase() const { return m_database.open(); }
    // Everything the process logged so far.
    QString log();
    QProcess &process() { return m_process; }

    HttpResult get(const QString &path, const QByteArray &token = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token = {});

private:
    ScratchDatabase m_database;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

// The environment of a service in webhook mode (a public URL it never reaches) that expects
// `secret`, if any, in X-Telegram-Bot-Api-Secret-Token.
QStringList webhookEnv(const QByteArray &secret = {});

// POSTs `body` to the service's /webhook as Telegram does, with `secret` (if any) in
// X-Telegram-Bot-Api-Secret-Token.
HttpResult postWebhook(ServiceProcess &service, const QByteArray &body, const QByteArray &secret = {});

// Sets the clock file (QUEUE_BOT_TEST_CLOCK_FILE) of `services` to `time` and waits until each
// logged that it noticed — after running whatever the jump made due. False if one did not.
bool moveTestClock(const QList<ServiceProcess *> &services, const QString &clockFile, const QDateTime &time,
                   int timeoutMs = 15000);

} // namespace TestSupport
