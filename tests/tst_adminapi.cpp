// The staff admin API over HTTP against the real queue-service: every route's happy path, the
// role matrix, input validation (400 naming the field, nothing changed), refusals (409), the
// change feed, the CSV export, pagination, and the day's work: weekly templates and their
// conflicts, the waiting list's held seats, the live queue's calling order, broadcasts.
#include "routetable.h"
#include "serviceprocess.h"
#include "testsupport.h"

#include "apienvelope.h"
#include "csvtable.h"

#include "storage/migrator.h"
#include "storage/outboxrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Compares an HTTP status and shows the body when it differs.
#define CHECK_STATUS(result, expected)                                                                          \
    QVERIFY2((result).status == (expected),                                                                    \
             qPrintable(u"expected %1, got %2: %3"_s.arg(expected).arg((result).status).arg(                   \
                 QString::fromUtf8((result).body))))

namespace {

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// `hour`:00 local time of `day` in `zone`, as the API writes it.
QString localAt(const QString &zone, const QDate &day, int hour)
{
    return isoTime(QDateTime(day, QTime(hour, 0), QTimeZone(zone.toUtf8())));
}

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toInteger());
    return ids;
}

} // namespace

class TestAdminApi : public QObject
{
    Q_OBJECT

    const QByteArray m_bootstrap = "bootstrap-admin-token-for-the-tests";
    ServiceProcess m_service;
    QByteArray m_admin;
    QByteArray m_operator;
    QByteArray m_viewer;
    qint64 m_adminId = 0;
    // The service's database file, for what the API cannot create (Telegram users, a failed
    // delivery) and for looking behind the API.
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<BookingService> m_domain;
    qint64 m_alice = 0; // plain user
    qint64 m_bob = 0;   // a name that is hostile to CSV and to spreadsheets
    qint64 m_ivan = 0;  // Cyrillic name
    qint64 m_carol = 0; // banned and unbanned by the matrix
    int m_seq = 0;      // makes names and times unique

    // --- requests -----------------------------------------------------------------------------
    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &token = {})
    {
        return m_service.send(method, path, body.isEmpty() ? QByteArray() : jsonBytes(body),
                              token.isEmpty() ? m_admin : token);
    }
    HttpResult get(const QString &path, const QByteArray &token = {}) { return call("GET", path, {}, token); }
    qint64 revision()
    {
        return get(u"/api/v1/changes?since=0&limit=1"_s).json().object().value(u"revision"_s).toInteger();
    }
    // Calls that must succeed to set a test up; a failure here stops the run with the reason.
    QJsonObject must(const HttpResult &result, int status)
    {
        if (result.status != status)
            qFatal("fixture request failed: %d %s", result.status, result.body.constData());
        return result.json().object();
    }
    static QDate dayAhead(int days) { return QDateTime::currentDateTimeUtc().date().addDays(days); }
    static QString at(const QDate &day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute), Qt::UTC).toString(Qt::ISODate);
    }

    qint64 createQueue(const QJsonObject &extra = {})
    {
        QJsonObject body{{u"name_ru"_s, u"Очередь %1"_s.arg(++m_seq)},
                         {u"name_en"_s, u"Queue %1"_s.arg(m_seq)},
                         {u"timezone"_s, u"UTC"_s},
                         {u"horizon_days"_s, 60},
                         {u"max_active_bookings"_s, 50},
                         {u"default_capacity"_s, 5}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return must(call("POST", u"/api/v1/queues"_s, body), 201).value(u"id"_s).toInteger();
    }
    qint64 createSlot(qint64 queue, const QString &startsAt, int capacity = 5)
    {
        return must(call("POST", u"/api/v1/slots"_s,
                         {{u"queue_id"_s, queue}, {u"starts_at"_s, startsAt}, {u"capacity"_s, capacity}}),
                    201)
            .value(u"id"_s)
            .toInteger();
    }
    // A fresh slot at a unique time in `queue`, some days ahead.
    qint64 freshSlot(qint64 queue, int capacity = 5)
    {
        ++m_seq;
        return createSlot(queue, at(dayAhead(2 + m_seq / 20), m_seq % 20, 0), capacity);
    }
    qint64 book(qint64 slot, qint64 user)
    {
        return must(call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"user_id"_s, user}}), 201)
            .value(u"id"_s)
            .toInteger();
    }
    qint64 addUser(qint64 telegramId, const QString &first, const QString &last, const QString &username)
    {
        UserRecord profile;
        profile.telegramId = telegramId;
        profile.firstName = first;
        profile.lastName = last;
        profile.username = username;
        profile.language = u"ru"_s;
        return m_domain->registerUser(profile).id;
    }
    // A message whose delivery failed: there is no sender in this test, so the row is set up here.
    qint64 failedMessage(qint64 user)
    {
        const SqlSession session = m_db->session();
        OutboxRecord message;
        message.userId = user;
        message.chatId = 1;
        message.templateName = u"reminder"_s;
        message.expiresAt = m_clock.now().addDays(1);
        const qint64 id = OutboxRepository(session).enqueue(message, m_clock.now());
        session.exec(u"UPDATE outbox SET status = 'failed', attempts = 3, last_error = 'timeout' WHERE id = ?"_s, {id});
        return id;
    }
    qint64 rows(const QString &sql, const QVariantList &params = {}) { return count(*m_db, sql, params); }

    // A booking of `user` in a slot of `queue` that started `minutesAgo` minutes ago and lasts an
    // hour. No request can book a slot that has started, so it is booked through the domain with a
    // clock from before the slot, as if made then.
    qint64 startedBooking(qint64 queue, qint64 user, int minutesAgo)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        ManualClock before(start.addSecs(-600));
        BookingService earlier(*m_db, before);
        const Outcome<SlotRecord> slot =
            earlier.createSlot(queue, start, start.addSecs(3600), 2, Actor::staff(m_adminId));
        if (!slot.ok())
            qFatal("cannot create a started slot: %s", qPrintable(refusalCode(slot.refusal())));
        const Outcome<BookingRecord> booking =
            earlier.book(user, slot.value().id, BookingSource::Console, Actor::staff(m_adminId));
        if (!booking.ok())
            qFatal("cannot book a started slot: %s", qPrintable(refusalCode(booking.refusal())));
        return booking.value().id;
    }
    // The live queue of `queue` today: a walk-in ticket, a call to a counter, a ticket called to counter 1.
    QJsonObject walkIn(qint64 queue)
    {
        return must(call("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(queue)), 201);
    }
    QJsonObject callNext(qint64 queue, int counter = 1)
    {
        return must(call("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(queue), {{u"counter"_s, counter}}), 200);
    }
    qint64 calledTicket(qint64 queue)
    {
        walkIn(queue);
        return callNext(queue).value(u"id"_s).toInteger();
    }

private slots:
    void initTestCase()
    {
        const QStringList env{u"DATABASE_URL="_s + m_service.databaseUrl()};
        const ProcessResult migrated = runService({u"migrate"_s}, env);
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        // A viewer from the command line, as an operator would create one.
        const ProcessResult viewer = runService({u"staff"_s, u"add"_s, u"vera"_s, u"--role"_s, u"viewer"_s}, env);
        QVERIFY2(viewer.exitCode == 0, qPrintable(viewer.err));
        m_viewer = viewer.out.trimmed().toLatin1();

        m_db = m_service.openDatabase();
        m_domain = std::make_unique<BookingService>(*m_db, m_clock);
        m_alice = addUser(1001, u"Alice"_s, u"Archer"_s, u"alice"_s);
        m_bob = addUser(1002, u"=HYPERLINK(\"http://evil\")"_s, u"Smith, \"Jr\"\nsecond line"_s, u"bob"_s);
        m_ivan = addUser(1003, u"Иван"_s, u"Петров"_s, u"ivan_p"_s);
        m_carol = addUser(1004, u"Carol"_s, u"Cole"_s, u"carol"_s);

        QVERIFY2(m_service.start({u"ADMIN_TOKEN="_s + QString::fromLatin1(m_bootstrap)}), qPrintable(m_service.log()));
        // An admin and an operator through the API itself, as the bootstrap admin.
        HttpResult created = call("POST", u"/api/v1/staff"_s, {{u"name"_s, u"ada"_s}, {u"role"_s, u"admin"_s}},
                                  m_bootstrap);
        CHECK_STATUS(created, 201);
        m_admin = created.json().object().value(u"token"_s).toString().toLatin1();
        m_adminId = created.json().object().value(u"account"_s).toObject().value(u"id"_s).toInteger();
        created = call("POST", u"/api/v1/staff"_s, {{u"name"_s, u"otto"_s}, {u"role"_s, u"operator"_s}});
        CHECK_STATUS(created, 201);
        m_operator = created.json().object().value(u"token"_s).toString().toLatin1();
        QVERIFY(!m_admin.isEmpty() && !m_operator.isEmpty() && !m_viewer.isEmpty());
    }

    void cleanupTestCase()
    {
        m_domain.reset();
        m_db.reset();
        QCOMPARE(m_service.stop(), 0);
        // Tokens are secrets: the service never writes them to its log.
        const QString log = m_service.log();
        for (const QByteArray &token : {m_admin, m_operator, m_viewer, m_bootstrap})
            QVERIFY(!log.contains(QString::fromLatin1(token)));
    }

    void meTellsWhoAndWhichRole()
    {
        const struct
        {
            QByteArray token;
            QString name;
            QString role;
        } cases[] = {{m_viewer, u"vera"_s, u"viewer"_s},
                     {m_operator, u"otto"_s, u"operator"_s},
                     {m_admin, u"ada"_s, u"admin"_s},
                     {m_bootstrap, u"bootstrap-admin"_s, u"admin"_s}};
        for (const auto &c : cases) {
            const HttpResult me = get(u"/api/v1/me"_s, c.token);
            CHECK_STATUS(me, 200);
            QCOMPARE(me.json().object().value(u"name"_s).toString(), c.name);
            QCOMPARE(me.json().object().value(u"role"_s).toString(), c.role);
        }
    }

    void queuesCreateReadUpdateDeactivate()
    {
        HttpResult result = call("POST", u"/api/v1/queues"_s,
                                 {{u"name_ru"_s, u"Деканат"_s},
                                  {u"name_en"_s, u"Dean's office"_s},
                                  {u"timezone"_s, u"Europe/Moscow"_s},
                                  {u"code_prefix"_s, u"D"_s},
                                  {u"slot_minutes"_s, 20},
                                  {u"reminder_offsets_minutes"_s, QJsonArray{1440, 60}},
                                  {u"walkin_allowed"_s, false}});
        CHECK_STATUS(result, 201);
        const QueueRecord created = QueueRecord::fromJson(result.json().object());
        QVERIFY(created.id > 0);
        QCOMPARE(created.nameRu, u"Деканат"_s);
        QCOMPARE(created.timezone, u"Europe/Moscow"_s);
        QCOMPARE(created.slotMinutes, 20);
        QCOMPARE(created.reminderOffsetsMinutes, (QList<int>{1440, 60}));
        QCOMPARE(created.walkinAllowed, false);
        QCOMPARE(created.defaultCapacity, 1); // defaults for what was not given
        const QString path = u"/api/v1/queues/%1"_s.arg(created.id);

        result = get(path, m_viewer);
        CHECK_STATUS(result, 200);
        QVERIFY(result.json().object() == created.toJson());

        result = call("PATCH", path, {{u"counters"_s, 3}, {u"name_en"_s, u"Dean's office (main)"_s}});
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"counters"_s).toInt(), 3);
        QCOMPARE(result.json().object().value(u"name_en"_s).toString(), u"Dean's office (main)"_s);
        QCOMPARE(result.json().object().value(u"slot_minutes"_s).toInt(), 20); // untouched
        // The audit entry names exactly the fields that changed.
        result = get(u"/api/v1/audit?entity=queue&entity_id=%1&action=queue.update"_s.arg(created.id));
        CHECK_STATUS(result, 200);
        const QJsonObject details =
            result.json().object().value(u"items"_s).toArray().first().toObject().value(u"details"_s).toObject();
        QCOMPARE(details.keys(), (QStringList{u"counters"_s, u"name_en"_s}));

        // An unchanged PATCH writes nothing.
        const qint64 before = revision();
        CHECK_STATUS(call("PATCH", path, {{u"counters"_s, 3}}), 200);
        QCOMPARE(revision(), before);

        result = call("DELETE", path);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"active"_s).toBool(), false);
        QCOMPARE(get(path).json().object().value(u"active"_s).toBool(), false); // still readable
        const auto listed = [this](const QString &query, qint64 id) {
            const QJsonArray items = get(u"/api/v1/queues"_s + query).json().object().value(u"items"_s).toArray();
            for (const QJsonValue &item : items) {
                if (item.toObject().value(u"id"_s).toInteger() == id)
                    return true;
            }
            return false;
        };
        QVERIFY(!listed(u"?limit=500"_s, created.id));
        QVERIFY(listed(u"?limit=500&include_inactive=true"_s, created.id));
        QCOMPARE(get(u"/api/v1/audit?entity=queue&entity_id=%1&action=queue.deactivate"_s.arg(created.id))
                     .json().object().value(u"total"_s).toInt(), 1);

        CHECK_STATUS(call("PATCH", path, {{u"active"_s, true}}), 200);
        QVERIFY(listed(u"?limit=500"_s, created.id));
        CHECK_STATUS(get(u"/api/v1/queues/999999"_s), 404);
        QCOMPARE(errorOf(get(u"/api/v1/queues/999999"_s)).value(u"code"_s).toString(), u"queue_not_found"_s);
    }

    void sqlLookingTextIsStoredVerbatim()
    {
        const QString nasty = u"Robert'); DROP TABLE queues;-- %_\\ \"x\""_s;
        HttpResult result = call("POST", u"/api/v1/queues"_s,
                                 {{u"name_ru"_s, nasty}, {u"name_en"_s, nasty}, {u"timezone"_s, u"UTC"_s}});
        CHECK_STATUS(result, 201);
        const qint64 id = result.json().object().value(u"id"_s).toInteger();
        QCOMPARE(get(u"/api/v1/queues/%1"_s.arg(id)).json().object().value(u"name_en"_s).toString(), nasty);
        QVERIFY(rows(u"SELECT count(*) FROM queues"_s) > 0);
        // LIKE wildcards in a search are literal characters.
        result = get(u"/api/v1/users?q=%25"_s);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 0);
        result = get(u"/api/v1/users?q=%27%3B%20DROP%20TABLE%20users%3B--"_s);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 0);
        QVERIFY(rows(u"SELECT count(*) FROM users"_s) >= 4);
    }

    void controlCharactersAreRefusedWithTheField()
    {
        const qint64 queue = createQueue();
        const qint64 slot = freshSlot(queue);
        const qint64 booking = book(freshSlot(queue), m_alice);
        const QString day = dayAhead(30).toString(Qt::ISODate);
        struct Case
        {
            QByteArray method;
            QString path;
            QJsonObject body; // the field under test is added to it
            QString field;
            bool multiline = false; // a line break and a tab are fine there
        };
        const QJsonObject queueBody{{u"name_ru"_s, u"Оч"_s}, {u"name_en"_s, u"Q"_s}, {u"timezone"_s, u"UTC"_s}};
        const QString queuePath = u"/api/v1/queues/%1"_s.arg(queue);
        const QList<Case> cases{
            {"POST", u"/api/v1/queues"_s, queueBody, u"name_ru"_s},
            {"POST", u"/api/v1/queues"_s, queueBody, u"name_en"_s},
            {"POST", u"/api/v1/queues"_s, queueBody, u"timezone"_s},
            {"POST", u"/api/v1/queues"_s, queueBody, u"code_prefix"_s},
            {"PATCH", queuePath, {}, u"name_en"_s},
            {"POST", u"/api/v1/slots/%1/cancel"_s.arg(slot), {}, u"reason"_s, true},
            {"POST", queuePath + u"/broadcast"_s, {{u"day"_s, day}}, u"text"_s, true},
            {"PUT", queuePath + u"/schedule/exceptions/"_s + day, {{u"closed"_s, true}}, u"note"_s},
            {"POST", u"/api/v1/staff"_s, {{u"role"_s, u"viewer"_s}}, u"name"_s},
            {"PATCH", u"/api/v1/bookings/%1"_s.arg(booking), {}, u"status"_s},
        };
        // NUL (SQLite's CHECK constraints once made it a 503), ESC (terminal escapes), DEL, and a
        // C1 control; in a one-line field a line break too.
        const QList<QChar> controls{QChar(0x00), QChar(0x1b), QChar(0x7f), QChar(0x85)};
        const qint64 before = revision();
        for (const Case &c : cases) {
            QList<QChar> refused = controls;
            if (!c.multiline)
                refused << QChar(u'\n') << QChar(u'\t');
            for (const QChar control : std::as_const(refused)) {
                QJsonObject body = c.body;
                body.insert(c.field, QString(u"ab"_s + control + u"c"_s));
                const HttpResult result = call(c.method, c.path, body);
                const QString what = u"%1 %2 %3 U+%4"_s.arg(QString::fromLatin1(c.method), c.path, c.field)
                                         .arg(int(control.unicode()), 4, 16, QChar(u'0'));
                QVERIFY2(result.status == 400, qPrintable(what + u": "_s + QString::fromUtf8(result.body)));
                QCOMPARE(errorOf(result).value(u"field"_s).toString(), c.field);
                QVERIFY2(errorOf(result).value(u"message"_s).toString().contains(u"control character"_s),
                         qPrintable(what));
            }
        }
        // Query parameters too.
        for (const QString &path : {u"/api/v1/users?q=a%00b"_s, u"/api/v1/audit?action=a%1Bb"_s}) {
            const HttpResult result = get(path);
            CHECK_STATUS(result, 400);
            QVERIFY(!errorOf(result).value(u"field"_s).toString().isEmpty());
        }
        QCOMPARE(revision(), before);
        // Where text may span lines, line breaks and tabs are kept.
        const HttpResult cancelled = call("POST", u"/api/v1/slots/%1/cancel"_s.arg(slot),
                                          {{u"reason"_s, u"Staff ill.\n\tSorry!"_s}});
        CHECK_STATUS(cancelled, 200);
    }

    void slotsCreateListUpdateCancel()
    {
        const qint64 queue = createQueue({{u"slot_minutes"_s, 30}, {u"default_capacity"_s, 2}});
        const QDate day = dayAhead(3);
        HttpResult result = call("POST", u"/api/v1/slots"_s, {{u"queue_id"_s, queue}, {u"starts_at"_s, at(day, 9)}},
                                 m_operator);
        CHECK_STATUS(result, 201);
        const SlotRecord slot = SlotRecord::fromJson(result.json().object());
        QCOMPARE(slot.startsAt, QDateTime(day, QTime(9, 0), Qt::UTC));
        QCOMPARE(slot.endsAt, QDateTime(day, QTime(9, 30), Qt::UTC)); // the queue's slot length
        QCOMPARE(slot.capacity, 2);                                   // the queue's default
        QCOMPARE(result.json().object().value(u"free"_s).toInt(), 2);
        const qint64 other = createSlot(queue, at(day.addDays(1), 10));
        createSlot(queue, at(day.addDays(5), 10)); // outside the listed range

        result = get(u"/api/v1/slots?queue_id=%1&from=%2&to=%3"_s.arg(queue).arg(isoDay(day), isoDay(day.addDays(1))),
                     m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 2);
        const QJsonArray items = result.json().object().value(u"items"_s).toArray();
        QCOMPARE(items.at(0).toObject().value(u"id"_s).toInteger(), slot.id);
        QCOMPARE(items.at(1).toObject().value(u"id"_s).toInteger(), other);
        QCOMPARE(items.at(0).toObject().value(u"starts_at"_s).toString(), at(day, 9));

        const QString path = u"/api/v1/slots/%1"_s.arg(slot.id);
        result = call("PATCH", path, {{u"capacity"_s, 4}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"capacity"_s).toInt(), 4);
        book(slot.id, m_alice);
        book(slot.id, m_ivan);
        // Never below the seats already booked.
        result = call("PATCH", path, {{u"capacity"_s, 1}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"capacity_below_booked"_s);
        QVERIFY(!errorOf(result).value(u"message"_s).toString().isEmpty());
        QCOMPARE(get(path).json().object().value(u"capacity"_s).toInt(), 4);
        CHECK_STATUS(call("PATCH", path, {{u"capacity"_s, 2}}, m_operator), 200);

        // Cancelling tells both people and ends their bookings.
        const qint64 outboxBefore = rows(u"SELECT count(*) FROM outbox WHERE template = 'slot_cancelled'"_s);
        result = call("POST", path + u"/cancel"_s, {{u"reason"_s, u"Staff meeting"_s}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"cancelled_bookings"_s).toInt(), 2);
        const QJsonObject cancelled = result.json().object().value(u"slot"_s).toObject();
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancelled.value(u"cancel_reason"_s).toString(), u"Staff meeting"_s);
        QCOMPARE(rows(u"SELECT count(*) FROM outbox WHERE template = 'slot_cancelled'"_s), outboxBefore + 2);
        result = get(u"/api/v1/bookings?slot_id=%1"_s.arg(slot.id));
        for (const QJsonValue &booking : result.json().object().value(u"items"_s).toArray())
            QCOMPARE(booking.toObject().value(u"status"_s).toString(), u"cancelled_by_staff"_s);

        result = call("POST", path + u"/cancel"_s, {{u"reason"_s, u"again"_s}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"slot_not_open"_s);
        result = call("POST", u"/api/v1/slots"_s, {{u"queue_id"_s, queue}, {u"starts_at"_s, at(day.addDays(1), 10)}});
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"duplicate_slot"_s);
        result = call("POST", u"/api/v1/slots"_s, {{u"queue_id"_s, 999999}, {u"starts_at"_s, at(day, 9)}});
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"queue_not_found"_s);
    }

    void slotsFromAPatternInTheQueueTimeZone()
    {
        // Tokyo has no daylight saving time: 09:00 there is always 00:00 UTC.
        const qint64 queue = createQueue({{u"timezone"_s, u"Asia/Tokyo"_s}});
        QDate monday = dayAhead(7);
        while (monday.dayOfWeek() != 1)
            monday = monday.addDays(1);
        const QDate sunday = monday.addDays(13); // two full weeks
        const QJsonObject pattern{{u"queue_id"_s, queue},
                                  {u"from_date"_s, isoDay(monday)},
                                  {u"to_date"_s, isoDay(sunday)},
                                  {u"weekdays"_s, QJsonArray{1, 3, 5}},
                                  {u"start_time"_s, u"09:00"_s},
                                  {u"end_time"_s, u"12:00"_s},
                                  {u"slot_minutes"_s, 45},
                                  {u"capacity"_s, 3}};
        // One slot already exists at the first start; it is skipped, not duplicated.
        createSlot(queue, QDateTime(monday, QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
        const qint64 before = revision();
        HttpResult result = call("POST", u"/api/v1/slots/bulk"_s, pattern, m_operator);
        CHECK_STATUS(result, 201);
        // 6 days × 4 slots (09:00, 09:45, 10:30, 11:15; 12:00 would end after 12:00) − 1 existing.
        QCOMPARE(result.json().object().value(u"created"_s).toInt(), 23);
        QCOMPARE(result.json().object().value(u"skipped"_s).toInt(), 1);
        const QJsonArray items = result.json().object().value(u"items"_s).toArray();
        QCOMPARE(items.first().toObject().value(u"starts_at"_s).toString(),
                 QDateTime(monday, QTime(0, 45), Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(items.last().toObject().value(u"ends_at"_s).toString(),
                 QDateTime(sunday.addDays(-2), QTime(3, 0), Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(items.first().toObject().value(u"capacity"_s).toInt(), 3);
        // One transaction: every slot carries the same new revision.
        QCOMPARE(revision(), before + 1);

        result = call("POST", u"/api/v1/slots/bulk"_s, pattern, m_operator);
        CHECK_STATUS(result, 201);
        QCOMPARE(result.json().object().value(u"created"_s).toInt(), 0);
        QCOMPARE(result.json().object().value(u"skipped"_s).toInt(), 24);
        QCOMPARE(revision(), before + 1);

        // Too many at once: refused before anything is written.
        QJsonObject huge = pattern;
        huge.insert(u"to_date"_s, isoDay(monday.addDays(200)));
        huge.insert(u"weekdays"_s, QJsonArray{1, 2, 3, 4, 5, 6, 7});
        huge.insert(u"start_time"_s, u"00:00"_s);
        huge.insert(u"end_time"_s, u"24:00"_s);
        huge.insert(u"slot_minutes"_s, 60);
        result = call("POST", u"/api/v1/slots/bulk"_s, huge, m_operator);
        CHECK_STATUS(result, 400);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"too_many_slots"_s);
        QCOMPARE(revision(), before + 1);
        QCOMPARE(rows(u"SELECT count(*) FROM slots WHERE queue_id = ?"_s, {queue}), qint64(24));
    }

    void slotPatternPreviewIsWhatApplyingDoes()
    {
        const qint64 queue = createQueue({{u"slot_minutes"_s, 30}, {u"default_capacity"_s, 2}});
        QDate monday = dayAhead(7);
        while (monday.dayOfWeek() != 1)
            monday = monday.addDays(1);
        // Mon–Wed 09:00–12:00 with a break 10:15–11:00: 09:00 and 09:30 (10:00 would run into the
        // break), then 11:00 and 11:30 — the run after the break starts at its end; 4 a day.
        QJsonObject pattern{{u"queue_id"_s, queue},
                            {u"from_date"_s, isoDay(monday)},
                            {u"to_date"_s, isoDay(monday.addDays(2))},
                            {u"start_time"_s, u"09:00"_s},
                            {u"end_time"_s, u"12:00"_s},
                            {u"break_start"_s, u"10:15"_s},
                            {u"break_end"_s, u"11:00"_s},
                            {u"dry_run"_s, true}};
        createSlot(queue, at(monday.addDays(1), 11)); // Tuesday 11:00 exists already
        const qint64 before = revision();
        HttpResult preview = call("POST", u"/api/v1/slots/bulk"_s, pattern, m_viewer);
        CHECK_STATUS(preview, 403); // a preview is part of creating: operators
        preview = call("POST", u"/api/v1/slots/bulk"_s, pattern, m_operator);
        CHECK_STATUS(preview, 200);
        const QJsonObject planned = preview.json().object();
        QCOMPARE(planned.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(planned.value(u"created"_s).toInt(), 11);
        QCOMPARE(planned.value(u"skipped"_s).toInt(), 1);
        QStringList plannedStarts;
        for (const QJsonValue &item : planned.value(u"items"_s).toArray()) {
            QCOMPARE(item.toObject().value(u"id"_s).toInteger(), 0);
            plannedStarts.append(item.toObject().value(u"starts_at"_s).toString());
        }
        QCOMPARE(plannedStarts.first(), at(monday, 9));
        QVERIFY(plannedStarts.contains(at(monday, 9, 30)));
        QVERIFY(!plannedStarts.contains(at(monday, 10)));  // would run into the break
        QVERIFY(plannedStarts.contains(at(monday, 11)));
        // Nothing written: no revision, no rows.
        QCOMPARE(revision(), before);
        QCOMPARE(rows(u"SELECT count(*) FROM slots WHERE queue_id = ?"_s, {queue}), qint64(1));

        pattern.remove(u"dry_run"_s);
        const HttpResult applied = call("POST", u"/api/v1/slots/bulk"_s, pattern, m_operator);
        CHECK_STATUS(applied, 201);
        QCOMPARE(applied.json().object().value(u"dry_run"_s).toBool(), false);
        QCOMPARE(applied.json().object().value(u"created"_s).toInt(), planned.value(u"created"_s).toInt());
        QCOMPARE(applied.json().object().value(u"skipped"_s).toInt(), planned.value(u"skipped"_s).toInt());
        QStringList appliedStarts;
        for (const QJsonValue &item : applied.json().object().value(u"items"_s).toArray())
            appliedStarts.append(item.toObject().value(u"starts_at"_s).toString());
        QCOMPARE(appliedStarts, plannedStarts);
        QCOMPARE(revision(), before + 1);

        // A preview of too many is refused the same way, and an unknown queue is 404.
        pattern.insert(u"dry_run"_s, true);
        QJsonObject huge = pattern;
        huge.insert(u"to_date"_s, isoDay(monday.addDays(300)));
        huge.insert(u"start_time"_s, u"00:00"_s);
        huge.insert(u"end_time"_s, u"24:00"_s);
        huge.insert(u"break_start"_s, u"12:00"_s);
        huge.insert(u"break_end"_s, u"12:30"_s);
        huge.insert(u"slot_minutes"_s, 10);
        preview = call("POST", u"/api/v1/slots/bulk"_s, huge, m_operator);
        CHECK_STATUS(preview, 400);
        QCOMPARE(errorOf(preview).value(u"code"_s).toString(), u"too_many_slots"_s);
        pattern.insert(u"queue_id"_s, 999999);
        CHECK_STATUS(call("POST", u"/api/v1/slots/bulk"_s, pattern, m_operator), 404);
    }

    void bookingsListEmbedsTheirPeopleOnRequest()
    {
        const qint64 queue = createQueue();
        const qint64 slot = freshSlot(queue, 3);
        const qint64 first = book(slot, m_ivan);
        const qint64 second = book(slot, m_alice);
        // Without include=user the items are plain bookings.
        HttpResult result = get(u"/api/v1/bookings?slot_id=%1"_s.arg(slot), m_viewer);
        CHECK_STATUS(result, 200);
        QVERIFY(!result.json().object().value(u"items"_s).toArray().first().toObject().contains(u"user"_s));

        result = get(u"/api/v1/bookings?slot_id=%1&include=user"_s.arg(slot), m_viewer);
        CHECK_STATUS(result, 200);
        const ListPage<BookingWithUser> page = ListPage<BookingWithUser>::fromJson(result.json().object());
        QCOMPARE(page.total, 2);
        QCOMPARE(page.items.size(), 2);
        QHash<qint64, UserRecord> people;
        for (const BookingWithUser &item : page.items) {
            QVERIFY(item.user.has_value());
            QCOMPARE(item.user->id, item.booking.userId);
            people.insert(item.booking.id, *item.user);
        }
        QCOMPARE(people.value(first).firstName, u"Иван"_s);
        QCOMPARE(people.value(first).username, u"ivan_p"_s);
        QCOMPARE(people.value(second).lastName, u"Archer"_s);
        QCOMPARE(people.value(second).telegramId, qint64(1001));
        // The page and its filters work as without it.
        result = get(u"/api/v1/bookings?slot_id=%1&include=user&limit=1&offset=1"_s.arg(slot), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 2);
        QCOMPARE(result.json().object().value(u"items"_s).toArray().size(), 1);
        result = get(u"/api/v1/bookings?slot_id=%1&include=everything"_s.arg(slot), m_viewer);
        CHECK_STATUS(result, 400);
        QCOMPARE(errorOf(result).value(u"field"_s).toString(), u"include"_s);
    }

    void bookingsOnBehalfAndTheirOutcome()
    {
        const qint64 queue = createQueue();
        const qint64 slot = freshSlot(queue, 3);
        HttpResult result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"user_id"_s, m_alice}},
                                 m_operator);
        CHECK_STATUS(result, 201);
        const BookingRecord booking = BookingRecord::fromJson(result.json().object());
        QCOMPARE(booking.source, BookingSource::Console);
        QCOMPARE(booking.status, BookingStatus::Active);
        QCOMPARE(booking.userId, m_alice);
        QVERIFY(booking.code.startsWith(u"A-"_s));
        // The person hears about it from the bot, and the audit log names the staff member.
        QCOMPARE(rows(u"SELECT count(*) FROM outbox WHERE template = 'booking_created' AND user_id = ? "
                      "AND params LIKE ?"_s,
                      {m_alice, u"%\"booking_id\":%1%"_s.arg(booking.id)}),
                 qint64(1));
        result = get(u"/api/v1/audit?entity=booking&entity_id=%1"_s.arg(booking.id));
        QCOMPARE(result.json().object().value(u"items"_s).toArray().first().toObject().value(u"actor"_s).toObject()
                     .value(u"type"_s).toString(), u"staff"_s);

        result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"telegram_id"_s, 1003}}, m_operator);
        CHECK_STATUS(result, 201);
        const qint64 ivansBooking = result.json().object().value(u"id"_s).toInteger();
        QCOMPARE(result.json().object().value(u"user_id"_s).toInteger(), m_ivan);
        result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"telegram_id"_s, 999999}}, m_operator);
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"user_not_found"_s);
        result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"user_id"_s, m_alice}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"already_booked"_s);

        const QString day = get(u"/api/v1/slots/%1"_s.arg(slot)).json().object().value(u"starts_at"_s).toString().left(10);
        result = get(u"/api/v1/bookings?date=%1&queue_id=%2"_s.arg(day).arg(queue), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 2);
        result = get(u"/api/v1/bookings?slot_id=%1&status=active"_s.arg(slot), m_viewer);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 2);
        CHECK_STATUS(get(u"/api/v1/bookings/%1"_s.arg(booking.id), m_viewer), 200);

        const QString path = u"/api/v1/bookings/%1"_s.arg(booking.id);
        result = call("PATCH", path, {{u"status"_s, u"attended"_s}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"attended"_s);
        result = call("PATCH", path, {{u"status"_s, u"cancelled"_s}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"booking_not_active"_s);

        const int noShowsBefore = get(u"/api/v1/users/%1"_s.arg(m_ivan)).json().object().value(u"no_show_count"_s).toInt();
        result = call("PATCH", u"/api/v1/bookings/%1"_s.arg(ivansBooking), {{u"status"_s, u"no_show"_s}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"no_show"_s);
        QCOMPARE(get(u"/api/v1/users/%1"_s.arg(m_ivan)).json().object().value(u"no_show_count"_s).toInt(),
                 noShowsBefore + 1);

        const qint64 third = book(freshSlot(queue), m_alice);
        result = call("PATCH", u"/api/v1/bookings/%1"_s.arg(third), {{u"status"_s, u"cancelled"_s}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"cancelled_by_staff"_s);

        // A full slot.
        const qint64 single = freshSlot(queue, 1);
        book(single, m_alice);
        result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, single}, {u"user_id"_s, m_ivan}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"slot_full"_s);
    }

    void bookingsOfAPersonNeedNoDays()
    {
        // Ivan's history across two queues and days; nobody else's bookings come with it.
        const qint64 first = createQueue();
        const qint64 second = createQueue();
        const qint64 early = book(freshSlot(first), m_ivan);
        const qint64 later = book(createSlot(second, at(dayAhead(40), 9)), m_ivan);
        book(freshSlot(first), m_alice);
        HttpResult result = get(u"/api/v1/bookings?user_id=%1&limit=500"_s.arg(m_ivan), m_viewer);
        CHECK_STATUS(result, 200);
        const QJsonArray items = result.json().object().value(u"items"_s).toArray();
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), items.size());
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(u"user_id"_s).toInteger(), m_ivan);
        const QList<qint64> ids = idsOf(items);
        QVERIFY(ids.contains(early) && ids.contains(later));
        QVERIFY(ids.indexOf(early) < ids.indexOf(later)); // by day
        // The other filters still narrow it down.
        result = get(u"/api/v1/bookings?user_id=%1&queue_id=%2"_s.arg(m_ivan).arg(second), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(idsOf(result.json().object().value(u"items"_s).toArray()), QList<qint64>{later});
    }

    void usersSearchBanAndUnban()
    {
        HttpResult result = get(u"/api/v1/users?q=ALIC"_s, m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 1);
        const UserRecord alice = UserRecord::fromJson(result.json().object().value(u"items"_s).toArray().first().toObject());
        QCOMPARE(alice.id, m_alice);
        QCOMPARE(alice.telegramId, qint64(1001));
        QCOMPARE(get(u"/api/v1/users?q=1003"_s).json().object().value(u"items"_s).toArray().first().toObject()
                     .value(u"id"_s).toInteger(), m_ivan);
        QCOMPARE(get(u"/api/v1/users?q=%1"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(u"Петр"_s))))
                     .json().object().value(u"total"_s).toInt(), 1);

        const QString path = u"/api/v1/users/%1"_s.arg(m_bob);
        result = call("POST", path + u"/ban"_s, {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"banned"_s).toBool(), true);
        QCOMPARE(get(u"/api/v1/users?banned=true&q=bob"_s).json().object().value(u"total"_s).toInt(), 1);
        // A banned person cannot be booked, not even by staff.
        result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, freshSlot(createQueue())}, {u"user_id"_s, m_bob}},
                      m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"user_banned"_s);
        result = call("POST", path + u"/unban"_s, {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"banned"_s).toBool(), false);
        QCOMPARE(get(u"/api/v1/users?banned=true&q=bob"_s).json().object().value(u"total"_s).toInt(), 0);
        QCOMPARE(get(u"/api/v1/audit?entity=user&entity_id=%1"_s.arg(m_bob)).json().object().value(u"total"_s).toInt(), 3);
        CHECK_STATUS(call("POST", u"/api/v1/users/999999/ban"_s, {}, m_operator), 404);
    }

    void auditFiltersByEntityActorAndTime()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        const qint64 queue = createQueue();
        HttpResult result = get(u"/api/v1/audit?entity=queue&entity_id=%1"_s.arg(queue));
        CHECK_STATUS(result, 200);
        const QJsonObject entry = result.json().object().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"action"_s).toString(), u"queue.create"_s);
        QCOMPARE(entry.value(u"actor"_s).toObject().value(u"id"_s).toInteger(), m_adminId);
        QVERIFY(entry.value(u"at"_s).toString().endsWith(u'Z'));

        result = get(u"/api/v1/audit?actor_type=staff&actor_id=%1&from=%2&limit=500"_s.arg(m_adminId).arg(
            QString::fromLatin1(QUrl::toPercentEncoding(start.toString(Qt::ISODate)))));
        CHECK_STATUS(result, 200);
        const QJsonArray items = result.json().object().value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger(), m_adminId);
        result = get(u"/api/v1/audit?to=2000-01-01T00:00:00Z"_s);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 0);
    }

    void outboxListAndRetry()
    {
        const qint64 message = failedMessage(m_carol);
        HttpResult result = get(u"/api/v1/outbox?status=failed&user_id=%1"_s.arg(m_carol), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 1);
        const QJsonObject listed = result.json().object().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(listed.value(u"id"_s).toInteger(), message);
        QCOMPARE(listed.value(u"last_error"_s).toString(), u"timeout"_s);

        result = call("POST", u"/api/v1/outbox/%1/retry"_s.arg(message), {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(result.json().object().value(u"attempts"_s).toInt(), 3);
        result = call("POST", u"/api/v1/outbox/%1/retry"_s.arg(message), {}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"message_not_retryable"_s);
        result = call("POST", u"/api/v1/outbox/999999/retry"_s, {}, m_operator);
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"message_not_found"_s);
    }

    void statsPerQueueAndDay()
    {
        const qint64 queue = createQueue();
        const QDate day = dayAhead(4);
        const qint64 a = createSlot(queue, at(day, 9), 3);
        const qint64 b = createSlot(queue, at(day, 10), 2);
        const qint64 gone = createSlot(queue, at(day, 11), 2);
        createSlot(queue, at(day.addDays(1), 9), 4);
        const qint64 attended = book(a, m_alice);
        const qint64 noShow = book(a, m_ivan);
        book(b, m_alice);
        const qint64 cancelled = book(b, m_ivan);
        CHECK_STATUS(call("PATCH", u"/api/v1/bookings/%1"_s.arg(attended), {{u"status"_s, u"attended"_s}}), 200);
        CHECK_STATUS(call("PATCH", u"/api/v1/bookings/%1"_s.arg(noShow), {{u"status"_s, u"no_show"_s}}), 200);
        CHECK_STATUS(call("PATCH", u"/api/v1/bookings/%1"_s.arg(cancelled), {{u"status"_s, u"cancelled"_s}}), 200);
        CHECK_STATUS(call("POST", u"/api/v1/slots/%1/cancel"_s.arg(gone), {{u"reason"_s, u"closed"_s}}), 200);

        const HttpResult result = get(u"/api/v1/stats?queue_id=%1&from=%2&to=%3"_s.arg(queue).arg(
                                          isoDay(day), isoDay(day.addDays(1))),
                                      m_viewer);
        CHECK_STATUS(result, 200);
        const QJsonArray items = result.json().object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(u"day"_s).toString(), isoDay(day));
        QCOMPARE(first.value(u"queue_id"_s).toInteger(), queue);
        QCOMPARE(first.value(u"slots"_s).toInt(), 2);
        QCOMPARE(first.value(u"cancelled_slots"_s).toInt(), 1);
        QCOMPARE(first.value(u"capacity"_s).toInt(), 5);
        // Attended and no-show bookings keep their seat; the cancelled one gave it back.
        QCOMPARE(first.value(u"booked"_s).toInt(), 3);
        QCOMPARE(first.value(u"free"_s).toInt(), 2);
        QCOMPARE(first.value(u"attended"_s).toInt(), 1);
        QCOMPARE(first.value(u"no_show"_s).toInt(), 1);
        QCOMPARE(first.value(u"cancelled"_s).toInt(), 1);
        const QJsonObject second = items.at(1).toObject();
        QCOMPARE(second.value(u"slots"_s).toInt(), 1);
        QCOMPARE(second.value(u"capacity"_s).toInt(), 4);
        QCOMPARE(second.value(u"free"_s).toInt(), 4);
    }

    void changesFollowRevisions()
    {
        const qint64 since = revision();
        HttpResult result = get(u"/api/v1/changes?since=%1"_s.arg(since), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"items"_s).toArray().size(), 0);
        QCOMPARE(result.json().object().value(u"next"_s).toInteger(), since);
        QCOMPARE(result.json().object().value(u"more"_s).toBool(), false);

        const qint64 queue = createQueue();
        const qint64 s1 = freshSlot(queue);
        const qint64 s2 = freshSlot(queue);
        const qint64 s3 = freshSlot(queue);
        result = get(u"/api/v1/changes?since=%1"_s.arg(since), m_viewer);
        QJsonObject feed = result.json().object();
        QCOMPARE(feed.value(u"revision"_s).toInteger(), since + 4);
        QCOMPARE(feed.value(u"next"_s).toInteger(), since + 4);
        const QJsonArray items = feed.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).toObject().value(u"entity"_s).toString(), u"queue"_s);
        QCOMPARE(items.at(0).toObject().value(u"entity_id"_s).toInteger(), queue);
        QCOMPARE(items.at(0).toObject().value(u"action"_s).toString(), u"queue.create"_s);
        QCOMPARE(items.at(3).toObject().value(u"entity_id"_s).toInteger(), s3);
        QCOMPARE(items.at(3).toObject().value(u"revision"_s).toInteger(), since + 4);

        // Paging: two revisions at a time, resuming from `next`.
        feed = get(u"/api/v1/changes?since=%1&limit=2"_s.arg(since)).json().object();
        QCOMPARE(feed.value(u"items"_s).toArray().size(), 2);
        QCOMPARE(feed.value(u"more"_s).toBool(), true);
        QCOMPARE(feed.value(u"next"_s).toInteger(), since + 2);
        feed = get(u"/api/v1/changes?since=%1&limit=2"_s.arg(feed.value(u"next"_s).toInteger())).json().object();
        QCOMPARE(feed.value(u"items"_s).toArray().at(0).toObject().value(u"entity_id"_s).toInteger(), s2);
        QCOMPARE(feed.value(u"items"_s).toArray().at(1).toObject().value(u"entity_id"_s).toInteger(), s3);
        QCOMPARE(feed.value(u"more"_s).toBool(), false);
        Q_UNUSED(s1)

        // A revision with more entries than a page comes whole: a page never splits a revision.
        const qint64 beforeCancel = revision();
        book(s1, m_alice);
        book(s1, m_ivan);
        CHECK_STATUS(call("POST", u"/api/v1/slots/%1/cancel"_s.arg(s1), {{u"reason"_s, u"x"_s}}), 200);
        feed = get(u"/api/v1/changes?since=%1&limit=1"_s.arg(beforeCancel + 2)).json().object();
        QCOMPARE(feed.value(u"items"_s).toArray().size(), 3); // two bookings and the slot
        QCOMPARE(feed.value(u"next"_s).toInteger(), beforeCancel + 3);

        result = get(u"/api/v1/changes?since=%1"_s.arg(revision() + 100));
        CHECK_STATUS(result, 400);
        QCOMPARE(errorOf(result).value(u"field"_s).toString(), u"since"_s);
    }

    void csvExportOfBookings()
    {
        const qint64 queue = createQueue({{u"name_en"_s, u"Export, \"desk\""_s}});
        const QDate day = dayAhead(6);
        const qint64 slot = createSlot(queue, at(day, 8, 30));
        const qint64 bobs = book(slot, m_bob);
        const qint64 ivans = book(slot, m_ivan);
        book(createSlot(queue, at(day.addDays(2), 8)), m_alice); // outside the range

        const HttpResult result = get(u"/api/v1/export/bookings?from=%1&to=%1&queue_id=%2"_s.arg(isoDay(day)).arg(queue),
                                      m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QCOMPARE(result.header("Content-Disposition"),
                 (u"attachment; filename=\"bookings_"_s + isoDay(day) + u'_' + isoDay(day) + u".csv\""_s).toLatin1());
        QVERIFY(result.body.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(result.body.mid(3));
        QVERIFY(text.endsWith(u"\r\n"_s));
        QCOMPARE(text.count(u"\r\n"_s), 3); // rows end in CRLF; Bob's name keeps its own line break
        const CsvTable table = CsvTable::parse(result.body);
        QCOMPARE(table.rowCount(), 2);
        const QStringList header = table.header();
        QCOMPARE(header.first(), u"booking_id"_s);
        for (const QStringList &row : table.rows())
            QCOMPARE(row.size(), header.size());
        const auto column = [&header](const QStringList &row, const QString &name) {
            return row.value(header.indexOf(name));
        };
        const QStringList bob = table.rows().at(0);
        QCOMPARE(column(bob, u"booking_id"_s).toLongLong(), bobs);
        QCOMPARE(column(bob, u"queue_name_en"_s), u"Export, \"desk\""_s);
        // A spreadsheet would run this as a formula; the export defuses it.
        QCOMPARE(column(bob, u"first_name"_s), u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(column(bob, u"last_name"_s), u"Smith, \"Jr\"\nsecond line"_s);
        QCOMPARE(column(bob, u"starts_at"_s), at(day, 8, 30));
        QCOMPARE(column(bob, u"local_time"_s), u"08:30"_s);
        QCOMPARE(column(bob, u"status"_s), u"active"_s);
        QCOMPARE(column(bob, u"source"_s), u"console"_s);
        const QStringList ivan = table.rows().at(1);
        QCOMPARE(column(ivan, u"booking_id"_s).toLongLong(), ivans);
        QCOMPARE(column(ivan, u"first_name"_s), u"Иван"_s);
        QCOMPARE(column(ivan, u"queue_name_ru"_s), get(u"/api/v1/queues/%1"_s.arg(queue)).json().object()
                                                       .value(u"name_ru"_s).toString());
    }

    void listsArePaginated()
    {
        for (int i = 0; i < 3; ++i)
            createQueue();
        HttpResult result = get(u"/api/v1/queues?limit=2"_s);
        CHECK_STATUS(result, 200);
        const QJsonObject first = result.json().object();
        const qint64 total = first.value(u"total"_s).toInteger();
        QVERIFY(total >= 3);
        QCOMPARE(first.value(u"items"_s).toArray().size(), 2);
        QCOMPARE(first.value(u"limit"_s).toInt(), 2);
        QCOMPARE(first.value(u"offset"_s).toInt(), 0);
        // Walking the pages visits every queue once.
        QSet<qint64> seen;
        for (qint64 offset = 0; offset < total; offset += 2) {
            const QJsonArray items =
                get(u"/api/v1/queues?limit=2&offset=%1"_s.arg(offset)).json().object().value(u"items"_s).toArray();
            for (const QJsonValue &item : items)
                seen.insert(item.toObject().value(u"id"_s).toInteger());
        }
        QCOMPARE(qint64(seen.size()), total);
        QCOMPARE(get(u"/api/v1/queues?offset=%1"_s.arg(total)).json().object().value(u"items"_s).toArray().size(), 0);
        QCOMPARE(get(u"/api/v1/queues"_s).json().object().value(u"limit"_s).toInt(), 50);
        QCOMPARE(get(u"/api/v1/staff?limit=1"_s).json().object().value(u"items"_s).toArray().size(), 1);
    }

    void staffAccountsOverTheApi()
    {
        HttpResult result = call("POST", u"/api/v1/staff"_s, {{u"name"_s, u"temp.worker"_s}, {u"role"_s, u"operator"_s}});
        CHECK_STATUS(result, 201);
        const QByteArray token = result.json().object().value(u"token"_s).toString().toLatin1();
        const qint64 id = result.json().object().value(u"account"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(token.startsWith("qbt_"));
        QCOMPARE(get(u"/api/v1/me"_s, token).json().object().value(u"role"_s).toString(), u"operator"_s);
        // The list never shows tokens.
        result = get(u"/api/v1/staff"_s);
        CHECK_STATUS(result, 200);
        QVERIFY(result.body.contains("temp.worker"));
        QVERIFY(!result.body.contains(token));
        QVERIFY(!result.body.contains("token"));

        result = call("POST", u"/api/v1/staff"_s, {{u"name"_s, u"temp.worker"_s}, {u"role"_s, u"viewer"_s}});
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"staff_name_taken"_s);

        CHECK_STATUS(call("DELETE", u"/api/v1/staff/%1"_s.arg(id)), 204);
        CHECK_STATUS(get(u"/api/v1/me"_s, token), 401);
        result = call("DELETE", u"/api/v1/staff/%1"_s.arg(id));
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"staff_not_found"_s);
    }

    void unknownRoutesAndMethods()
    {
        HttpResult result = get(u"/api/v1/nothing-here"_s);
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"not_found"_s);
        result = call("PUT", u"/api/v1/queues"_s);
        CHECK_STATUS(result, 405);
        QCOMPARE(result.header("Allow"), QByteArray("GET, POST"));
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"method_not_allowed"_s);
    }

    // --- schedules, the waiting list, the live queue and broadcasts -----------------------------
    void weeklyTemplateGeneratesSlotsAndKeepsBookedOnes()
    {
        // Noon there now: this morning's slots have passed and this afternoon's have not.
        const QString zone = noonZone();
        const qint64 queue = createQueue({{u"timezone"_s, zone}, {u"slot_minutes"_s, 60}, {u"default_capacity"_s, 2},
                                          {u"horizon_days"_s, 14}});
        const QDate today = todayIn(zone);
        const QString path = u"/api/v1/queues/%1/schedule"_s.arg(queue);
        const auto everyDay = [](const QList<QPair<QString, QString>> &hours) {
            QJsonArray rules;
            for (int weekday = 1; weekday <= 7; ++weekday) {
                for (const auto &[start, end] : hours)
                    rules.append(QJsonObject{{u"weekday"_s, weekday}, {u"start"_s, start}, {u"end"_s, end}});
            }
            return QJsonObject{{u"rules"_s, rules}};
        };
        const auto slotAt = [&](const QDate &day, int hour) -> QJsonObject {
            const QJsonArray items = get(u"/api/v1/slots?queue_id=%1&from=%2&to=%2"_s.arg(queue).arg(isoDay(day)))
                                         .json().object().value(u"items"_s).toArray();
            for (const QJsonValue &item : items) {
                if (item.toObject().value(u"starts_at"_s).toString() == localAt(zone, day, hour))
                    return item.toObject();
            }
            return {};
        };

        // 08:00-11:00 every day: three slots a day, today's already past, 14 days ahead.
        HttpResult result = call("PUT", path, everyDay({{u"08:00"_s, u"11:00"_s}}));
        CHECK_STATUS(result, 200);
        QJsonObject report = result.json().object();
        QCOMPARE(report.value(u"queue_id"_s).toInteger(), queue);
        QCOMPARE(report.value(u"from_day"_s).toString(), isoDay(today));
        QCOMPARE(report.value(u"to_day"_s).toString(), isoDay(today.addDays(14)));
        QCOMPARE(report.value(u"created"_s).toInt(), 14 * 3);
        QCOMPARE(report.value(u"removed"_s).toInt(), 0);
        QCOMPARE(report.value(u"conflicts"_s).toArray().size(), 0);
        result = get(u"/api/v1/slots?queue_id=%1&from=%2&to=%3&limit=500"_s.arg(queue).arg(
                         isoDay(today), isoDay(today.addDays(14))));
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 14 * 3);
        const QJsonObject first = result.json().object().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"starts_at"_s).toString(), localAt(zone, today.addDays(1), 8));
        QCOMPARE(first.value(u"ends_at"_s).toString(), localAt(zone, today.addDays(1), 9));
        QCOMPARE(first.value(u"capacity"_s).toInt(), 2);
        QCOMPARE(first.value(u"origin"_s).toString(), u"template"_s);
        QCOMPARE(first.value(u"held"_s).toInt(), 0);
        result = get(path, m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"rules"_s).toArray().size(), 7);
        QCOMPARE(result.json().object().value(u"rules"_s).toArray().first().toObject(),
                 (QJsonObject{{u"weekday"_s, 1}, {u"kind"_s, u"open"_s}, {u"start"_s, u"08:00"_s},
                              {u"end"_s, u"11:00"_s}, {u"slot_minutes"_s, QJsonValue::Null},
                              {u"capacity"_s, QJsonValue::Null}}));

        // Someone books 09:00 in three days; staff add a slot by hand at 15:00 in five days.
        const QJsonObject booked = slotAt(today.addDays(3), 9);
        QVERIFY(!booked.isEmpty());
        const qint64 booking = book(booked.value(u"id"_s).toInteger(), m_alice);
        const qint64 manual = createSlot(queue, localAt(zone, today.addDays(5), 15), 2);

        // The hours change to 08:00-09:00 and 15:00-17:00. Unbooked 09:00 and 10:00 slots go, the
        // booked one stays and is reported; the hand-made slot is kept where the template wants one.
        result = call("PUT", path, everyDay({{u"08:00"_s, u"09:00"_s}, {u"15:00"_s, u"17:00"_s}}));
        CHECK_STATUS(result, 200);
        report = result.json().object();
        QCOMPARE(report.value(u"removed"_s).toInt(), 14 * 2 - 1);
        QCOMPARE(report.value(u"created"_s).toInt(), 15 * 2 - 1); // today's afternoon too
        QCOMPARE(report.value(u"kept"_s).toInt(), 1);
        QCOMPARE(report.value(u"updated"_s).toInt(), 0);
        QJsonArray conflicts = report.value(u"conflicts"_s).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().toObject().value(u"id"_s).toInteger(), booked.value(u"id"_s).toInteger());
        QCOMPARE(conflicts.first().toObject().value(u"reason"_s).toString(), u"not_in_template"_s);
        QCOMPARE(conflicts.first().toObject().value(u"booked"_s).toInt(), 1);
        QCOMPARE(get(u"/api/v1/slots/%1"_s.arg(booked.value(u"id"_s).toInteger())).json().object()
                     .value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(get(u"/api/v1/bookings/%1"_s.arg(booking)).json().object().value(u"status"_s).toString(),
                 u"active"_s);
        QCOMPARE(get(u"/api/v1/slots/%1"_s.arg(manual)).json().object().value(u"origin"_s).toString(), u"manual"_s);
        QVERIFY(slotAt(today.addDays(4), 10).isEmpty());
        QCOMPARE(slotAt(today.addDays(4), 16).value(u"origin"_s).toString(), u"template"_s);

        // Generating again changes nothing and still reports the booked slot.
        result = call("POST", path + u"/generate"_s, {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"created"_s).toInt(), 0);
        QCOMPARE(result.json().object().value(u"removed"_s).toInt(), 0);
        QCOMPARE(result.json().object().value(u"conflicts"_s).toArray().size(), 1);

        // A holiday on the booked day: its free slots go, the booked one stays; lifting it brings
        // them back.
        const QString holiday = path + u"/exceptions/"_s + isoDay(today.addDays(3));
        result = call("PUT", holiday, {{u"note"_s, u" Holiday "_s}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"removed"_s).toInt(), 3);
        QCOMPARE(result.json().object().value(u"conflicts"_s).toArray().size(), 1);
        const QJsonArray exceptions = get(path).json().object().value(u"exceptions"_s).toArray();
        QCOMPARE(exceptions.size(), 1);
        QCOMPARE(exceptions.first().toObject(),
                 (QJsonObject{{u"day"_s, isoDay(today.addDays(3))}, {u"closed"_s, true}, {u"start"_s, QJsonValue::Null},
                              {u"end"_s, QJsonValue::Null}, {u"note"_s, u"Holiday"_s}}));
        result = call("DELETE", holiday, {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"created"_s).toInt(), 3);
        QCOMPARE(get(path).json().object().value(u"exceptions"_s).toArray().size(), 0);
        // A shortened day keeps the weekday's slots within its own hours.
        result = call("PUT", path + u"/exceptions/"_s + isoDay(today.addDays(6)),
                      {{u"start"_s, u"08:00"_s}, {u"end"_s, u"16:00"_s}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"removed"_s).toInt(), 1); // 16:00
        QCOMPARE(result.json().object().value(u"created"_s).toInt(), 0);

        // Nothing to lift: the day has no exception (any more).
        result = call("DELETE", holiday, {}, m_operator);
        QCOMPARE(result.status, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"schedule_exception_not_found"_s);
        CHECK_STATUS(call("PUT", u"/api/v1/queues/999999/schedule"_s, everyDay({})), 404);
    }

    void waitingListHoldsAFreedSeat()
    {
        const qint64 queue = createQueue({{u"waitlist_hold_minutes"_s, 30}});
        const qint64 slot = freshSlot(queue, 1);
        const QString slotPath = u"/api/v1/slots/%1"_s.arg(slot);
        const QString day = get(slotPath).json().object().value(u"starts_at"_s).toString().left(10);
        const qint64 alices = book(slot, m_alice);

        // The day is full; Ivan (by his Telegram id) waits for a seat that day.
        const QJsonObject request{{u"queue_id"_s, queue}, {u"telegram_id"_s, 1003}, {u"day"_s, day}};
        HttpResult result = call("POST", u"/api/v1/waitlist"_s, request, m_operator);
        CHECK_STATUS(result, 201);
        const WaitlistEntry joined = WaitlistEntry::fromJson(result.json().object());
        QCOMPARE(joined.userId, m_ivan);
        QCOMPARE(joined.status, WaitlistStatus::Waiting);
        QCOMPARE(joined.fromMinute, 0);
        QCOMPARE(joined.toMinute, 1440);
        QCOMPARE(result.json().object().value(u"offered_slot_id"_s), QJsonValue(QJsonValue::Null));
        result = call("POST", u"/api/v1/waitlist"_s, request, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"already_waiting"_s);

        // Alice's booking is cancelled: the seat is held for Ivan, not free for anyone.
        const QDateTime cancelledAt = QDateTime::currentDateTimeUtc();
        CHECK_STATUS(call("PATCH", u"/api/v1/bookings/%1"_s.arg(alices), {{u"status"_s, u"cancelled"_s}}), 200);
        result = get(u"/api/v1/waitlist?queue_id=%1&user_id=%2"_s.arg(queue).arg(m_ivan), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"total"_s).toInt(), 1);
        const WaitlistEntry offered =
            WaitlistEntry::fromJson(result.json().object().value(u"items"_s).toArray().first().toObject());
        QCOMPARE(offered.id, joined.id);
        QCOMPARE(offered.status, WaitlistStatus::Offered);
        QCOMPARE(offered.offeredSlotId, slot);
        QVERIFY(offered.holdUntil);
        const qint64 hold = cancelledAt.secsTo(*offered.holdUntil);
        QVERIFY2(hold >= 29 * 60 && hold <= 31 * 60, qPrintable(QString::number(hold)));
        QJsonObject seats = get(slotPath).json().object();
        QCOMPARE(seats.value(u"held"_s).toInt(), 1);
        QCOMPARE(seats.value(u"booked"_s).toInt(), 0);
        QCOMPARE(seats.value(u"free"_s).toInt(), 0);
        result = call("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, slot}, {u"user_id"_s, m_alice}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"slot_full"_s);
        QCOMPARE(rows(u"SELECT count(*) FROM outbox WHERE template = 'waitlist_offer' AND user_id = ? AND params LIKE ?"_s,
                      {m_ivan, u"%\"entry_id\":%1,%"_s.arg(joined.id)}),
                 qint64(1));
        QCOMPARE(get(u"/api/v1/waitlist?status=offered&day=%1&queue_id=%2"_s.arg(day).arg(queue))
                     .json().object().value(u"total"_s).toInt(), 1);

        // Taking Ivan off the list frees the seat again.
        result = call("DELETE", u"/api/v1/waitlist/%1"_s.arg(joined.id), {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"cancelled"_s);
        seats = get(slotPath).json().object();
        QCOMPARE(seats.value(u"held"_s).toInt(), 0);
        QCOMPARE(seats.value(u"free"_s).toInt(), 1);
        result = call("DELETE", u"/api/v1/waitlist/%1"_s.arg(joined.id), {}, m_operator);
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"waitlist_entry_not_found"_s);

        // Only days from today up to the booking horizon.
        QJsonObject tooLate = request;
        tooLate.insert(u"day"_s, isoDay(dayAhead(-1)));
        result = call("POST", u"/api/v1/waitlist"_s, tooLate, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"waitlist_day_not_open"_s);
        tooLate.insert(u"day"_s, isoDay(dayAhead(61)));
        CHECK_STATUS(call("POST", u"/api/v1/waitlist"_s, tooLate, m_operator), 409);
        result = call("POST", u"/api/v1/waitlist"_s,
                      {{u"queue_id"_s, queue}, {u"telegram_id"_s, 999999}, {u"day"_s, day}}, m_operator);
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"user_not_found"_s);
    }

    void liveQueueCallsDueBookingsBeforeWalkIns()
    {
        const QString zone = noonZone();
        const qint64 queue = createQueue({{u"timezone"_s, zone}, {u"counters"_s, 2}, {u"slot_minutes"_s, 60}});
        const QString line = u"/api/v1/queues/%1/live"_s.arg(queue);
        const auto ticketPath = [](const QJsonObject &ticket, const QString &action = {}) -> QString {
            return u"/api/v1/live/tickets/%1"_s.arg(ticket.value(u"id"_s).toInteger())
                + (action.isEmpty() ? QString() : u'/' + action);
        };
        const auto act = [&](const QJsonObject &ticket, const QString &action, const QJsonObject &body = {}) {
            return call("POST", ticketPath(ticket, action), body, m_operator);
        };

        // Two walk-ins come in; then Alice, whose slot started five minutes ago, checks in; then
        // Ivan, whose slot is in forty minutes.
        const qint64 due = startedBooking(queue, m_alice, 5);
        HttpResult result = call("POST", line + u"/tickets"_s, {}, m_operator);
        CHECK_STATUS(result, 201);
        const QJsonObject w1 = result.json().object();
        QCOMPARE(w1.value(u"kind"_s).toString(), u"walkin"_s);
        QCOMPARE(w1.value(u"status"_s).toString(), u"waiting"_s);
        QCOMPARE(w1.value(u"user_id"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(w1.value(u"day"_s).toString(), isoDay(todayIn(zone)));
        QVERIFY(w1.value(u"code"_s).toString().startsWith(u"W-"_s));
        const QJsonObject w2 = walkIn(queue);
        result = call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(due), {}, m_operator);
        CHECK_STATUS(result, 200);
        const QJsonObject alice = result.json().object();
        QCOMPARE(alice.value(u"kind"_s).toString(), u"booking"_s);
        QCOMPARE(alice.value(u"booking_id"_s).toInteger(), due);
        QCOMPARE(alice.value(u"user_id"_s).toInteger(), m_alice);
        QCOMPARE(alice.value(u"code"_s).toString(),
                 get(u"/api/v1/bookings/%1"_s.arg(due)).json().object().value(u"code"_s).toString());
        QVERIFY(!get(u"/api/v1/bookings/%1"_s.arg(due)).json().object().value(u"confirmed_at"_s).isNull());
        // Pressing it twice keeps the place.
        result = call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(due), {}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"id"_s), alice.value(u"id"_s));
        const QDateTime in40 = QDateTime::currentDateTimeUtc().addSecs(40 * 60);
        const qint64 early = book(createSlot(queue, isoTime(in40)), m_ivan);
        result = call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(early), {}, m_operator);
        CHECK_STATUS(result, 200);
        const QJsonObject ivan = result.json().object();

        // The board: Alice's due booking first, then the walk-ins as they came, then Ivan.
        result = get(line, m_viewer);
        CHECK_STATUS(result, 200);
        QJsonObject board = result.json().object();
        const QJsonArray waiting = board.value(u"waiting"_s).toArray();
        QCOMPARE(idsOf(waiting), (QList<qint64>{alice.value(u"id"_s).toInteger(), w1.value(u"id"_s).toInteger(),
                                                w2.value(u"id"_s).toInteger(), ivan.value(u"id"_s).toInteger()}));
        for (int i = 0; i < waiting.size(); ++i)
            QCOMPARE(waiting.at(i).toObject().value(u"position"_s).toInt(), i + 1);
        QVERIFY(waiting.at(1).toObject().value(u"waited_seconds"_s).toInteger() >= 0);
        QCOMPARE(board.value(u"counters"_s).toArray().size(), 2);
        QCOMPARE(board.value(u"counters"_s).toArray().at(1).toObject().value(u"ticket"_s), QJsonValue(QJsonValue::Null));
        result = get(ticketPath(w2), m_viewer);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"position"_s).toInt(), 3);

        // Calling: Alice to counter 1, the first walk-in to counter 2.
        result = call("POST", line + u"/call-next"_s, {{u"counter"_s, 1}}, m_operator);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"id"_s), alice.value(u"id"_s));
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"called"_s);
        QCOMPARE(result.json().object().value(u"counter"_s).toInt(), 1);
        QCOMPARE(callNext(queue, 2).value(u"id"_s), w1.value(u"id"_s));
        board = get(line).json().object();
        QCOMPARE(board.value(u"counters"_s).toArray().at(0).toObject().value(u"ticket"_s).toObject().value(u"id"_s),
                 alice.value(u"id"_s));
        QCOMPARE(board.value(u"counters"_s).toArray().at(1).toObject().value(u"ticket"_s).toObject().value(u"id"_s),
                 w1.value(u"id"_s));
        QCOMPARE(get(ticketPath(w1)).json().object().value(u"position"_s), QJsonValue(QJsonValue::Undefined));

        // Alice is served: her booking is attended.
        result = act(alice, u"served"_s);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"served"_s);
        QCOMPARE(get(u"/api/v1/bookings/%1"_s.arg(due)).json().object().value(u"status"_s).toString(), u"attended"_s);
        result = act(alice, u"served"_s);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"ticket_not_in_state"_s);

        // Counter 1 takes the second walk-in, then Ivan's early check-in.
        QCOMPARE(callNext(queue, 1).value(u"id"_s), w2.value(u"id"_s));
        CHECK_STATUS(act(w1, u"served"_s), 200);
        CHECK_STATUS(act(w2, u"served"_s), 200);
        QCOMPARE(callNext(queue, 1).value(u"id"_s), ivan.value(u"id"_s));
        result = act(ivan, u"recall"_s);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"recalls"_s).toInt(), 1);
        result = act(ivan, u"transfer"_s, {{u"counter"_s, 2}});
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"counter"_s).toInt(), 2);
        // The queue has two counters.
        result = act(ivan, u"transfer"_s, {{u"counter"_s, 3}});
        CHECK_STATUS(result, 400);
        QCOMPARE(errorOf(result).value(u"field"_s).toString(), u"counter"_s);
        result = call("POST", line + u"/call-next"_s, {{u"counter"_s, 3}}, m_operator);
        CHECK_STATUS(result, 400);
        QCOMPARE(errorOf(result).value(u"field"_s).toString(), u"counter"_s);
        // He stepped out: back into the line, then he is not there when called again.
        result = act(ivan, u"return"_s);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"waiting"_s);
        QCOMPARE(result.json().object().value(u"counter"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(callNext(queue, 2).value(u"id"_s), ivan.value(u"id"_s));
        result = act(ivan, u"no-show"_s);
        CHECK_STATUS(result, 200);
        QCOMPARE(result.json().object().value(u"status"_s).toString(), u"no_show"_s);
        QCOMPARE(get(u"/api/v1/bookings/%1"_s.arg(early)).json().object().value(u"status"_s).toString(), u"no_show"_s);

        result = call("POST", line + u"/call-next"_s, {{u"counter"_s, 1}}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"line_empty"_s);
        board = get(line).json().object();
        QCOMPARE(board.value(u"waiting"_s).toArray().size(), 0);
        QCOMPARE(board.value(u"called"_s).toArray().size(), 0);
        QCOMPARE(board.value(u"served"_s).toInt(), 3);
        QCOMPARE(board.value(u"no_shows"_s).toInt(), 1);
        QVERIFY(board.value(u"average_wait_seconds"_s).toInt() >= 0);

        // Check-in only around the slot's time, only for an active booking.
        const qint64 later = book(createSlot(queue, isoTime(QDateTime::currentDateTimeUtc().addSecs(90 * 60))), m_bob);
        result = call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(later), {}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"checkin_not_open"_s);
        const qint64 cancelled = book(createSlot(queue, isoTime(in40.addSecs(60))), m_carol);
        CHECK_STATUS(call("PATCH", u"/api/v1/bookings/%1"_s.arg(cancelled), {{u"status"_s, u"cancelled"_s}}), 200);
        result = call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(cancelled), {}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"booking_not_active"_s);
        CHECK_STATUS(call("POST", u"/api/v1/bookings/999999/check-in"_s, {}, m_operator), 404);

        // One place in the line per person: a second booking that day checks in while the first waits.
        const qint64 first = book(createSlot(queue, isoTime(in40.addSecs(120))), m_carol);
        const qint64 second = book(createSlot(queue, isoTime(in40.addSecs(180))), m_carol);
        CHECK_STATUS(call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(first), {}, m_operator), 200);
        result = call("POST", u"/api/v1/bookings/%1/check-in"_s.arg(second), {}, m_operator);
        QCOMPARE(result.status, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"already_in_line"_s);
        result = get(u"/api/v1/live/tickets/999999"_s);
        CHECK_STATUS(result, 404);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"ticket_not_found"_s);
        CHECK_STATUS(call("POST", u"/api/v1/live/tickets/999999/recall"_s, {}, m_operator), 404);
    }

    void walkInsOnlyWhenTheQueueTakesThemAndWorks()
    {
        const QString zone = noonZone();
        HttpResult result = call("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(createQueue({{u"walkin_allowed"_s, false}})),
                                 {}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"walkin_not_allowed"_s);
        // Open 08:00-09:00 every day: closed at noon.
        const qint64 morning = createQueue({{u"timezone"_s, zone}});
        QJsonArray rules;
        for (int weekday = 1; weekday <= 7; ++weekday)
            rules.append(QJsonObject{{u"weekday"_s, weekday}, {u"start"_s, u"08:00"_s}, {u"end"_s, u"09:00"_s}});
        CHECK_STATUS(call("PUT", u"/api/v1/queues/%1/schedule"_s.arg(morning), {{u"rules"_s, rules}}), 200);
        result = call("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(morning), {}, m_operator);
        CHECK_STATUS(result, 409);
        QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"queue_closed_now"_s);
        // Longer hours today (08:00-18:00) should make it work now.
        CHECK_STATUS(call("PUT", u"/api/v1/queues/%1/schedule/exceptions/%2"_s.arg(morning).arg(isoDay(todayIn(zone))),
                          {{u"start"_s, u"08:00"_s}, {u"end"_s, u"18:00"_s}}, m_operator),
                     200);
        result = call("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(morning), {}, m_operator);
        QCOMPARE(result.status, 201);
        CHECK_STATUS(call("POST", u"/api/v1/queues/999999/live/tickets"_s, {}, m_operator), 404);
    }

    void broadcastReachesEveryoneComingThatDay()
    {
        const qint64 queue = createQueue();
        const QDate day = dayAhead(4);
        const qint64 nine = createSlot(queue, at(day, 9));
        const qint64 ten = createSlot(queue, at(day, 10));
        book(nine, m_alice);
        book(nine, m_ivan);
        book(ten, m_alice); // twice that day, told once
        const qint64 gone = book(ten, m_bob);
        CHECK_STATUS(call("PATCH", u"/api/v1/bookings/%1"_s.arg(gone), {{u"status"_s, u"cancelled"_s}}), 200);
        book(createSlot(queue, at(day.addDays(1), 9)), m_carol); // another day

        const QString path = u"/api/v1/queues/%1/broadcast"_s.arg(queue);
        HttpResult result =
            call("POST", path, {{u"day"_s, isoDay(day)}, {u"text"_s, u"  The office closes at 15:00.  "_s}}, m_operator);
        CHECK_STATUS(result, 202);
        QCOMPARE(result.json().object(), (QJsonObject{{u"queue_id"_s, queue}, {u"day"_s, isoDay(day)}, {u"recipients"_s, 2}}));
        const QString sql = u"SELECT count(*) FROM outbox WHERE template = 'broadcast' AND user_id = ? "
                            "AND params LIKE '%\"text\":\"The office closes at 15:00.\"%'"_s;
        QCOMPARE(rows(sql, {m_alice}), qint64(1));
        QCOMPARE(rows(sql, {m_ivan}), qint64(1));
        QCOMPARE(rows(sql, {m_bob}), qint64(0));
        QCOMPARE(rows(sql, {m_carol}), qint64(0));
        QCOMPARE(get(u"/api/v1/audit?entity=queue&entity_id=%1&action=queue.broadcast"_s.arg(queue))
                     .json().object().value(u"total"_s).toInt(), 1);

        result = call("POST", path, {{u"day"_s, isoDay(dayAhead(20))}, {u"text"_s, u"Nobody"_s}}, m_operator);
        CHECK_STATUS(result, 202);
        QCOMPARE(result.json().object().value(u"recipients"_s).toInt(), 0);
        // A day that is over has nobody left to tell.
        const qint64 before = revision();
        result = call("POST", path, {{u"day"_s, isoDay(dayAhead(-2))}, {u"text"_s, u"Too late"_s}}, m_operator);
        CHECK_STATUS(result, 400);
        QCOMPARE(errorOf(result).value(u"field"_s).toString(), u"day"_s);
        QCOMPARE(revision(), before);
        CHECK_STATUS(call("POST", u"/api/v1/queues/999999/broadcast"_s, {{u"day"_s, isoDay(day)}, {u"text"_s, u"x"_s}},
                          m_operator),
                     404);
    }

    // --- every admin route × {no token, wrong token, viewer, operator, admin} -------------------
    void roleMatrix()
    {
        struct Call
        {
            QByteArray method;
            QString path;
            QJsonObject body;
        };
        struct Row
        {
            QByteArray method;
            QString pattern;
            Access access;
            int success;
            std::function<Call()> make;
        };
        const qint64 queue = createQueue();
        const qint64 slot = freshSlot(queue);
        const qint64 booking = book(slot, m_alice);
        const QString from = isoDay(dayAhead(1));
        const QString to = isoDay(dayAhead(30));
        const auto fixed = [](const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
            return [=] { return Call{method, path, body}; };
        };
        // A queue with a weekly template; one where it is noon now, with three counters and no
        // hours, so it takes walk-ins now; one for check-ins, also at noon.
        const qint64 scheduled = createQueue();
        const QString schedule = u"/api/v1/queues/%1/schedule"_s.arg(scheduled);
        const QJsonObject mondays{{u"rules"_s, QJsonArray{QJsonObject{{u"weekday"_s, 1}, {u"start"_s, u"09:00"_s},
                                                                      {u"end"_s, u"12:00"_s}}}}};
        must(call("PUT", schedule, mondays), 200);
        const QString zone = noonZone();
        const qint64 live = createQueue({{u"timezone"_s, zone}, {u"counters"_s, 3}});
        const qint64 arrivals = createQueue({{u"timezone"_s, zone}});
        const qint64 ticket = walkIn(live).value(u"id"_s).toInteger();
        const auto onCalledTicket = [this, live](const char *action, const QJsonObject &body = {}) {
            return [=] {
                return Call{"POST", u"/api/v1/live/tickets/%1/%2"_s.arg(calledTicket(live)).arg(QLatin1String(action)),
                            body};
            };
        };
        const QList<Row> table{
            {"GET", u"/api/v1/me"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/me"_s)},
            {"GET", u"/api/v1/queues"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/queues"_s)},
            {"POST", u"/api/v1/queues"_s, Access::Admin, 201,
             [this] {
                 ++m_seq;
                 return Call{"POST", u"/api/v1/queues"_s,
                             {{u"name_ru"_s, u"М %1"_s.arg(m_seq)}, {u"name_en"_s, u"M %1"_s.arg(m_seq)},
                              {u"timezone"_s, u"UTC"_s}}};
             }},
            {"GET", u"/api/v1/queues/{id}"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/queues/%1"_s.arg(queue))},
            {"PATCH", u"/api/v1/queues/{id}"_s, Access::Admin, 200,
             fixed("PATCH", u"/api/v1/queues/%1"_s.arg(queue), {{u"counters"_s, 2}})},
            {"DELETE", u"/api/v1/queues/{id}"_s, Access::Admin, 200,
             [this] { return Call{"DELETE", u"/api/v1/queues/%1"_s.arg(createQueue()), {}}; }},
            {"GET", u"/api/v1/slots"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/slots?queue_id=%1&from=%2&to=%3"_s.arg(queue).arg(from, to))},
            {"POST", u"/api/v1/slots"_s, Access::Operator, 201,
             [this, queue] {
                 ++m_seq;
                 return Call{"POST", u"/api/v1/slots"_s,
                             {{u"queue_id"_s, queue}, {u"starts_at"_s, at(dayAhead(40), m_seq % 24, m_seq / 24)}}};
             }},
            {"POST", u"/api/v1/slots/bulk"_s, Access::Operator, 201,
             [this, queue] {
                 const QString day = isoDay(dayAhead(41 + ++m_seq % 300));
                 return Call{"POST", u"/api/v1/slots/bulk"_s,
                             {{u"queue_id"_s, queue}, {u"from_date"_s, day}, {u"to_date"_s, day},
                              {u"start_time"_s, u"10:00"_s}, {u"end_time"_s, u"11:00"_s}}};
             }},
            {"GET", u"/api/v1/slots/{id}"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/slots/%1"_s.arg(slot))},
            {"PATCH", u"/api/v1/slots/{id}"_s, Access::Operator, 200,
             fixed("PATCH", u"/api/v1/slots/%1"_s.arg(slot), {{u"capacity"_s, 6}})},
            {"POST", u"/api/v1/slots/{id}/cancel"_s, Access::Operator, 200,
             [this, queue] {
                 return Call{"POST", u"/api/v1/slots/%1/cancel"_s.arg(freshSlot(queue)), {{u"reason"_s, u"r"_s}}};
             }},
            {"GET", u"/api/v1/bookings"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/bookings?slot_id=%1"_s.arg(slot))},
            {"POST", u"/api/v1/bookings"_s, Access::Operator, 201,
             [this, queue] {
                 return Call{"POST", u"/api/v1/bookings"_s,
                             {{u"slot_id"_s, freshSlot(queue)}, {u"user_id"_s, m_alice}}};
             }},
            {"GET", u"/api/v1/bookings/{id}"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/bookings/%1"_s.arg(booking))},
            {"PATCH", u"/api/v1/bookings/{id}"_s, Access::Operator, 200,
             [this, queue] {
                 return Call{"PATCH", u"/api/v1/bookings/%1"_s.arg(book(freshSlot(queue), m_ivan)),
                             {{u"status"_s, u"attended"_s}}};
             }},
            {"GET", u"/api/v1/users"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/users?q=a"_s)},
            {"GET", u"/api/v1/users/{id}"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/users/%1"_s.arg(m_carol))},
            {"POST", u"/api/v1/users/{id}/ban"_s, Access::Operator, 200,
             fixed("POST", u"/api/v1/users/%1/ban"_s.arg(m_carol))},
            {"POST", u"/api/v1/users/{id}/unban"_s, Access::Operator, 200,
             fixed("POST", u"/api/v1/users/%1/unban"_s.arg(m_carol))},
            {"GET", u"/api/v1/audit"_s, Access::Admin, 200, fixed("GET", u"/api/v1/audit"_s)},
            {"GET", u"/api/v1/outbox"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/outbox?status=pending"_s)},
            {"POST", u"/api/v1/outbox/{id}/retry"_s, Access::Operator, 200,
             [this] { return Call{"POST", u"/api/v1/outbox/%1/retry"_s.arg(failedMessage(m_carol)), {}}; }},
            {"GET", u"/api/v1/stats"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/stats?from=%1&to=%2"_s.arg(from, to))},
            {"GET", u"/api/v1/changes"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/changes?since=0&limit=5"_s)},
            {"GET", u"/api/v1/export/bookings"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/export/bookings?from=%1&to=%2"_s.arg(from, to))},
            {"GET", u"/api/v1/staff"_s, Access::Admin, 200, fixed("GET", u"/api/v1/staff"_s)},
            {"POST", u"/api/v1/staff"_s, Access::Admin, 201,
             [this] {
                 return Call{"POST", u"/api/v1/staff"_s,
                             {{u"name"_s, u"matrix-%1"_s.arg(++m_seq)}, {u"role"_s, u"viewer"_s}}};
             }},
            {"GET", u"/api/v1/queues/{id}/schedule"_s, Access::Viewer, 200, fixed("GET", schedule)},
            {"PUT", u"/api/v1/queues/{id}/schedule"_s, Access::Admin, 200, fixed("PUT", schedule, mondays)},
            {"PUT", u"/api/v1/queues/{id}/schedule/exceptions/{day}"_s, Access::Operator, 200,
             fixed("PUT", schedule + u"/exceptions/"_s + isoDay(dayAhead(3)), {{u"closed"_s, true}})},
            {"DELETE", u"/api/v1/queues/{id}/schedule/exceptions/{day}"_s, Access::Operator, 200,
             [this, schedule] {
                 const QString path = schedule + u"/exceptions/"_s + isoDay(dayAhead(4));
                 must(call("PUT", path, {{u"start"_s, u"10:00"_s}, {u"end"_s, u"11:00"_s}}), 200);
                 return Call{"DELETE", path, {}};
             }},
            {"POST", u"/api/v1/queues/{id}/schedule/generate"_s, Access::Operator, 200,
             fixed("POST", schedule + u"/generate"_s)},
            {"GET", u"/api/v1/waitlist"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/waitlist?user_id=%1&status=waiting"_s.arg(m_alice))},
            {"POST", u"/api/v1/waitlist"_s, Access::Operator, 201,
             [this] {
                 return Call{"POST", u"/api/v1/waitlist"_s,
                             {{u"queue_id"_s, createQueue()}, {u"user_id"_s, m_alice}, {u"day"_s, isoDay(dayAhead(1))}}};
             }},
            {"DELETE", u"/api/v1/waitlist/{id}"_s, Access::Operator, 200,
             [this] {
                 const QJsonObject entry = must(call("POST", u"/api/v1/waitlist"_s,
                                                     {{u"queue_id"_s, createQueue()}, {u"telegram_id"_s, 1003},
                                                      {u"day"_s, isoDay(dayAhead(2))}, {u"from"_s, u"09:00"_s}}),
                                                201);
                 return Call{"DELETE", u"/api/v1/waitlist/%1"_s.arg(entry.value(u"id"_s).toInteger()), {}};
             }},
            {"GET", u"/api/v1/queues/{id}/live"_s, Access::Viewer, 200, fixed("GET", u"/api/v1/queues/%1/live"_s.arg(live))},
            {"POST", u"/api/v1/queues/{id}/live/call-next"_s, Access::Operator, 200,
             [this, live] {
                 walkIn(live);
                 return Call{"POST", u"/api/v1/queues/%1/live/call-next"_s.arg(live), {{u"counter"_s, 3}}};
             }},
            {"POST", u"/api/v1/queues/{id}/live/tickets"_s, Access::Operator, 201,
             fixed("POST", u"/api/v1/queues/%1/live/tickets"_s.arg(live))},
            {"POST", u"/api/v1/bookings/{id}/check-in"_s, Access::Operator, 200,
             [this, arrivals] {
                 // A slot a quarter of an hour to an hour ahead: check-in is open, and it is still
                 // today. A new person each time: one has one place in a day's line.
                 const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(60 * (15 + ++m_seq % 45));
                 const qint64 person = addUser(5000 + m_seq, u"Walter"_s, u"Wait"_s, QString());
                 return Call{"POST", u"/api/v1/bookings/%1/check-in"_s.arg(book(createSlot(arrivals, isoTime(start)), person)),
                             {}};
             }},
            {"GET", u"/api/v1/live/tickets/{id}"_s, Access::Viewer, 200,
             fixed("GET", u"/api/v1/live/tickets/%1"_s.arg(ticket))},
            {"POST", u"/api/v1/live/tickets/{id}/recall"_s, Access::Operator, 200, onCalledTicket("recall")},
            {"POST", u"/api/v1/live/tickets/{id}/served"_s, Access::Operator, 200, onCalledTicket("served")},
            {"POST", u"/api/v1/live/tickets/{id}/no-show"_s, Access::Operator, 200, onCalledTicket("no-show")},
            {"POST", u"/api/v1/live/tickets/{id}/return"_s, Access::Operator, 200, onCalledTicket("return")},
            {"POST", u"/api/v1/live/tickets/{id}/transfer"_s, Access::Operator, 200,
             onCalledTicket("transfer", {{u"counter"_s, 2}})},
            {"POST", u"/api/v1/queues/{id}/broadcast"_s, Access::Operator, 202,
             fixed("POST", u"/api/v1/queues/%1/broadcast"_s.arg(scheduled),
                   {{u"day"_s, isoDay(dayAhead(1))}, {u"text"_s, u"The office opens at 10:00 tomorrow."_s}})},
            {"DELETE", u"/api/v1/staff/{id}"_s, Access::Admin, 204,
             [this] {
                 const QJsonObject made = must(call("POST", u"/api/v1/staff"_s,
                                                    {{u"name"_s, u"gone-%1"_s.arg(++m_seq)}, {u"role"_s, u"viewer"_s}}),
                                               201);
                 return Call{"DELETE",
                             u"/api/v1/staff/%1"_s.arg(made.value(u"account"_s).toObject().value(u"id"_s).toInteger()),
                             {}};
             }},
        };

        // The table covers exactly the API routes the service registers, with their access.
        QSet<QString> registered;
        for (const RouteInfo &route : registeredRoutes()) {
            if (route.pattern.startsWith(u"/api/"_s))
                registered.insert(route.method + u' ' + route.pattern + u' ' + QString::number(int(route.access)));
        }
        QSet<QString> tested;
        for (const Row &row : table)
            tested.insert(QString::fromLatin1(row.method) + u' ' + row.pattern + u' ' + QString::number(int(row.access)));
        QCOMPARE(tested, registered);

        const struct
        {
            QByteArray token;
            StaffRole role;
        } staff[] = {{m_viewer, StaffRole::Viewer}, {m_operator, StaffRole::Operator}, {m_admin, StaffRole::Admin}};
        const auto allowed = [](StaffRole role, Access access) {
            switch (access) {
            case Access::Public:
            case Access::Viewer: return true;
            case Access::Operator: return role != StaffRole::Viewer;
            case Access::Admin: return role == StaffRole::Admin;
            }
            return false;
        };
        int checked = 0;
        for (const Row &row : table) {
            const QString label = QString::fromLatin1(row.method) + u' ' + row.pattern;
            const Call denied = row.make();
            const QByteArray body = denied.body.isEmpty() ? QByteArray() : jsonBytes(denied.body);
            const qint64 before = revision();
            for (const QByteArray &token : {QByteArray(), QByteArray("qbt_not-a-real-token")}) {
                const HttpResult result = m_service.send(denied.method, denied.path, body, token);
                QVERIFY2(result.status == 401, qPrintable(label + u": "_s + QString::number(result.status)));
                QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"unauthorized"_s);
                QCOMPARE(result.header("WWW-Authenticate"), QByteArray("Bearer"));
                ++checked;
            }
            for (const auto &member : staff) {
                if (allowed(member.role, row.access))
                    continue;
                const HttpResult result = m_service.send(denied.method, denied.path, body, member.token);
                QVERIFY2(result.status == 403, qPrintable(label + u" as "_s + enumName(member.role) + u": "_s
                                                          + QString::number(result.status)));
                QCOMPARE(errorOf(result).value(u"code"_s).toString(), u"forbidden"_s);
                ++checked;
            }
            QVERIFY2(revision() == before, qPrintable(label + u": a refused request changed something"_s));
            for (const auto &member : staff) {
                if (!allowed(member.role, row.access))
                    continue;
                const Call allowedCall = row.make();
                const HttpResult result = m_service.send(
                    allowedCall.method, allowedCall.path,
                    allowedCall.body.isEmpty() ? QByteArray() : jsonBytes(allowedCall.body), member.token);
                QVERIFY2(result.status == row.success,
                         qPrintable(label + u" as "_s + enumName(member.role) + u": "_s + QString::number(result.status)
                                    + u' ' + QString::fromUtf8(result.body)));
                ++checked;
            }
        }
        QCOMPARE(qsizetype(checked), table.size() * 5);
    }

    // --- bad input: 400 naming the field, and nothing changed -----------------------------------
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty: no field (malformed JSON)

        const QString q = u"/api/v1/queues/1"_s;
        const QByteArray longName = "\"" + QByteArray(201, 'x') + "\"";
        const QByteArray longReason = "\"" + QByteArray(501, 'r') + "\"";
        const QByteArray queueBody = R"({"name_ru":"Оч","name_en":"Q","timezone":"UTC")";
        const auto queueWith = [&queueBody](const QByteArray &extra) -> QByteArray {
            return queueBody + "," + extra + "}";
        };
        const QByteArray slotBody = R"({"queue_id":1,"starts_at":"2031-01-01T09:00:00Z")";
        const auto slotWith = [&slotBody](const QByteArray &extra) -> QByteArray {
            return slotBody + "," + extra + "}";
        };
        const auto bulk = [](const char *from, const char *to, const char *start, const char *end,
                             const QByteArray &extra = {}) -> QByteArray {
            QJsonObject object{{u"queue_id"_s, 1},
                               {u"from_date"_s, QString::fromLatin1(from)},
                               {u"to_date"_s, QString::fromLatin1(to)},
                               {u"start_time"_s, QString::fromLatin1(start)},
                               {u"end_time"_s, QString::fromLatin1(end)}};
            const QByteArray json = jsonBytes(object);
            return extra.isEmpty() ? json : json.chopped(1) + ',' + extra + '}';
        };

        const QString schedule = u"/api/v1/queues/1/schedule"_s;
        const QString exception = schedule + u"/exceptions/2031-01-06"_s;
        const auto rules = [](const QByteArray &items) -> QByteArray { return "{\"rules\":[" + items + "]}"; };
        const QByteArray monday = R"({"weekday":1,"start":"09:00","end":"12:00")";
        const auto mondayWith = [&monday](const QByteArray &extra) -> QByteArray { return monday + "," + extra + "}"; };
        QByteArray manyRules;
        for (int i = 0; i < 7 * 24 + 1; ++i)
            manyRules += (i > 0 ? "," : "") + monday + "}";
        const QByteArray waitBody = R"({"queue_id":1,"user_id":1,"day":"2031-01-06")";
        const auto waitWith = [&waitBody](const QByteArray &extra) -> QByteArray {
            return waitBody + "," + extra + "}";
        };
        const QString callNext = u"/api/v1/queues/1/live/call-next"_s;
        const QString broadcast = u"/api/v1/queues/1/broadcast"_s;
        const QByteArray longNote = "\"" + QByteArray(201, 'n') + "\"";
        const QByteArray longText = "\"" + QByteArray(2001, 't') + "\"";

        struct Case
        {
            const char *name;
            QByteArray method;
            QString path;
            QByteArray body;
            QString field;
        };
        const QList<Case> cases{
            {"malformed json", "POST", u"/api/v1/queues"_s, "{\"name_ru\":", QString()},
            {"json array", "POST", u"/api/v1/queues"_s, "[1,2]", QString()},
            {"empty body", "POST", u"/api/v1/slots/1/cancel"_s, "", QString()},
            {"name wrong type", "POST", u"/api/v1/queues"_s, R"({"name_ru":5,"name_en":"Q","timezone":"UTC"})", u"name_ru"_s},
            {"name missing", "POST", u"/api/v1/queues"_s, R"({"name_en":"Q","timezone":"UTC"})", u"name_ru"_s},
            {"name too long", "POST", u"/api/v1/queues"_s, R"({"name_ru":"a","timezone":"UTC","name_en":)" + longName + "}", u"name_en"_s},
            {"name blank", "POST", u"/api/v1/queues"_s, R"({"name_ru":"   ","name_en":"Q","timezone":"UTC"})", u"name_ru"_s},
            {"unknown timezone", "POST", u"/api/v1/queues"_s, R"({"name_ru":"a","name_en":"Q","timezone":"Mars/Olympus"})", u"timezone"_s},
            {"prefix lower case", "POST", u"/api/v1/queues"_s, queueWith(R"("code_prefix":"ab")"), u"code_prefix"_s},
            {"unknown field", "POST", u"/api/v1/queues"_s, queueWith(R"("colour":"red")"), u"colour"_s},
            {"fractional minutes", "POST", u"/api/v1/queues"_s, queueWith(R"("slot_minutes":1.5)"), u"slot_minutes"_s},
            {"number as string", "POST", u"/api/v1/queues"_s, queueWith(R"("counters":"2")"), u"counters"_s},
            {"capacity too big", "POST", u"/api/v1/queues"_s, queueWith(R"("default_capacity":100000)"), u"default_capacity"_s},
            {"bad reminder", "POST", u"/api/v1/queues"_s, queueWith(R"("reminder_offsets_minutes":[0])"), u"reminder_offsets_minutes"_s},
            {"bool as string", "PATCH", q, R"({"active":"yes"})", u"active"_s},
            {"null value", "PATCH", q, R"({"name_en":null})", u"name_en"_s},
            {"negative id", "PATCH", u"/api/v1/queues/-1"_s, R"({"counters":2})", u"id"_s},
            {"word id", "GET", u"/api/v1/queues/abc"_s, "", u"id"_s},
            {"zero id", "DELETE", u"/api/v1/staff/0"_s, "", u"id"_s},
            {"invalid date", "POST", u"/api/v1/slots"_s, R"({"queue_id":1,"starts_at":"2031-13-01T09:00:00Z"})", u"starts_at"_s},
            {"time without zone", "POST", u"/api/v1/slots"_s, R"({"queue_id":1,"starts_at":"2031-01-01T09:00:00"})", u"starts_at"_s},
            {"end before start", "POST", u"/api/v1/slots"_s, slotWith(R"("ends_at":"2031-01-01T08:00:00Z")"), u"ends_at"_s},
            {"capacity zero", "POST", u"/api/v1/slots"_s, slotWith(R"("capacity":0)"), u"capacity"_s},
            {"negative queue", "POST", u"/api/v1/slots"_s, R"({"queue_id":-3,"starts_at":"2031-01-01T09:00:00Z"})", u"queue_id"_s},
            {"weekday eight", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "10:00", R"("weekdays":[8])"), u"weekdays"_s},
            {"weekday repeated", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "10:00", R"("weekdays":[1,1])"), u"weekdays"_s},
            {"start time shape", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "9:00", "10:00"), u"start_time"_s},
            {"end time 25", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "25:00"), u"end_time"_s},
            {"end not after start", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "10:00", "10:00"), u"end_time"_s},
            {"february 30", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-02-30", "2031-03-07", "09:00", "10:00"), u"from_date"_s},
            {"range reversed", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-07", "2031-01-06", "09:00", "10:00"), u"to_date"_s},
            {"break without end", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "12:00", R"("break_start":"10:00")"), u"break_end"_s},
            {"break before hours", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "12:00", R"("break_start":"08:00","break_end":"10:00")"), u"break_start"_s},
            {"break ends at close", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "12:00", R"("break_start":"11:00","break_end":"12:00")"), u"break_end"_s},
            {"dry run as string", "POST", u"/api/v1/slots/bulk"_s, bulk("2031-01-06", "2031-01-07", "09:00", "12:00", R"("dry_run":"yes")"), u"dry_run"_s},
            {"capacity as string", "PATCH", u"/api/v1/slots/1"_s, R"({"capacity":"5"})", u"capacity"_s},
            {"reason empty", "POST", u"/api/v1/slots/1/cancel"_s, R"({"reason":""})", u"reason"_s},
            {"reason too long", "POST", u"/api/v1/slots/1/cancel"_s, "{\"reason\":" + longReason + "}", u"reason"_s},
            {"slots without queue", "GET", u"/api/v1/slots?from=2031-01-01&to=2031-01-02"_s, "", u"queue_id"_s},
            {"slots bad from", "GET", u"/api/v1/slots?queue_id=1&from=yesterday&to=2031-01-02"_s, "", u"from"_s},
            {"slots range too long", "GET", u"/api/v1/slots?queue_id=1&from=2031-01-01&to=2032-06-01"_s, "", u"to"_s},
            {"slots unknown status", "GET", u"/api/v1/slots?queue_id=1&from=2031-01-01&to=2031-01-02&status=gone"_s, "", u"status"_s},
            {"both person ids", "POST", u"/api/v1/bookings"_s, R"({"slot_id":1,"user_id":1,"telegram_id":1001})", u"user_id"_s},
            {"no person", "POST", u"/api/v1/bookings"_s, R"({"slot_id":1})", u"user_id"_s},
            {"slot id as string", "POST", u"/api/v1/bookings"_s, R"({"slot_id":"1","user_id":1})", u"slot_id"_s},
            {"status expired", "PATCH", u"/api/v1/bookings/1"_s, R"({"status":"expired"})", u"status"_s},
            {"status unknown", "PATCH", u"/api/v1/bookings/1"_s, R"({"status":"done"})", u"status"_s},
            {"bookings without filter", "GET", u"/api/v1/bookings"_s, "", u"date"_s},
            {"bookings date and range", "GET", u"/api/v1/bookings?date=2031-01-01&from=2031-01-01&to=2031-01-02"_s, "", u"date"_s},
            {"users query too long", "GET", u"/api/v1/users?q="_s + QString(101, u'x'), "", u"q"_s},
            {"users banned maybe", "GET", u"/api/v1/users?banned=maybe"_s, "", u"banned"_s},
            {"audit entity", "GET", u"/api/v1/audit?entity=planet"_s, "", u"entity"_s},
            {"audit actor type", "GET", u"/api/v1/audit?actor_type=robot"_s, "", u"actor_type"_s},
            {"audit day not time", "GET", u"/api/v1/audit?from=2031-01-01"_s, "", u"from"_s},
            {"audit action", "GET", u"/api/v1/audit?action=DROP%20TABLE"_s, "", u"action"_s},
            {"outbox status", "GET", u"/api/v1/outbox?status=lost"_s, "", u"status"_s},
            {"stats without to", "GET", u"/api/v1/stats?from=2031-01-01"_s, "", u"to"_s},
            {"changes negative", "GET", u"/api/v1/changes?since=-1"_s, "", u"since"_s},
            {"changes word", "GET", u"/api/v1/changes?since=abc"_s, "", u"since"_s},
            {"export bad from", "GET", u"/api/v1/export/bookings?from=01.01.2031&to=2031-01-02"_s, "", u"from"_s},
            {"role root", "POST", u"/api/v1/staff"_s, R"({"name":"x","role":"root"})", u"role"_s},
            {"staff name spaces", "POST", u"/api/v1/staff"_s, R"({"name":"bad name!","role":"viewer"})", u"name"_s},
            {"hold minutes zero", "POST", u"/api/v1/queues"_s, queueWith(R"("waitlist_hold_minutes":0)"), u"waitlist_hold_minutes"_s},
            {"cut-off too long", "POST", u"/api/v1/queues"_s, queueWith(R"("confirm_cutoff_minutes":10081)"), u"confirm_cutoff_minutes"_s},
            {"check-in after as string", "PATCH", q, R"({"checkin_after_minutes":"15"})", u"checkin_after_minutes"_s},
            {"check-in before fractional", "PATCH", q, R"({"checkin_before_minutes":0.5})", u"checkin_before_minutes"_s},
            {"alert ahead negative", "PATCH", q, R"({"position_alert_ahead":-1})", u"position_alert_ahead"_s},
            {"rules missing", "PUT", schedule, "{}", u"rules"_s},
            {"rules not a list", "PUT", schedule, R"({"rules":{"weekday":1}})", u"rules"_s},
            {"too many rules", "PUT", schedule, rules(manyRules), u"rules"_s},
            {"rule not an object", "PUT", schedule, rules("1"), u"rules[0]"_s},
            {"rule unknown field", "PUT", schedule, rules(mondayWith(R"("colour":"red")")), u"rules[0].colour"_s},
            {"rule weekday zero", "PUT", schedule, rules(R"({"weekday":0,"start":"09:00","end":"12:00"})"), u"rules[0].weekday"_s},
            {"rule weekday as string", "PUT", schedule, rules(R"({"weekday":"1","start":"09:00","end":"12:00"})"), u"rules[0].weekday"_s},
            {"rule kind unknown", "PUT", schedule, rules(mondayWith(R"("kind":"lunch")")), u"rules[0].kind"_s},
            {"rule without end", "PUT", schedule, rules(R"({"weekday":1,"start":"09:00"})"), u"rules[0].end"_s},
            {"rule start 24:00", "PUT", schedule, rules(R"({"weekday":1,"start":"24:00","end":"24:00"})"), u"rules[0].start"_s},
            {"rule end before start", "PUT", schedule, rules(R"({"weekday":1,"start":"12:00","end":"09:00"})"), u"rules[0].end"_s},
            {"rule slot minutes zero", "PUT", schedule, rules(mondayWith(R"("slot_minutes":0)")), u"rules[0].slot_minutes"_s},
            {"rule capacity too big", "PUT", schedule, rules(mondayWith(R"("capacity":1001)")), u"rules[0].capacity"_s},
            {"break with capacity", "PUT", schedule, rules(R"({"weekday":1,"kind":"break","start":"10:00","end":"11:00","capacity":2})"), u"rules[0].kind"_s},
            {"second rule wrong", "PUT", schedule, rules(monday + R"(},{"weekday":8,"start":"09:00","end":"12:00"})"), u"rules[1].weekday"_s},
            {"rules overlap", "PUT", schedule, rules(monday + R"(},{"weekday":1,"start":"11:00","end":"13:00"})"), u"rules"_s},
            {"breaks overlap", "PUT", schedule, rules(R"({"weekday":3,"kind":"break","start":"10:00","end":"11:00"},{"weekday":3,"kind":"break","start":"10:30","end":"12:00"})"), u"rules"_s},
            {"exception invalid day", "PUT", schedule + u"/exceptions/2031-02-30"_s, "{}", u"day"_s},
            {"exception day shape", "DELETE", schedule + u"/exceptions/tomorrow"_s, "", u"day"_s},
            {"exception end before start", "PUT", exception, R"({"start":"10:00","end":"09:00"})", u"end"_s},
            {"exception without end", "PUT", exception, R"({"start":"10:00"})", u"end"_s},
            {"exception open without hours", "PUT", exception, R"({"closed":false})", u"start"_s},
            {"exception closed with hours", "PUT", exception, R"({"closed":true,"start":"09:00","end":"10:00"})", u"closed"_s},
            {"exception closed as string", "PUT", exception, R"({"closed":"yes"})", u"closed"_s},
            {"exception note too long", "PUT", exception, "{\"note\":" + longNote + "}", u"note"_s},
            {"exception unknown field", "PUT", exception, R"({"holiday":true})", u"holiday"_s},
            {"waitlist unknown field", "POST", u"/api/v1/waitlist"_s, waitWith(R"("slot_id":1)"), u"slot_id"_s},
            {"waitlist both person ids", "POST", u"/api/v1/waitlist"_s, waitWith(R"("telegram_id":1001)"), u"user_id"_s},
            {"waitlist no person", "POST", u"/api/v1/waitlist"_s, R"({"queue_id":1,"day":"2031-01-06"})", u"user_id"_s},
            {"waitlist without queue", "POST", u"/api/v1/waitlist"_s, R"({"user_id":1,"day":"2031-01-06"})", u"queue_id"_s},
            {"waitlist queue as string", "POST", u"/api/v1/waitlist"_s, R"({"queue_id":"1","user_id":1,"day":"2031-01-06"})", u"queue_id"_s},
            {"waitlist without day", "POST", u"/api/v1/waitlist"_s, R"({"queue_id":1,"user_id":1})", u"day"_s},
            {"waitlist invalid day", "POST", u"/api/v1/waitlist"_s, R"({"queue_id":1,"user_id":1,"day":"2031-02-29"})", u"day"_s},
            {"waitlist to before from", "POST", u"/api/v1/waitlist"_s, waitWith(R"("from":"12:00","to":"09:00")"), u"to"_s},
            {"waitlist from 24:00", "POST", u"/api/v1/waitlist"_s, waitWith(R"("from":"24:00")"), u"from"_s},
            {"waitlist to 9 o'clock", "POST", u"/api/v1/waitlist"_s, waitWith(R"("to":"9:00")"), u"to"_s},
            {"waitlist list status", "GET", u"/api/v1/waitlist?status=gone"_s, "", u"status"_s},
            {"waitlist list day", "GET", u"/api/v1/waitlist?day=2031-13-01"_s, "", u"day"_s},
            {"waitlist list queue word", "GET", u"/api/v1/waitlist?queue_id=abc"_s, "", u"queue_id"_s},
            {"waitlist word id", "DELETE", u"/api/v1/waitlist/abc"_s, "", u"id"_s},
            {"live word id", "GET", u"/api/v1/queues/abc/live"_s, "", u"id"_s},
            {"call next without counter", "POST", callNext, "{}", u"counter"_s},
            {"call next empty body", "POST", callNext, "", QString()},
            {"counter zero", "POST", callNext, R"({"counter":0})", u"counter"_s},
            {"counter out of range", "POST", callNext, R"({"counter":101})", u"counter"_s},
            {"counter as string", "POST", callNext, R"({"counter":"1"})", u"counter"_s},
            {"counter fractional", "POST", callNext, R"({"counter":1.5})", u"counter"_s},
            {"call next unknown field", "POST", callNext, R"({"counter":1,"desk":2})", u"desk"_s},
            {"walk-in with a name", "POST", u"/api/v1/queues/1/live/tickets"_s, R"({"name":"Ann"})", u"name"_s},
            {"recall with a counter", "POST", u"/api/v1/live/tickets/1/recall"_s, R"({"counter":1})", u"counter"_s},
            {"served not json", "POST", u"/api/v1/live/tickets/1/served"_s, "served", QString()},
            {"no-show zero id", "POST", u"/api/v1/live/tickets/0/no-show"_s, "", u"id"_s},
            {"return word id", "POST", u"/api/v1/live/tickets/W-001/return"_s, "", u"id"_s},
            {"transfer counter zero", "POST", u"/api/v1/live/tickets/1/transfer"_s, R"({"counter":0})", u"counter"_s},
            {"transfer without counter", "POST", u"/api/v1/live/tickets/1/transfer"_s, "{}", u"counter"_s},
            {"ticket word id", "GET", u"/api/v1/live/tickets/abc"_s, "", u"id"_s},
            {"check-in negative id", "POST", u"/api/v1/bookings/-1/check-in"_s, "", u"id"_s},
            {"broadcast text too long", "POST", broadcast, R"({"day":"2031-01-06","text":)" + longText + "}", u"text"_s},
            {"broadcast blank text", "POST", broadcast, R"({"day":"2031-01-06","text":"  
 "})", u"text"_s},
            {"broadcast without text", "POST", broadcast, R"({"day":"2031-01-06"})", u"text"_s},
            {"broadcast text as number", "POST", broadcast, R"({"day":"2031-01-06","text":42})", u"text"_s},
            {"broadcast without day", "POST", broadcast, R"({"text":"x"})", u"day"_s},
            {"broadcast invalid day", "POST", broadcast, R"({"day":"2031-02-29","text":"x"})", u"day"_s},
            {"broadcast unknown field", "POST", broadcast, R"({"day":"2031-01-06","text":"x","queue_id":1})", u"queue_id"_s},
            {"limit zero", "GET", u"/api/v1/queues?limit=0"_s, "", u"limit"_s},
            {"limit too big", "GET", u"/api/v1/queues?limit=501"_s, "", u"limit"_s},
            {"offset negative", "GET", u"/api/v1/queues?offset=-1"_s, "", u"offset"_s},
        };
        for (const Case &c : cases)
            QTest::newRow(c.name) << c.method << c.path << c.body << c.field;
    }

    void badInput()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 before = revision();
        const HttpResult result = m_service.send(method, path, body, m_admin);
        CHECK_STATUS(result, 400);
        QVERIFY(result.header("Content-Type").startsWith("application/json"));
        const QJsonObject error = errorOf(result);
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QCOMPARE(error.value(u"code"_s).toString(), field.isEmpty() ? u"malformed_json"_s : u"invalid_field"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QCOMPARE(revision(), before);
    }
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_adminapi.moc"
