#include "benchservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

quint16 startService(QProcess &service, const QString &binary, const QString &databasePath, const QStringList &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DATABASE_URL"_s, u"sqlite:"_s + databasePath);
    environment.insert(u"HTTP_HOST"_s, u"127.0.0.1"_s);
    environment.insert(u"HTTP_PORT"_s, u"0"_s);
    environment.insert(u"LOG_FORMAT"_s, u"json"_s);
    environment.insert(u"TELEGRAM_BOT_TOKEN"_s, QString());
    for (const QString &entry : env)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    service.setProcessEnvironment(environment);
    service.setProcessChannelMode(QProcess::MergedChannels);
    service.start(binary, {u"serve"_s});
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 && service.state() != QProcess::NotRunning) {
        if (!service.canReadLine()) {
            service.waitForReadyRead(1000);
            continue;
        }
        const QJsonObject record = QJsonDocument::fromJson(service.readLine()).object();
        if (record.value(u"message"_s).toString() == u"http listening"_s)
            return quint16(record.value(u"port"_s).toInt());
    }
    return 0;
}

void stopService(QProcess &service)
{
    service.terminate();
    if (!service.waitForFinished(30000))
        service.kill();
}

qint64 residentBytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return 0;
    // "VmRSS:     22528 kB"
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}
