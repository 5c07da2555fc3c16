// queue-service against npm's telegram-test-api, a Bot API emulator nobody here wrote: the test
// installs it (npm ci, into the build tree), starts it on a free port, sends /start as a client
// and waits for the bot's answer through the emulator's client API.
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString kToken = u"5550001:emulator-token"_s;
constexpr qint64 kUser = 777001;

QJsonObject postJson(quint16 port, const QString &path, const QJsonObject &body)
{
    return httpRequest("POST", QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)),
                       QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 10000)
        .json()
        .object();
}

} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

    QString m_work = QStringLiteral(EMULATOR_WORK_DIR);
    QProcess m_emulator;
    quint16 m_port = 0;

private slots:
    void initTestCase()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const QString npm = QStandardPaths::findExecutable(u"npm"_s);
        if (node.isEmpty() || npm.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("node and npm are needed (scripts/install-deps.sh installs them)");
            QSKIP("node or npm not installed");
        }
        // npm ci into the build tree, again whenever the lock file changes (a stamp remembers
        // the lock it installed: npm may rewrite its own copy).
        QVERIFY(QDir().mkpath(m_work));
        const QString source = QStringLiteral(EMULATOR_SOURCE_DIR);
        for (const QString &name : {u"package.json"_s, u"package-lock.json"_s, u"run-emulator.js"_s}) {
            QFile::remove(m_work + u'/' + name);
            QVERIFY(QFile::copy(source + u'/' + name, m_work + u'/' + name));
        }
        QFile lock(source + u"/package-lock.json"_s);
        QVERIFY(lock.open(QIODevice::ReadOnly));
        const QByteArray wanted = lock.readAll();
        QFile stamp(m_work + u"/installed-lock.json"_s);
        const bool installed = stamp.open(QIODevice::ReadOnly) && stamp.readAll() == wanted
            && QFile::exists(m_work + u"/node_modules/telegram-test-api/package.json"_s);
        stamp.close();
        if (!installed) {
            QProcess install;
            install.setWorkingDirectory(m_work);
            install.setProcessChannelMode(QProcess::MergedChannels);
            install.start(npm, {u"ci"_s, u"--no-audit"_s, u"--no-fund"_s});
            QVERIFY(install.waitForFinished(240000));
            QVERIFY2(install.exitCode() == 0, install.readAll().constData());
            QVERIFY(stamp.open(QIODevice::WriteOnly | QIODevice::Truncate));
            stamp.write(wanted);
            stamp.close();
        }

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        m_emulator.setWorkingDirectory(m_work);
        m_emulator.setProcessChannelMode(QProcess::MergedChannels);
        m_emulator.start(node, {u"run-emulator.js"_s, QString::number(m_port)});
        const QString line = readLine(m_emulator, 30000);
        QVERIFY2(line.startsWith(u"listening"_s), qPrintable(line + QString::fromUtf8(m_emulator.readAll())));
    }

    void cleanupTestCase()
    {
        if (m_emulator.state() != QProcess::NotRunning) {
            m_emulator.terminate();
            if (!m_emulator.waitForFinished(10000))
                m_emulator.kill();
        }
    }

    void startIsAnswered()
    {
        ServiceProcess service;
        QVERIFY2(service.start({u"TELEGRAM_BOT_TOKEN="_s + kToken,
                                u"TELEGRAM_API_URL=http://127.0.0.1:%1"_s.arg(m_port),
                                u"TELEGRAM_POLL_TIMEOUT_SECONDS=1"_s, u"TELEGRAM_RETRY_BASE_MS=200"_s}),
                 qPrintable(service.log()));

        // What the emulator's own client sends for a command.
        const QJsonObject person{{u"id"_s, kUser}, {u"first_name"_s, u"Masha"_s}, {u"username"_s, u"masha"_s},
                                 {u"is_bot"_s, false}, {u"language_code"_s, u"en"_s}};
        const QJsonObject command{
            {u"botToken"_s, kToken},
            {u"from"_s, person},
            {u"chat"_s, QJsonObject{{u"id"_s, kUser}, {u"first_name"_s, u"Masha"_s}, {u"type"_s, u"private"_s}}},
            {u"date"_s, QDateTime::currentSecsSinceEpoch()},
            {u"text"_s, u"/start"_s},
            {u"entities"_s, QJsonArray{QJsonObject{{u"offset"_s, 0}, {u"length"_s, 6}, {u"type"_s, u"bot_command"_s}}}}};
        QVERIFY(postJson(m_port, u"/sendCommand"_s, command).value(u"ok"_s).toBool());

        // The client side of the emulator collects what the bot sent to this chat.
        QJsonArray received;
        const bool answered = QTest::qWaitFor(
            [&] {
                received = postJson(m_port, u"/getUpdates"_s, {{u"token"_s, kToken}, {u"chatId"_s, kUser}})
                               .value(u"result"_s)
                               .toArray();
                return !received.isEmpty();
            },
            20000);
        if (!answered)
            qWarning().noquote() << service.log();
        QVERIFY(answered);
        const QJsonObject reply = received.first().toObject().value(u"message"_s).toObject();
        QCOMPARE(reply.value(u"chat_id"_s).toVariant().toLongLong(), kUser);
        QVERIFY(!reply.value(u"text"_s).toString().isEmpty());
        qInfo("the bot answered /start through the emulator with: %s",
              qPrintable(reply.value(u"text"_s).toString().left(80)));

        // The emulator answers getUpdates at once (no long poll) and ignores offset; the bot
        // neither loops hot nor handles /start twice.
        const QByteArray metrics = service.get(u"/metrics"_s).body;
        QVERIFY(metrics.contains(R"(queue_bot_telegram_updates_total{type="message"} 1)"));
        QCOMPARE(stopServing(service), 0);
        QVERIFY(!service.log().contains(kToken));
    }
};

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
