#include "bookingscreens.h"

#include "telegram/formatting.h"
#include "telegram/screens/screenparts.h"

using namespace Qt::StringLiterals;
using Formatting::html;

namespace Screens {

namespace {

// Which queue the times are of, and which booking is being moved.
QString pickHeader(const QString &language, const Pick &pick)
{
    const QString queue = bold(queueName(language, pick.queue));
    if (!pick.moving)
        return queue;
    return t(language, QT_TRANSLATE_NOOP("Dialogues", "Moving booking %1 (%2)."))
               .arg(bold(pick.moving->booking.code), when(language, pick.queue, pick.moving->slot))
        + u'\n' + queue;
}

} // namespace

Screen queues(const QString &language, const QList<QueueRecord> &queues, int page, const QString &lead)
{
    const Page shown = Page::of(queues.size(), kQueuesPerPage, page);
    InlineKeyboard keyboard;
    for (const QueueRecord &queue : shown.itemsOf(queues))
        keyboard.button(queueName(language, queue), CallbackData::days(PickTarget::queue(queue.id))).row();
    addPaging(keyboard, language, shown, [](int p) { return CallbackData::queues(p); });
    addMenuButton(keyboard, language);
    const QString text = joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "Where would you like to book?")));
    return {withPageLine(text, language, shown), keyboard.toJson()};
}

Screen days(const QString &language, const Pick &pick, const QList<FreeDay> &days, int page, bool severalQueues,
            const QString &lead, bool canWait)
{
    InlineKeyboard keyboard;
    QString text = joined(lead, pickHeader(language, pick));
    if (days.isEmpty()) {
        text = joined(text, t(language, QT_TRANSLATE_N_NOOP("Dialogues", "Sorry, there are no free times in the next %n day(s)."),
                              pick.queue.horizonDays));
    } else {
        const Page shown = Page::of(days.size(), kDaysPerPage, page);
        text = withPageLine(joined(text, t(language, QT_TRANSLATE_NOOP("Dialogues", "Choose a date (free seats in brackets):"))),
                            language, shown);
        int inRow = 0;
        for (const FreeDay &day : shown.itemsOf(days)) {
            keyboard.button(Formatting::shortDate(day.day, language) + u" ("_s + QString::number(day.freeSeats) + u')',
                            CallbackData::times(pick.target, day.day));
            if (++inRow % 2 == 0)
                keyboard.row();
        }
        addPaging(keyboard, language, shown, [&](int p) { return CallbackData::days(pick.target, p); });
    }
    keyboard.row();
    if (canWait && !pick.target.isBooking()) {
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🔔 Full day? Join the waiting list")),
                        CallbackData::waitlistDays(pick.queue.id))
            .row();
    }
    // Back to where the choice started; a new booking in the only queue started at the menu.
    if (pick.target.isBooking())
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "↩ Back")), CallbackData::bookings());
    else if (severalQueues)
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "↩ Back")), CallbackData::queues());
    addMenuButton(keyboard, language);
    return {text, keyboard.toJson()};
}

Screen times(const QString &language, const Pick &pick, const QDate &day, const QList<SlotRecord> &times, int page,
             const QString &lead)
{
    const Page shown = Page::of(times.size(), kTimesPerPage, page);
    QString text = joined(lead, pickHeader(language, pick));
    text += u"\n📅 "_s + Formatting::longDate(day, language) + u" ("_s + html(pick.queue.timezone) + u')';
    text = withPageLine(joined(text, t(language, QT_TRANSLATE_NOOP("Dialogues", "Choose a time:"))), language, shown);
    InlineKeyboard keyboard;
    int inRow = 0;
    for (const SlotRecord &slot : shown.itemsOf(times)) {
        keyboard.button(Formatting::time(slot.startsAt, pick.queue.timezone), CallbackData::review(pick.target, slot.id));
        if (++inRow % 3 == 0)
            keyboard.row();
    }
    addPaging(keyboard, language, shown, [&](int p) { return CallbackData::times(pick.target, day, p); });
    keyboard.row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "↩ Back")), CallbackData::days(pick.target));
    addMenuButton(keyboard, language);
    return {text, keyboard.toJson()};
}

Screen review(const QString &language, const Pick &pick, const SlotRecord &slot)
{
    InlineKeyboard keyboard;
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "✅ Confirm")), CallbackData::confirm(pick.target, slot.id));
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "↩ Back")),
                    CallbackData::times(pick.target, BookingQueries::localDate(pick.queue, slot.startsAt)));
    QString text;
    if (pick.moving) {
        text = t(language, QT_TRANSLATE_NOOP("Dialogues", "Move booking %1?")).arg(bold(pick.moving->booking.code)) + u"\n\n"_s
            + t(language, QT_TRANSLATE_NOOP("Dialogues", "From: %1")).arg(when(language, pick.queue, pick.moving->slot)) + u'\n'
            + t(language, QT_TRANSLATE_NOOP("Dialogues", "To: %1")).arg(when(language, pick.queue, slot)) + u"\n\n"_s
            + details(language, pick.queue, slot);
    } else {
        text = t(language, QT_TRANSLATE_NOOP("Dialogues", "Please check your booking:")) + u"\n\n"_s
            + details(language, pick.queue, slot) + u"\n\n"_s
            + t(language, QT_TRANSLATE_NOOP("Dialogues", "Is everything correct?"));
    }
    return {text, keyboard.toJson()};
}

Screen booked(const QString &language, const BookingView &view, const QString &lead)
{
    QString text = joined(lead, details(language, view.queue, view.slot));
    text += u"\n🎫 "_s + t(language, QT_TRANSLATE_NOOP("Dialogues", "Booking code: %1")).arg(bold(view.booking.code));
    text = joined(text, t(language, QT_TRANSLATE_NOOP("Dialogues", "Please show this code at the office.")));
    InlineKeyboard keyboard;
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "✖ Cancel booking")), CallbackData::askCancel(view.booking.id));
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🔁 Reschedule")), CallbackData::reschedule(view.booking.id));
    keyboard.row();
    addMenuButton(keyboard, language);
    return {text, keyboard.toJson()};
}

} // namespace Screens
