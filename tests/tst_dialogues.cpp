// Whole bot dialogues in Russian and English, in-process: updates shaped like Telegram's go into
// Dialogues, and the Bot API calls that come out are checked (texts, buttons, callback answers).
#include "domain/domainservices.h"
#include "storage/bookingrepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"
#include "telegram/callbackdata.h"
#include "telegram/dialogues.h"
#include "bottexts.h"
#include "testsupport.h"
#include "translations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

struct Person
{
    qint64 id = 0;
    QString firstName;
    QString languageCode;
};

struct Button
{
    QString text;
    QString data;
};

QJsonValue json(const QJsonObject &object)
{
    return object;
}

QString htmlOf(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

class TestDialogues : public QObject
{
    Q_OBJECT

private:
    // Tuesday, 1 December 2026, 09:00 in Moscow.
    const QDateTime m_start = QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);
    std::unique_ptr<TempDatabase> m_tmp;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DomainServices> m_domain;
    BookingService *m_service = nullptr;
    std::unique_ptr<Dialogues> m_dialogues;

    qint64 m_nextUpdateId = 5000;
    qint64 m_nextMessageId = 1;
    QList<BotCall> m_calls;       // the bot's answer to the last update
    QHash<qint64, qint64> m_shown; // chat -> id of the last message with inline buttons
    QHash<qint64, QJsonObject> m_shownMarkup;
    QStringList m_problems;        // broken rules found in any answer; reported by cleanup()

    const Person m_ivan{101, u"Иван"_s, u"ru"_s};
    const Person m_alice{202, u"Alice"_s, u"en-GB"_s};

    // ---- the world ----

    qint64 queue(const std::function<void(QueueRecord &)> &tweak = {})
    {
        QueueRecord q = sampleQueue();
        q.timezone = u"Europe/Moscow"_s;
        if (tweak)
            tweak(q);
        const auto created = m_service->createQueue(q, Actor::system());
        if (!created.ok())
            qFatal("queue not created");
        return created.value().id;
    }
    // A slot starting at `localTime` (Moscow) `days` after today.
    qint64 slot(qint64 queueId, int days, QTime localTime, int capacity = 1)
    {
        const QDateTime start =
            QDateTime(m_start.date().addDays(days), localTime, QTimeZone("Europe/Moscow")).toUTC();
        const auto created = m_service->createSlot(queueId, start, start.addSecs(15 * 60), capacity, Actor::staff(1));
        if (!created.ok())
            qFatal("slot not created: %s", qPrintable(refusalCode(created.refusal())));
        return created.value().id;
    }
    std::optional<UserRecord> userOf(const Person &person)
    {
        return UserRepository(m_tmp->db->session()).findByTelegramId(person.id);
    }
    QList<BookingRecord> bookingsOf(const Person &person)
    {
        const auto user = userOf(person);
        return user ? BookingRepository(m_tmp->db->session()).forUser(user->id) : QList<BookingRecord>();
    }
    SlotRecord slotRow(qint64 id) { return *SlotRepository(m_tmp->db->session()).find(id); }
    // Someone else (not through the bot) takes a seat.
    void bookAsSomeoneElse(qint64 slotId, qint64 telegramId = 9000)
    {
        const qint64 other = addUser(*m_service, telegramId);
        QVERIFY(m_service->book(other, slotId, BookingSource::Console, Actor::staff(1)).ok());
    }

    // ---- Telegram's side ----

    static QJsonObject userJson(const Person &person)
    {
        return {{u"id"_s, person.id}, {u"is_bot"_s, false}, {u"first_name"_s, person.firstName},
                {u"language_code"_s, person.languageCode}};
    }
    static QJsonObject chatJson(const Person &person)
    {
        return {{u"id"_s, person.id}, {u"type"_s, u"private"_s}, {u"first_name"_s, person.firstName}};
    }

    const QList<BotCall> &deliver(const QJsonObject &json, const Person &person)
    {
        const std::optional<TgUpdate> update = TgUpdate::fromJson(json);
        if (!update)
            qFatal("not an update");
        m_calls = m_dialogues->handle(*update);
        check(*update, person);
        return m_calls;
    }

    const QList<BotCall> &say(const Person &person, const QString &text)
    {
        QJsonObject message{{u"message_id"_s, m_nextMessageId++}, {u"from"_s, userJson(person)},
                            {u"chat"_s, chatJson(person)}, {u"date"_s, m_clock->now().toSecsSinceEpoch()},
                            {u"text"_s, text}};
        if (text.startsWith(u'/')) {
            message.insert(u"entities"_s, QJsonArray{QJsonObject{{u"type"_s, u"bot_command"_s}, {u"offset"_s, 0},
                                                                 {u"length"_s, text.section(u' ', 0, 0).size()}}});
        }
        return deliver({{u"update_id"_s, m_nextUpdateId++}, {u"message"_s, message}}, person);
    }

    const QList<BotCall> &shareContact(const Person &person, const QString &phone, qint64 contactUserId)
    {
        const QJsonObject contact{{u"phone_number"_s, phone}, {u"first_name"_s, person.firstName},
                                  {u"user_id"_s, contactUserId}};
        const QJsonObject message{{u"message_id"_s, m_nextMessageId++}, {u"from"_s, userJson(person)},
                                  {u"chat"_s, chatJson(person)}, {u"date"_s, m_clock->now().toSecsSinceEpoch()},
                                  {u"contact"_s, contact}};
        return deliver({{u"update_id"_s, m_nextUpdateId++}, {u"message"_s, message}}, person);
    }

    // Presses a button with `data` on the last message that had buttons.
    const QList<BotCall> &press(const Person &person, const QString &data)
    {
        const QJsonObject message{{u"message_id"_s, m_shown.value(person.id, 1)}, {u"chat"_s, chatJson(person)},
                                  {u"date"_s, m_clock->now().toSecsSinceEpoch()}, {u"text"_s, u"…"_s}};
        const QJsonObject query{{u"id"_s, u"cb%1"_s.arg(m_nextUpdateId)}, {u"from"_s, userJson(person)},
                                {u"message"_s, message}, {u"chat_instance"_s, u"42"_s}, {u"data"_s, data}};
        return deliver({{u"update_id"_s, m_nextUpdateId++}, {u"callback_query"_s, query}}, person);
    }

    // Presses the button whose label contains `label` on the last message with buttons.
    const QList<BotCall> &pressLabel(const Person &person, const QString &label)
    {
        const QString data = dataOf(m_shownMarkup.value(person.id), label);
        if (data.isEmpty()) {
            m_problems << u"no button \"%1\" among: %2"_s.arg(label, labels(m_shownMarkup.value(person.id)).join(u" | "_s));
            static const QList<BotCall> none;
            return none;
        }
        return press(person, data);
    }

    // ---- what the bot said ----

    static QList<Button> buttonsOf(const QJsonObject &markup)
    {
        QList<Button> buttons;
        for (const QJsonValue &row : markup.value(u"inline_keyboard"_s).toArray()) {
            for (const QJsonValue &button : row.toArray())
                buttons.append({button[u"text"_s].toString(), button[u"callback_data"_s].toString()});
        }
        return buttons;
    }
    static QStringList labels(const QJsonObject &markup)
    {
        QStringList result;
        for (const Button &button : buttonsOf(markup))
            result << button.text;
        return result;
    }
    static QString dataOf(const QJsonObject &markup, const QString &label)
    {
        for (const Button &button : buttonsOf(markup)) {
            if (button.text.contains(label))
                return button.data;
        }
        return {};
    }
    // The messages sent or edited, in order.
    QList<QJsonObject> screens() const
    {
        QList<QJsonObject> result;
        for (const BotCall &call : m_calls) {
            if (call.method == u"sendMessage"_s || call.method == u"editMessageText"_s)
                result << call.params;
        }
        return result;
    }
    QJsonObject lastScreen() const
    {
        const QList<QJsonObject> all = screens();
        return all.isEmpty() ? QJsonObject() : all.constLast();
    }
    QString lastText() const { return lastScreen().value(u"text"_s).toString(); }
    QString allText() const
    {
        QStringList texts;
        for (const QJsonObject &screen : screens())
            texts << screen.value(u"text"_s).toString();
        return texts.join(u"\n---\n"_s);
    }
    QList<Button> lastButtons() const { return buttonsOf(lastScreen().value(u"reply_markup"_s).toObject()); }
    QString lastData(const QString &label) const { return dataOf(lastScreen().value(u"reply_markup"_s).toObject(), label); }
    QString answerText() const
    {
        for (const BotCall &call : m_calls) {
            if (call.method == u"answerCallbackQuery"_s)
                return call.params.value(u"text"_s).toString();
        }
        return {};
    }
    QString method(int i) const { return i < m_calls.size() ? m_calls.at(i).method : QString(); }

    // The rules every answer keeps, whatever the dialogue.
    void check(const TgUpdate &update, const Person &person)
    {
        const QString where = u"update %1: "_s.arg(update.updateId);
        int answers = 0;
        for (int i = 0; i < m_calls.size(); ++i) {
            const BotCall &call = m_calls.at(i);
            const QJsonObject &p = call.params;
            if (call.method == u"answerCallbackQuery"_s) {
                ++answers;
                if (i != 0)
                    m_problems << where + u"the callback is not answered first"_s;
                if (!update.callbackQuery || p.value(u"callback_query_id"_s).toString() != update.callbackQuery->id)
                    m_problems << where + u"answers the wrong callback"_s;
                if (p.value(u"text"_s).toString().size() > 200)
                    m_problems << where + u"callback answer over 200 characters"_s;
                continue;
            }
            if (call.method != u"sendMessage"_s && call.method != u"editMessageText"_s) {
                m_problems << where + u"unexpected method "_s + call.method;
                continue;
            }
            if (p.value(u"chat_id"_s).toInteger() != person.id)
                m_problems << where + u"wrong chat"_s;
            const QString text = p.value(u"text"_s).toString();
            if (text.trimmed().isEmpty() || text.size() > 4096)
                m_problems << where + u"text empty or longer than 4096: %1"_s.arg(text.size());
            if (p.value(u"parse_mode"_s).toString() != u"HTML"_s)
                m_problems << where + u"no HTML parse mode"_s;
            // Well-formed markup: people's text is escaped, our tags are closed.
            QXmlStreamReader xml(u"<m>"_s + text + u"</m>"_s);
            while (!xml.atEnd())
                xml.readNext();
            if (xml.hasError())
                m_problems << where + u"malformed HTML ("_s + xml.errorString() + u"): "_s + text;
            if (call.method == u"editMessageText"_s && p.value(u"message_id"_s).toInteger() != m_shown.value(person.id, 1))
                m_problems << where + u"edits a message other than the pressed one"_s;
            const QJsonObject markup = p.value(u"reply_markup"_s).toObject();
            for (const Button &button : buttonsOf(markup)) {
                if (button.text.isEmpty())
                    m_problems << where + u"a button without a label"_s;
                if (button.data.toUtf8().size() > 64 || !CallbackData::parse(button.data))
                    m_problems << where + u"bad callback_data: "_s + button.data;
            }
            if (markup.contains(u"inline_keyboard"_s)) {
                const qint64 id = call.method == u"sendMessage"_s ? m_nextMessageId++ : p.value(u"message_id"_s).toInteger();
                m_shown.insert(person.id, id);
                m_shownMarkup.insert(person.id, markup);
            }
        }
        if (update.callbackQuery && answers != 1)
            m_problems << where + u"callback answered %1 times"_s.arg(answers);
        if (!update.callbackQuery && answers != 0)
            m_problems << where + u"answerCallbackQuery without a callback"_s;
    }

    // Runs the booking flow from the menu to the confirmation screen of the first free time.
    void bookFirstFreeTime(const Person &person)
    {
        say(person, u"/book"_s);
        QVERIFY2(!lastButtons().isEmpty(), qPrintable(lastText()));
        press(person, lastButtons().constFirst().data); // the first day
        press(person, lastButtons().constFirst().data); // its first time
        QVERIFY(lastButtons().constFirst().data.startsWith(u"k:"_s));
        press(person, lastButtons().constFirst().data); // confirm
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_clock = std::make_unique<ManualClock>(m_start);
        m_domain = std::make_unique<DomainServices>(*m_tmp->db, *m_clock);
        m_service = &m_domain->bookings;
        m_dialogues = std::make_unique<Dialogues>(*m_domain);
        m_calls.clear();
        m_shown.clear();
        m_shownMarkup.clear();
        m_problems.clear();
    }
    void cleanup()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u"\n"_s)));
        m_dialogues.reset();
        m_service = nullptr;
        m_domain.reset();
        m_tmp.reset();
    }

    void startRegistersFromTheProfile_data()
    {
        QTest::addColumn<QString>("languageCode");
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << u"ru"_s << u"ru"_s;
        QTest::newRow("en") << u"en-US"_s << u"en"_s;
        QTest::newRow("other") << u"de"_s << u"en"_s;
    }
    void startRegistersFromTheProfile()
    {
        QFETCH(QString, languageCode);
        QFETCH(QString, language);
        const Person bob{303, u"Bob"_s, languageCode};
        say(bob, u"/start"_s);
        const auto user = userOf(bob);
        QVERIFY(user.has_value());
        QCOMPARE(user->firstName, u"Bob"_s);
        QCOMPARE(user->language, language);
        QCOMPARE(m_calls.size(), 1);
        QCOMPARE(method(0), u"sendMessage"_s);
        QCOMPARE(lastScreen().value(u"chat_id"_s).toInteger(), bob.id);
        QVERIFY2(lastText().startsWith(dialogue(language, "Hello, %1! I can book you an appointment and remind you of it.")
                                           .arg(u"<b>Bob</b>"_s)),
                 qPrintable(lastText()));
        QVERIFY(lastText().contains(dialogue(language, "What would you like to do?")));
        const QStringList menu = labels(lastScreen().value(u"reply_markup"_s).toObject());
        QCOMPARE(menu, (QStringList{dialogue(language, "📅 Book an appointment"),
                                    dialogue(language, "🎟 Take a ticket (live queue)"), dialogue(language, "📋 My bookings"),
                                    dialogue(language, "🌐 Language"), dialogue(language, "❓ Help")}));
        if (language == u"ru"_s) {
            QVERIFY2(lastText().contains(u"Здравствуйте, <b>Bob</b>!"_s), qPrintable(lastText()));
            QCOMPARE(menu.constFirst(), u"📅 Записаться на приём"_s);
        } else {
            QVERIFY(lastText().startsWith(u"Hello, <b>Bob</b>!"_s));
        }
        // A second /start does not register again.
        say(bob, u"/start"_s);
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM users WHERE telegram_id = ?"_s, {bob.id}), 1);
    }

    void bookEndToEnd_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void bookEndToEnd()
    {
        QFETCH(QString, who);
        const Person person = who == u"ru"_s ? m_ivan : m_alice;
        const QString lang = who;
        const qint64 q = queue();
        const qint64 wed10 = slot(q, 1, QTime(10, 0), 3);
        slot(q, 1, QTime(10, 15), 2);
        slot(q, 2, QTime(9, 0));

        say(person, u"/start"_s);
        pressLabel(person, dialogue(lang, "📅 Book an appointment"));
        // One queue: straight to its days, with free seats per day, in the person's language.
        QCOMPARE(method(0), u"answerCallbackQuery"_s);
        QCOMPARE(method(1), u"editMessageText"_s);
        QVERIFY(lastText().contains(u"<b>"_s + htmlOf(lang == u"ru"_s ? u"Деканат"_s : u"Dean's office"_s) + u"</b>"_s));
        QVERIFY(lastText().contains(dialogue(lang, "Choose a date (free seats in brackets):")));
        const QList<Button> days = lastButtons();
        QCOMPARE(days[0].text, lang == u"ru"_s ? u"ср, 2 дек. (5)"_s : u"Wed, Dec 2 (5)"_s);
        QCOMPARE(days[0].data, u"d:q%1:20261202"_s.arg(q));
        QCOMPARE(days[1].text, lang == u"ru"_s ? u"чт, 3 дек. (1)"_s : u"Thu, Dec 3 (1)"_s);

        press(person, days[0].data);
        QVERIFY(lastText().contains(lang == u"ru"_s ? u"среда, 2 декабря 2026"_s : u"Wednesday, December 2, 2026"_s));
        QVERIFY(lastText().contains(dialogue(lang, "Choose a time:")));
        QCOMPARE(lastButtons()[0].text, u"10:00"_s); // Moscow time, not UTC
        QCOMPARE(lastButtons()[1].text, u"10:15"_s);
        QCOMPARE(lastButtons()[0].data, u"s:q%1:%2"_s.arg(q).arg(wed10));

        press(person, lastButtons()[0].data);
        QVERIFY(lastText().contains(dialogue(lang, "Please check your booking:")));
        QVERIFY(lastText().contains(u"10:00–10:15 (Europe/Moscow)"_s));
        QVERIFY(bookingsOf(person).isEmpty());

        pressLabel(person, dialogue(lang, "✅ Confirm"));
        QCOMPARE(answerText(), dialogue(lang, "You are booked."));
        QCOMPARE(method(1), u"editMessageText"_s);
        const QList<BookingRecord> bookings = bookingsOf(person);
        QCOMPARE(bookings.size(), 1);
        QCOMPARE(bookings[0].status, BookingStatus::Active);
        QCOMPARE(bookings[0].slotId, wed10);
        QCOMPARE(slotRow(wed10).booked, 1);
        const QString text = lastText();
        QVERIFY2(text.startsWith(dialogue(lang, "✅ You are booked.")), qPrintable(text));
        QVERIFY(text.contains(dialogue(lang, "Booking code: %1").arg(u"<b>A-001</b>"_s)));
        QVERIFY(text.contains(lang == u"ru"_s ? u"среда, 2 декабря 2026"_s : u"Wednesday, December 2, 2026"_s));
        QVERIFY(text.contains(u"10:00–10:15"_s));
        if (lang == u"ru"_s)
            QVERIFY2(text.contains(u"Код записи: <b>A-001</b>"_s), qPrintable(text));
        QCOMPARE(lastData(dialogue(lang, "✖ Cancel booking")), u"c:%1"_s.arg(bookings[0].id));
        QCOMPARE(lastData(dialogue(lang, "🔁 Reschedule")), u"r:%1"_s.arg(bookings[0].id));
        // The change is recorded with the update that made it.
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM processed_updates WHERE update_id = ? AND effect = "
                                   "'booking.create'"_s,
                       {m_nextUpdateId - 1}),
                 1);
    }

    void severalQueuesAreChosenFirst()
    {
        queue();
        const qint64 second = queue([](QueueRecord &q) {
            q.codePrefix = u"B"_s;
            q.nameEn = u"Passport desk"_s;
            q.nameRu = u"Паспортный стол"_s;
        });
        slot(second, 1, QTime(11, 0));
        say(m_alice, u"/book"_s);
        QVERIFY(lastText().contains(dialogue(u"en"_s, "Where would you like to book?")));
        QCOMPARE(lastData(u"Passport desk"_s), u"p:q%1"_s.arg(second));
        pressLabel(m_alice, u"Passport desk"_s);
        QVERIFY(lastText().contains(u"<b>Passport desk</b>"_s));
        // Back leads to the queues again.
        QCOMPARE(lastData(dialogue(u"en"_s, "↩ Back")), u"q"_s);
    }

    void fullDaysAreLeftOut()
    {
        const qint64 q = queue();
        const qint64 full = slot(q, 1, QTime(10, 0));
        bookAsSomeoneElse(full);
        slot(q, 2, QTime(10, 0), 4);
        say(m_alice, u"/book"_s);
        const QList<Button> days = lastButtons();
        QCOMPARE(days[0].text, u"Thu, Dec 3 (4)"_s);
        // The one day, the way to the waiting list of the full day, and Menu (one queue: nothing
        // to go back to).
        QCOMPARE(days.size(), 1 + 1 + 1);
        QCOMPARE(days[1].data, u"y:%1"_s.arg(q));
    }

    void noFreeTimes()
    {
        queue([](QueueRecord &q) { q.horizonDays = 3; });
        say(m_ivan, u"/book"_s);
        QCOMPARE(lastText(), u"<b>Деканат</b>\n\n"_s + dialogue(u"ru"_s, "Sorry, there are no free times in the next %n day(s).", 3));
        QVERIFY(lastText().contains(u"3 дня"_s));
    }

    void myBookingsWithCancelAndReschedule()
    {
        const qint64 q = queue();
        const qint64 a = slot(q, 1, QTime(10, 0)), b = slot(q, 2, QTime(12, 30));
        const qint64 past = slot(q, 0, QTime(9, 30));
        const qint64 me = [&] {
            say(m_alice, u"/start"_s);
            return userOf(m_alice)->id;
        }();
        QVERIFY(m_service->book(me, b, BookingSource::Telegram, Actor::user(me)).ok());
        QVERIFY(m_service->book(me, a, BookingSource::Telegram, Actor::user(me)).ok());
        QVERIFY(m_service->book(me, past, BookingSource::Telegram, Actor::user(me)).ok());
        m_clock->set(QDateTime(m_start.date(), QTime(7, 0), Qt::UTC)); // 10:00 Moscow: the first has started

        pressLabel(m_alice, dialogue(u"en"_s, "📋 My bookings"));
        const QString text = lastText();
        QVERIFY2(text.startsWith(dialogue(u"en"_s, "You have %n upcoming booking(s):", 2)), qPrintable(text));
        QVERIFY(text.contains(u"You have 2 upcoming bookings:"_s));
        // By time, each with its code, local date and time and queue.
        const qsizetype first = text.indexOf(u"Wed, Dec 2, 10:00 (Europe/Moscow)"_s);
        const qsizetype second = text.indexOf(u"Thu, Dec 3, 12:30 (Europe/Moscow)"_s);
        QVERIFY2(first > 0 && second > first, qPrintable(text));
        QVERIFY(!text.contains(u"09:30"_s));
        const auto bookings = bookingsOf(m_alice);
        const qint64 wedBooking = bookings[1].id; // booked second
        QCOMPARE(lastData(u"✖ Cancel "_s + bookings[1].code), u"c:%1"_s.arg(wedBooking));
        QCOMPARE(lastData(u"🔁 Move "_s + bookings[1].code), u"r:%1"_s.arg(wedBooking));

        say(m_ivan, u"/bookings"_s);
        QVERIFY(lastText().contains(dialogue(u"ru"_s, "You have no upcoming bookings.")));
        QCOMPARE(lastText(), u"У вас нет предстоящих записей."_s);
    }

    void cancelBooking_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void cancelBooking()
    {
        QFETCH(QString, who);
        const Person person = who == u"ru"_s ? m_ivan : m_alice;
        const qint64 q = queue();
        const qint64 s = slot(q, 1, QTime(10, 0));
        bookFirstFreeTime(person);
        const BookingRecord booking = bookingsOf(person).constFirst();

        pressLabel(person, dialogue(who, "✖ Cancel booking"));
        QVERIFY(lastText().startsWith(dialogue(who, "Cancel booking %1?").arg(u"<b>A-001</b>"_s)));
        QCOMPARE(bookingsOf(person).constFirst().status, BookingStatus::Active);
        pressLabel(person, dialogue(who, "Yes, cancel it"));
        QCOMPARE(answerText(), dialogue(who, "Booking cancelled."));
        QVERIFY(lastText().startsWith(dialogue(who, "Your booking %1 has been cancelled.").arg(u"<b>A-001</b>"_s)));
        if (who == u"ru"_s)
            QVERIFY2(lastText().startsWith(u"Ваша запись <b>A-001</b> отменена."_s), qPrintable(lastText()));
        QCOMPARE(bookingsOf(person).constFirst().status, BookingStatus::CancelledByUser);
        QCOMPARE(slotRow(s).booked, 0);
        QCOMPARE(lastData(dialogue(who, "📅 Book another time")), u"p:q%1"_s.arg(q));

        // The same button again: the booking is gone, the person sees why and their fresh list.
        press(person, u"x:%1"_s.arg(booking.id));
        QCOMPARE(answerText(), refusal(who, Refusal::BookingNotActive));
        QVERIFY(lastText().contains(dialogue(who, "You have no upcoming bookings.")));
    }

    void cancelAfterTheDeadlineIsRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("ru") << u"ru"_s << u"Отменить эту запись уже нельзя."_s;
        QTest::newRow("en") << u"en"_s << u"It is too late to cancel this booking."_s;
    }
    void cancelAfterTheDeadlineIsRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, sentence);
        const Person person = who == u"ru"_s ? m_ivan : m_alice;
        const qint64 q = queue([](QueueRecord &r) { r.cancelDeadlineMinutes = 24 * 60; });
        const qint64 s = slot(q, 3, QTime(10, 0));
        bookFirstFreeTime(person);
        const BookingRecord booking = bookingsOf(person).constFirst();
        m_clock->set(slotRow(s).startsAt.addSecs(-3600)); // one hour before

        say(person, u"/bookings"_s);
        pressLabel(person, u"✖"_s);
        pressLabel(person, dialogue(who, "Yes, cancel it"));
        QCOMPARE(answerText(), sentence);
        QVERIFY2(lastText().startsWith(sentence + u' ' + dialogue(who, "If you cannot come, please let the office know.")),
                 qPrintable(lastText()));
        QCOMPARE(bookingsOf(person).constFirst().status, BookingStatus::Active);
        QCOMPARE(bookingsOf(person).constFirst().id, booking.id);
        // Moving it is refused for the same reason.
        press(person, u"r:%1"_s.arg(booking.id));
        slot(q, 4, QTime(10, 0));
        press(person, u"k:b%1:%2"_s.arg(booking.id).arg(slot(q, 5, QTime(10, 0))));
        QCOMPARE(answerText(), sentence);
        QCOMPARE(bookingsOf(person).size(), 1);
    }

    void reschedule_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void reschedule()
    {
        QFETCH(QString, who);
        const Person person = who == u"ru"_s ? m_ivan : m_alice;
        const qint64 q = queue();
        const qint64 from = slot(q, 1, QTime(10, 0));
        const qint64 to = slot(q, 2, QTime(14, 45));
        bookFirstFreeTime(person);
        const BookingRecord old = bookingsOf(person).constFirst();
        QCOMPARE(old.slotId, from);

        pressLabel(person, dialogue(who, "🔁 Reschedule"));
        QVERIFY2(lastText().startsWith(dialogue(who, "Moving booking %1 (%2).")
                                           .arg(u"<b>A-001</b>"_s, who == u"ru"_s ? u"ср, 2 дек., 10:00"_s
                                                                                 : u"Wed, Dec 2, 10:00"_s)),
                 qPrintable(lastText()));
        // The person's own time is not offered; only the other day is.
        QCOMPARE(lastButtons()[0].data, u"d:b%1:20261203"_s.arg(old.id));
        QCOMPARE(lastData(dialogue(who, "↩ Back")), u"l"_s);
        press(person, lastButtons()[0].data);
        QCOMPARE(lastButtons()[0].text, u"14:45"_s);
        press(person, lastButtons()[0].data);
        QVERIFY(lastText().startsWith(dialogue(who, "Move booking %1?").arg(u"<b>A-001</b>"_s)));
        QVERIFY(lastText().contains(dialogue(who, "To: %1").arg(who == u"ru"_s ? u"чт, 3 дек., 14:45"_s : u"Thu, Dec 3, 14:45"_s)));
        QCOMPARE(lastButtons()[0].data, u"k:b%1:%2"_s.arg(old.id).arg(to));
        press(person, lastButtons()[0].data);

        QCOMPARE(answerText(), dialogue(who, "Your booking has been moved."));
        QVERIFY(lastText().startsWith(dialogue(who, "✅ Your booking has been moved.")));
        const QList<BookingRecord> bookings = bookingsOf(person);
        QCOMPARE(bookings.size(), 2);
        QCOMPARE(bookings[0].status, BookingStatus::CancelledByUser);
        QCOMPARE(bookings[1].status, BookingStatus::Active);
        QCOMPARE(bookings[1].slotId, to);
        QVERIFY(lastText().contains(dialogue(who, "Booking code: %1").arg(u"<b>"_s + bookings[1].code + u"</b>"_s)));
        QCOMPARE(slotRow(from).booked, 0);
        QCOMPARE(slotRow(to).booked, 1);
    }

    void rescheduleToAFullSlotKeepsTheOldBooking()
    {
        const qint64 q = queue();
        slot(q, 1, QTime(10, 0));
        const qint64 to = slot(q, 2, QTime(11, 0));
        const qint64 spare = slot(q, 2, QTime(11, 30));
        bookFirstFreeTime(m_ivan);
        const BookingRecord old = bookingsOf(m_ivan).constFirst();
        press(m_ivan, u"r:%1"_s.arg(old.id));
        press(m_ivan, u"d:b%1:20261203"_s.arg(old.id));
        press(m_ivan, u"s:b%1:%2"_s.arg(old.id).arg(to));
        // Someone else takes the last seat while Ivan reads the confirmation.
        bookAsSomeoneElse(to);
        pressLabel(m_ivan, dialogue(u"ru"_s, "✅ Confirm"));

        QCOMPARE(answerText(), u"К сожалению, на это время мест больше нет."_s);
        QVERIFY(lastText().startsWith(u"К сожалению, на это время мест больше нет."_s));
        // Fresh choices for the same day, without the full time.
        QCOMPARE(lastButtons()[0].text, u"11:30"_s);
        QCOMPARE(lastButtons()[0].data, u"s:b%1:%2"_s.arg(old.id).arg(spare));
        const QList<BookingRecord> bookings = bookingsOf(m_ivan);
        QCOMPARE(bookings.size(), 1);
        QCOMPARE(bookings[0].status, BookingStatus::Active);
        QCOMPARE(bookings[0].slotId, old.slotId);
        QCOMPARE(slotRow(old.slotId).booked, 1);
        QCOMPARE(slotRow(to).booked, 1);
    }

    void refusalsAreExplained_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("reason");
        for (const QString &who : {u"ru"_s, u"en"_s}) {
            QTest::addRow("%s full", qPrintable(who)) << who << u"full"_s << int(Refusal::SlotFull);
            QTest::addRow("%s too many", qPrintable(who)) << who << u"many"_s << int(Refusal::TooManyActiveBookings);
            QTest::addRow("%s banned", qPrintable(who)) << who << u"banned"_s << int(Refusal::UserBanned);
            QTest::addRow("%s no-shows", qPrintable(who)) << who << u"noshow"_s << int(Refusal::NoShowLimitReached);
        }
    }
    void refusalsAreExplained()
    {
        QFETCH(QString, who);
        QFETCH(QString, situation);
        QFETCH(int, reason);
        const Person person = who == u"ru"_s ? m_ivan : m_alice;
        const qint64 q = queue([](QueueRecord &r) {
            r.maxActiveBookings = 1;
            r.noShowLimit = 1;
        });
        const qint64 wanted = slot(q, 1, QTime(10, 0));
        const qint64 other = slot(q, 1, QTime(11, 0));
        say(person, u"/start"_s);
        const qint64 me = userOf(person)->id;
        press(person, u"s:q%1:%2"_s.arg(q).arg(wanted));
        if (situation == u"full"_s) {
            bookAsSomeoneElse(wanted);
        } else if (situation == u"many"_s) {
            QVERIFY(m_service->book(me, other, BookingSource::Console, Actor::staff(1)).ok());
        } else if (situation == u"banned"_s) {
            QVERIFY(m_service->setUserBanned(me, true, Actor::staff(1)).ok());
        } else {
            const qint64 missed = slot(q, 0, QTime(9, 15));
            const auto booking = m_service->book(me, missed, BookingSource::Console, Actor::staff(1));
            QVERIFY(m_service->setAttendance(booking.value().id, BookingStatus::NoShow, Actor::staff(1)).ok());
        }
        press(person, u"k:q%1:%2"_s.arg(q).arg(wanted));
        const QString sentence = refusal(who, static_cast<Refusal>(reason));
        QVERIFY(who == u"en"_s || sentence.contains(QRegularExpression(u"[а-я]"_s)));
        QCOMPARE(answerText(), sentence);
        QVERIFY2(lastText().startsWith(sentence), qPrintable(lastText()));
        QCOMPARE(slotRow(wanted).booked, situation == u"full"_s ? 1 : 0);
        if (situation == u"full"_s) {
            // Fresh times of the day instead of the full one.
            QCOMPARE(lastButtons()[0].data, u"s:q%1:%2"_s.arg(q).arg(other));
        } else {
            // Not about the time: the menu, so the person can look at their bookings.
            QVERIFY(lastText().contains(dialogue(who, "What would you like to do?")));
        }
    }

    void staleButtonsShowWhyAndFreshChoices()
    {
        const qint64 q = queue();
        const qint64 cancelled = slot(q, 1, QTime(10, 0), 2);
        const qint64 open = slot(q, 1, QTime(10, 30), 2);
        const qint64 soon = slot(q, 0, QTime(9, 30));
        say(m_alice, u"/start"_s);

        // The slot was cancelled by staff after the times were shown.
        QVERIFY(m_service->cancelSlot(cancelled, u"closed"_s, Actor::staff(1)).ok());
        press(m_alice, u"s:q%1:%2"_s.arg(q).arg(cancelled));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::SlotNotOpen));
        QVERIFY(lastText().startsWith(refusal(u"en"_s, Refusal::SlotNotOpen)));
        QCOMPARE(lastButtons()[0].data, u"s:q%1:%2"_s.arg(q).arg(open));
        QCOMPARE(method(1), u"editMessageText"_s); // in place

        // The slot started meanwhile: today has nothing left, so the days are shown.
        m_clock->set(slotRow(soon).startsAt.addSecs(60));
        press(m_alice, u"k:q%1:%2"_s.arg(q).arg(soon));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::SlotStarted));
        QVERIFY(lastText().contains(dialogue(u"en"_s, "Sorry, there are no free times left on this day.")));
        QCOMPARE(lastButtons()[0].data, u"d:q%1:20261202"_s.arg(q));
        QVERIFY(bookingsOf(m_alice).isEmpty());

        // A day button from yesterday.
        press(m_alice, u"d:q%1:20261130"_s.arg(q));
        QCOMPARE(answerText(), dialogue(u"en"_s, "Sorry, there are no free times left on this day."));

        // A slot of another queue slipped into this queue's button.
        const qint64 elsewhere = slot(queue([](QueueRecord &r) { r.codePrefix = u"Z"_s; }), 1, QTime(12, 0));
        press(m_alice, u"k:q%1:%2"_s.arg(q).arg(elsewhere));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::SlotNotFound));
        QCOMPARE(slotRow(elsewhere).booked, 0);

        // Someone else's booking.
        const qint64 stranger = addUser(*m_service, 777);
        const auto theirs = m_service->book(stranger, open, BookingSource::Console, Actor::staff(1));
        QVERIFY(theirs.ok());
        press(m_alice, u"c:%1"_s.arg(theirs.value().id));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::BookingNotFound));
        press(m_alice, u"x:%1"_s.arg(theirs.value().id));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::NotYourBooking));
        press(m_alice, u"r:%1"_s.arg(theirs.value().id));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::BookingNotFound));
        QCOMPARE(bookingsOf(m_alice).size(), 0);
        QCOMPARE(slotRow(open).booked, 1);

        // A queue that was switched off.
        QVERIFY(m_service->updateQueue(q, [](QueueRecord &r) { r.active = false; }, Actor::staff(1)).ok());
        press(m_alice, u"p:q%1"_s.arg(q));
        QCOMPARE(answerText(), refusal(u"en"_s, Refusal::QueueNotFound));
        QVERIFY(lastText().contains(dialogue(u"en"_s, "What would you like to do?")));
    }

    void malformedCallbackData_data()
    {
        QTest::addColumn<QString>("data");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << u"zzz"_s;
        QTest::newRow("missing slot") << u"s:q1"_s;
        QTest::newRow("bad target") << u"s:z1:2"_s;
        QTest::newRow("zero id") << u"c:0"_s;
        QTest::newRow("negative") << u"c:-5"_s;
        QTest::newRow("huge id") << u"x:99999999999999999999"_s;
        QTest::newRow("bad date") << u"d:q1:20261340"_s;
        QTest::newRow("short date") << u"d:q1:2026121"_s;
        QTest::newRow("bad page") << u"l:abc"_s;
        QTest::newRow("page too far") << u"q:100000"_s;
        QTest::newRow("language") << u"g:de"_s;
        QTest::newRow("menu with args") << u"m:1"_s;
        QTest::newRow("sql") << u"c:1; DROP TABLE bookings"_s;
        QTest::newRow("too long") << QString(70, u'm');
        QTest::newRow("unicode") << u"c:١٢"_s;
    }
    void malformedCallbackData()
    {
        QFETCH(QString, data);
        queue();
        press(m_ivan, data);
        QCOMPARE(m_calls.size(), 2);
        QCOMPARE(method(0), u"answerCallbackQuery"_s);
        QCOMPARE(answerText(), dialogue(u"ru"_s, "Sorry, this button is out of date."));
        QCOMPARE(answerText(), u"Извините, эта кнопка устарела."_s);
        QVERIFY(lastText().contains(dialogue(u"ru"_s, "What would you like to do?")));
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM bookings"_s), 0);
    }

    void callbackDataRoundTrips()
    {
        const QList<CallbackData> all{CallbackData::menu(), CallbackData::help(), CallbackData::languages(),
                                      CallbackData::setLanguage(u"ru"_s), CallbackData::queues(3),
                                      CallbackData::days(PickTarget::booking(999999999999999), 9999),
                                      CallbackData::times(PickTarget::queue(999999999999999), QDate(2026, 12, 31), 9999),
                                      CallbackData::review(PickTarget::queue(7), 999999999999999),
                                      CallbackData::confirm(PickTarget::booking(999999999999999), 999999999999999),
                                      CallbackData::bookings(2), CallbackData::askCancel(5), CallbackData::cancel(6),
                                      CallbackData::reschedule(7)};
        for (const CallbackData &data : all) {
            const QString text = data.toString();
            QVERIFY2(text.toUtf8().size() <= 64, qPrintable(text));
            const std::optional<CallbackData> parsed = CallbackData::parse(text);
            QVERIFY2(parsed.has_value(), qPrintable(text));
            QCOMPARE(parsed->toString(), text);
        }
    }

    void languageSwitch()
    {
        queue();
        say(m_alice, u"/language"_s);
        QVERIFY(lastText().contains(dialogue(u"en"_s, "Choose your language:")));
        QCOMPARE(lastData(u"Русский"_s), u"g:ru"_s);
        QCOMPARE(lastData(u"English"_s), u"g:en"_s);
        pressLabel(m_alice, u"Русский"_s);
        QCOMPARE(userOf(m_alice)->language, u"ru"_s);
        QCOMPARE(answerText(), u"Готово! Теперь я буду отвечать по-русски."_s);
        QVERIFY(lastText().contains(u"Что вы хотите сделать?"_s));
        // It sticks, although Alice's Telegram still says en-GB.
        say(m_alice, u"/help"_s);
        QVERIFY(lastText().contains(u"/bookings"_s));
        QCOMPARE(lastText(), dialogue(u"ru"_s, "<b>How to use this bot</b>\n\n"
                                         "📅 <b>Book an appointment</b>: choose a date with free seats, then a time, and confirm. "
                                         "You get a booking code: show it at the office. A day is full? Join its waiting list, "
                                         "and I will offer you the first seat that frees up.\n"
                                         "🎟 <b>Take a ticket</b>: join the live queue of an office that is open now; I tell you "
                                         "your place and call you to your counter.\n"
                                         "📋 <b>My bookings</b>: your upcoming bookings; cancel one or move it to another time, "
                                         "or tell the office \"I'm here\" when you arrive.\n\n"
                                         "/start: the main menu\n"
                                         "/book: book an appointment\n"
                                         "/bookings: my bookings\n"
                                         "/ticket: take a ticket for the live queue\n"
                                         "/language: change the language\n"
                                         "/cancel: leave the current step\n"
                                         "/help: this help"));
        QVERIFY(lastText().contains(QRegularExpression(u"[а-я]"_s)));
        // And back, with an argument.
        say(m_alice, u"/language en"_s);
        QCOMPARE(userOf(m_alice)->language, u"en"_s);
        QVERIFY(lastText().startsWith(u"Done! I will now answer in English."_s));
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM audit_log WHERE action = 'user.language'"_s), 2);
    }

    void helpCancelAndUnknownText()
    {
        say(m_alice, u"/help"_s);
        QVERIFY(lastText().startsWith(u"<b>How to use this bot</b>"_s));
        QCOMPARE(lastData(dialogue(u"en"_s, "☰ Menu")), u"m"_s);

        say(m_ivan, u"/cancel"_s);
        QVERIFY(lastText().startsWith(u"Отменено."_s));
        QVERIFY(lastText().contains(dialogue(u"ru"_s, "What would you like to do?")));

        say(m_ivan, u"когда приём?"_s);
        QVERIFY(lastText().startsWith(dialogue(u"ru"_s, "Sorry, I did not understand that. Please use the buttons below or send /help.")));
        QCOMPARE(lastData(dialogue(u"ru"_s, "📋 My bookings")), u"l"_s);

        say(m_alice, u"/frobnicate"_s);
        QVERIFY(lastText().startsWith(dialogue(u"en"_s, "Sorry, I do not know this command. Please use the buttons below or send /help.")));

        // A message in a group the bot was added to gets no answer.
        const QJsonObject group{{u"update_id"_s, m_nextUpdateId++},
                                {u"message"_s, QJsonObject{{u"message_id"_s, 1}, {u"from"_s, userJson(m_alice)},
                                                          {u"chat"_s, QJsonObject{{u"id"_s, -100}, {u"type"_s, u"group"_s}}},
                                                          {u"text"_s, u"/start"_s}}}};
        QVERIFY(m_dialogues->handle(*TgUpdate::fromJson(group)).isEmpty());
    }

    void deepLinkOpensTheQueue()
    {
        queue();
        const qint64 passports = queue([](QueueRecord &q) {
            q.codePrefix = u"P"_s;
            q.nameEn = u"Passport desk"_s;
        });
        slot(passports, 1, QTime(10, 0));
        say(m_alice, u"/start q_%1"_s.arg(passports));
        QVERIFY(lastText().startsWith(u"Hello, <b>Alice</b>!"_s));
        QVERIFY(lastText().contains(u"<b>Passport desk</b>"_s));
        QCOMPARE(lastButtons()[0].data, u"d:q%1:20261202"_s.arg(passports));

        say(m_alice, u"/start q_999"_s);
        QVERIFY(lastText().contains(dialogue(u"en"_s, "This link points to a queue that is not available. Please choose from the menu.")));
        say(m_ivan, u"/start something"_s);
        QVERIFY(lastText().contains(dialogue(u"ru"_s, "This link points to a queue that is not available. Please choose from the menu.")));
    }

    void phoneIsAskedWhenTheQueueRequiresIt()
    {
        const qint64 q = queue([](QueueRecord &r) { r.phoneRequired = true; });
        slot(q, 1, QTime(10, 0));
        say(m_ivan, u"/start"_s);
        pressLabel(m_ivan, dialogue(u"ru"_s, "📅 Book an appointment"));
        // A new message with a reply keyboard that asks for the contact.
        QCOMPARE(method(1), u"sendMessage"_s);
        QVERIFY(lastText().contains(u"Деканат"_s));
        const QJsonObject keyboard = lastScreen().value(u"reply_markup"_s).toObject();
        const QJsonObject share = keyboard[u"keyboard"_s][0][0].toObject();
        QCOMPARE(share.value(u"request_contact"_s).toBool(), true);
        QCOMPARE(share.value(u"text"_s).toString(), dialogue(u"ru"_s, "📱 Share my phone number"));
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM dialogue_state WHERE state = 'awaiting_phone'"_s), 1);

        // The bot restarts; the question is remembered.
        m_dialogues = std::make_unique<Dialogues>(*m_domain);
        say(m_ivan, u"+7 999 000 00 00"_s);
        QVERIFY(lastText().contains(dialogue(u"ru"_s, "Please use the button below to share your phone number, or send /cancel.")));
        QVERIFY(userOf(m_ivan)->phone.isEmpty());

        // Someone else's contact is not accepted.
        shareContact(m_ivan, u"+79990000001"_s, 555);
        QVERIFY(lastText().contains(dialogue(u"ru"_s, "Please share your own phone number with the button below.")));
        QVERIFY(userOf(m_ivan)->phone.isEmpty());

        shareContact(m_ivan, u"79990000000"_s, m_ivan.id);
        QCOMPARE(userOf(m_ivan)->phone, u"79990000000"_s);
        QCOMPARE(m_calls.size(), 2);
        QCOMPARE(screens()[0].value(u"text"_s).toString(), u"Спасибо! Номер телефона сохранён."_s);
        QCOMPARE(json(screens()[0])[u"reply_markup"_s][u"remove_keyboard"_s].toBool(), true);
        // On to the days of the queue it was asked for.
        QCOMPARE(lastButtons()[0].data, u"d:q%1:20261202"_s.arg(q));
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM dialogue_state"_s), 0);
        bookFirstFreeTime(m_ivan);
        QCOMPARE(bookingsOf(m_ivan).size(), 1);
    }

    void phoneRequestCanBeLeft()
    {
        const qint64 q = queue([](QueueRecord &r) { r.phoneRequired = true; });
        slot(q, 1, QTime(10, 0));
        say(m_alice, u"/book"_s);
        QVERIFY(json(lastScreen())[u"reply_markup"_s][u"keyboard"_s].isArray());
        // The reply keyboard's Cancel button sends its label.
        say(m_alice, dialogue(u"en"_s, "Cancel"));
        QCOMPARE(screens()[0].value(u"text"_s).toString(), dialogue(u"en"_s, "Cancelled."));
        QCOMPARE(json(screens()[0])[u"reply_markup"_s][u"remove_keyboard"_s].toBool(), true);
        QVERIFY(lastText().contains(dialogue(u"en"_s, "What would you like to do?")));
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM dialogue_state"_s), 0);
        // A stale confirm button still needs the phone: nothing is booked.
        press(m_alice, u"k:q%1:%2"_s.arg(q).arg(slot(q, 2, QTime(10, 0))));
        QVERIFY(bookingsOf(m_alice).isEmpty());
        QCOMPARE(json(lastScreen())[u"reply_markup"_s][u"keyboard"_s][0][0][u"request_contact"_s].toBool(), true);
    }

    void namesAreEscaped()
    {
        const Person tricky{404, u"<b>Bob & Co</b>"_s, u"en"_s};
        queue([](QueueRecord &q) { q.nameEn = u"Room <1> & \"2\""_s; });
        say(tricky, u"/start"_s);
        QVERIFY2(lastText().startsWith(u"Hello, <b>&lt;b&gt;Bob &amp; Co&lt;/b&gt;</b>!"_s), qPrintable(lastText()));
        pressLabel(tricky, dialogue(u"en"_s, "📅 Book an appointment"));
        QVERIFY2(lastText().contains(u"<b>Room &lt;1&gt; &amp; &quot;2&quot;</b>"_s), qPrintable(lastText()));
        QCOMPARE(userOf(tricky)->firstName, u"<b>Bob & Co</b>"_s); // stored as it came
    }

    void controlCharactersAreNotRead()
    {
        const QString refused = dialogue(u"en"_s, "Your message contains control characters, so I did not read it. "
                                                "Please send plain text or use the buttons below.");
        // A command with a hidden character is not the command, and nothing of it is stored.
        const QStringList texts{u"/start"_s + QChar(0x00), u"/help"_s + QChar(0x1b) + u"[2J"_s,
                                u"when"_s + QChar(0x07) + u"?"_s};
        for (const QString &text : texts) {
            say(m_alice, text);
            QVERIFY2(lastText().startsWith(refused), qPrintable(lastText()));
            QCOMPARE(lastData(dialogue(u"en"_s, "📋 My bookings")), u"l"_s);
        }
        // A Telegram profile name is the person's: its control characters are dropped, the rest kept.
        const Person hidden{405, QString(u"Zo"_s + QChar(0x00) + QChar(0x1b) + u"e"_s), u"en"_s};
        say(hidden, u"/start"_s);
        QCOMPARE(userOf(hidden)->firstName, u"Zoe"_s);
    }

    void longListsArePaged()
    {
        const qint64 q = queue([](QueueRecord &r) { r.horizonDays = 30; });
        for (int day = 1; day <= 20; ++day)
            slot(q, day, QTime(10, 0));
        for (int i = 0; i < 20; ++i)
            slot(q, 1, QTime(11, 0).addSecs(i * 15 * 60));
        say(m_alice, u"/book"_s);
        QCOMPARE(lastButtons().size(), Dialogues::kDaysPerPage + 2); // days, Next, Menu
        QVERIFY(lastText().contains(u"Page 1 of 3"_s));
        QCOMPARE(lastData(dialogue(u"en"_s, "Next ▶")), u"p:q%1:1"_s.arg(q));
        QVERIFY(lastData(dialogue(u"en"_s, "◀ Previous")).isEmpty());
        pressLabel(m_alice, dialogue(u"en"_s, "Next ▶"));
        QCOMPARE(lastButtons()[0].text, u"Thu, Dec 10 (1)"_s);
        QCOMPARE(lastData(dialogue(u"en"_s, "◀ Previous")), u"p:q%1"_s.arg(q));
        // A page past the end shows the last one.
        press(m_alice, u"p:q%1:50"_s.arg(q));
        QVERIFY(lastText().contains(u"Page 3 of 3"_s));

        press(m_alice, u"d:q%1:20261202"_s.arg(q));
        QCOMPARE(lastButtons().size(), Dialogues::kTimesPerPage + 3);
        QVERIFY(lastText().contains(u"Page 1 of 2"_s));
        pressLabel(m_alice, dialogue(u"en"_s, "Next ▶"));
        QCOMPARE(lastButtons().size(), 21 - Dialogues::kTimesPerPage + 3);
        QCOMPARE(lastData(dialogue(u"en"_s, "◀ Previous")), u"d:q%1:20261202"_s.arg(q));
    }

    void messagesStayWithinTelegramsLimit()
    {
        // Names of 200 characters that each grow five-fold when escaped.
        const qint64 q = queue([](QueueRecord &r) {
            r.nameEn = QString(200, u'&');
            r.maxActiveBookings = 50;
        });
        say(m_alice, u"/start"_s);
        const qint64 me = userOf(m_alice)->id;
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_service->book(me, slot(q, 1, QTime(8, 0).addSecs(i * 900)), BookingSource::Console, Actor::staff(1)).ok());
        say(m_alice, u"/bookings"_s);
        const QString text = lastText();
        QVERIFY2(text.size() <= 4096, qPrintable(QString::number(text.size())));
        QVERIFY2(text.contains(QRegularExpression(u"…and \\d more"_s)), qPrintable(text.right(300)));
        QVERIFY(text.startsWith(u"You have 12 upcoming bookings:"_s));
        // All five of the page can still be cancelled or moved.
        QCOMPARE(lastButtons().size(), Dialogues::kBookingsPerPage * 2 + 2);
        ivanHasPluralForms();
    }

    void commandMenusInBothLanguages()
    {
        const QList<BotCall> calls = Dialogues::commandMenus();
        QCOMPARE(calls.size(), 2);
        for (const BotCall &call : calls) {
            QCOMPARE(call.method, u"setMyCommands"_s);
            const QJsonArray commands = call.params.value(u"commands"_s).toArray();
            QCOMPARE(commands.size(), 7);
            QCOMPARE(commands[0][u"command"_s].toString(), u"start"_s);
        }
        QVERIFY(!calls[0].params.contains(u"language_code"_s) || !calls[1].params.contains(u"language_code"_s));
        const BotCall &ru = calls[0].params.contains(u"language_code"_s) ? calls[0] : calls[1];
        QCOMPARE(ru.params.value(u"language_code"_s).toString(), u"ru"_s);
        QCOMPARE(ru.params[u"commands"_s][1][u"description"_s].toString(), u"Записаться на приём"_s);
    }

    void botsAndOtherUpdatesAreIgnored()
    {
        QJsonObject message{{u"message_id"_s, 1},
                            {u"from"_s, QJsonObject{{u"id"_s, 1}, {u"is_bot"_s, true}, {u"first_name"_s, u"bot"_s}}},
                            {u"chat"_s, QJsonObject{{u"id"_s, 1}, {u"type"_s, u"private"_s}}},
                            {u"text"_s, u"/start"_s}};
        QVERIFY(m_dialogues->handle(*TgUpdate::fromJson({{u"update_id"_s, 1}, {u"message"_s, message}})).isEmpty());
        QVERIFY(m_dialogues->handle(*TgUpdate::fromJson({{u"update_id"_s, 2}, {u"poll"_s, QJsonObject()}})).isEmpty());
        QCOMPARE(count(*m_tmp->db, u"SELECT count(*) FROM users"_s), 0);
    }

private:
    // Russian counts take three forms.
    void ivanHasPluralForms()
    {
        QCOMPARE(dialogue(u"ru"_s, "You have %n upcoming booking(s):", 1), u"У вас %1 предстоящая запись:"_s.arg(1));
        QCOMPARE(dialogue(u"ru"_s, "You have %n upcoming booking(s):", 3), u"У вас %1 предстоящие записи:"_s.arg(3));
        QCOMPARE(dialogue(u"ru"_s, "You have %n upcoming booking(s):", 12), u"У вас %1 предстоящих записей:"_s.arg(12));
    }
};

QTEST_GUILESS_MAIN(TestDialogues)
#include "tst_dialogues.moc"
