#include "serviceprocess.h"

#include "testsupport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace TestSupport {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 1000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    delete reply;
    return result;
}

ServiceProcess::ServiceProcess() = default;

ServiceProcess::~ServiceProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool ServiceProcess::start(const QStringList &env, const QStringList &extraArgs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DATABASE_URL"_s, databaseUrl());
    environment.insert(u"HTTP_PORT"_s, u"0"_s);
    environment.insert(u"HTTP_HOST"_s, u"127.0.0.1"_s);
    environment.insert(u"LOG_FORMAT"_s, u"json"_s);
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(QUEUE_SERVICE_BINARY), QStringList{u"serve"_s} + extraArgs);
    for (QString line = readLine(m_process); !line.isEmpty(); line = readLine(m_process)) {
        m_log += line + u'\n';
        const QJsonObject record = QJsonDocument::fromJson(line.toUtf8()).object();
        if (record.value(u"message"_s).toString() == u"http listening"_s) {
            m_port = quint16(record.value(u"port"_s).toInt());
            return m_port != 0;
        }
    }
    return false;
}

int ServiceProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    const int code = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    if (code != 0) // what the service said last is what a failing test needs to show
        qWarning().noquote() << "queue-service exited with" << code << "; its log ends with:\n" << log().right(3000);
    return code;
}

QUrl ServiceProcess::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QString ServiceProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

HttpResult ServiceProcess::get(const QString &path, const QByteArray &token)
{
    return send("GET", path, {}, token);
}

HttpResult ServiceProcess::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    return httpRequest(method, url(path), body, headers);
}

QJsonObject errorOf(const HttpResult &result)
{
    return result.json().object().value(u"error"_s).toObject();
}

QStringList webhookEnv(const QByteArray &secret)
{
    QStringList env{u"TELEGRAM_MODE=webhook"_s, u"WEBHOOK_URL=https://bot.example.test/webhook"_s};
    if (!secret.isEmpty())
        env << u"WEBHOOK_SECRET="_s + QString::fromLatin1(secret);
    return env;
}

HttpResult postWebhook(ServiceProcess &service, const QByteArray &body, const QByteArray &secret)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!secret.isEmpty())
        headers.append({"X-Telegram-Bot-Api-Secret-Token", secret});
    return httpRequest("POST", service.url(u"/webhook"_s), body, headers);
}

bool moveTestClock(const QList<ServiceProcess *> &services, const QString &clockFile, const QDateTime &time,
                   int timeoutMs)
{
    const QString moved = QStringLiteral("test clock moved");
    QList<qsizetype> seen;
    for (ServiceProcess *service : services)
        seen << service->log().count(moved);
    if (!writeTestClock(clockFile, time))
        return false;
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (!QTest::qWaitFor([&] { return services[i]->log().count(moved) > seen[i]; }, timeoutMs))
            return false;
    }
    return true;
}

} // namespace TestSupport
