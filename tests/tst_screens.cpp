// The bot's screens on their own, with no database: which buttons with which callback data, paging,
// plural forms, HTML escaping of people's text and Telegram's message length, in RU and EN.
#include "telegram/formatting.h"
#include "telegram/screens/bookinglistscreens.h"
#include "telegram/screens/bookingscreens.h"
#include "telegram/screens/menuscreens.h"
#include "telegram/screens/phonescreens.h"
#include "telegram/screens/screenparts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Button
{
    QString text;
    QString data;
    bool operator==(const Button &other) const { return text == other.text && data == other.data; }
};

// The inline keyboard row by row.
QList<QList<Button>> rowsOf(const Screen &screen)
{
    QList<QList<Button>> rows;
    for (const QJsonValue &row : screen.markup.value(u"inline_keyboard"_s).toArray()) {
        QList<Button> buttons;
        for (const QJsonValue &button : row.toArray())
            buttons.append({button[u"text"_s].toString(), button[u"callback_data"_s].toString()});
        rows.append(buttons);
    }
    return rows;
}

QList<Button> buttonsOf(const Screen &screen)
{
    QList<Button> buttons;
    for (const QList<Button> &row : rowsOf(screen))
        buttons += row;
    return buttons;
}

QStringList dataOf(const Screen &screen)
{
    QStringList data;
    for (const Button &button : buttonsOf(screen))
        data.append(button.data);
    return data;
}

// Our tags are closed and people's text cannot open any.
bool isWellFormed(const QString &html)
{
    QXmlStreamReader xml(u"<m>"_s + html + u"</m>"_s);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

QueueRecord deanery(qint64 id = 7)
{
    QueueRecord queue;
    queue.id = id;
    queue.nameRu = u"Деканат"_s;
    queue.nameEn = u"Dean's office"_s;
    queue.timezone = u"Europe/Moscow"_s;
    queue.horizonDays = 14;
    return queue;
}

QList<QueueRecord> queuesNumbered(int count)
{
    QList<QueueRecord> queues;
    for (int i = 1; i <= count; ++i) {
        QueueRecord queue = deanery(i);
        queue.nameEn = u"Queue %1"_s.arg(i);
        queues.append(queue);
    }
    return queues;
}

// A slot of `queue` starting at `localTime` (Moscow, UTC+3) on `day`.
SlotRecord slotAt(qint64 id, const QueueRecord &queue, const QDate &day, QTime localTime)
{
    SlotRecord slot;
    slot.id = id;
    slot.queueId = queue.id;
    slot.startsAt = QDateTime(day, localTime, QTimeZone("Europe/Moscow")).toUTC();
    slot.endsAt = slot.startsAt.addSecs(15 * 60);
    slot.capacity = 3;
    return slot;
}

BookingView bookingAt(qint64 id, const QString &code, const QueueRecord &queue, const SlotRecord &slot)
{
    BookingRecord booking;
    booking.id = id;
    booking.queueId = queue.id;
    booking.slotId = slot.id;
    booking.code = code;
    return {booking, slot, queue};
}

// Wednesday, 2 December 2026.
const QDate kWednesday(2026, 12, 2);

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private slots:
    void menuHasItsFiveButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("question");
        QTest::newRow("ru") << u"ru"_s
                            << QStringList{u"📅 Записаться на приём"_s, u"🎟 Взять талон (живая очередь)"_s,
                                           u"📋 Мои записи"_s, u"🌐 Язык"_s, u"❓ Помощь"_s}
                            << u"Что вы хотите сделать?"_s;
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"📅 Book an appointment"_s, u"🎟 Take a ticket (live queue)"_s,
                                           u"📋 My bookings"_s, u"🌐 Language"_s, u"❓ Help"_s}
                            << u"What would you like to do?"_s;
    }
    void menuHasItsFiveButtons()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        QFETCH(QString, question);
        const Screen menu = Screens::menu(language, u"Lead"_s);
        QCOMPARE(menu.text, u"Lead\n\n"_s + question);
        QCOMPARE(Screens::menu(language).text, question);
        const QList<QList<Button>> rows = rowsOf(menu);
        QCOMPARE(rows.size(), 4); // book / ticket / my bookings / language and help side by side
        QCOMPARE(rows[0], (QList<Button>{{labels[0], u"q"_s}}));
        QCOMPARE(rows[1], (QList<Button>{{labels[1], u"z"_s}}));
        QCOMPARE(rows[2], (QList<Button>{{labels[2], u"l"_s}}));
        QCOMPARE(rows[3], (QList<Button>{{labels[3], u"g"_s}, {labels[4], u"h"_s}}));
    }

    void languagesAreNamedInTheirOwnLanguage()
    {
        const Screen screen = Screens::languages(u"en"_s);
        QCOMPARE(screen.text, u"Choose your language:"_s);
        QCOMPARE(rowsOf(screen), (QList<QList<Button>>{{{u"🇷🇺 Русский"_s, u"g:ru"_s}, {u"🇬🇧 English"_s, u"g:en"_s}},
                                                    {{u"☰ Menu"_s, u"m"_s}}}));
        QCOMPARE(buttonsOf(Screens::languages(u"ru"_s)).constLast(), (Button{u"☰ Меню"_s, u"m"_s}));
    }

    void commandsInBothLanguages()
    {
        for (const QString &language : {u"ru"_s, u"en"_s}) {
            const QJsonArray commands = Screens::commands(language);
            QStringList names;
            for (const QJsonValue &command : commands)
                names.append(command[u"command"_s].toString());
            QCOMPARE(names, (QStringList{u"start"_s, u"book"_s, u"bookings"_s, u"ticket"_s, u"language"_s, u"cancel"_s,
                                         u"help"_s}));
        }
        QCOMPARE(Screens::commands(u"ru"_s)[1][u"description"_s].toString(), u"Записаться на приём"_s);
        QCOMPARE(Screens::commands(u"en"_s)[1][u"description"_s].toString(), u"Book an appointment"_s);
    }

    void greetingEscapesTheName()
    {
        const QString name = u"<i>Bob</i> & Co"_s;
        QCOMPARE(Screens::greeting(u"en"_s, name),
                 u"Hello, <b>&lt;i&gt;Bob&lt;/i&gt; &amp; Co</b>! I can book you an appointment and remind you of it."_s);
        QCOMPARE(Screens::greeting(u"ru"_s, name),
                 u"Здравствуйте, <b>&lt;i&gt;Bob&lt;/i&gt; &amp; Co</b>! Я помогу записаться на приём и напомню о нём."_s);
    }

    // Paging buttons appear exactly when there is more than one page; a stale page is kept in range.
    void queuesArePaged_data()
    {
        QTest::addColumn<int>("queues");
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("data");
        QTest::addColumn<QString>("pageLine");
        QTest::newRow("one page") << 8 << 0
                                  << QStringList{u"p:q1"_s, u"p:q2"_s, u"p:q3"_s, u"p:q4"_s, u"p:q5"_s, u"p:q6"_s,
                                                 u"p:q7"_s, u"p:q8"_s, u"m"_s}
                                  << QString();
        QTest::newRow("first of two") << 9 << 0
                                      << QStringList{u"p:q1"_s, u"p:q2"_s, u"p:q3"_s, u"p:q4"_s, u"p:q5"_s,
                                                     u"p:q6"_s, u"p:q7"_s, u"p:q8"_s, u"q:1"_s, u"m"_s}
                                      << u"Page 1 of 2"_s;
        QTest::newRow("last of two") << 9 << 1 << QStringList{u"p:q9"_s, u"q"_s, u"m"_s} << u"Page 2 of 2"_s;
        QTest::newRow("middle of three") << 17 << 1
                                         << QStringList{u"p:q9"_s, u"p:q10"_s, u"p:q11"_s, u"p:q12"_s, u"p:q13"_s,
                                                        u"p:q14"_s, u"p:q15"_s, u"p:q16"_s, u"q"_s, u"q:2"_s, u"m"_s}
                                         << u"Page 2 of 3"_s;
        QTest::newRow("stale page") << 9 << 7 << QStringList{u"p:q9"_s, u"q"_s, u"m"_s} << u"Page 2 of 2"_s;
    }
    void queuesArePaged()
    {
        QFETCH(int, queues);
        QFETCH(int, page);
        QFETCH(QStringList, data);
        QFETCH(QString, pageLine);
        const Screen screen = Screens::queues(u"en"_s, queuesNumbered(queues), page);
        QCOMPARE(dataOf(screen), data);
        const QString question = u"Where would you like to book?"_s;
        QCOMPARE(screen.text, pageLine.isEmpty() ? question : question + u'\n' + pageLine);
        const QList<Button> buttons = buttonsOf(screen);
        const bool hasPrevious = std::any_of(buttons.begin(), buttons.end(),
                                             [](const Button &b) { return b.text == u"◀ Previous"_s; });
        const bool hasNext = std::any_of(buttons.begin(), buttons.end(),
                                         [](const Button &b) { return b.text == u"Next ▶"_s; });
        QCOMPARE(hasPrevious, data.contains(u"q"_s));
        QCOMPARE(hasNext, std::any_of(data.begin(), data.end(), [](const QString &d) { return d.startsWith(u"q:"_s); }));
    }

    void pagingInRussian()
    {
        const Screen screen = Screens::queues(u"ru"_s, queuesNumbered(17), 1);
        QVERIFY2(screen.text.endsWith(u"\nСтраница 2 из 3"_s), qPrintable(screen.text));
        const QList<QList<Button>> rows = rowsOf(screen);
        QCOMPARE(rows.at(rows.size() - 2), (QList<Button>{{u"◀ Предыдущая"_s, u"q"_s}, {u"Следующая ▶"_s, u"q:2"_s}}));
        QCOMPARE(rows.constLast(), (QList<Button>{{u"☰ Меню"_s, u"m"_s}}));
    }

    void daysOfANewBooking()
    {
        const QueueRecord queue = deanery();
        QList<FreeDay> days;
        for (int i = 0; i < 9; ++i)
            days.append({kWednesday.addDays(i), i + 1, 1});
        const Screens::Pick pick{PickTarget::queue(7), queue, std::nullopt};

        const Screen first = Screens::days(u"en"_s, pick, days, 0, false, u"Hello"_s);
        QCOMPARE(first.text,
                 u"Hello\n\n<b>Dean's office</b>\n\nChoose a date (free seats in brackets):\nPage 1 of 2"_s);
        const QList<QList<Button>> rows = rowsOf(first);
        QCOMPARE(rows[0], (QList<Button>{{u"Wed, Dec 2 (1)"_s, u"d:q7:20261202"_s}, {u"Thu, Dec 3 (2)"_s, u"d:q7:20261203"_s}}));
        QCOMPARE(rows.size(), 6); // four rows of two days, Next, Menu: no way back from the only queue
        QCOMPARE(rows[4], (QList<Button>{{u"Next ▶"_s, u"p:q7:1"_s}}));
        QCOMPARE(rows[5], (QList<Button>{{u"☰ Menu"_s, u"m"_s}}));

        // With several queues the way back leads to them; the second page goes back to the first.
        const Screen second = Screens::days(u"ru"_s, pick, days, 1, true);
        QCOMPARE(rowsOf(second), (QList<QList<Button>>{{{u"чт, 10 дек. (9)"_s, u"d:q7:20261210"_s}},
                                                       {{u"◀ Предыдущая"_s, u"p:q7"_s}},
                                                       {{u"↩ Назад"_s, u"q"_s}, {u"☰ Меню"_s, u"m"_s}}}));
        QVERIFY2(second.text.endsWith(u"\nСтраница 2 из 2"_s), qPrintable(second.text));
    }

    void daysOfAMove()
    {
        const QueueRecord queue = deanery();
        const BookingView moving = bookingAt(5, u"A-001"_s, queue, slotAt(40, queue, kWednesday, QTime(10, 0)));
        const Screens::Pick pick{PickTarget::booking(5), queue, moving};
        const Screen screen = Screens::days(u"en"_s, pick, {{kWednesday.addDays(1), 2, 2}}, 0, true);
        QCOMPARE(screen.text, u"Moving booking <b>A-001</b> (Wed, Dec 2, 10:00).\n<b>Dean's office</b>\n\n"
                              "Choose a date (free seats in brackets):"_s);
        // Back to the bookings, whatever the number of queues.
        QCOMPARE(dataOf(screen), (QStringList{u"d:b5:20261203"_s, u"l"_s, u"m"_s}));
    }

    void noFreeDaysWithPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("ru 1") << u"ru"_s << 1 << u"К сожалению, в ближайший 1 день нет свободного времени."_s;
        QTest::newRow("ru 3") << u"ru"_s << 3 << u"К сожалению, в ближайшие 3 дня нет свободного времени."_s;
        QTest::newRow("ru 5") << u"ru"_s << 5 << u"К сожалению, в ближайшие 5 дней нет свободного времени."_s;
        QTest::newRow("ru 11") << u"ru"_s << 11 << u"К сожалению, в ближайшие 11 дней нет свободного времени."_s;
        QTest::newRow("ru 21") << u"ru"_s << 21 << u"К сожалению, в ближайший 21 день нет свободного времени."_s;
        QTest::newRow("ru 14") << u"ru"_s << 14 << u"К сожалению, в ближайшие 14 дней нет свободного времени."_s;
        QTest::newRow("en 1") << u"en"_s << 1 << u"Sorry, there are no free times in the next 1 day."_s;
        QTest::newRow("en 14") << u"en"_s << 14 << u"Sorry, there are no free times in the next 14 days."_s;
    }
    void noFreeDaysWithPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, horizon);
        QFETCH(QString, sentence);
        QueueRecord queue = deanery();
        queue.horizonDays = horizon;
        const Screen screen = Screens::days(language, {PickTarget::queue(7), queue, std::nullopt}, {}, 0, false);
        const QString name = language == u"ru"_s ? u"Деканат"_s : u"Dean's office"_s;
        QCOMPARE(screen.text, u"<b>"_s + name + u"</b>\n\n"_s + sentence);
        QCOMPARE(dataOf(screen), QStringList{u"m"_s}); // nothing to choose, no paging
    }

    void timesInRowsOfThree()
    {
        const QueueRecord queue = deanery();
        QList<SlotRecord> times;
        for (int i = 0; i < 13; ++i)
            times.append(slotAt(100 + i, queue, kWednesday, QTime(9, 0).addSecs(i * 15 * 60)));
        const Screens::Pick pick{PickTarget::queue(7), queue, std::nullopt};

        const Screen first = Screens::times(u"en"_s, pick, kWednesday, times, 0);
        QCOMPARE(first.text, u"<b>Dean's office</b>\n📅 Wednesday, December 2, 2026 (Europe/Moscow)\n\n"
                             "Choose a time:\nPage 1 of 2"_s);
        const QList<QList<Button>> rows = rowsOf(first);
        QCOMPARE(rows.size(), 6); // four rows of three, Next, Back and Menu
        QCOMPARE(rows[0], (QList<Button>{{u"09:00"_s, u"s:q7:100"_s}, {u"09:15"_s, u"s:q7:101"_s}, {u"09:30"_s, u"s:q7:102"_s}}));
        QCOMPARE(rows[3].constLast(), (Button{u"11:45"_s, u"s:q7:111"_s}));
        QCOMPARE(rows[4], (QList<Button>{{u"Next ▶"_s, u"d:q7:20261202:1"_s}}));
        QCOMPARE(rows[5], (QList<Button>{{u"↩ Back"_s, u"p:q7"_s}, {u"☰ Menu"_s, u"m"_s}}));

        const Screen second = Screens::times(u"ru"_s, pick, kWednesday, times, 1, u"Это время уже занято."_s);
        QVERIFY2(second.text.startsWith(u"Это время уже занято.\n\n<b>Деканат</b>\n📅 среда, 2 декабря 2026"_s),
                 qPrintable(second.text));
        QCOMPARE(dataOf(second), (QStringList{u"s:q7:112"_s, u"d:q7:20261202"_s, u"p:q7"_s, u"m"_s}));
    }

    void reviewOfANewBookingAndOfAMove()
    {
        const QueueRecord queue = deanery();
        const SlotRecord thursday = slotAt(41, queue, kWednesday.addDays(1), QTime(11, 30));

        const Screen booking = Screens::review(u"en"_s, {PickTarget::queue(7), queue, std::nullopt}, thursday);
        QCOMPARE(booking.text, u"Please check your booking:\n\n<b>Dean's office</b>\n📅 Thursday, December 3, 2026\n"
                               "🕒 11:30–11:45 (Europe/Moscow)\n\nIs everything correct?"_s);
        QCOMPARE(rowsOf(booking), (QList<QList<Button>>{{{u"✅ Confirm"_s, u"k:q7:41"_s}, {u"↩ Back"_s, u"d:q7:20261203"_s}}}));

        const BookingView moving = bookingAt(5, u"A-001"_s, queue, slotAt(40, queue, kWednesday, QTime(10, 0)));
        const Screen move = Screens::review(u"ru"_s, {PickTarget::booking(5), queue, moving}, thursday);
        QVERIFY2(move.text.startsWith(u"Перенести запись <b>A-001</b>?\n\nБыло: ср, 2 дек., 10:00\nСтанет: чт, 3 дек., 11:30\n\n"
                                      "<b>Деканат</b>"_s),
                 qPrintable(move.text));
        QCOMPARE(dataOf(move), (QStringList{u"k:b5:41"_s, u"d:b5:20261203"_s}));
    }

    void bookedShowsTheCodeAndWhatCanBeDone()
    {
        const QueueRecord queue = deanery();
        const BookingView view = bookingAt(12, u"A-<7>"_s, queue, slotAt(40, queue, kWednesday, QTime(10, 0)));
        const Screen screen = Screens::booked(u"en"_s, view, u"✅ You are booked."_s);
        QCOMPARE(screen.text, u"✅ You are booked.\n\n<b>Dean's office</b>\n📅 Wednesday, December 2, 2026\n"
                              "🕒 10:00–10:15 (Europe/Moscow)\n🎫 Booking code: <b>A-&lt;7&gt;</b>\n\n"
                              "Please show this code at the office."_s);
        QCOMPARE(rowsOf(screen), (QList<QList<Button>>{{{u"✖ Cancel booking"_s, u"c:12"_s}, {u"🔁 Reschedule"_s, u"r:12"_s}},
                                                       {{u"☰ Menu"_s, u"m"_s}}}));
    }

    void queueNamesAreEscapedInTextsNotInButtons()
    {
        QueueRecord queue = deanery();
        queue.nameEn = u"R&D <b>lab</b>"_s;
        const Screens::Pick pick{PickTarget::queue(7), queue, std::nullopt};
        const Screen days = Screens::days(u"en"_s, pick, {{kWednesday, 1, 1}}, 0, false);
        QVERIFY2(days.text.startsWith(u"<b>R&amp;D &lt;b&gt;lab&lt;/b&gt;</b>\n\n"_s), qPrintable(days.text));
        QVERIFY(isWellFormed(days.text));
        // Button labels are never parsed as HTML: the name stays as written.
        const Screen queues = Screens::queues(u"en"_s, {queue, deanery(8)}, 0);
        QCOMPARE(buttonsOf(queues).constFirst(), (Button{u"R&D <b>lab</b>"_s, u"p:q7"_s}));

        const BookingView view = bookingAt(3, u"A-001"_s, queue, slotAt(40, queue, kWednesday, QTime(10, 0)));
        const Screen list = Screens::bookings(u"en"_s, QList<BookingView>{view}, 0);
        QCOMPARE(list.text, u"You have 1 upcoming booking:\n\n🎫 <b>A-001</b> · Wed, Dec 2, 10:00 (Europe/Moscow)\n"
                            "R&amp;D &lt;b&gt;lab&lt;/b&gt;"_s);
        const Screen ask = Screens::askCancel(u"en"_s, view);
        QVERIFY2(ask.text.contains(u"<b>R&amp;D &lt;b&gt;lab&lt;/b&gt;</b>"_s), qPrintable(ask.text));
        QVERIFY(isWellFormed(ask.text));
    }

    void noBookingsOffersToBook()
    {
        const Screen screen = Screens::bookings(u"ru"_s, {}, 0, u"Запись отменена."_s);
        QCOMPARE(screen.text, u"Запись отменена.\n\nУ вас нет предстоящих записей."_s);
        QCOMPARE(rowsOf(screen), (QList<QList<Button>>{{{u"📅 Записаться на приём"_s, u"q"_s}}, {{u"☰ Меню"_s, u"m"_s}}}));
    }

    void bookingsArePagedWithPluralHeads()
    {
        const QueueRecord queue = deanery();
        QList<BookingView> bookings;
        for (int i = 1; i <= 7; ++i)
            bookings.append(bookingAt(i, u"A-00%1"_s.arg(i), queue, slotAt(i, queue, kWednesday, QTime(9 + i, 0))));
        const Screen first = Screens::bookings(u"ru"_s, bookings, 0);
        QVERIFY2(first.text.startsWith(u"У вас 7 предстоящих записей:\n\n🎫 <b>A-001</b> · ср, 2 дек., 10:00 (Europe/Moscow)\n"
                                       "Деканат\n"_s),
                 qPrintable(first.text));
        QVERIFY2(first.text.endsWith(u"\n\nСтраница 1 из 2"_s), qPrintable(first.text));
        QCOMPARE(dataOf(first), (QStringList{u"c:1"_s, u"r:1"_s, u"c:2"_s, u"r:2"_s, u"c:3"_s, u"r:3"_s, u"c:4"_s,
                                             u"r:4"_s, u"c:5"_s, u"r:5"_s, u"l:1"_s, u"m"_s}));
        QCOMPARE(buttonsOf(first).constFirst().text, u"✖ Отменить A-001"_s);
        QCOMPARE(buttonsOf(first).at(1).text, u"🔁 Перенести A-001"_s);

        const Screen second = Screens::bookings(u"en"_s, bookings, 1);
        QVERIFY(second.text.startsWith(u"You have 7 upcoming bookings:\n\n🎫 <b>A-006</b>"_s));
        QCOMPARE(dataOf(second), (QStringList{u"c:6"_s, u"r:6"_s, u"c:7"_s, u"r:7"_s, u"l"_s, u"m"_s}));
        QCOMPARE(Screens::bookings(u"ru"_s, bookings.mid(0, 2), 0).text.section(u'\n', 0, 0), u"У вас 2 предстоящие записи:"_s);
        QCOMPARE(Screens::bookings(u"ru"_s, bookings.mid(0, 1), 0).text.section(u'\n', 0, 0), u"У вас 1 предстоящая запись:"_s);
    }

    // Long queue names make a page longer than Telegram's 4096 characters: the list is cut at an
    // entry, says how many were left out and keeps the page line.
    void bookingListIsCutToTelegramsLimit()
    {
        QueueRecord queue = deanery();
        queue.nameRu = u"Приёмная "_s + QString(300, u'&'); // 1500 characters once escaped
        QList<BookingView> bookings;
        for (int i = 1; i <= 7; ++i)
            bookings.append(bookingAt(i, u"A-00%1"_s.arg(i), queue, slotAt(i, queue, kWednesday, QTime(9 + i, 0))));
        const Screen screen = Screens::bookings(u"ru"_s, bookings, 0);
        QVERIFY2(screen.text.size() <= Formatting::kMaxMessageLength, qPrintable(QString::number(screen.text.size())));
        QVERIFY(screen.text.size() > 3000);
        QVERIFY(screen.text.contains(u"<b>A-001</b>"_s));
        QVERIFY(screen.text.contains(u"<b>A-002</b>"_s));
        QVERIFY(!screen.text.contains(u"A-003"_s));
        QVERIFY2(screen.text.endsWith(u"\n…и ещё 3\n\nСтраница 1 из 2"_s), qPrintable(screen.text.right(60)));
        QVERIFY(isWellFormed(screen.text));
        // Every booking of the page can still be cancelled or moved.
        QCOMPARE(dataOf(screen).size(), 5 * 2 + 2);
    }

    void cancellingAsksFirstAndThenOffersAnotherTime()
    {
        const QueueRecord queue = deanery();
        const BookingView view = bookingAt(9, u"A-009"_s, queue, slotAt(40, queue, kWednesday, QTime(10, 0)));
        const Screen ask = Screens::askCancel(u"en"_s, view);
        QVERIFY2(ask.text.startsWith(u"Cancel booking <b>A-009</b>?\n\n<b>Dean's office</b>\n"_s), qPrintable(ask.text));
        QCOMPARE(rowsOf(ask), (QList<QList<Button>>{{{u"Yes, cancel it"_s, u"x:9"_s}, {u"No, keep it"_s, u"l"_s}}}));

        const Screen done = Screens::cancelled(u"ru"_s, view.booking, view);
        QVERIFY2(done.text.startsWith(u"Ваша запись <b>A-009</b> отменена.\n\n<b>Деканат</b>\n📅 среда, 2 декабря 2026"_s),
                 qPrintable(done.text));
        QCOMPARE(dataOf(done), (QStringList{u"p:q7"_s, u"l"_s, u"m"_s}));
        // Without the booking as it was, only the code.
        QCOMPARE(Screens::cancelled(u"en"_s, view.booking, std::nullopt).text, u"Your booking <b>A-009</b> has been cancelled."_s);
    }

    void phoneRequestUsesAReplyKeyboard()
    {
        QueueRecord queue = deanery();
        queue.nameRu = u"<Деканат>"_s;
        const Screen screen = Screens::askPhone(u"ru"_s, queue, u"Здравствуйте!"_s);
        QCOMPARE(screen.text, u"Здравствуйте!\n\nДля записи в «<b>&lt;Деканат&gt;</b>» нужен ваш номер телефона. "
                              "Пожалуйста, нажмите кнопку ниже."_s);
        const QJsonArray rows = screen.markup.value(u"keyboard"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][0][u"text"_s].toString(), u"📱 Отправить мой номер телефона"_s);
        QCOMPARE(rows[0][0][u"request_contact"_s].toBool(), true);
        QCOMPARE(rows[1][0][u"text"_s].toString(), u"Отмена"_s);
        QVERIFY(!screen.markup.contains(u"inline_keyboard"_s));

        const Screen saved = Screens::phoneSaved(u"en"_s);
        QCOMPARE(saved.text, u"Thank you! Your phone number is saved."_s);
        QCOMPARE(saved.markup, (QJsonObject{{u"remove_keyboard"_s, true}}));
    }

    // The reply keyboard's "Cancel" comes back as text in whichever language it was shown.
    void cancelLabelInEitherLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isCancel");
        QTest::newRow("ru") << u"Отмена"_s << true;
        QTest::newRow("en") << u"Cancel"_s << true;
        QTest::newRow("lower case") << u"cancel"_s << false;
        QTest::newRow("other text") << u"Отменить"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void cancelLabelInEitherLanguage()
    {
        QFETCH(QString, text);
        QFETCH(bool, isCancel);
        QCOMPARE(Screens::isCancelLabel(text), isCancel);
    }
};

QTEST_GUILESS_MAIN(TestScreens)
#include "tst_screens.moc"
