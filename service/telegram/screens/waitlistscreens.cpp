#include "waitlistscreens.h"

#include "telegram/formatting.h"
#include "telegram/screens/screenparts.h"

using namespace Qt::StringLiterals;

namespace Screens {

Screen waitlistDays(const QString &language, const QueueRecord &queue, const QList<QDate> &days, int page,
                    const QString &lead)
{
    InlineKeyboard keyboard;
    QString text = joined(lead, bold(queueName(language, queue)));
    if (days.isEmpty()) {
        text = joined(text, t(language, QT_TRANSLATE_NOOP("Dialogues", "Every day with office hours still has free times: please book one of them.")));
    } else {
        const Page shown = Page::of(days.size(), kDaysPerPage, page);
        text = withPageLine(joined(text, t(language, QT_TRANSLATE_NOOP("Dialogues", "These days are fully booked. Choose a day, and I will message you as soon as a seat frees up:"))),
                            language, shown);
        int inRow = 0;
        for (const QDate &day : shown.itemsOf(days)) {
            keyboard.button(u"🔔 "_s + Formatting::shortDate(day, language), CallbackData::joinWaitlist(queue.id, day));
            if (++inRow % 2 == 0)
                keyboard.row();
        }
        addPaging(keyboard, language, shown, [&](int p) { return CallbackData::waitlistDays(queue.id, p); });
    }
    keyboard.row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "↩ Back")), CallbackData::days(PickTarget::queue(queue.id)));
    addMenuButton(keyboard, language);
    return {text, keyboard.toJson()};
}

Screen waitlistJoined(const QString &language, const QueueRecord &queue, const WaitlistEntry &entry)
{
    const QDate day = QDate::fromString(entry.day, Qt::ISODate);
    QString text = u"🔔 "_s
        + t(language, QT_TRANSLATE_NOOP("Dialogues", "You are on the waiting list for %1."))
              .arg(bold(Formatting::longDate(day, language)))
        + u'\n' + bold(queueName(language, queue));
    text = joined(text, t(language, QT_TRANSLATE_N_NOOP("Dialogues", "When a seat frees up I will hold it for you for %n minute(s) and send you a message: take it or pass it on."),
                          queue.waitlistHoldMinutes));
    InlineKeyboard keyboard;
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "✖ Leave the waiting list")),
                    CallbackData::leaveWaitlist(entry.id))
        .row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📋 My bookings")), CallbackData::bookings());
    addMenuButton(keyboard, language);
    return {text, keyboard.toJson()};
}

Screen offerDeclined(const QString &language, const QueueRecord &queue, const WaitlistEntry &entry,
                     const QString &lead)
{
    const QDate day = QDate::fromString(entry.day, Qt::ISODate);
    InlineKeyboard keyboard;
    if (day.isValid())
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🔔 Wait again")), CallbackData::joinWaitlist(queue.id, day));
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📅 Book another time")),
                    CallbackData::days(PickTarget::queue(queue.id)))
        .row();
    addMenuButton(keyboard, language);
    const QString text = t(language, QT_TRANSLATE_NOOP("Dialogues", "You are no longer on the waiting list for %1."))
                             .arg(bold(Formatting::longDate(day, language)));
    return {joined(lead, text), keyboard.toJson()};
}

} // namespace Screens
