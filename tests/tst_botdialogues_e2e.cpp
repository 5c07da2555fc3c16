// Whole bot dialogues in Russian and English through the real queue-service binary and the fake
// Bot API (long polling): the test reads the bot's messages and their inline keyboards and presses
// the buttons by pushing callback_query updates with their callback_data, as Telegram would.
// Booking, "my bookings", rescheduling, cancelling, a refusal (slot taken by someone else first),
// stale buttons and switching the language; the database is checked at the end.
#include "domain/bookingservice.h"
#include "botchat.h"
#include "bottexts.h"
#include "fakebotapi.h"
#include "serviceprocess.h"
#include "storage/migrator.h"
#include "telegram/callbackdata.h"
#include "testsupport.h"
#include "translations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QStringList kFastTimers{u"TELEGRAM_POLL_TIMEOUT_SECONDS=2"_s, u"TELEGRAM_RETRY_BASE_MS=100"_s,
                              u"TELEGRAM_RETRY_MAX_MS=500"_s, u"OUTBOX_POLL_INTERVAL_MS=100"_s,
                              u"TELEGRAM_SHUTDOWN_TIMEOUT_MS=3000"_s};

QString bold(const QString &text)
{
    return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
}

// The booking id in "c:<id>" (ask to cancel) among a screen's buttons.
qint64 bookingIdIn(const Shown &shown)
{
    for (const QString &data : shown.data()) {
        const std::optional<CallbackData> parsed = CallbackData::parse(data);
        if (parsed && parsed->action == CallbackData::Action::AskCancel)
            return parsed->id;
    }
    return 0;
}

QString codeIn(const QString &text)
{
    static const QRegularExpression code(u"<b>(A-\\d{3})</b>"_s);
    return code.match(text).captured(1);
}

} // namespace

class TestBotDialoguesE2E : public QObject
{
    Q_OBJECT

    FakeBotApi m_fake;
    BotChat m_chat{m_fake};
    ServiceProcess m_service;
    QDate m_day1;
    QDate m_day2;
    qint64 m_queue = 0;
    qint64 m_s1 = 0; // day 1, 10:00, 1 seat
    qint64 m_s2 = 0; // day 1, 10:30, 1 seat: taken by Alice while Ivan is confirming it
    qint64 m_s3 = 0; // day 1, 11:00, 1 seat: cancelled by the office
    qint64 m_s4 = 0; // day 2, 10:00, 2 seats: where Ivan moves his booking

    const Person m_ivan{7101, u"Иван"_s, u"ru"_s};
    const Person m_alice{7202, u"Alice"_s, u"en"_s};

    // State carried from one step to the next, as a person's chat would.
    qint64 m_ivanFirstBooking = 0;
    qint64 m_ivanMovedBooking = 0;
    qint64 m_aliceBooking = 0;
    Shown m_ivanPendingConfirm; // Ivan's review of 10:30, confirmed only after Alice took it
    Shown m_aliceTimes;         // Alice's old times of day 1, with 11:00 on it
    Shown m_aliceConfirmation;  // Alice's booking confirmation, with its cancel button

    QString langOf(const Person &person) const { return person.languageCode; }

    Shown say(const Person &person, const QString &text) { return m_chat.say(person, text); }
    Shown press(const Person &person, const Shown &on, const QString &data) { return m_chat.press(person, on, data); }

    QString target(qint64 queueOrBooking, bool booking, int what, const QDate &day = {}, qint64 slot = 0) const
    {
        const PickTarget t = booking ? PickTarget::booking(queueOrBooking) : PickTarget::queue(queueOrBooking);
        switch (what) {
        case 0:
            return CallbackData::times(t, day).toString();
        case 1:
            return CallbackData::review(t, slot).toString();
        default:
            return CallbackData::confirm(t, slot).toString();
        }
    }
    QString timesData(const QDate &day, qint64 booking = 0) const
    {
        return booking ? target(booking, true, 0, day) : target(m_queue, false, 0, day);
    }
    QString reviewData(qint64 slot, qint64 booking = 0) const
    {
        return booking ? target(booking, true, 1, {}, slot) : target(m_queue, false, 1, {}, slot);
    }
    QString confirmData(qint64 slot, qint64 booking = 0) const
    {
        return booking ? target(booking, true, 2, {}, slot) : target(m_queue, false, 2, {}, slot);
    }

    QVariant scalar(const QString &sql, const QVariantList &params = {})
    {
        const std::unique_ptr<Database> db = m_service.openDatabase();
        return db->session().scalar(sql, params);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_day1 = QDateTime::currentDateTimeUtc().date().addDays(1);
        m_day2 = m_day1.addDays(1);
        {
            const std::unique_ptr<Database> handle = m_service.openDatabase();
            Database &db = *handle;
            Migrator(db).migrate();
            SystemClock clock;
            BookingService bookings(db, clock);
            QueueRecord queue = sampleQueue();
            queue.reminderOffsetsMinutes = {}; // no reminders among the dialogue's messages
            m_queue = bookings.createQueue(queue, Actor::system()).value().id;
            const auto slot = [&](const QDate &day, QTime time, int capacity) {
                const QDateTime start(day, time, Qt::UTC);
                return bookings.createSlot(m_queue, start, start.addSecs(900), capacity, Actor::system()).value().id;
            };
            m_s1 = slot(m_day1, QTime(10, 0), 1);
            m_s2 = slot(m_day1, QTime(10, 30), 1);
            m_s3 = slot(m_day1, QTime(11, 0), 1);
            m_s4 = slot(m_day2, QTime(10, 0), 2);
            db.closeThisThread();
        }
        QVERIFY2(m_service.start(m_fake.serviceEnvironment() + kFastTimers), qPrintable(m_service.log()));
        QVERIFY(QTest::qWaitFor([&] { return !m_fake.calls(u"getUpdates"_s).isEmpty(); }, 15000));
    }

    void cleanupTestCase()
    {
        if (m_service.process().state() != QProcess::NotRunning)
            QCOMPARE(stopServing(m_service), 0);
    }

    void startShowsTheMenuInEachLanguage()
    {
        for (const Person &person : {m_ivan, m_alice}) {
            const QString lang = langOf(person);
            const Shown menu = say(person, u"/start"_s);
            QCOMPARE(menu.method, u"sendMessage"_s);
            QVERIFY2(menu.text.startsWith(dialogue(lang, "Hello, %1! I can book you an appointment and remind you of it.")
                                              .arg(bold(person.firstName))),
                     qPrintable(menu.text));
            QVERIFY(menu.text.endsWith(dialogue(lang, "What would you like to do?")));
            QCOMPARE(menu.labels(), (QStringList{dialogue(lang, "📅 Book an appointment"),
                                                 dialogue(lang, "🎟 Take a ticket (live queue)"), dialogue(lang, "📋 My bookings"),
                                                 dialogue(lang, "🌐 Language"), dialogue(lang, "❓ Help")}));
            QCOMPARE(menu.data(), (QStringList{u"q"_s, u"z"_s, u"l"_s, u"g"_s, u"h"_s}));
        }
        QVERIFY(dialogue(u"ru"_s, "What would you like to do?") != dialogue(u"en"_s, "What would you like to do?"));
    }

    void bookThroughTheButtons()
    {
        const QString ru = u"ru"_s;
        const Shown menu = say(m_ivan, u"/start"_s);
        // One queue: "book" goes straight to its days.
        const Shown days = press(m_ivan, menu, menu.dataOf(dialogue(ru, "📅 Book an appointment")));
        QCOMPARE(days.method, u"editMessageText"_s);
        QCOMPARE(days.messageId, menu.messageId);
        QVERIFY2(days.text.contains(bold(u"Деканат"_s)), qPrintable(days.text));
        QVERIFY(days.text.contains(dialogue(ru, "Choose a date (free seats in brackets):")));
        QVERIFY2(days.data().contains(timesData(m_day1)), qPrintable(days.data().join(u' ')));
        QVERIFY(days.data().contains(timesData(m_day2)));
        QVERIFY(days.labelOf(timesData(m_day1)).endsWith(u" (3)"_s));
        QVERIFY(days.labelOf(timesData(m_day2)).endsWith(u" (2)"_s));

        const Shown times = press(m_ivan, days, timesData(m_day1));
        QVERIFY(times.text.contains(dialogue(ru, "Choose a time:")));
        QCOMPARE(times.labelOf(reviewData(m_s1)), u"10:00"_s);
        QCOMPARE(times.labelOf(reviewData(m_s2)), u"10:30"_s);
        QCOMPARE(times.labelOf(reviewData(m_s3)), u"11:00"_s);

        const Shown review = press(m_ivan, times, reviewData(m_s1));
        QVERIFY2(review.text.startsWith(dialogue(ru, "Please check your booking:")), qPrintable(review.text));
        QCOMPARE(review.dataOf(dialogue(ru, "✅ Confirm")), confirmData(m_s1));

        const Shown booked = press(m_ivan, review, confirmData(m_s1));
        QCOMPARE(booked.notice, dialogue(ru, "You are booked."));
        QVERIFY2(booked.text.startsWith(dialogue(ru, "✅ You are booked.")), qPrintable(booked.text));
        QVERIFY(booked.text.contains(dialogue(ru, "Booking code: %1").arg(bold(u"A-001"_s))));
        QVERIFY(booked.text.contains(dialogue(ru, "Please show this code at the office.")));
        m_ivanFirstBooking = bookingIdIn(booked);
        QVERIFY(m_ivanFirstBooking > 0);
        QCOMPARE(booked.dataOf(dialogue(ru, "🔁 Reschedule")), CallbackData::reschedule(m_ivanFirstBooking).toString());
    }

    void myBookingsListsIt()
    {
        const QString ru = u"ru"_s;
        QVERIFY(m_ivanFirstBooking > 0);
        const Shown list = say(m_ivan, u"/bookings"_s);
        QVERIFY2(list.text.startsWith(dialogue(ru, "You have %n upcoming booking(s):", 1)), qPrintable(list.text));
        QVERIFY(list.text.contains(bold(u"A-001"_s)));
        QVERIFY(list.text.contains(u"10:00"_s));
        QCOMPARE(list.dataOf(dialogue(ru, "✖ Cancel %1").arg(u"A-001"_s)),
                 CallbackData::askCancel(m_ivanFirstBooking).toString());
        QCOMPARE(list.dataOf(dialogue(ru, "🔁 Move %1").arg(u"A-001"_s)),
                 CallbackData::reschedule(m_ivanFirstBooking).toString());
    }

    void rescheduleToAnotherDay()
    {
        const QString ru = u"ru"_s;
        const qint64 booking = m_ivanFirstBooking;
        QVERIFY(booking > 0);
        const Shown list = say(m_ivan, u"/bookings"_s);
        const Shown days = press(m_ivan, list, CallbackData::reschedule(booking).toString());
        QVERIFY2(days.text.contains(bold(u"A-001"_s)), qPrintable(days.text));
        QVERIFY(days.text.contains(dialogue(ru, "Choose a date (free seats in brackets):")));
        QVERIFY2(days.data().contains(timesData(m_day2, booking)), qPrintable(days.data().join(u' ')));

        const Shown times = press(m_ivan, days, timesData(m_day2, booking));
        QCOMPARE(times.labelOf(reviewData(m_s4, booking)), u"10:00"_s);
        const Shown review = press(m_ivan, times, reviewData(m_s4, booking));
        QVERIFY2(review.text.startsWith(dialogue(ru, "Move booking %1?").arg(bold(u"A-001"_s))), qPrintable(review.text));
        QCOMPARE(review.dataOf(dialogue(ru, "✅ Confirm")), confirmData(m_s4, booking));

        const Shown moved = press(m_ivan, review, confirmData(m_s4, booking));
        QCOMPARE(moved.notice, dialogue(ru, "Your booking has been moved."));
        QVERIFY2(moved.text.startsWith(dialogue(ru, "✅ Your booking has been moved.")), qPrintable(moved.text));
        QVERIFY(!codeIn(moved.text).isEmpty());
        m_ivanMovedBooking = bookingIdIn(moved);
        QVERIFY(m_ivanMovedBooking > 0);
        QVERIFY(m_ivanMovedBooking != booking);
    }

    void slotTakenFirstByAnotherPersonIsRefused()
    {
        const QString ru = u"ru"_s;
        const QString en = u"en"_s;
        // Ivan gets as far as confirming 10:30 on day 1 ...
        const Shown ivanDays = say(m_ivan, u"/book"_s);
        const Shown ivanTimes = press(m_ivan, ivanDays, timesData(m_day1));
        m_ivanPendingConfirm = press(m_ivan, ivanTimes, reviewData(m_s2));
        QCOMPARE(m_ivanPendingConfirm.dataOf(dialogue(ru, "✅ Confirm")), confirmData(m_s2));

        // ... while Alice books its only seat.
        const Shown menu = say(m_alice, u"/start"_s);
        const Shown days = press(m_alice, menu, menu.dataOf(dialogue(en, "📅 Book an appointment")));
        QVERIFY(days.text.contains(bold(u"Dean's office"_s)));
        QVERIFY(days.text.contains(dialogue(en, "Choose a date (free seats in brackets):")));
        m_aliceTimes = press(m_alice, days, timesData(m_day1));
        QVERIFY(m_aliceTimes.text.contains(dialogue(en, "Choose a time:")));
        QCOMPARE(m_aliceTimes.labelOf(reviewData(m_s3)), u"11:00"_s);
        const Shown review = press(m_alice, m_aliceTimes, reviewData(m_s2));
        QVERIFY(review.text.startsWith(dialogue(en, "Please check your booking:")));
        m_aliceConfirmation = press(m_alice, review, review.dataOf(dialogue(en, "✅ Confirm")));
        QCOMPARE(m_aliceConfirmation.notice, dialogue(en, "You are booked."));
        QVERIFY2(m_aliceConfirmation.text.startsWith(dialogue(en, "✅ You are booked.")),
                 qPrintable(m_aliceConfirmation.text));
        const QString code = codeIn(m_aliceConfirmation.text);
        QVERIFY2(!code.isEmpty(), qPrintable(m_aliceConfirmation.text));
        QVERIFY(m_aliceConfirmation.text.contains(dialogue(en, "Booking code: %1").arg(bold(code))));
        m_aliceBooking = bookingIdIn(m_aliceConfirmation);
        QVERIFY(m_aliceBooking > 0);

        // Ivan confirms now: the slot is full, said in Russian, with fresh times to choose from.
        const Shown refused = press(m_ivan, m_ivanPendingConfirm, confirmData(m_s2));
        QCOMPARE(refused.notice, refusal(ru, Refusal::SlotFull));
        QVERIFY(refusal(ru, Refusal::SlotFull) != refusal(en, Refusal::SlotFull));
        QVERIFY2(refused.text.startsWith(refusal(ru, Refusal::SlotFull)), qPrintable(refused.text));
        QVERIFY(refused.text.contains(dialogue(ru, "Choose a time:")));
        QVERIFY(!refused.data().contains(reviewData(m_s2)));
        QVERIFY(refused.data().contains(reviewData(m_s1)));
    }

    void cancelThroughMyBookings()
    {
        const QString en = u"en"_s;
        QVERIFY(m_aliceBooking > 0);
        const QString code = codeIn(m_aliceConfirmation.text);
        const Shown list = say(m_alice, u"/bookings"_s);
        QVERIFY2(list.text.startsWith(dialogue(en, "You have %n upcoming booking(s):", 1)), qPrintable(list.text));
        const Shown ask = press(m_alice, list, list.dataOf(dialogue(en, "✖ Cancel %1").arg(code)));
        QVERIFY2(ask.text.startsWith(dialogue(en, "Cancel booking %1?").arg(bold(code))), qPrintable(ask.text));
        const Shown cancelled = press(m_alice, ask, ask.dataOf(dialogue(en, "Yes, cancel it")));
        QCOMPARE(cancelled.notice, dialogue(en, "Booking cancelled."));
        QVERIFY2(cancelled.text.startsWith(dialogue(en, "Your booking %1 has been cancelled.").arg(bold(code))),
                 qPrintable(cancelled.text));
        QCOMPARE(cancelled.dataOf(dialogue(en, "📋 My bookings")), u"l"_s);
    }

    void staleButtonsAreAnsweredWithAReason()
    {
        const QString en = u"en"_s;
        QVERIFY(m_aliceBooking > 0);
        // The office cancels the 11:00 slot; Alice still has the old times with 11:00 on them.
        {
            const std::unique_ptr<Database> db = m_service.openDatabase();
            SystemClock clock;
            BookingService bookings(*db, clock);
            QVERIFY(bookings.cancelSlot(m_s3, u"office closed"_s, Actor::system()).ok());
        }
        const Shown slotGone = press(m_alice, m_aliceTimes, reviewData(m_s3));
        QCOMPARE(slotGone.notice, refusal(en, Refusal::SlotNotOpen));
        QVERIFY2(slotGone.text.startsWith(refusal(en, Refusal::SlotNotOpen)), qPrintable(slotGone.text));
        QVERIFY(!slotGone.data().contains(reviewData(m_s3)));

        // The cancel button of the confirmation of a booking that is already cancelled.
        const Shown bookingGone =
            press(m_alice, m_aliceConfirmation, CallbackData::askCancel(m_aliceBooking).toString());
        QCOMPARE(bookingGone.notice, refusal(en, Refusal::BookingNotActive));
        QVERIFY(bookingGone.text.startsWith(refusal(en, Refusal::BookingNotActive)));
        QVERIFY(bookingGone.text.contains(dialogue(en, "You have no upcoming bookings.")));
    }

    void languageSwitchChangesTheNextReply()
    {
        const QString ru = u"ru"_s;
        const QString en = u"en"_s;
        // Ivan (Telegram in Russian) picks English from the buttons.
        const Shown choose = say(m_ivan, u"/language"_s);
        QVERIFY2(choose.text.contains(dialogue(ru, "Choose your language:")), qPrintable(choose.text));
        const Shown switched = press(m_ivan, choose, CallbackData::setLanguage(en).toString());
        QCOMPARE(switched.notice, dialogue(en, "Done! I will now answer in English."));
        QVERIFY(switched.text.startsWith(dialogue(en, "Done! I will now answer in English.")));
        QVERIFY(switched.text.endsWith(dialogue(en, "What would you like to do?")));
        // His next message still says language_code "ru"; the answer stays English.
        const Shown menu = say(m_ivan, u"/start"_s);
        QVERIFY2(menu.text.endsWith(dialogue(en, "What would you like to do?")), qPrintable(menu.text));
        QCOMPARE(menu.labels().value(0), dialogue(en, "📅 Book an appointment"));

        // Alice switches to Russian with the command's argument.
        const Shown toRussian = say(m_alice, u"/language ru"_s);
        QVERIFY2(toRussian.text.startsWith(dialogue(ru, "Done! I will now answer in English.")), qPrintable(toRussian.text));
        QVERIFY(dialogue(ru, "Done! I will now answer in English.") != dialogue(en, "Done! I will now answer in English."));
        const Shown list = say(m_alice, u"/bookings"_s);
        QVERIFY2(list.text.contains(dialogue(ru, "You have no upcoming bookings.")), qPrintable(list.text));
    }

    void theDatabaseAgrees()
    {
        QVERIFY(m_ivanFirstBooking > 0 && m_ivanMovedBooking > 0 && m_aliceBooking > 0);
        const auto status = [&](qint64 booking) {
            return scalar(u"SELECT status FROM bookings WHERE id = ?"_s, {booking}).toString();
        };
        QCOMPARE(status(m_ivanFirstBooking), u"cancelled_by_user"_s);
        QCOMPARE(status(m_ivanMovedBooking), u"active"_s);
        QCOMPARE(status(m_aliceBooking), u"cancelled_by_user"_s);
        QCOMPARE(scalar(u"SELECT slot_id FROM bookings WHERE id = ?"_s, {m_ivanMovedBooking}).toLongLong(), m_s4);
        QCOMPARE(scalar(u"SELECT slot_id FROM bookings WHERE id = ?"_s, {m_aliceBooking}).toLongLong(), m_s2);
        QCOMPARE(scalar(u"SELECT count(*) FROM bookings"_s).toInt(), 3);
        QCOMPARE(scalar(u"SELECT count(*) FROM bookings WHERE status = 'active'"_s).toInt(), 1);
        const auto booked = [&](qint64 slot) {
            return scalar(u"SELECT booked FROM slots WHERE id = ?"_s, {slot}).toInt();
        };
        QCOMPARE(booked(m_s1), 0);
        QCOMPARE(booked(m_s2), 0);
        QCOMPARE(booked(m_s4), 1);
        QCOMPARE(scalar(u"SELECT status FROM slots WHERE id = ?"_s, {m_s3}).toString(), u"cancelled"_s);
        const auto language = [&](const Person &person) {
            return scalar(u"SELECT language FROM users WHERE telegram_id = ?"_s, {person.id}).toString();
        };
        QCOMPARE(language(m_ivan), u"en"_s);
        QCOMPARE(language(m_alice), u"ru"_s);
        QCOMPARE(stopServing(m_service), 0);
    }
};

QTEST_GUILESS_MAIN(TestBotDialoguesE2E)
#include "tst_botdialogues_e2e.moc"
