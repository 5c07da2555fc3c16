// Three real queue-service processes in webhook mode on one PostgreSQL database, as behind the
// proxy: 1,000 people press Confirm for a slot with 10 seats at once, spread over the three →
// exactly 10 booked and told so, everyone else told it is full; the same update delivered to all
// three at once has one effect; PostgreSQL stopped for 20 s under load → requests fail fast with
// 503 meanwhile, the instances recover by themselves, and every booking acknowledged to Telegram
// is in the database. Updates are POSTed as Telegram does (tests/support/webhookcrowd); the
// instances' replies go to one fake Bot API. Runs only beside a server (tst_instances_postgres).
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "testsupport.h"
#include "webhookcrowd.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QByteArray kSecret = "instances-webhook-secret";
// What the bot says on a pressed Confirm (English: FakeBotApi's people speak it).
const QString kBookedNotice = u"You are booked."_s;
const QString kFullNotice = u"Sorry, this time slot is already full."_s;

// Telegram delivering Confirms of new people over `links` webhook connections spread over the
// instances: a refused update is sent again after kRetryMs until it is answered 200 — to the next
// instance, as a proxy may route a redelivery — and a link takes the next person kPaceMs after an
// acknowledgement. Records every attempt and what each acknowledgement said.
class BookingLoad : public QObject
{
public:
    struct Attempt
    {
        qint64 person = 0;
        int instance = 0;
        WebhookAnswer answer;
    };

    BookingLoad(WebhookCrowd &crowd, QList<quint16> ports, int links, qint64 firstPerson,
                std::function<QByteArray(qint64 person, qint64 updateId)> update)
        : m_crowd(crowd)
        , m_ports(std::move(ports))
        , m_links(links)
        , m_nextPerson(firstPerson)
        , m_update(std::move(update))
    {
    }

    void start()
    {
        for (int link = 0; link < m_links; ++link) {
            ++m_busy;
            next(link);
        }
    }
    // No new people from now on; those already sent are delivered until acknowledged.
    void finish() { m_finishing = true; }
    bool idle() const { return m_busy == 0; }

    // person → the acknowledgement's answerCallbackQuery text (null: none, as for a duplicate or
    // an update held back)
    const QHash<qint64, QString> &acknowledged() const { return m_acknowledged; }
    int acknowledgedSince(qint64 ms) const
    {
        return int(std::count_if(m_attempts.cbegin(), m_attempts.cend(), [ms](const Attempt &attempt) {
            return attempt.answer.status == 200 && attempt.answer.sentMs >= ms;
        }));
    }
    const QList<Attempt> &attempts() const { return m_attempts; }

private:
    static constexpr int kPaceMs = 100;
    static constexpr int kRetryMs = 200;

    void next(int link)
    {
        if (m_finishing) {
            --m_busy;
            return;
        }
        const qint64 person = m_nextPerson++;
        send(link, person, m_nextUpdateId++, link % int(m_ports.size()));
    }

    void send(int link, qint64 person, qint64 updateId, int instance)
    {
        // A test that failed early drops the load while answers are still on their way.
        const QPointer<BookingLoad> alive(this);
        m_crowd.post({m_ports.at(instance), m_update(person, updateId)},
                     [alive, link, person, updateId, instance](const WebhookAnswer &answer) {
                         if (alive)
                             alive->answered(link, person, updateId, instance, answer);
                     });
    }

    void answered(int link, qint64 person, qint64 updateId, int instance, const WebhookAnswer &answer)
    {
        m_attempts.append({person, instance, answer});
        if (answer.status == 200) {
            m_acknowledged.insert(person, answer.callbackNotice());
            QTimer::singleShot(kPaceMs, this, [this, link] { next(link); });
        } else {
            const int other = (instance + 1) % int(m_ports.size());
            QTimer::singleShot(kRetryMs, this, [this, link, person, updateId, other] { send(link, person, updateId, other); });
        }
    }

    WebhookCrowd &m_crowd;
    const QList<quint16> m_ports;
    const int m_links;
    qint64 m_nextPerson;
    qint64 m_nextUpdateId = 5'000'000;
    std::function<QByteArray(qint64, qint64)> m_update;
    QList<Attempt> m_attempts;
    QHash<qint64, QString> m_acknowledged;
    int m_busy = 0;
    bool m_finishing = false;
};

} // namespace

class TestInstances : public QObject
{
    Q_OBJECT

    static constexpr int kInstances = 3;

    std::unique_ptr<FakeBotApi> m_fake;
    std::vector<std::unique_ptr<ServiceProcess>> m_instances;
    std::unique_ptr<WebhookCrowd> m_crowd;
    std::unique_ptr<Database> m_db;
    qint64 m_queueId = 0;
    int m_slots = 0;
    qint64 m_nextUpdateId = 1'000'000;

    quint16 port(int instance) const { return m_instances.at(instance)->port(); }
    QList<quint16> ports() const
    {
        QList<quint16> all;
        for (const auto &instance : m_instances)
            all << instance->port();
        return all;
    }

    // A slot of the test's queue tomorrow, each at its own time.
    qint64 slotWithSeats(int seats)
    {
        SystemClock clock;
        BookingService bookings(*m_db, clock);
        const QDateTime start = QDateTime(QDate::currentDate().addDays(1), QTime(8, 0), Qt::UTC).addSecs(m_slots++ * 900);
        return bookings.createSlot(m_queueId, start, start.addSecs(900), seats, Actor::system()).value().id;
    }

    QByteArray confirm(qint64 updateId, qint64 person, qint64 slotId) const
    {
        return jsonBytes(FakeBotApi::callbackUpdate(updateId, person, u"k:q%1:%2"_s.arg(m_queueId).arg(slotId)));
    }

    // The Telegram ids with an active booking of `slotId`.
    static QSet<qint64> bookedPeople(Database &db, qint64 slotId)
    {
        SqlRows rows = db.session().exec(u"SELECT u.telegram_id FROM bookings b JOIN users u ON u.id = b.user_id "
                                         "WHERE b.slot_id = ? AND b.status = 'active'"_s,
                                         {slotId});
        QSet<qint64> people;
        while (rows.next())
            people.insert(rows.value(0).toLongLong());
        return people;
    }

    // The screens (message edits) shown to people in [first, first + count), by person.
    QHash<qint64, QStringList> editsTo(qint64 first, qint64 count) const
    {
        QHash<qint64, QStringList> edits;
        for (const FakeBotApi::Call &call : m_fake->succeeded(u"editMessageText"_s)) {
            const qint64 chat = chatOf(call);
            if (chat >= first && chat < first + count)
                edits[chat].append(call.params.value(u"text"_s).toString());
        }
        return edits;
    }
    static int total(const QHash<qint64, QStringList> &edits)
    {
        int n = 0;
        for (const QStringList &texts : edits)
            n += int(texts.size());
        return n;
    }

private slots:
    void initTestCase()
    {
        if (!usingPostgres())
            QSKIP("several instances share a PostgreSQL database: see tst_instances_postgres");
        m_fake = std::make_unique<FakeBotApi>();
        QVERIFY(m_fake->listen());
        const QStringList webhook = webhookEnv(kSecret)
            + QStringList{// Everyone at once, from one address (the proxy's, in production).
                          u"HTTP_MAX_CONNECTIONS=2000"_s, u"TRUSTED_PROXIES=127.0.0.1"_s,
                          u"TELEGRAM_RETRY_BASE_MS=100"_s, u"TELEGRAM_RETRY_MAX_MS=500"_s};
        for (int i = 0; i < kInstances; ++i) {
            auto instance = std::make_unique<ServiceProcess>();
            QStringList env = m_fake->serviceEnvironment() + webhook;
            if (i > 0) // one database: the first instance's
                env << u"DATABASE_URL="_s + m_instances.front()->databaseUrl();
            QVERIFY2(instance->start(env), qPrintable(instance->log()));
            m_instances.push_back(std::move(instance));
        }
        m_db = m_instances.front()->openDatabase();
        SystemClock clock;
        BookingService bookings(*m_db, clock);
        m_queueId = bookings.createQueue(sampleQueue(), Actor::system()).value().id;
        m_crowd = std::make_unique<WebhookCrowd>(kSecret);
    }

    void cleanup()
    {
        if (!QTest::currentTestFailed())
            return;
        // What the instances said last is what a failure needs to show.
        for (int i = 0; i < int(m_instances.size()); ++i) {
            const QStringList lines = m_instances[i]->log().trimmed().split(u'\n');
            qWarning().noquote() << "instance" << i << "logged last:\n"
                                 << lines.mid(qMax<qsizetype>(0, lines.size() - 30)).join(u'\n');
        }
    }

    void cleanupTestCase()
    {
        if (m_db)
            m_db->closeThisThread();
        for (const auto &instance : m_instances)
            QCOMPARE(stopServing(*instance), 0);
    }

    void aThousandPeopleForTenSeats()
    {
        constexpr int kPeople = 1000;
        constexpr int kSeats = 10;
        constexpr qint64 kFirst = 710'000;
        const qint64 slotId = slotWithSeats(kSeats);
        QList<WebhookPost> posts;
        for (int i = 0; i < kPeople; ++i)
            posts.append({port(i % kInstances), confirm(m_nextUpdateId++, kFirst + i, slotId)});
        QElapsedTimer timer;
        timer.start();
        const QList<WebhookAnswer> answers = m_crowd->postTogether(posts, 60000);
        qInfo("%d Confirms over %d instances answered in %lld ms", kPeople, kInstances, timer.elapsed());

        QSet<qint64> toldBooked;
        int toldFull = 0;
        QHash<int, int> statuses;
        QStringList otherNotices;
        QList<int> wonPerInstance(kInstances);
        for (int i = 0; i < kPeople; ++i) {
            const WebhookAnswer &answer = answers.at(i);
            ++statuses[answer.status];
            const QString notice = answer.callbackNotice();
            if (notice == kBookedNotice) {
                toldBooked.insert(kFirst + i);
                ++wonPerInstance[i % kInstances];
            } else if (notice == kFullNotice) {
                ++toldFull;
            } else if (otherNotices.size() < 5) {
                otherNotices << u"%1 %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body));
            }
        }
        QStringList byStatus;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            byStatus << u"%1 × %2"_s.arg(it.value()).arg(it.key());
        QVERIFY2(statuses.value(200) == kPeople, qPrintable(u"answers: "_s + byStatus.join(u", "_s)));
        QVERIFY2(otherNotices.isEmpty(), qPrintable(otherNotices.join(u"; "_s)));
        qInfo("seats won through each instance: %d, %d, %d", wonPerInstance[0], wonPerInstance[1], wonPerInstance[2]);
        QCOMPARE(toldBooked.size(), kSeats);
        QCOMPARE(toldFull, kPeople - kSeats);

        // The database agrees: ten bookings, of exactly the people told so.
        QCOMPARE(bookedPeople(*m_db, slotId), toldBooked);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM bookings WHERE slot_id = ?"_s, {slotId}), qint64(kSeats));
        QCOMPARE(count(*m_db, u"SELECT booked FROM slots WHERE id = ?"_s, {slotId}), qint64(kSeats));

        // And so do the screens: one edit per person, "booked" for exactly those ten.
        QTRY_COMPARE_WITH_TIMEOUT(total(editsTo(kFirst, kPeople)), kPeople, 60000);
        const QHash<qint64, QStringList> edits = editsTo(kFirst, kPeople);
        QSet<qint64> shownBooked;
        for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
            QCOMPARE(it.value().size(), 1);
            if (it.value().first().contains(u"✅ You are booked."_s))
                shownBooked.insert(it.key());
        }
        QCOMPARE(shownBooked, toldBooked);
    }

    void oneUpdateToAllThreeHasOneEffect()
    {
        // Telegram redelivering while the first delivery is still being processed, through a proxy
        // that picks another instance: each of these updates reaches all three at once.
        constexpr int kPeople = 30;
        constexpr qint64 kFirst = 720'000;
        const qint64 slotId = slotWithSeats(kPeople);
        const qint64 firstUpdate = m_nextUpdateId;
        QList<WebhookPost> posts;
        for (int i = 0; i < kPeople; ++i) {
            const QByteArray update = confirm(m_nextUpdateId++, kFirst + i, slotId);
            for (int instance = 0; instance < kInstances; ++instance)
                posts.append({port(instance), update});
        }
        const QList<WebhookAnswer> answers = m_crowd->postTogether(posts, 60000);
        QList<int> effectsPerInstance(kInstances);
        for (int i = 0; i < kPeople; ++i) {
            int told = 0;
            for (int instance = 0; instance < kInstances; ++instance) {
                const WebhookAnswer &answer = answers.at(i * kInstances + instance);
                QCOMPARE(answer.status, 200); // a duplicate is acknowledged too, with nothing to carry
                if (answer.callbackNotice().isNull()) {
                    QCOMPARE(answer.json(), QJsonObject());
                } else {
                    QCOMPARE(answer.callbackNotice(), kBookedNotice);
                    ++told;
                    ++effectsPerInstance[instance];
                }
            }
            QCOMPARE(told, 1);
        }
        qInfo("updates processed by each instance: %d, %d, %d", effectsPerInstance[0], effectsPerInstance[1],
              effectsPerInstance[2]);

        QCOMPARE(count(*m_db, u"SELECT count(*) FROM bookings WHERE slot_id = ?"_s, {slotId}), qint64(kPeople));
        QCOMPARE(bookedPeople(*m_db, slotId).size(), kPeople);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM processed_updates WHERE update_id BETWEEN ? AND ?"_s,
                       {firstUpdate, firstUpdate + kPeople - 1}),
                 qint64(kPeople));

        // One screen each. Later copies would have been decided before the answers above; a new
        // person's /start through every instance is the barrier for any still on its way.
        QTRY_COMPARE_WITH_TIMEOUT(total(editsTo(kFirst, kPeople)), kPeople, 30000);
        constexpr qint64 kBarrier = 729'000;
        QList<WebhookPost> barrier;
        for (int instance = 0; instance < kInstances; ++instance)
            barrier.append({port(instance), jsonBytes(FakeBotApi::messageUpdate(m_nextUpdateId++, kBarrier + instance,
                                                                           u"/start"_s))});
        for (const WebhookAnswer &answer : m_crowd->postTogether(barrier))
            QCOMPARE(answer.status, 200);
        for (int instance = 0; instance < kInstances; ++instance)
            QTRY_VERIFY_WITH_TIMEOUT(!m_fake->messagesTo(kBarrier + instance).isEmpty(), 15000);
        const QHash<qint64, QStringList> edits = editsTo(kFirst, kPeople);
        QCOMPARE(edits.size(), kPeople);
        for (const QStringList &texts : edits)
            QCOMPARE(texts.size(), 1);
    }

    void acknowledgedBookingsSurviveADatabaseOutage()
    {
        constexpr int kLinks = 12; // four webhook connections per instance
        constexpr qint64 kFirst = 800'000;
        constexpr int kOutageMs = 20000;
        // Room for everyone the load can bring, whatever the machine's pace.
        QList<qint64> slotIds;
        for (int i = 0; i < 3; ++i)
            slotIds << slotWithSeats(1000);
        BookingLoad load(*m_crowd, ports(), kLinks, kFirst, [&](qint64 person, qint64 updateId) {
            return confirm(updateId, person, slotIds.at(person % slotIds.size()));
        });
        QList<qint64> pids;
        for (const auto &instance : m_instances)
            pids << instance->process().processId();

        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() >= 60, 20000);
        m_db->closeThisThread(); // the test's own connection is not under test
        QVERIFY(controlPostgres(u"stop"_s));
        PostgresComesBack back;
        const qint64 down = m_crowd->elapsedMs();
        const int beforeOutage = int(load.acknowledged().size());
        for (int i = 0; i < kInstances; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(m_instances[i]->get(u"/health/ready"_s).status, 503, 5000);
        // The outage lasts its time whatever happens meanwhile: the load goes on in the event loop.
        QTest::qWait(int(qMax<qint64>(0, down + kOutageMs - m_crowd->elapsedMs())));
        const qint64 upAsked = m_crowd->elapsedMs();
        QVERIFY(back.start());
        QElapsedTimer recovery;
        recovery.start();
        for (int i = 0; i < kInstances; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(m_instances[i]->get(u"/health/ready"_s).status, 200, 20000);
        const qint64 readyMs = recovery.elapsed();
        // Bookings work again: the updates held back meanwhile and new people's.
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledgedSince(upAsked) >= 60, 30000);
        load.finish();
        QTRY_VERIFY_WITH_TIMEOUT(load.idle(), 30000);

        // While the database was down every answer was a quick 503, from every instance.
        int during = 0;
        qint64 slowest = 0;
        QSet<int> refusing;
        QStringList wrong;
        for (const BookingLoad::Attempt &attempt : load.attempts()) {
            const WebhookAnswer &answer = attempt.answer;
            if (answer.sentMs < down || answer.answeredMs >= upAsked)
                continue;
            ++during;
            slowest = qMax(slowest, answer.answeredMs - answer.sentMs);
            if (answer.status == 503)
                refusing.insert(attempt.instance);
            else if (wrong.size() < 5)
                wrong << u"%1 %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body));
        }
        qInfo("%d acknowledged before the outage; %d answers during it, the slowest in %lld ms; ready again "
              "%lld ms after the server started; %d people acknowledged in all, %d attempts",
              beforeOutage, during, slowest, readyMs, int(load.acknowledged().size()), int(load.attempts().size()));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
        QVERIFY2(during >= kLinks * 10, qPrintable(QString::number(during)));
        QVERIFY2(slowest < 3000, qPrintable(QString::number(slowest)));
        QCOMPARE(refusing.size(), kInstances);

        // Everyone told "booked" has the booking, and every update acknowledged without an answer
        // takes effect too: a redelivery of one that committed while its answer was lost, or one
        // held back (flood control) for its turn. One booking each, nobody else's.
        QSet<qint64> acknowledged;
        QSet<qint64> toldBooked;
        for (auto it = load.acknowledged().cbegin(); it != load.acknowledged().cend(); ++it) {
            acknowledged.insert(it.key());
            if (!it.value().isNull()) {
                QCOMPARE(it.value(), kBookedNotice);
                toldBooked.insert(it.key());
            }
        }
        qInfo("%d of them told \"booked\" in the webhook's answer", int(toldBooked.size()));
        const std::unique_ptr<Database> db = m_instances.front()->openDatabase();
        const auto bookedNow = [&] {
            QSet<qint64> booked;
            for (const qint64 slotId : std::as_const(slotIds))
                booked += bookedPeople(*db, slotId);
            return booked;
        };
        const auto story = [&load](const QSet<qint64> &people) { // each attempt of theirs, for a failure
            QStringList lines;
            for (const BookingLoad::Attempt &attempt : load.attempts()) {
                if (people.contains(attempt.person))
                    lines << u"%1 via %2 at %3 ms: %4 %5"_s.arg(attempt.person)
                                 .arg(attempt.instance)
                                 .arg(attempt.answer.sentMs)
                                 .arg(attempt.answer.status)
                                 .arg(QString::fromUtf8(attempt.answer.body));
            }
            return lines.join(u"; "_s);
        };
        const QSet<qint64> bookedAtOnce = bookedNow();
        QVERIFY2((toldBooked - bookedAtOnce).isEmpty(),
                 qPrintable(u"told booked, not booked: "_s + story(toldBooked - bookedAtOnce)));
        QTRY_VERIFY_WITH_TIMEOUT(bookedNow() == acknowledged, 15000);
        const QSet<qint64> booked = bookedNow();
        QVERIFY2((acknowledged - booked).isEmpty(), qPrintable(u"acknowledged, not booked: "_s + story(acknowledged - booked)));
        QVERIFY2((booked - acknowledged).isEmpty(), qPrintable(u"booked, never acknowledged: "_s + story(booked - acknowledged)));
        QCOMPARE(count(*db, u"SELECT count(*) FROM bookings b JOIN users u ON u.id = b.user_id WHERE u.telegram_id >= ?"_s,
                       {kFirst}),
                 qint64(acknowledged.size()));
        db->closeThisThread();
        // And each one told saw it: the screen follows the commit.
        const auto shownBooked = [&] {
            QSet<qint64> shown;
            const QHash<qint64, QStringList> edits = editsTo(kFirst, 100'000);
            for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
                if (it.value().join(u' ').contains(u"✅ You are booked."_s))
                    shown.insert(it.key());
            }
            return shown;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shownBooked().contains(toldBooked), 30000);

        // The same processes throughout: recovered, not restarted.
        for (int i = 0; i < kInstances; ++i) {
            QCOMPARE(m_instances[i]->process().state(), QProcess::Running);
            QCOMPARE(m_instances[i]->process().processId(), pids.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
