// A whole office day through the real queue-service binary, the fake Bot API and the admin API,
// with the service's clock moved by the test (QUEUE_BOT_TEST_CLOCK_FILE, test builds only):
// a weekly template makes the slots, people book through the bot's buttons, reminders arrive with
// Confirm buttons, an unconfirmed seat is released and offered to the person on the waiting list,
// who takes it; walk-ins and checked-in bookings are called to counters in the right order, with
// "few ahead" and "your turn" messages and one status message per ticket edited in place; the
// service restarts mid-day with the line unchanged; a broadcast reaches everyone of the day; and
// the day ends with the no-show marked. Europe/Moscow is UTC+3 all year.
#include "botchat.h"
#include "bottexts.h"
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "telegram/callbackdata.h"
#include "testsupport.h"
#include "translations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QByteArray kAdmin = "office-day-admin-token-0123456789abcdef";

QDateTime utc(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), Qt::UTC);
}

// The first button's callback data on `shown` that parses as `action`.
QString dataFor(const Shown &shown, CallbackData::Action action)
{
    for (const QString &data : shown.data()) {
        const std::optional<CallbackData> parsed = CallbackData::parse(data);
        if (parsed && parsed->action == action)
            return data;
    }
    return {};
}

} // namespace

class TestOfficeDayE2E : public QObject
{
    Q_OBJECT

    FakeBotApi m_fake;
    BotChat m_chat{m_fake};
    ServiceProcess m_service;
    QString m_clockFile;
    qint64 m_queue = 0;
    qint64 m_s900 = 0;  // Wed 09:00 MSK (06:00Z), from the template
    qint64 m_s930 = 0;  // Wed 09:30 MSK (06:30Z), from the template
    qint64 m_s1030 = 0; // Wed 10:30 MSK (07:30Z), made by hand

    const Person m_alice{8101, u"Alice"_s, u"en"_s};
    const Person m_ivan{8102, u"Иван"_s, u"ru"_s};
    const Person m_bob{8103, u"Bob"_s, u"en"_s};
    const Person m_carol{8104, u"Карина"_s, u"ru"_s};
    const Person m_dave{8105, u"Dave"_s, u"en"_s};
    const Person m_frank{8106, u"Frank"_s, u"en"_s};

    // ---- the service and its clock ----

    QStringList environment() const
    {
        return m_fake.serviceEnvironment()
            + QStringList{u"ADMIN_TOKEN="_s + QString::fromLatin1(kAdmin), u"QUEUE_BOT_TEST_CLOCK_FILE="_s + m_clockFile,
                          u"TELEGRAM_POLL_TIMEOUT_SECONDS=1"_s, u"TELEGRAM_RETRY_BASE_MS=100"_s,
                          u"TELEGRAM_RETRY_MAX_MS=500"_s, u"OUTBOX_POLL_INTERVAL_MS=100"_s,
                          u"OUTBOX_PER_CHAT_INTERVAL_MS=100"_s, u"TELEGRAM_SHUTDOWN_TIMEOUT_MS=3000"_s};
    }

    void writeClock(const QDateTime &time) { QVERIFY(writeTestClock(m_clockFile, time)); }

    // Moves the service's clock to `time` and waits until the service says it noticed.
    void moveClock(const QDateTime &time)
    {
        QVERIFY2(moveTestClock({&m_service}, m_clockFile, time),
                 qPrintable(u"the service did not notice the clock moving to "_s + time.toString(Qt::ISODate)));
    }

    // ---- the admin API ----

    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int expected = 200)
    {
        const HttpResult result = m_service.send(
            method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), kAdmin);
        if (result.status != expected)
            qWarning("%s %s: %d %s", method.constData(), qPrintable(path), result.status, result.body.constData());
        return result.status == expected ? result.json().object() : QJsonObject{{u"failed"_s, result.status}};
    }

    QJsonObject booking(qint64 id) { return api("GET", u"/api/v1/bookings/%1"_s.arg(id)); }

    QJsonArray bookingsOfWednesday()
    {
        return api("GET", u"/api/v1/bookings?queue_id=%1&date=2026-12-02"_s.arg(m_queue)).value(u"items"_s).toArray();
    }

    qint64 bookingOf(const Person &person, const QString &status = u"active"_s)
    {
        const QJsonObject user = api("GET", u"/api/v1/users?q=%1"_s.arg(person.id)).value(u"items"_s)[0].toObject();
        for (const QJsonValue &item : bookingsOfWednesday()) {
            if (item[u"user_id"_s].toInteger() == user.value(u"id"_s).toInteger()
                && item[u"status"_s].toString() == status)
                return item[u"id"_s].toInteger();
        }
        return 0;
    }

    QStringList waitingCodes()
    {
        QStringList codes;
        const QJsonObject board = api("GET", u"/api/v1/queues/%1/live"_s.arg(m_queue));
        for (const QJsonValue &ticket : board.value(u"waiting"_s).toArray())
            codes << ticket[u"code"_s].toString();
        return codes;
    }

    // ---- the bot ----

    // Messages the person got that contain `text`, from all calls so far.
    int messagesContaining(const Person &person, const QString &text)
    {
        int found = 0;
        for (const FakeBotApi::Call &call : m_fake.messagesTo(person.id))
            found += call.params.value(u"text"_s).toString().contains(text) ? 1 : 0;
        return found;
    }

    std::optional<Shown> awaitText(const Person &person, qsizetype after, const QString &text)
    {
        return m_chat.awaitMessage(person, after, [&](const Shown &shown) { return shown.text.contains(text); });
    }

    // Books `slotId` on Wednesday through the buttons, from /book to Confirm.
    void bookThroughTheBot(const Person &person, qint64 slotId)
    {
        const Shown days = m_chat.say(person, u"/book"_s);
        const QString wednesday = CallbackData::times(PickTarget::queue(m_queue), QDate(2026, 12, 2)).toString();
        const Shown times = m_chat.press(person, days, wednesday);
        const Shown review = m_chat.press(person, times, CallbackData::review(PickTarget::queue(m_queue), slotId).toString());
        const Shown booked =
            m_chat.press(person, review, CallbackData::confirm(PickTarget::queue(m_queue), slotId).toString());
        QVERIFY2(booked.text.startsWith(dialogue(person.languageCode, "✅ You are booked.")), qPrintable(booked.text));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_clockFile = m_service.dataDir() + u"/clock"_s;
        writeClock(utc(1, 5, 0)); // Tuesday, 08:00 in Moscow
        QVERIFY2(m_service.start(environment()), qPrintable(m_service.log()));
        QVERIFY(QTest::qWaitFor([&] { return m_service.log().contains(u"test clock in use"_s); }, 15000));
    }

    void cleanupTestCase()
    {
        if (m_service.process().state() != QProcess::NotRunning)
            QCOMPARE(stopServing(m_service), 0);
    }

    void templateMakesTheSlots()
    {
        const QJsonObject queue = api("POST", u"/api/v1/queues"_s,
                                      {{u"name_ru"_s, u"Деканат"_s},
                                       {u"name_en"_s, u"Dean's office"_s},
                                       {u"timezone"_s, u"Europe/Moscow"_s},
                                       {u"counters"_s, 2},
                                       {u"slot_minutes"_s, 30},
                                       {u"horizon_days"_s, 7},
                                       {u"confirmation_required"_s, true},
                                       {u"confirm_cutoff_minutes"_s, 60},
                                       {u"reminder_offsets_minutes"_s, QJsonArray{1440, 120}},
                                       {u"waitlist_hold_minutes"_s, 15},
                                       {u"position_alert_ahead"_s, 1}},
                                      201);
        m_queue = queue.value(u"id"_s).toInteger();
        QVERIFY(m_queue > 0);
        QJsonArray rules;
        for (int weekday = 1; weekday <= 5; ++weekday)
            rules.append(QJsonObject{{u"weekday"_s, weekday}, {u"start"_s, u"09:00"_s}, {u"end"_s, u"10:00"_s}});
        const QJsonObject report = api("PUT", u"/api/v1/queues/%1/schedule"_s.arg(m_queue), {{u"rules"_s, rules}});
        // Tuesday 1 to Tuesday 8: six working days of two slots.
        QCOMPARE(report.value(u"created"_s).toInt(), 12);
        QCOMPARE(report.value(u"conflicts"_s).toArray().size(), 0);
        // Idempotent: generating again makes nothing.
        QCOMPARE(api("POST", u"/api/v1/queues/%1/schedule/generate"_s.arg(m_queue)).value(u"created"_s).toInt(), 0);

        m_s1030 = api("POST", u"/api/v1/slots"_s,
                      {{u"queue_id"_s, m_queue}, {u"starts_at"_s, u"2026-12-02T07:30:00Z"_s}}, 201)
                      .value(u"id"_s)
                      .toInteger();
        const QJsonArray wednesday =
            api("GET", u"/api/v1/slots?queue_id=%1&from=2026-12-02&to=2026-12-02"_s.arg(m_queue))
                .value(u"items"_s)
                .toArray();
        QCOMPARE(wednesday.size(), 3);
        QCOMPARE(wednesday[0][u"origin"_s].toString(), u"template"_s);
        QCOMPARE(wednesday[2][u"origin"_s].toString(), u"manual"_s);
        m_s900 = wednesday[0][u"id"_s].toInteger();
        m_s930 = wednesday[1][u"id"_s].toInteger();
        QCOMPARE(wednesday[0][u"starts_at"_s].toString(), u"2026-12-02T06:00:00Z"_s);
    }

    void peopleBookAndWait()
    {
        for (const Person &person : {m_alice, m_ivan, m_bob, m_carol, m_dave, m_frank})
            m_chat.say(person, u"/start"_s);
        bookThroughTheBot(m_alice, m_s900);
        bookThroughTheBot(m_ivan, m_s930);
        // Frank books by phone: staff book for him, the bot tells him.
        const qsizetype before = m_fake.calls().size();
        api("POST", u"/api/v1/bookings"_s, {{u"slot_id"_s, m_s1030}, {u"telegram_id"_s, m_frank.id}}, 201);
        QVERIFY(awaitText(m_frank, before, outbox(u"en"_s, "The office has booked an appointment for you.")));

        // Wednesday is full: Bob asks to be told when a seat frees.
        const Shown days = m_chat.say(m_bob, u"/book"_s);
        const QString toWaitlist = dataFor(days, CallbackData::Action::WaitlistDays);
        QVERIFY2(!toWaitlist.isEmpty(), qPrintable(days.labels().join(u" | "_s)));
        QVERIFY(!days.data().contains(CallbackData::times(PickTarget::queue(m_queue), QDate(2026, 12, 2)).toString()));
        const Shown full = m_chat.press(m_bob, days, toWaitlist);
        const QString wednesday = CallbackData::joinWaitlist(m_queue, QDate(2026, 12, 2)).toString();
        QVERIFY2(full.data().contains(wednesday), qPrintable(full.data().join(u" "_s)));
        const Shown joined = m_chat.press(m_bob, full, wednesday);
        QVERIFY2(joined.text.contains(dialogue(u"en"_s, "You are on the waiting list for %1.").arg(u"<b>Wednesday, December 2, 2026</b>"_s)),
                 qPrintable(joined.text));
        QCOMPARE(api("GET", u"/api/v1/waitlist?queue_id=%1&status=waiting"_s.arg(m_queue)).value(u"total"_s).toInt(), 1);
    }

    void remindersWithConfirmButtons()
    {
        // Tuesday 10:00 in Moscow: the 24-hour reminders of 09:00 and 09:30 are due, Frank's not yet.
        const qsizetype before = m_fake.calls().size();
        moveClock(utc(1, 7, 0));
        const QString reminder = outbox(u"en"_s, "Reminder: you have an appointment.");
        const std::optional<Shown> alice = awaitText(m_alice, before, reminder);
        QVERIFY(alice);
        QVERIFY2(alice->text.contains(outbox(u"en"_s, "Please confirm that you will come by %1, or the seat will be given to someone else.")
                                          .arg(u"<b>Wed, Dec 2, 08:00</b>"_s)),
                 qPrintable(alice->text));
        QCOMPARE(alice->labels(), (QStringList{outbox(u"en"_s, "✅ I will come"), dialogue(u"en"_s, "✖ Cancel booking")}));
        const std::optional<Shown> ivan = awaitText(m_ivan, before, outbox(u"ru"_s, "Reminder: you have an appointment."));
        QVERIFY(ivan);
        QCOMPARE(messagesContaining(m_frank, reminder), 0);

        // Alice confirms with one tap; Ivan does not answer.
        const Shown thanks = m_chat.press(m_alice, *alice, dataFor(*alice, CallbackData::Action::ConfirmBooking));
        QVERIFY2(thanks.text.startsWith(dialogue(u"en"_s, "✅ Thank you! Your visit is confirmed.")), qPrintable(thanks.text));
        QVERIFY(!booking(bookingOf(m_alice)).value(u"confirmed_at"_s).isNull());

        // Tuesday 11:00: Frank's reminder; he confirms too.
        const qsizetype later = m_fake.calls().size();
        moveClock(utc(1, 8, 0));
        const std::optional<Shown> frank = awaitText(m_frank, later, reminder);
        QVERIFY(frank);
        m_chat.press(m_frank, *frank, dataFor(*frank, CallbackData::Action::ConfirmBooking));
        QVERIFY(!booking(bookingOf(m_frank)).value(u"confirmed_at"_s).isNull());
    }

    void unconfirmedSeatGoesToTheWaitlist()
    {
        // Wednesday 08:31 in Moscow, after a long pause: the 2-hour reminders are overdue and
        // Ivan's cut-off (08:30) has passed. Everything overdue runs once.
        const qsizetype before = m_fake.calls().size();
        moveClock(utc(2, 5, 31));
        const QString ivanCode = booking(bookingOf(m_ivan, u"expired"_s)).value(u"code"_s).toString();
        QVERIFY(!ivanCode.isEmpty());
        QVERIFY(awaitText(m_ivan, before, outbox(u"ru"_s, "Your booking %1 was not confirmed in time, so the seat has been given to someone else.")
                                               .arg(u"<b>"_s + ivanCode + u"</b>"_s)));
        const std::optional<Shown> offer = awaitText(m_bob, before, outbox(u"en"_s, "A seat has freed up for you!"));
        QVERIFY(offer);
        QVERIFY2(offer->text.contains(outbox(u"en"_s, "It is held for you until %1. Take it, or pass it on to the next person.")
                                          .arg(u"<b>08:46</b>"_s)),
                 qPrintable(offer->text));
        // The seat is held for Bob: nobody else can book it meanwhile.
        const QJsonObject held = api("GET", u"/api/v1/slots/%1"_s.arg(m_s930));
        QCOMPARE(held.value(u"held"_s).toInt(), 1);
        QCOMPARE(held.value(u"free"_s).toInt(), 0);

        const Shown booked = m_chat.press(m_bob, *offer, dataFor(*offer, CallbackData::Action::AcceptOffer));
        QVERIFY2(booked.text.startsWith(dialogue(u"en"_s, "✅ You are booked.")), qPrintable(booked.text));
        const QJsonObject taken = api("GET", u"/api/v1/slots/%1"_s.arg(m_s930));
        QCOMPARE(taken.value(u"booked"_s).toInt(), 1);
        QCOMPARE(taken.value(u"held"_s).toInt(), 0);
        QVERIFY(bookingOf(m_bob) > 0);

        // Each reminder went out once, however long the pause: Alice got 24 h and 2 h, no more.
        // Ivan's 2 h reminder fell due during the pause, but by then his cut-off had passed: it
        // would only have asked him to confirm by a moment already gone, so it was left out.
        QTRY_COMPARE_WITH_TIMEOUT(messagesContaining(m_alice, outbox(u"en"_s, "Reminder: you have an appointment.")), 2, 15000);
        QCOMPARE(messagesContaining(m_ivan, outbox(u"ru"_s, "Reminder: you have an appointment.")), 1);
    }

    void walkInsAndCheckInsAreCalledInOrder()
    {
        // 08:55: Alice arrives and checks in from "My bookings".
        moveClock(utc(2, 5, 55));
        const Shown mine = m_chat.say(m_alice, u"/bookings"_s);
        const QString checkIn = dataFor(mine, CallbackData::Action::CheckIn);
        QVERIFY2(!checkIn.isEmpty(), qPrintable(mine.labels().join(u" | "_s)));
        m_chat.press(m_alice, mine, checkIn);

        // 09:01, the office opens: Carol and Dave take walk-in tickets.
        moveClock(utc(2, 6, 1));
        for (const Person &person : {m_carol, m_dave}) {
            const Shown queues = m_chat.say(person, u"/ticket"_s);
            const QString take = dataFor(queues, CallbackData::Action::TakeTicket);
            QVERIFY2(!take.isEmpty(), qPrintable(queues.text));
            const Shown ticket = m_chat.press(person, queues, take);
            QVERIFY2(ticket.text.contains(u"W-00"_s), qPrintable(ticket.text));
        }
        // Alice's time has come, so she goes before the walk-ins.
        const QString aliceCode = booking(bookingOf(m_alice)).value(u"code"_s).toString();
        QCOMPARE(waitingCodes(), (QStringList{aliceCode, u"W-002"_s, u"W-003"_s}));
        // Dave's place is one message, sent once and then edited.
        QVERIFY(awaitText(m_dave, 0, dialogue(u"en"_s, "%n person(s) ahead of you.", 2)));
    }

    void restartKeepsTheLine()
    {
        const QJsonObject before = api("GET", u"/api/v1/queues/%1/live"_s.arg(m_queue));
        QCOMPARE(stopServing(m_service), 0);
        writeClock(utc(2, 6, 2));
        QVERIFY2(m_service.start(environment()), qPrintable(m_service.log()));
        const QJsonObject after = api("GET", u"/api/v1/queues/%1/live"_s.arg(m_queue));
        const auto ids = [](const QJsonObject &board) {
            QList<qint64> list;
            for (const QJsonValue &ticket : board.value(u"waiting"_s).toArray())
                list << ticket[u"id"_s].toInteger();
            return list;
        };
        QCOMPARE(ids(after), ids(before));
        QCOMPARE(after.value(u"waiting"_s).toArray().size(), 3);
    }

    void countersCallTheNextPerson()
    {
        const qsizetype before = m_fake.calls().size();
        const QJsonObject first = api("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(m_queue), {{u"counter"_s, 1}});
        QCOMPARE(first.value(u"kind"_s).toString(), u"booking"_s);
        QVERIFY(awaitText(m_alice, before, outbox(u"en"_s, "Your turn! Ticket %1: please go to counter %2.")
                                               .arg(u"<b>"_s + first.value(u"code"_s).toString() + u"</b>"_s, u"<b>1</b>"_s)));
        // Dave is now one away: the alert comes as a message of its own.
        QVERIFY(awaitText(m_dave, before, outbox(u"en"_s, "Ticket %1: only %n person(s) ahead of you. Please be close to the office.", 1)
                                              .arg(u"<b>W-003</b>"_s)));

        const QJsonObject second = api("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(m_queue), {{u"counter"_s, 2}});
        QCOMPARE(second.value(u"code"_s).toString(), u"W-002"_s);
        QVERIFY(awaitText(m_carol, before, outbox(u"ru"_s, "Your turn! Ticket %1: please go to counter %2.")
                                               .arg(u"<b>W-002</b>"_s, u"<b>2</b>"_s)));
        // Dave's place is one message, edited in place as the line moves.
        const std::optional<Shown> status = m_chat.awaitMessage(m_dave, 0, [](const Shown &shown) {
            return shown.method == u"sendMessage"_s && shown.text.contains(u"<b>W-003</b>"_s)
                && !dataFor(shown, CallbackData::Action::TicketStatus).isEmpty();
        });
        QVERIFY(status);
        const std::optional<Shown> next = m_chat.awaitMessage(m_dave, before, [&](const Shown &shown) {
            return shown.method == u"editMessageText"_s && shown.text.contains(dialogue(u"en"_s, "You are next!"));
        });
        QVERIFY(next);
        QCOMPARE(next->messageId, status->messageId);

        // A note to everyone of the day: bookings and tickets, each person once.
        const QJsonObject sent = api("POST", u"/api/v1/queues/%1/broadcast"_s.arg(m_queue),
                                     {{u"day"_s, u"2026-12-02"_s}, {u"text"_s, u"The office closes at 15:00 today."_s}}, 202);
        QCOMPARE(sent.value(u"recipients"_s).toInt(), 5); // Alice, Bob, Frank, Carol, Dave
        for (const Person &person : {m_alice, m_bob, m_frank, m_carol, m_dave})
            QVERIFY(awaitText(person, before, u"The office closes at 15:00 today."_s));
        QCOMPARE(messagesContaining(m_ivan, u"The office closes at 15:00 today."_s), 0);

        const QJsonObject served = api("POST", u"/api/v1/live/tickets/%1/served"_s.arg(first.value(u"id"_s).toInteger()));
        QCOMPARE(served.value(u"status"_s).toString(), u"served"_s);
        QCOMPARE(booking(bookingOf(m_alice, u"attended"_s)).value(u"status"_s).toString(), u"attended"_s);
    }

    void checkedInBookingGoesBeforeWalkIns()
    {
        // 09:20: Bob arrives for his 09:30 seat and checks in.
        moveClock(utc(2, 6, 20));
        const Shown mine = m_chat.say(m_bob, u"/bookings"_s);
        m_chat.press(m_bob, mine, dataFor(mine, CallbackData::Action::CheckIn));
        // 09:31: his time has come; he is called before Dave, who waits since 09:01.
        moveClock(utc(2, 6, 31));
        const QString bobCode = booking(bookingOf(m_bob)).value(u"code"_s).toString();
        QCOMPARE(waitingCodes(), (QStringList{bobCode, u"W-003"_s}));
        const QJsonObject next = api("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(m_queue), {{u"counter"_s, 1}});
        QCOMPARE(next.value(u"code"_s).toString(), bobCode);
        api("POST", u"/api/v1/live/tickets/%1/served"_s.arg(next.value(u"id"_s).toInteger()));
        const QJsonObject last = api("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(m_queue), {{u"counter"_s, 2}});
        QCOMPARE(last.value(u"code"_s).toString(), u"W-003"_s);
        api("POST", u"/api/v1/live/tickets/%1/served"_s.arg(last.value(u"id"_s).toInteger()));
        const HttpResult empty = m_service.send("POST", u"/api/v1/queues/%1/live/call-next"_s.arg(m_queue),
                                                 R"({"counter": 1})", kAdmin);
        QCOMPARE(empty.status, 409);
        QCOMPARE(empty.json()[u"error"_s][u"code"_s].toString(), u"line_empty"_s);
        // Alice, Bob and Dave marked served; Carol when counter 2 called its next person.
        const QJsonObject board = api("GET", u"/api/v1/queues/%1/live"_s.arg(m_queue));
        QCOMPARE(board.value(u"served"_s).toInt(), 4);
        QCOMPARE(board.value(u"called"_s).toArray().size(), 0);
    }

    void dayEndsWithNoShowsMarked()
    {
        // Frank never came. Just after midnight in Moscow the day is settled.
        QVERIFY(bookingOf(m_frank, u"active"_s) > 0);
        moveClock(utc(2, 21, 0, 30));
        QTRY_VERIFY_WITH_TIMEOUT(bookingOf(m_frank, u"no_show"_s) > 0, 15000);
        const QJsonObject user = api("GET", u"/api/v1/users?q=%1"_s.arg(m_frank.id)).value(u"items"_s)[0].toObject();
        QCOMPARE(user.value(u"no_show_count"_s).toInt(), 1);
        QCOMPARE(bookingOf(m_ivan, u"expired"_s) > 0, true);
        QCOMPARE(bookingOf(m_bob, u"attended"_s) > 0, true);
        // The day's slots are closed.
        const QJsonArray wednesday =
            api("GET", u"/api/v1/slots?queue_id=%1&from=2026-12-02&to=2026-12-02"_s.arg(m_queue))
                .value(u"items"_s)
                .toArray();
        for (const QJsonValue &slot : wednesday)
            QCOMPARE(slot[u"status"_s].toString(), u"closed"_s);
        // Nothing failed on the way.
        QVERIFY(!m_service.log().contains(u"\"level\":\"critical\""_s));
    }
};

QTEST_GUILESS_MAIN(TestOfficeDayE2E)
#include "tst_officeday_e2e.moc"
