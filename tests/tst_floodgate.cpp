// Per-user flood control holds for the whole deployment: two real queue-service processes in
// webhook mode on one PostgreSQL database, one person's updates posted to them in turn. The
// person's burst is one allowance (kept in the database), not one per instance: what is beyond it
// waits in the update inbox and is answered later, in order, by whichever instance drains it.
// Runs only beside a server (tst_floodgate_postgres).
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestFloodGate : public QObject
{
    Q_OBJECT

private slots:
    void onePersonOneAllowanceAcrossInstances()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database: see tst_floodgate_postgres");
        constexpr int kBurst = 3;
        constexpr int kUpdates = 8;
        FakeBotApi fake;
        QVERIFY(fake.listen());
        const QByteArray secret = "flood-Secret_1";
        const QStringList env = webhookEnv(secret)
            + QStringList{u"TELEGRAM_FLOOD_RATE=1"_s, u"TELEGRAM_FLOOD_BURST=%1"_s.arg(kBurst),
                          u"TELEGRAM_FLOOD_QUEUE=20"_s};
        ServiceProcess a;
        ServiceProcess b;
        QVERIFY2(a.start(fake.serviceEnvironment() + env), qPrintable(a.log()));
        QVERIFY2(b.start(fake.serviceEnvironment() + env + QStringList{u"DATABASE_URL="_s + a.databaseUrl()}),
                 qPrintable(b.log()));
        std::unique_ptr<Database> db = a.openDatabase();

        // Updates of one person, to one instance and the other, as a balancer would spread them.
        ServiceProcess *instances[2] = {&a, &b};
        for (int i = 0; i < kUpdates; ++i) {
            const QJsonObject update = FakeBotApi::messageUpdate(9000 + i, 4242, u"/start"_s);
            const HttpResult answer = postWebhook(*instances[i % 2], jsonBytes(update), secret);
            QCOMPARE(answer.status, 200);
        }
        // Acknowledged, every one; the burst (and at most a token refilled meanwhile) was served at
        // once, the rest is held. With an allowance per instance, all eight would have been served.
        const qint64 held = count(*db, u"SELECT count(*) FROM update_inbox"_s);
        qInfo("%d updates of one person over two instances: %lld held back (burst %d)", kUpdates, held, kBurst);
        QVERIFY2(held >= kUpdates - kBurst - 1, qPrintable(QString::number(held)));
        // Then served in their turn, each once.
        QTRY_COMPARE_WITH_TIMEOUT(count(*db, u"SELECT count(*) FROM update_inbox"_s), qint64(0), 20000);
        QCOMPARE(count(*db, u"SELECT count(*) FROM processed_updates WHERE update_id >= 9000"_s), qint64(kUpdates));
        QCOMPARE(count(*db, u"SELECT count(*) FROM processed_updates WHERE update_id >= 9000 "
                            "AND effect = 'flood_dropped'"_s),
                 qint64(0));
        db->closeThisThread();
        QCOMPARE(stopServing(a), 0);
        QCOMPARE(stopServing(b), 0);
    }
};

QTEST_MAIN(TestFloodGate)
#include "tst_floodgate.moc"
