// /metrics of the real service: valid for promtool, the documented families, database gauges from
// the refresher, database statements counted, route templates as labels; and the domain counters
// of a ServiceApp moving with real bookings, live-queue tickets, waiting lists and broadcasts.
#include "app/serviceapp.h"
#include "domain/bookingservice.h"
#include "domain/domainservices.h"
#include "domain/staffservice.h"
#include "http/apiserver.h"
#include "http/servicecontext.h"
#include "metrics/metrics.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "storage/sqltime.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString kPromtool = u"/usr/bin/promtool"_s;

// The value of one exact series line (`name{labels} value`); NaN when the series is absent.
double sample(const QByteArray &exposition, const QByteArray &series)
{
    const QList<QByteArray> lines = exposition.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return qQNaN();
}

// Runs `promtool check metrics` on the exposition; returns its exit code and output.
int promtoolCheck(const QByteArray &exposition, QString *output)
{
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(kPromtool, {u"check"_s, u"metrics"_s});
    if (!promtool.waitForStarted()) {
        *output = u"cannot run %1 (install the Debian package prometheus: scripts/install-deps.sh)"_s.arg(kPromtool);
        return -1;
    }
    promtool.write(exposition);
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(60000)) {
        promtool.kill();
        promtool.waitForFinished();
        *output = u"promtool did not finish"_s;
        return -1;
    }
    *output = QString::fromUtf8(promtool.readAll());
    return promtool.exitStatus() == QProcess::NormalExit ? promtool.exitCode() : -1;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

    ServiceProcess m_service;
    // What the seeded database holds, counted independently of the service.
    qint64 m_expectedSeats = 0;
    qint64 m_expectedPending = 0;
    qint64 m_queueId = 0; // the seeded queue, whose live line has two people waiting today

    QByteArray scrape()
    {
        const HttpResult result = m_service.get(u"/metrics"_s);
        if (result.status != 200)
            qWarning("GET /metrics answered %d", result.status);
        return result.body;
    }

    // A database the service starts on: one queue, slots, bookings, a cancelled slot, users seen
    // recently and long ago, outbox messages and live-queue tickets.
    void seed(Database &db)
    {
        Migrator(db).migrate();
        SystemClock clock;
        BookingService bookings(db, clock);
        const QDateTime now = clock.now();
        const QDateTime tomorrow = QDateTime(now.date().addDays(1), QTime(10, 0), Qt::UTC);

        const qint64 queueId = bookings.createQueue(sampleQueue(), Actor::system()).value().id;
        m_queueId = queueId;
        const qint64 slotA = bookings.createSlot(queueId, tomorrow, tomorrow.addSecs(900), 3, Actor::staff(1)).value().id;
        const qint64 slotB =
            bookings.createSlot(queueId, tomorrow.addSecs(3600), tomorrow.addSecs(4500), 2, Actor::staff(1)).value().id;
        bookings.createSlot(queueId, tomorrow.addSecs(7200), tomorrow.addSecs(8100), 4, Actor::staff(1));
        // Past slots never count as available.
        bookings.createSlot(queueId, now.addDays(-1), now.addDays(-1).addSecs(900), 5, Actor::staff(1));

        const qint64 u1 = addUser(bookings, 101), u2 = addUser(bookings, 102), u3 = addUser(bookings, 103);
        QVERIFY(bookings.book(u1, slotA, BookingSource::Telegram, Actor::user(u1)).ok());
        QVERIFY(bookings.book(u2, slotA, BookingSource::Telegram, Actor::user(u2)).ok());
        QVERIFY(bookings.book(u3, slotB, BookingSource::Telegram, Actor::user(u3)).ok());
        QVERIFY(bookings.cancelSlot(slotB, u"closed"_s, Actor::staff(1)).ok());
        m_expectedSeats = (3 - 2) + 4; // slot A and the third slot; B is cancelled

        const SqlSession session = db.session();
        // One user last seen two days ago is not active.
        session.exec(u"UPDATE users SET last_seen_at = ? WHERE id = ?"_s, {toDb(now.addDays(-2)), u3});
        // The oldest pending message waits for an hour; sent messages are no backlog.
        session.exec(u"INSERT INTO outbox (user_id, chat_id, template, status, next_attempt_at, created_at, expires_at) "
                     "VALUES (?, 101, 'x', 'pending', ?, ?, ?), (?, 101, 'x', 'sent', ?, ?, ?)"_s,
                     {u1, toDb(now), toDb(now.addSecs(-3600)), toDb(now.addDays(1)), u1, toDb(now),
                      toDb(now.addDays(-3)), toDb(now.addDays(-2))});
        m_expectedPending = count(db, u"SELECT count(*) FROM outbox WHERE status IN ('pending', 'failed')"_s);
        // Two people waiting today, one served, one left over from yesterday.
        const QString today = now.date().toString(Qt::ISODate);
        const QString yesterday = now.date().addDays(-1).toString(Qt::ISODate);
        const QList<std::tuple<QString, int, QString>> tickets{
            {today, 1, u"waiting"_s}, {today, 2, u"waiting"_s}, {today, 3, u"served"_s}, {yesterday, 1, u"waiting"_s}};
        for (const auto &[day, number, status] : tickets) {
            session.exec(u"INSERT INTO live_tickets (queue_id, day, number, code, kind, status, created_at) "
                         "VALUES (?, ?, ?, ?, 'walkin', ?, ?)"_s,
                         {queueId, day, number, BookingService::formatCode(u"W"_s, number), status, toDb(now)});
        }
    }

private slots:
    void initTestCase()
    {
        {
            const std::unique_ptr<Database> db = m_service.openDatabase();
            seed(*db);
            db->closeThisThread();
        }
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_service.start(), qPrintable(m_service.log()));
    }
    void cleanupTestCase() { QCOMPARE(m_service.stop(), 0); }

    void passesPromtool()
    {
        m_service.get(u"/health"_s);
        const HttpResult result = m_service.get(u"/metrics"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QString output;
        const int exitCode = promtoolCheck(result.body, &output);
        QVERIFY2(exitCode == 0, qPrintable(output));
        // promtool also lints: anything it prints is a naming or format problem.
        QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
    }

    void promtoolRejectsBrokenExposition()
    {
        // The check above can fail: promtool does reject a counter without _total and bad syntax.
        QString output;
        QVERIFY(promtoolCheck("# HELP x_bytes X\n# TYPE x_bytes counter\nx_bytes 1\n", &output) != 0
                || !output.trimmed().isEmpty());
        QVERIFY(promtoolCheck("queue_bot_broken{ 1\n", &output) != 0);
    }

    void documentedFamilies()
    {
        const QByteArray body = scrape();
        QHash<QByteArray, QByteArray> types; // family -> type
        QSet<QByteArray> helped;
        const QList<QByteArray> lines = body.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (line.startsWith("# HELP ") && parts.size() >= 4)
                helped.insert(parts[2]);
            else if (line.startsWith("# TYPE ") && parts.size() == 4)
                types.insert(parts[2], parts[3]);
        }
        int ours = 0;
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            QVERIFY2(it.key().startsWith("queue_bot_"), it.key().constData());
            QVERIFY2(helped.contains(it.key()), it.key().constData());
            if (it.value() == "counter")
                QVERIFY2(it.key().endsWith("_total"), it.key().constData());
            else
                QVERIFY2(!it.key().endsWith("_total"), it.key().constData());
            ++ours;
        }
        QVERIFY2(ours >= 15, qPrintable(QString::number(ours)));

        // The families the issue asks for, with their types.
        const QList<QPair<QByteArray, QByteArray>> required{
            {"queue_bot_telegram_updates_total", "counter"},
            {"queue_bot_telegram_update_processing_seconds", "histogram"},
            {"queue_bot_users_registered_total", "counter"},
            {"queue_bot_users_active", "gauge"},
            {"queue_bot_slots_created_total", "counter"},
            {"queue_bot_slots_cancelled_total", "counter"},
            {"queue_bot_slots_available_seats", "gauge"},
            {"queue_bot_bookings_total", "counter"},
            {"queue_bot_live_queue_waiting", "gauge"},
            {"queue_bot_live_queue_wait_seconds", "histogram"},
            {"queue_bot_notifications_sent_total", "counter"},
            {"queue_bot_notifications_failed_total", "counter"},
            {"queue_bot_notifications_pending", "gauge"},
            {"queue_bot_outbox_oldest_pending_age_seconds", "gauge"},
            {"queue_bot_telegram_api_requests_total", "counter"},
            {"queue_bot_telegram_api_request_duration_seconds", "histogram"},
            {"queue_bot_db_operations_total", "counter"},
            {"queue_bot_db_operation_duration_seconds", "histogram"},
            {"queue_bot_db_connections_open", "gauge"},
            {"queue_bot_errors_total", "counter"},
            {"queue_bot_http_requests_total", "counter"},
            {"queue_bot_http_request_duration_seconds", "histogram"},
            {"queue_bot_health_status", "gauge"},
            {"queue_bot_process_resident_memory_bytes", "gauge"},
            {"queue_bot_process_threads", "gauge"},
            {"queue_bot_process_cpu_seconds_total", "counter"},
            {"queue_bot_process_open_fds", "gauge"},
            {"queue_bot_process_start_time_seconds", "gauge"},
            {"queue_bot_scheduler_runs_total", "counter"},
            {"queue_bot_scheduler_lag_seconds", "histogram"},
            {"queue_bot_scheduler_last_success_timestamp_seconds", "gauge"},
            {"queue_bot_reminders_sent_total", "counter"},
            {"queue_bot_booking_confirmations_total", "counter"},
            {"queue_bot_bookings_released_total", "counter"},
            {"queue_bot_waitlist_joined_total", "counter"},
            {"queue_bot_waitlist_offers_total", "counter"},
            {"queue_bot_waitlist_offer_outcomes_total", "counter"},
            {"queue_bot_live_queue_tickets_total", "counter"},
            {"queue_bot_live_queue_finished_total", "counter"},
            {"queue_bot_live_queue_service_seconds", "histogram"},
            {"queue_bot_broadcast_messages_total", "counter"},
            {"queue_bot_notifications_expired_total", "counter"},
        };
        for (const auto &[name, type] : required)
            QVERIFY2(types.value(name) == type, name.constData());
    }

    void databaseGaugesFromTheRefresher()
    {
        const QByteArray body = scrape();
        QCOMPARE(sample(body, "queue_bot_slots_available_seats"), double(m_expectedSeats));
        QCOMPARE(sample(body, "queue_bot_users_active"), 2.0);
        QVERIFY(m_expectedPending >= 2); // ours plus the slot-cancelled message
        QCOMPARE(sample(body, "queue_bot_notifications_pending"), double(m_expectedPending));
        const double oldest = sample(body, "queue_bot_outbox_oldest_pending_age_seconds");
        QVERIFY2(oldest >= 3600 && oldest < 3600 + 300, qPrintable(QString::number(oldest)));
        // Per queue: today's two waiting tickets, not yesterday's nor the served one.
        QCOMPARE(sample(body, "queue_bot_live_queue_waiting{queue=\"" + QByteArray::number(m_queueId) + "\"}"), 2.0);
        QVERIFY(qIsNaN(sample(body, "queue_bot_live_queue_waiting"))); // no series without the label
    }

    void databaseStatementsCounted()
    {
        const QByteArray before = scrape();
        const double selects = sample(before, R"(queue_bot_db_operations_total{operation="select",outcome="ok"})");
        QVERIFY2(selects > 0, before.constData()); // migrations check, refresher
        QVERIFY(sample(before, "queue_bot_db_connections_open") >= 1);
        QCOMPARE(sample(before, R"(queue_bot_db_operations_total{operation="select",outcome="error"})"), 0.0);
        // /health runs real queries; a scrape by itself does not.
        m_service.get(u"/health"_s);
        const QByteArray after = scrape();
        QVERIFY(sample(after, R"(queue_bot_db_operations_total{operation="select",outcome="ok"})") > selects);
        const QByteArray again = scrape();
        QCOMPARE(sample(again, R"(queue_bot_db_operations_total{operation="select",outcome="ok"})"),
                 sample(after, R"(queue_bot_db_operations_total{operation="select",outcome="ok"})"));
        QVERIFY(sample(again, R"(queue_bot_db_operation_duration_seconds_count{operation="select"})") > 0);
    }

    void httpLabelsAreRouteTemplates()
    {
        // Our own routes with parameters, served by the service's ApiServer in this process.
        TempDatabase tmp;
        SystemClock clock;
        StaffService staff(*tmp.db, clock);
        Authenticator auth(staff, QString());
        Metrics metrics;
        Router router;
        const auto ok = [](RequestContext &) { return HttpReply::json(QJsonObject{{u"ok"_s, true}}); };
        router.add(QHttpServerRequest::Method::Get, u"/things/{id}"_s, Access::Public, ok);
        router.add(QHttpServerRequest::Method::Get, u"/things/{id}/parts/{part}"_s, Access::Public, ok);
        router.add(QHttpServerRequest::Method::Get, u"/secret/{id}"_s, Access::Admin, ok);
        ApiServer server(router, auth, &metrics);
        auto *listener = new QTcpServer(&server);
        QVERIFY(listener->listen(QHostAddress::LocalHost));
        server.bind(listener);
        const auto get = [&](const QString &path) {
            return httpRequest("GET", QUrl(u"http://127.0.0.1:%1%2"_s.arg(listener->serverPort()).arg(path))).status;
        };
        QCOMPARE(get(u"/things/98765"_s), 200);
        QCOMPARE(get(u"/things/98765/parts/bolt-4242"_s), 200);
        QCOMPARE(get(u"/things/31337"_s), 200);
        QCOMPARE(get(u"/secret/5150"_s), 401);
        QCOMPARE(get(u"/elsewhere/777"_s), 404);

        const QByteArray body = QByteArray::fromStdString(metrics.serialize());
        QCOMPARE(sample(body, R"(queue_bot_http_requests_total{method="GET",route="/things/{id}",status="200"})"), 2.0);
        QCOMPARE(sample(body, R"(queue_bot_http_request_duration_seconds_count{method="GET",route="/things/{id}"})"), 2.0);
        QCOMPARE(sample(body, R"(queue_bot_http_requests_total{method="GET",route="/things/{id}/parts/{part}",status="200"})"),
                 1.0);
        QCOMPARE(sample(body, R"(queue_bot_http_requests_total{method="GET",route="/secret/{id}",status="401"})"), 1.0);
        QCOMPARE(sample(body, R"(queue_bot_http_requests_total{method="GET",route="unmatched",status="404"})"), 1.0);
        // As a path segment: the bare digits may well occur in a sample's value (bytes, seconds).
        for (const QByteArray raw : {"98765", "31337", "bolt-4242", "5150", "777", "elsewhere"})
            QVERIFY2(!body.contains(QByteArray("/").append(raw)), raw.constData());
    }

    void serviceLabelsNeverRawPaths()
    {
        m_service.get(u"/definitely/not/here/4242"_s);
        const QByteArray body = scrape();
        QVERIFY(body.contains(R"(queue_bot_http_requests_total{method="GET",route="/metrics",status="200"})"));
        QVERIFY(!body.contains("/4242") && !body.contains("/definitely"));
        const QRegularExpression route(u"route=\"([^\"]*)\""_s);
        for (auto it = route.globalMatch(QString::fromUtf8(body)); it.hasNext();) {
            const QString label = it.next().captured(1);
            QVERIFY2(label == u"unmatched"_s || label.startsWith(u'/'), qPrintable(label));
        }
    }

    // The counters live in the process that makes the change, so this one runs a ServiceApp here.
    void domainCountersMove()
    {
        QTemporaryDir dir;
        ServiceConfig config;
        config.httpHost = u"127.0.0.1"_s;
        config.httpPort = 0;
        DatabaseUrl url;
        url.path = dir.filePath(u"queue.db"_s);
        ServiceApp app(config, url);
        QVERIFY(app.start());
        ServiceContext &context = app.context();
        BookingService &bookings = context.bookings;
        const QByteArray before = QByteArray::fromStdString(context.metrics.serialize());
        QCOMPARE(sample(before, "queue_bot_users_registered_total"), 0.0);
        QCOMPARE(sample(before, R"(queue_bot_bookings_total{reason="",result="booked"})"), 0.0);

        const QDateTime start = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(2), QTime(9, 0), Qt::UTC);
        const qint64 queueId = bookings.createQueue(sampleQueue(), Actor::system()).value().id;
        const qint64 s1 = bookings.createSlot(queueId, start, start.addSecs(900), 2, Actor::staff(1)).value().id;
        const qint64 s2 = bookings.createSlot(queueId, start.addSecs(900), start.addSecs(1800), 2, Actor::staff(1)).value().id;
        const qint64 u1 = addUser(bookings, 201), u2 = addUser(bookings, 202);
        addUser(bookings, 201); // a returning user is not registered twice
        const auto b1 = bookings.book(u1, s1, BookingSource::Telegram, Actor::user(u1));
        QVERIFY(b1.ok());
        QCOMPARE(bookings.book(u1, s1, BookingSource::Telegram, Actor::user(u1)).refusal(), Refusal::AlreadyBooked);
        QVERIFY(bookings.book(u2, s2, BookingSource::Console, Actor::staff(1)).ok());
        QVERIFY(bookings.cancelBooking(b1.value().id, Actor::user(u1)).ok());
        QCOMPARE(bookings.cancelSlot(s2, u"closed"_s, Actor::staff(1)).value(), 1);

        const QByteArray after = QByteArray::fromStdString(context.metrics.serialize());
        QCOMPARE(sample(after, "queue_bot_users_registered_total"), 2.0);
        QCOMPARE(sample(after, "queue_bot_slots_created_total"), 2.0);
        QCOMPARE(sample(after, "queue_bot_slots_cancelled_total"), 1.0);
        QCOMPARE(sample(after, R"(queue_bot_bookings_total{reason="",result="booked"})"), 2.0);
        QCOMPARE(sample(after, R"(queue_bot_bookings_total{reason="already_booked",result="refused"})"), 1.0);
        QCOMPARE(sample(after, R"(queue_bot_bookings_total{reason="user",result="cancelled"})"), 1.0);
        QCOMPARE(sample(after, R"(queue_bot_bookings_total{reason="staff",result="cancelled"})"), 1.0);
        QVERIFY(sample(after, R"(queue_bot_db_operations_total{operation="insert",outcome="ok"})") >= 6);
        QVERIFY(sample(after, R"(queue_bot_db_operations_total{operation="transaction",outcome="ok"})") > 0);
        QString output;
        QVERIFY2(promtoolCheck(after, &output) == 0, qPrintable(output));

        // The live queue: a walk-in (the queue has no hours and no slots today, so it works now)
        // called and served.
        DomainServices &domain = context.domain;
        const auto ticket = domain.live.issueTicket(queueId, Actor::staff(1));
        QVERIFY(ticket.ok());
        QCOMPARE(domain.live.callNext(queueId, 1, Actor::staff(1)).value().id, ticket.value().id);
        QVERIFY(domain.live.serve(ticket.value().id, Actor::staff(1)).ok());
        // The waiting list: the seat left free in s1 is offered at once to the person who joins.
        QVERIFY(bookings.book(u1, s1, BookingSource::Telegram, Actor::user(u1)).ok());
        const auto entry = domain.waitlist.join(u2, queueId, start.date(), 0, 1440, Actor::user(u2));
        QVERIFY(entry.ok());
        QCOMPARE(entry.value().status, WaitlistStatus::Offered);
        // A broadcast to the day's one active booking.
        QCOMPARE(domain.outbox.broadcast(queueId, start.date(), u"closing early"_s, Actor::staff(1)).value(), 1);

        const QByteArray later = QByteArray::fromStdString(context.metrics.serialize());
        QCOMPARE(sample(later, R"(queue_bot_live_queue_tickets_total{kind="walkin"})"), 1.0);
        QCOMPARE(sample(later, R"(queue_bot_live_queue_tickets_total{kind="booking"})"), 0.0);
        QCOMPARE(sample(later, R"(queue_bot_live_queue_finished_total{status="served"})"), 1.0);
        QCOMPARE(sample(later, "queue_bot_live_queue_wait_seconds_count"), 1.0);
        QCOMPARE(sample(later, "queue_bot_live_queue_service_seconds_count"), 1.0);
        QCOMPARE(sample(later, "queue_bot_waitlist_joined_total"), 1.0);
        QCOMPARE(sample(later, "queue_bot_waitlist_offers_total"), 1.0);
        QCOMPARE(sample(later, "queue_bot_broadcast_messages_total"), 1.0);
        QCOMPARE(sample(later, R"(queue_bot_bookings_total{reason="",result="booked"})"), 3.0);
        QVERIFY2(promtoolCheck(later, &output) == 0, qPrintable(output));
        app.shutdown(u"test"_s);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
