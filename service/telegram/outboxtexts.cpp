#include "outboxtexts.h"

#include "telegram/callbackdata.h"
#include "telegram/formatting.h"
#include "telegram/replies.h"
#include "translations.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

// Every template's parameters are written by the domain (BookingService's bookingMessage()):
// booking_id, code, queue_id, queue_name_ru, queue_name_en, timezone, starts_at (ISO, UTC); plus
// reason (slot_cancelled) and previous_code, previous_starts_at (booking_rescheduled). Rows queued
// before the names and time zone were added still render, in UTC and without the queue's name.

namespace {

QString outboxText(const QString &language, const char *source)
{
    return Translations::text(language, "Outbox", source);
}

QString bold(const QString &text)
{
    return u"<b>"_s + Formatting::html(text) + u"</b>"_s;
}

// The longest staff-written reason shown, so a message stays far below Telegram's limit.
constexpr int kMaxReasonLength = 500;

} // namespace

BotCall renderOutboxMessage(const OutboxRecord &message, const QString &language)
{
    const QString lang = Translations::languages().contains(language) ? language : Translations::languageFor(language);
    const QJsonObject &p = message.params;
    const qint64 bookingId = p.value(u"booking_id"_s).toInteger();
    const qint64 queueId = p.value(u"queue_id"_s).toInteger();
    const QString code = p.value(u"code"_s).toString();
    QString timezone = p.value(u"timezone"_s).toString();
    if (timezone.isEmpty())
        timezone = u"UTC"_s;
    const QDateTime startsAt = fromIsoUtc(p.value(u"starts_at"_s).toString());
    const QString queueName =
        Formatting::queueName(lang, p.value(u"queue_name_ru"_s).toString(), p.value(u"queue_name_en"_s).toString());
    const QString appointment =
        startsAt.isValid() ? Formatting::appointment(lang, queueName, startsAt, {}, timezone) : QString();
    const QString codeLine = code.isEmpty()
        ? QString()
        : u"🎫 "_s + Formatting::text(lang, QT_TRANSLATE_NOOP("Dialogues", "Booking code: %1")).arg(bold(code));

    InlineKeyboard keyboard;
    const auto manageButtons = [&] {
        if (bookingId <= 0)
            return;
        keyboard.button(Formatting::text(lang, QT_TRANSLATE_NOOP("Dialogues", "✖ Cancel booking")),
                        CallbackData::askCancel(bookingId));
        keyboard.button(Formatting::text(lang, QT_TRANSLATE_NOOP("Dialogues", "🔁 Reschedule")),
                        CallbackData::reschedule(bookingId));
    };
    const auto rebookButton = [&] {
        if (queueId > 0) {
            keyboard.button(outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "📅 Choose another time")),
                            CallbackData::days(PickTarget::queue(queueId)));
        }
    };

    QStringList parts;
    const QString &name = message.templateName;
    if (name == u"booking_created"_s) {
        parts << u"📅 "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "The office has booked an appointment for you."))
              << appointment + u'\n' + codeLine;
        manageButtons();
    } else if (name == u"reminder"_s) {
        parts << u"⏰ "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Reminder: you have an appointment."))
              << appointment + u'\n' + codeLine;
        manageButtons();
    } else if (name == u"booking_rescheduled"_s) {
        parts << u"🔁 "_s
                + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "The office has moved your booking %1 to another time."))
                      .arg(bold(p.value(u"previous_code"_s).toString()))
              << appointment + u"\n🎫 "_s
                + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "New booking code: %1")).arg(bold(code));
        manageButtons();
    } else if (name == u"booking_cancelled"_s) {
        parts << u"❌ "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "The office has cancelled your booking %1.")).arg(bold(code))
              << appointment;
        rebookButton();
    } else if (name == u"slot_cancelled"_s) {
        parts << u"❌ "_s
                + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Sorry, the office has cancelled the time of your booking %1."))
                      .arg(bold(code))
              << appointment;
        const QString reason = p.value(u"reason"_s).toString().trimmed();
        if (!reason.isEmpty()) {
            parts << outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Reason: %1"))
                         .arg(Formatting::html(Formatting::clip(reason, kMaxReasonLength)));
        }
        rebookButton();
    } else {
        // A template this version does not know (e.g. queued by a newer one): a neutral note.
        parts << outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "You have a new message from the office about your booking."))
              << appointment + (codeLine.isEmpty() ? QString() : u'\n' + codeLine);
    }
    parts.removeIf([](const QString &part) { return part.trimmed().isEmpty(); });
    const QJsonObject markup = keyboard.isEmpty() ? QJsonObject() : keyboard.toJson();
    return Replies::sendMessage(message.chatId, Screen{parts.join(u"\n\n"_s), markup});
}
