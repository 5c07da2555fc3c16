// Configuration from environment and INI, validation messages, database URLs and redaction.
#include "app/config.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConfig : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> pairs)
    {
        QProcessEnvironment result;
        for (const auto &[key, value] : pairs)
            result.insert(QString::fromLatin1(key), QString::fromUtf8(value));
        return result;
    }

private slots:
    void defaults()
    {
        QString error;
        const auto config = ServiceConfig::load(QProcessEnvironment(), QString(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->httpPort, 8080);
        QCOMPARE(config->databaseUrl, u"sqlite:data/queue.db"_s);
        QCOMPARE(config->telegramMode, u"polling"_s);
        QCOMPARE(config->telegramApiUrl, u"https://api.telegram.org"_s);
        QCOMPARE(config->logFormat, u"json"_s);
        QVERIFY(config->telegramBotToken.isEmpty());
        QVERIFY(config->migrateOnStart);
    }

    void environmentOverridesIni()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"queue.ini"_s);
        {
            QFile file(ini);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[queue]\nHTTP_PORT=9000\nLOG_FORMAT=text\nDEFAULT_TIMEZONE=Asia/Vladivostok\n");
        }
        QString error;
        const auto config = ServiceConfig::load(env({{"HTTP_PORT", "9100"}, {"TELEGRAM_MODE", "WEBHOOK"}}), ini, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->httpPort, 9100);
        QCOMPARE(config->logFormat, u"text"_s);
        QCOMPARE(config->defaultTimezone, u"Asia/Vladivostok"_s);
        QCOMPARE(config->telegramMode, u"webhook"_s);
    }

    void invalidValuesNameTheVariable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("port text") << u"HTTP_PORT"_s << u"eighty"_s;
        QTest::newRow("port range") << u"HTTP_PORT"_s << u"70000"_s;
        QTest::newRow("mode") << u"TELEGRAM_MODE"_s << u"carrier-pigeon"_s;
        QTest::newRow("format") << u"LOG_FORMAT"_s << u"xml"_s;
        QTest::newRow("level") << u"LOG_LEVEL"_s << u"loud"_s;
        QTest::newRow("timezone") << u"DEFAULT_TIMEZONE"_s << u"Moon/Base"_s;
        QTest::newRow("migrate") << u"MIGRATE_ON_START"_s << u"maybe"_s;
    }
    void invalidValuesNameTheVariable()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QProcessEnvironment environment;
        environment.insert(name, value);
        QString error;
        QVERIFY(!ServiceConfig::load(environment, QString(), &error));
        QVERIFY2(error.contains(name), qPrintable(error));
    }

    void unreadableIniFile()
    {
        QString error;
        QVERIFY(!ServiceConfig::load(QProcessEnvironment(), u"/nonexistent/queue.ini"_s, &error));
        QVERIFY(error.contains(u"/nonexistent/queue.ini"_s));
    }

    void databaseUrls()
    {
        QString error;
        auto url = DatabaseUrl::parse(u"sqlite:data/queue.db"_s, &error);
        QVERIFY(url);
        QCOMPARE(url->dialect, SqlDialect::Sqlite);
        QCOMPARE(url->path, u"data/queue.db"_s);
        url = DatabaseUrl::parse(u"sqlite:///var/lib/queue/queue.db"_s, &error);
        QCOMPARE(url->path, u"/var/lib/queue/queue.db"_s);

        url = DatabaseUrl::parse(u"postgresql://queue:s3cret@db.internal:5433/queuebot"_s, &error);
        QVERIFY(url);
        QCOMPARE(url->dialect, SqlDialect::Postgres);
        QCOMPARE(url->host, u"db.internal"_s);
        QCOMPARE(url->port, 5433);
        QCOMPARE(url->user, u"queue"_s);
        QCOMPARE(url->password, u"s3cret"_s);
        QCOMPARE(url->name, u"queuebot"_s);
        QVERIFY(!url->redacted().contains(u"s3cret"_s));
        QVERIFY(url->redacted().contains(u"db.internal"_s));

        QVERIFY(!DatabaseUrl::parse(u"mysql://x"_s, &error));
        QVERIFY(error.contains(u"DATABASE_URL"_s));
        QVERIFY(!DatabaseUrl::parse(u"sqlite:"_s, &error));
        QVERIFY(!DatabaseUrl::parse(u"postgresql://"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
