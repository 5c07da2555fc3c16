#include "outboxtexts.h"

#include "telegram/callbackdata.h"
#include "telegram/formatting.h"
#include "telegram/replies.h"
#include "telegram/screens/livescreens.h"
#include "translations.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

// Every template's parameters are written by the domain (domain/notifications.h): queue_id,
// queue_name_ru, queue_name_en, timezone; for a booking booking_id, code, starts_at (ISO, UTC);
// plus reason (slot_cancelled), previous_code, previous_starts_at (booking_rescheduled), confirm
// and confirm_by (reminder), entry_id, day, hold_until (waitlist_*), ticket_id, status, kind,
// ahead, eta_minutes, counter, why (live_*), text (broadcast). Rows queued before the names and
// time zone were added still render, in UTC and without the queue's name.

namespace {

QString outboxText(const QString &language, const char *source, int n = -1)
{
    return Translations::text(language, "Outbox", source, n);
}

QString bold(const QString &text)
{
    return u"<b>"_s + Formatting::html(text) + u"</b>"_s;
}

// The longest staff-written reason shown, so a message stays far below Telegram's limit.
constexpr int kMaxReasonLength = 500;
// A broadcast is at most this long already (OutboxService::kMaxBroadcastLength).
constexpr int kMaxBroadcastLength = 2000;

// The row as a Bot API call: a new message, or an edit of the message its edit key made before.
BotCall render(const OutboxRecord &message, const Screen &screen)
{
    if (message.editMessageId > 0)
        return Replies::editMessage(message.chatId, message.editMessageId, screen);
    return Replies::sendMessage(message.chatId, screen);
}

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
        const QDateTime confirmBy = fromIsoUtc(p.value(u"confirm_by"_s).toString());
        if (p.value(u"confirm"_s).toBool() && bookingId > 0) {
            // Unconfirmed seats go to someone else at the cut-off: say when, and make it one tap.
            if (confirmBy.isValid()) {
                parts << outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Please confirm that you will come by %1, or the seat will be given to someone else."))
                             .arg(bold(Formatting::shortDate(Formatting::localDate(confirmBy, timezone), lang) + u", "_s
                                       + Formatting::time(confirmBy, timezone)));
            }
            keyboard.button(outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "✅ I will come")), CallbackData::confirmBooking(bookingId));
            keyboard.button(Formatting::text(lang, QT_TRANSLATE_NOOP("Dialogues", "✖ Cancel booking")),
                            CallbackData::askCancel(bookingId));
        } else {
            manageButtons();
        }
    } else if (name == u"booking_released"_s) {
        parts << u"⌛ "_s
                + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Your booking %1 was not confirmed in time, so the seat has been given to someone else."))
                      .arg(bold(code))
              << appointment;
        rebookButton();
    } else if (name == u"waitlist_offer"_s) {
        const QDateTime holdUntil = fromIsoUtc(p.value(u"hold_until"_s).toString());
        parts << u"🔔 "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "A seat has freed up for you!")) << appointment;
        if (holdUntil.isValid()) {
            parts << outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "It is held for you until %1. Take it, or pass it on to the next person."))
                         .arg(bold(Formatting::time(holdUntil, timezone)));
        }
        const qint64 entryId = p.value(u"entry_id"_s).toInteger();
        keyboard.button(outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "✅ Take it")), CallbackData::acceptOffer(entryId));
        keyboard.button(outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "✖ No, thanks")), CallbackData::declineOffer(entryId));
    } else if (name == u"waitlist_expired"_s) {
        const QDate day = QDate::fromString(p.value(u"day"_s).toString(), Qt::ISODate);
        parts << u"⌛ "_s
                + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "The seat held for you has gone to the next person, as there was no answer in time. You are no longer on the waiting list for %1."))
                      .arg(bold(Formatting::longDate(day, lang)));
        if (queueId > 0 && day.isValid()) {
            keyboard.button(Formatting::text(lang, QT_TRANSLATE_NOOP("Dialogues", "🔔 Wait again")),
                            CallbackData::joinWaitlist(queueId, day));
        }
        rebookButton();
    } else if (name == u"live_status"_s) {
        // The ticket's own message, edited in place as the line moves.
        Screens::TicketView ticket;
        ticket.ticketId = p.value(u"ticket_id"_s).toInteger();
        ticket.code = code;
        ticket.queueName = queueName;
        ticket.kind = enumFromString<TicketKind>(p.value(u"kind"_s).toString()).value_or(TicketKind::Booking);
        ticket.status = enumFromString<TicketStatus>(p.value(u"status"_s).toString()).value_or(TicketStatus::Waiting);
        ticket.ahead = p.value(u"ahead"_s).toInt(-1);
        ticket.etaMinutes = p.value(u"eta_minutes"_s).toInt();
        ticket.counter = p.value(u"counter"_s).toInt();
        return render(message, Screens::ticketStatus(lang, ticket));
    } else if (name == u"live_soon"_s) {
        parts << u"⏳ "_s
                + outboxText(lang, QT_TRANSLATE_N_NOOP("Outbox", "Ticket %1: only %n person(s) ahead of you. Please be close to the office."),
                             p.value(u"ahead"_s).toInt())
                      .arg(bold(code));
    } else if (name == u"live_called"_s) {
        const QString counter = bold(QString::number(p.value(u"counter"_s).toInt()));
        const QString why = p.value(u"why"_s).toString();
        if (why == u"transfer"_s) {
            parts << u"➡️ "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Ticket %1: please go to counter %2 instead.")).arg(bold(code), counter);
        } else if (why == u"recall"_s) {
            parts << u"📢 "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Ticket %1: we are waiting for you at counter %2!")).arg(bold(code), counter);
        } else {
            parts << u"📢 "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "Your turn! Ticket %1: please go to counter %2.")).arg(bold(code), counter);
        }
        if (!queueName.isEmpty())
            parts << Formatting::html(queueName);
    } else if (name == u"broadcast"_s) {
        parts << u"📣 "_s + outboxText(lang, QT_TRANSLATE_NOOP("Outbox", "A message from %1:")).arg(bold(queueName))
              << Formatting::html(Formatting::clip(p.value(u"text"_s).toString(), kMaxBroadcastLength));
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
    return render(message, Screen{Formatting::fit(parts.join(u"\n\n"_s)), markup});
}
