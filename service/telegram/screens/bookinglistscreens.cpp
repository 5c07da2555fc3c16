#include "bookinglistscreens.h"

#include "telegram/formatting.h"
#include "telegram/screens/screenparts.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using Formatting::html;

namespace Screens {

Screen bookings(const QString &language, const MyItems &items, int page, const QString &lead)
{
    const QList<BookingView> &bookings = items.bookings;
    InlineKeyboard keyboard;
    // What is not a booking: open tickets first (they are about now), then waiting lists.
    QStringList others;
    for (const auto &[ticket, queue] : items.tickets) {
        others.append(u"🎟 "_s + t(language, QT_TRANSLATE_NOOP("Dialogues", "Ticket %1")).arg(bold(ticket.code)) + u" · "_s
                      + html(queueName(language, queue)));
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🎟 Where am I in line?")), CallbackData::ticketStatus(ticket.id))
            .row();
    }
    for (const auto &[entry, queue] : items.waiting) {
        others.append(u"🔔 "_s
                      + t(language, QT_TRANSLATE_NOOP("Dialogues", "Waiting for a seat: %1"))
                            .arg(Formatting::shortDate(QDate::fromString(entry.day, Qt::ISODate), language))
                      + u" · "_s + html(queueName(language, queue)));
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "✖ Leave the waiting list for %1"))
                            .arg(Formatting::shortDate(QDate::fromString(entry.day, Qt::ISODate), language)),
                        CallbackData::leaveWaitlist(entry.id))
            .row();
    }
    if (bookings.isEmpty()) {
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📅 Book an appointment")), CallbackData::queues()).row();
        addMenuButton(keyboard, language);
        const QString none = joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "You have no upcoming bookings.")));
        if (others.isEmpty())
            return {none, keyboard.toJson()};
        return {Formatting::joinWithin(language, none + u'\n', others, {}), keyboard.toJson()};
    }
    const Page shown = Page::of(bookings.size(), kBookingsPerPage, page);
    QStringList entries;
    for (const BookingView &view : shown.itemsOf(bookings)) {
        entries.append(u"🎫 "_s + bold(view.booking.code) + u" · "_s + when(language, view.queue, view.slot) + u" ("_s
                       + html(view.queue.timezone) + u")\n"_s + html(queueName(language, view.queue)));
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "✖ Cancel %1")).arg(view.booking.code),
                        CallbackData::askCancel(view.booking.id));
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🔁 Move %1")).arg(view.booking.code),
                        CallbackData::reschedule(view.booking.id));
        keyboard.row();
        if (items.canCheckIn.contains(view.booking.id)) {
            keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📍 I'm here: %1")).arg(view.booking.code),
                            CallbackData::checkIn(view.booking.id))
                .row();
        }
    }
    addPaging(keyboard, language, shown, [](int p) { return CallbackData::bookings(p); });
    addMenuButton(keyboard, language);
    const QString head = joined(lead, t(language, QT_TRANSLATE_N_NOOP("Dialogues", "You have %n upcoming booking(s):"),
                                        int(bookings.size())));
    return {Formatting::joinWithin(language, head + u'\n', others + entries, pageLine(language, shown)), keyboard.toJson()};
}

Screen askCancel(const QString &language, const BookingView &view)
{
    InlineKeyboard keyboard;
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "Yes, cancel it")), CallbackData::cancel(view.booking.id));
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "No, keep it")), CallbackData::bookings());
    return {t(language, QT_TRANSLATE_NOOP("Dialogues", "Cancel booking %1?")).arg(bold(view.booking.code)) + u"\n\n"_s
                + details(language, view.queue, view.slot),
            keyboard.toJson()};
}

Screen cancelled(const QString &language, const BookingRecord &booking, const std::optional<BookingView> &before)
{
    InlineKeyboard keyboard;
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📅 Book another time")),
                    CallbackData::days(PickTarget::queue(booking.queueId)))
        .row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📋 My bookings")), CallbackData::bookings());
    addMenuButton(keyboard, language);
    QString text = t(language, QT_TRANSLATE_NOOP("Dialogues", "Your booking %1 has been cancelled.")).arg(bold(booking.code));
    if (before)
        text = joined(text, details(language, before->queue, before->slot));
    return {text, keyboard.toJson()};
}

} // namespace Screens
