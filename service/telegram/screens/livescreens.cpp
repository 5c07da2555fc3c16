#include "livescreens.h"

#include "telegram/formatting.h"
#include "telegram/screens/screenparts.h"

using namespace Qt::StringLiterals;

namespace Screens {

namespace {

QString waitingText(const QString &language, const TicketView &ticket)
{
    if (ticket.ahead < 0)
        return t(language, QT_TRANSLATE_NOOP("Dialogues", "You are in the queue."));
    if (ticket.ahead == 0)
        return u"⏭ "_s + t(language, QT_TRANSLATE_NOOP("Dialogues", "You are next!"));
    return t(language, QT_TRANSLATE_N_NOOP("Dialogues", "%n person(s) ahead of you."), ticket.ahead) + u'\n'
        + t(language, QT_TRANSLATE_N_NOOP("Dialogues", "Estimated wait: about %n minute(s)."), qMax(1, ticket.etaMinutes));
}

QString statusText(const QString &language, const TicketView &ticket)
{
    switch (ticket.status) {
    case TicketStatus::Waiting:
        return waitingText(language, ticket);
    case TicketStatus::Called:
        return u"📢 "_s + t(language, QT_TRANSLATE_NOOP("Dialogues", "It is your turn: please go to counter %1."))
                              .arg(bold(QString::number(ticket.counter)));
    case TicketStatus::Served:
        return u"✅ "_s + t(language, QT_TRANSLATE_NOOP("Dialogues", "Served. Thank you for your visit!"));
    case TicketStatus::NoShow:
        return t(language, QT_TRANSLATE_NOOP("Dialogues", "You were called but did not come to the counter."));
    case TicketStatus::Cancelled:
        return t(language, QT_TRANSLATE_NOOP("Dialogues", "You have left the queue."));
    case TicketStatus::Expired:
        return t(language, QT_TRANSLATE_NOOP("Dialogues", "The office day is over; this ticket is no longer valid."));
    }
    return {};
}

} // namespace

Screen liveQueues(const QString &language, const QList<LiveQueueChoice> &queues, int page, const QString &lead)
{
    InlineKeyboard keyboard;
    if (queues.isEmpty()) {
        addMenuButton(keyboard, language);
        return {joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "Sorry, no queue takes walk-in visitors right now."))),
                keyboard.toJson()};
    }
    const Page shown = Page::of(queues.size(), kQueuesPerPage, page);
    QStringList lines;
    for (const LiveQueueChoice &choice : shown.itemsOf(queues)) {
        keyboard.button(u"🎟 "_s + queueName(language, choice.queue), CallbackData::takeTicket(choice.queue.id)).row();
        lines << bold(queueName(language, choice.queue)) + u": "_s
                + t(language, QT_TRANSLATE_N_NOOP("Dialogues", "%n waiting"), choice.waiting)
                + (choice.waiting > 0 ? u", "_s + t(language, QT_TRANSLATE_N_NOOP("Dialogues", "about %n min"), choice.etaMinutes)
                                      : QString());
    }
    addPaging(keyboard, language, shown, [](int p) { return CallbackData::liveQueues(p); });
    addMenuButton(keyboard, language);
    const QString head = joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "Take a ticket for the live queue: choose where. I will tell you your place and call you when it is your turn.")));
    return {Formatting::joinWithin(language, head + u'\n', lines, pageLine(language, shown)), keyboard.toJson()};
}

Screen ticketStatus(const QString &language, const TicketView &ticket, const QString &lead)
{
    QString text = u"🎟 "_s + t(language, QT_TRANSLATE_NOOP("Dialogues", "Ticket %1")).arg(bold(ticket.code));
    if (!ticket.queueName.isEmpty())
        text += u" · "_s + Formatting::html(ticket.queueName);
    text = joined(lead, text + u'\n' + statusText(language, ticket));
    InlineKeyboard keyboard;
    if (ticket.status == TicketStatus::Waiting) {
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🔄 Refresh")), CallbackData::ticketStatus(ticket.ticketId));
        if (ticket.kind == TicketKind::Walkin)
            keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "✖ Leave the queue")), CallbackData::leaveLine(ticket.ticketId));
        keyboard.row();
    }
    addMenuButton(keyboard, language);
    return {text, keyboard.toJson()};
}

} // namespace Screens
