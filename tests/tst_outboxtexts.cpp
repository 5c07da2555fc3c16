// The messages the outbox sends, rendered from the rows the domain queues: every template in RU
// and EN, the queue's local time, escaping, buttons that lead back into the dialogues.
#include "storage/outboxrepository.h"
#include "telegram/callbackdata.h"
#include "telegram/outboxtexts.h"
#include "bottexts.h"
#include "testsupport.h"
#include "translations.h"

#include <QJsonArray>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QStringList callbackData(const BotCall &call)
{
    QStringList data;
    for (const QJsonValue &row : call.params.value(u"reply_markup"_s).toObject().value(u"inline_keyboard"_s).toArray()) {
        for (const QJsonValue &button : row.toArray())
            data << button[u"callback_data"_s].toString();
    }
    return data;
}

} // namespace

class TestOutboxTexts : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start = QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);
    std::unique_ptr<TempDatabase> m_tmp;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BookingService> m_service;

    qint64 m_queue = 0;
    qint64 m_slot = 0;
    qint64 m_user = 0;

    OutboxRecord lastMessage()
    {
        const QList<OutboxRecord> messages = OutboxRepository(m_tmp->db->session()).forUser(m_user);
        return messages.isEmpty() ? OutboxRecord() : messages.constLast();
    }

    // What every rendered message must be.
    static void verifyWellFormed(const BotCall &call, qint64 chatId)
    {
        QCOMPARE(call.method, u"sendMessage"_s);
        QCOMPARE(call.params.value(u"chat_id"_s).toInteger(), chatId);
        QCOMPARE(call.params.value(u"parse_mode"_s).toString(), u"HTML"_s);
        const QString text = call.params.value(u"text"_s).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY(text.size() <= 4096);
        QXmlStreamReader xml(u"<m>"_s + text + u"</m>"_s);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(text));
        for (const QString &data : callbackData(call))
            QVERIFY2(data.toUtf8().size() <= 64 && CallbackData::parse(data), qPrintable(data));
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_clock = std::make_unique<ManualClock>(m_start);
        m_service = std::make_unique<BookingService>(*m_tmp->db, *m_clock);
        QueueRecord queue = sampleQueue();
        queue.timezone = u"Europe/Moscow"_s;
        queue.nameEn = u"Dean's office <main>"_s;
        m_queue = m_service->createQueue(queue, Actor::system()).value().id;
        const QDateTime start(QDate(2026, 12, 2), QTime(7, 0), Qt::UTC); // 10:00 in Moscow
        m_slot = m_service->createSlot(m_queue, start, start.addSecs(900), 2, Actor::staff(1)).value().id;
        m_user = addUser(*m_service, 4242);
    }
    void cleanup()
    {
        m_service.reset();
        m_tmp.reset();
    }

    void everyTemplateInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void everyTemplateInBothLanguages()
    {
        QFETCH(QString, language);
        const QString date = language == u"ru"_s ? u"среда, 2 декабря 2026"_s : u"Wednesday, December 2, 2026"_s;
        const QString queueName = language == u"ru"_s ? u"<b>Деканат</b>"_s : u"<b>Dean's office &lt;main&gt;</b>"_s;

        // Staff book for the person.
        const auto booking = m_service->book(m_user, m_slot, BookingSource::Console, Actor::staff(1));
        QVERIFY(booking.ok());
        BotCall call = renderOutboxMessage(lastMessage(), language);
        verifyWellFormed(call, 4242);
        QString text = call.params.value(u"text"_s).toString();
        QVERIFY2(text.contains(outbox(language, "The office has booked an appointment for you.")), qPrintable(text));
        QVERIFY(text.contains(queueName));
        QVERIFY(text.contains(date));
        QVERIFY(text.contains(u"10:00 (Europe/Moscow)"_s));
        QVERIFY(text.contains(dialogue(language, "Booking code: %1").arg(u"<b>A-001</b>"_s)));
        QCOMPARE(callbackData(call),
                 (QStringList{u"c:%1"_s.arg(booking.value().id), u"r:%1"_s.arg(booking.value().id)}));

        // Staff move it.
        const QDateTime later(QDate(2026, 12, 3), QTime(8, 30), Qt::UTC);
        const qint64 laterSlot = m_service->createSlot(m_queue, later, later.addSecs(900), 1, Actor::staff(1)).value().id;
        const auto moved = m_service->reschedule(booking.value().id, laterSlot, Actor::staff(1));
        QVERIFY(moved.ok());
        call = renderOutboxMessage(lastMessage(), language);
        verifyWellFormed(call, 4242);
        text = call.params.value(u"text"_s).toString();
        QVERIFY2(text.contains(outbox(language, "The office has moved your booking %1 to another time.").arg(u"<b>A-001</b>"_s)),
                 qPrintable(text));
        QVERIFY(text.contains(u"11:30 (Europe/Moscow)"_s));
        QVERIFY(text.contains(outbox(language, "New booking code: %1").arg(u"<b>"_s + moved.value().code + u"</b>"_s)));

        // Staff cancel the booking.
        QVERIFY(m_service->cancelBooking(moved.value().id, Actor::staff(1)).ok());
        call = renderOutboxMessage(lastMessage(), language);
        verifyWellFormed(call, 4242);
        text = call.params.value(u"text"_s).toString();
        QVERIFY(text.contains(outbox(language, "The office has cancelled your booking %1.")
                                  .arg(u"<b>"_s + moved.value().code + u"</b>"_s)));
        QCOMPARE(callbackData(call), QStringList{u"p:q%1"_s.arg(m_queue)});

        // Staff cancel a whole slot, with a reason that needs escaping.
        QVERIFY(m_service->book(m_user, m_slot, BookingSource::Telegram, Actor::user(m_user)).ok());
        QVERIFY(m_service->cancelSlot(m_slot, u"Flood <in> the hall & stairs"_s, Actor::staff(1)).ok());
        call = renderOutboxMessage(lastMessage(), language);
        verifyWellFormed(call, 4242);
        text = call.params.value(u"text"_s).toString();
        QVERIFY2(text.contains(outbox(language, "Sorry, the office has cancelled the time of your booking %1.")
                                   .arg(u"<b>A-002</b>"_s)),
                 qPrintable(text));
        QVERIFY(text.contains(outbox(language, "Reason: %1").arg(u"Flood &lt;in&gt; the hall &amp; stairs"_s)));
        QCOMPARE(callbackData(call), QStringList{u"p:q%1"_s.arg(m_queue)});
        if (language == u"ru"_s)
            QVERIFY2(text.contains(u"Причина: "_s), qPrintable(text));
    }

    void reminderAndUnknownTemplates()
    {
        OutboxRecord reminder;
        reminder.chatId = 77;
        reminder.templateName = u"reminder"_s;
        reminder.params = {{u"booking_id"_s, 5}, {u"code"_s, u"A-007"_s}, {u"queue_id"_s, m_queue},
                           {u"queue_name_ru"_s, u"Деканат"_s}, {u"queue_name_en"_s, u"Dean's office"_s},
                           {u"timezone"_s, u"Asia/Vladivostok"_s}, {u"starts_at"_s, u"2026-12-02T23:30:00Z"_s}};
        BotCall call = renderOutboxMessage(reminder, u"ru"_s);
        verifyWellFormed(call, 77);
        QString text = call.params.value(u"text"_s).toString();
        QVERIFY2(text.startsWith(u"⏰ Напоминание: у вас запись на приём."_s), qPrintable(text));
        QVERIFY(text.contains(u"четверг, 3 декабря 2026"_s)); // 09:30 next day in Vladivostok
        QVERIFY(text.contains(u"09:30 (Asia/Vladivostok)"_s));
        QCOMPARE(callbackData(call), (QStringList{u"c:5"_s, u"r:5"_s}));

        // A row written before queue names and time zones were added: UTC, no name, still readable.
        OutboxRecord legacy;
        legacy.chatId = 77;
        legacy.templateName = u"booking_cancelled"_s;
        legacy.params = {{u"booking_id"_s, 5}, {u"code"_s, u"A-007"_s}, {u"queue_id"_s, m_queue},
                         {u"starts_at"_s, u"2026-12-02T07:00:00Z"_s}};
        call = renderOutboxMessage(legacy, u"en"_s);
        verifyWellFormed(call, 77);
        QVERIFY(call.params.value(u"text"_s).toString().contains(u"07:00 (UTC)"_s));

        OutboxRecord unknown;
        unknown.chatId = 77;
        unknown.templateName = u"from_the_future"_s;
        unknown.params = {{u"secret"_s, u"<not shown>"_s}};
        call = renderOutboxMessage(unknown, u"en"_s);
        verifyWellFormed(call, 77);
        QCOMPARE(call.params.value(u"text"_s).toString(),
                 outbox(u"en"_s, "You have a new message from the office about your booking."));
        // A language we do not have falls back to English.
        QCOMPARE(renderOutboxMessage(unknown, u"de"_s).params.value(u"text"_s).toString(),
                 u"You have a new message from the office about your booking."_s);
    }

    void longReasonsAreCut()
    {
        QVERIFY(m_service->book(m_user, m_slot, BookingSource::Telegram, Actor::user(m_user)).ok());
        QVERIFY(m_service->cancelSlot(m_slot, QString(5000, u'&'), Actor::staff(1)).ok());
        const BotCall call = renderOutboxMessage(lastMessage(), u"en"_s);
        verifyWellFormed(call, 4242);
        QVERIFY(call.params.value(u"text"_s).toString().size() < 4096);
    }
};

QTEST_GUILESS_MAIN(TestOutboxTexts)
#include "tst_outboxtexts.moc"
