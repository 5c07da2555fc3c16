#include "logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

LogFormat g_format = LogFormat::Json;
int g_minSeverity = 1;
QMutex g_writeMutex;
thread_local const QJsonObject *t_fields = nullptr;

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 1;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return u"debug"_s;
    case QtInfoMsg: return u"info"_s;
    case QtWarningMsg: return u"warning"_s;
    case QtCriticalMsg: return u"error"_s;
    case QtFatalMsg: return u"fatal"_s;
    }
    return u"info"_s;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (severity(type) < g_minSeverity)
        return;
    const QJsonObject noFields;
    const QString line = formatLogRecord(g_format, type, context.category ? context.category : "default", message,
                                         t_fields ? *t_fields : noFields, QDateTime::currentDateTimeUtc());
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&g_writeMutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QString formatLogRecord(LogFormat format, QtMsgType type, const char *category, const QString &message,
                        const QJsonObject &fields, const QDateTime &time)
{
    const QString timestamp = time.toUTC().toString(Qt::ISODateWithMs);
    const QString categoryName = QString::fromLatin1(category);
    if (format == LogFormat::Text) {
        QString line = u"%1 %2 [%3] %4"_s.arg(timestamp, levelName(type).toUpper(), categoryName, message);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonValue value = it.value();
            const QString text = value.isString() ? value.toString()
                                                  : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(
                                                        QJsonDocument::Compact)).mid(1).chopped(1);
            line += u' ' + it.key() + u'=' + text;
        }
        return line;
    }
    QJsonObject record = fields;
    record.insert(u"time"_s, timestamp);
    record.insert(u"level"_s, levelName(type));
    record.insert(u"category"_s, categoryName);
    record.insert(u"message"_s, message);
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

void installLogHandler(LogFormat format, const QString &minLevel)
{
    g_format = format;
    g_minSeverity = minLevel == u"debug"_s ? 0 : minLevel == u"warning"_s ? 2 : minLevel == u"error"_s ? 3 : 1;
    if (g_minSeverity > 0)
        QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    qInstallMessageHandler(handleMessage);
}

void logEvent(QtMsgType type, const QLoggingCategory &category, const QString &message, const QJsonObject &fields)
{
    const QJsonObject *previous = t_fields;
    t_fields = &fields;
    switch (type) {
    case QtDebugMsg: qCDebug(category).noquote() << message; break;
    case QtInfoMsg: qCInfo(category).noquote() << message; break;
    case QtWarningMsg: qCWarning(category).noquote() << message; break;
    default: qCCritical(category).noquote() << message; break;
    }
    t_fields = previous;
}
