#include "benchservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Qt::StringLiterals;

quint16 startService(QProcess &service, const QString &binary, const QString &databaseUrl, const QStringList &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DATABASE_URL"_s, databaseUrl);
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

double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    // "pid (comm) state ppid …": utime and stime are the 12th and 13th fields after the comm,
    // which may itself hold spaces and parentheses.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}
