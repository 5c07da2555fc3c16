// Log records: one JSON object per line with the fixed keys and fields, or readable text.
#include "app/logging.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogging : public QObject
{
    Q_OBJECT

    const QDateTime m_time = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 123), Qt::UTC);

private slots:
    void jsonRecord()
    {
        const QString line = formatLogRecord(LogFormat::Json, QtWarningMsg, "queue.storage", u"slow \"query\"\n"_s,
                                             {{u"latency_ms"_s, 812}, {u"table"_s, u"slots"_s}}, m_time);
        QVERIFY(!line.contains(u'\n'));
        QJsonParseError error;
        const QJsonObject record = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(record.value(u"time"_s).toString(), u"2026-11-26T10:00:00.123Z"_s);
        QCOMPARE(record.value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(record.value(u"category"_s).toString(), u"queue.storage"_s);
        QCOMPARE(record.value(u"message"_s).toString(), u"slow \"query\"\n"_s);
        QCOMPARE(record.value(u"latency_ms"_s).toInt(), 812);
        QCOMPARE(record.value(u"table"_s).toString(), u"slots"_s);
    }

    void fixedKeysWinOverFields()
    {
        const QString line = formatLogRecord(LogFormat::Json, QtInfoMsg, "queue.http", u"real"_s,
                                             {{u"message"_s, u"spoofed"_s}, {u"level"_s, u"error"_s}}, m_time);
        const QJsonObject record = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(record.value(u"message"_s).toString(), u"real"_s);
        QCOMPARE(record.value(u"level"_s).toString(), u"info"_s);
    }

    void textRecord()
    {
        const QString line = formatLogRecord(LogFormat::Text, QtCriticalMsg, "queue.service", u"cannot start"_s,
                                             {{u"port"_s, 8080}, {u"host"_s, u"0.0.0.0"_s}}, m_time);
        QCOMPARE(line, u"2026-11-26T10:00:00.123Z ERROR [queue.service] cannot start host=0.0.0.0 port=8080"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
