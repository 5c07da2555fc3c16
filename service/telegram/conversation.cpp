#include "conversation.h"

#include "domain/domainservices.h"
#include "domain/plaintext.h"
#include "storage/dialoguestaterepository.h"
#include "telegram/callbackdata.h"
#include "telegram/formatting.h"
#include "telegram/screens/bookinglistscreens.h"
#include "telegram/screens/livescreens.h"
#include "telegram/screens/waitlistscreens.h"
#include "telegram/screens/menuscreens.h"
#include "telegram/screens/phonescreens.h"
#include "telegram/screens/screenparts.h"
#include "translations.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Screens::joined;

namespace {

const QString kAwaitingPhone = u"awaiting_phone"_s;

// Refusals that mean "this time cannot be had": the person gets fresh times to choose from.
bool isAboutTheSlot(Refusal refusal)
{
    switch (refusal) {
    case Refusal::SlotNotFound:
    case Refusal::SlotFull:
    case Refusal::SlotNotOpen:
    case Refusal::SlotStarted:
    case Refusal::TooLate:
    case Refusal::BeyondHorizon:
    case Refusal::AlreadyBooked:
        return true;
    default:
        return false;
    }
}

// Refusals about the booking being moved or cancelled: the person gets their fresh list.
bool isAboutTheBooking(Refusal refusal)
{
    switch (refusal) {
    case Refusal::BookingNotFound:
    case Refusal::BookingNotActive:
    case Refusal::NotYourBooking:
    case Refusal::CancelDeadlinePassed:
        return true;
    default:
        return false;
    }
}

} // namespace

Conversation::Conversation(DomainServices &domain, UserRecord user, qint64 chatId, qint64 updateId)
    : m_domain(domain)
    , m_db(domain.db)
    , m_bookings(domain.bookings)
    , m_queries(domain.queries)
    , m_clock(domain.clock)
    , m_user(std::move(user))
    , m_chatId(chatId)
    , m_updateId(updateId)
{
}

QString Conversation::t(const char *source) const
{
    return Formatting::text(m_user.language, source);
}

QString Conversation::refusalText(Refusal refusal) const
{
    return Translations::text(m_user.language, "Refusal", refusalSourceText(refusal));
}

// ---- output ---------------------------------------------------------------------------------

void Conversation::show(const Screen &screen)
{
    if (!m_callbackId.isEmpty() && m_messageId != 0 && !m_edited) {
        // One edit per button press: a second screen in the same turn becomes a new message.
        m_edited = true;
        m_calls.append(Replies::editMessage(m_chatId, m_messageId, screen));
        return;
    }
    send(screen);
}

void Conversation::send(const Screen &screen)
{
    m_calls.append(Replies::sendMessage(m_chatId, screen));
}

void Conversation::notice(const QString &text)
{
    if (m_notice.isEmpty())
        m_notice = text;
}

QList<BotCall> Conversation::calls() const
{
    QList<BotCall> calls = m_calls;
    if (!m_callbackId.isEmpty())
        calls.prepend(Replies::answerCallback(m_callbackId, m_notice));
    return calls;
}

// ---- messages -------------------------------------------------------------------------------

void Conversation::message(const TgMessage &message)
{
    if (!message.contactPhone.isEmpty()) {
        contact(message);
        return;
    }
    const QString text = message.text.trimmed();
    if (PlainText::firstControl(text, PlainText::Lines::Multiple) >= 0) {
        // Nothing of it is used: a command or an answer with hidden characters is not what it seems.
        showMenu(t(QT_TRANSLATE_NOOP("Dialogues", "Your message contains control characters, so I did not read it. Please send plain text or use the buttons below.")));
        return;
    }
    if (text.startsWith(u'/')) {
        const QString word = text.section(u' ', 0, 0, QString::SectionSkipEmpty);
        // "/start@QueueBot payload": the bot's name may follow the command in some clients.
        const QString name = word.mid(1).section(u'@', 0, 0).toLower();
        command(name, text.section(u' ', 1, -1, QString::SectionSkipEmpty).trimmed());
        return;
    }
    if (Screens::isCancelLabel(text)) {
        cancelInput();
        return;
    }
    if (const std::optional<DialogueState> state = DialogueStateRepository(m_db.session()).find(m_user.id);
        state && state->state == kAwaitingPhone) {
        send(Screens::phoneRequest(m_user.language, t(QT_TRANSLATE_NOOP("Dialogues", "Please use the button below to share your phone number, or send /cancel."))));
        return;
    }
    showMenu(t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, I did not understand that. Please use the buttons below or send /help.")));
}

void Conversation::command(const QString &name, const QString &argument)
{
    if (name == u"start"_s) {
        start(argument);
    } else if (name == u"help"_s) {
        show(Screens::help(m_user.language));
    } else if (name == u"cancel"_s) {
        cancelInput();
    } else if (name == u"language"_s) {
        if (Translations::languages().contains(argument.toLower()))
            switchLanguage(argument.toLower());
        else
            show(Screens::languages(m_user.language));
    } else if (name == u"book"_s) {
        showQueues(0);
    } else if (name == u"bookings"_s || name == u"my"_s) {
        showBookings(0);
    } else if (name == u"ticket"_s) {
        showLiveQueues(0);
    } else {
        showMenu(t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, I do not know this command. Please use the buttons below or send /help.")));
    }
}

void Conversation::start(const QString &payload)
{
    // A new start leaves whatever input the bot was waiting for.
    m_db.write([&](Transaction &tx) { DialogueStateRepository(tx).clear(m_user.id); });
    const QString greeting = Screens::greeting(
        m_user.language, !m_user.firstName.trimmed().isEmpty() ? m_user.firstName : m_user.username);
    if (payload.isEmpty()) {
        showMenu(greeting);
        return;
    }
    // t.me/<bot>?start=q_<id> opens the booking of one queue.
    static const QRegularExpression queueLink(u"^q_(\\d{1,15})$"_s);
    const QRegularExpressionMatch match = queueLink.match(payload);
    const std::optional<QueueRecord> queue =
        match.hasMatch() ? m_queries.queue(match.captured(1).toLongLong()) : std::nullopt;
    if (!queue || !queue->active) {
        showMenu(joined(greeting, t(QT_TRANSLATE_NOOP("Dialogues", "This link points to a queue that is not available. Please choose from the menu."))));
        return;
    }
    showDays(PickTarget::queue(queue->id), 0, greeting);
}

std::optional<DialogueState> Conversation::takeState()
{
    std::optional<DialogueState> state;
    m_db.write([&](Transaction &tx) {
        const DialogueStateRepository repo(tx);
        state = repo.find(m_user.id);
        if (state)
            repo.clear(m_user.id);
    });
    return state;
}

void Conversation::cancelInput()
{
    const std::optional<DialogueState> state = takeState();
    const QString cancelled = t(QT_TRANSLATE_NOOP("Dialogues", "Cancelled."));
    if (state && state->state == kAwaitingPhone) {
        send(Screens::closePhoneRequest(cancelled));
        showMenu();
        return;
    }
    showMenu(cancelled);
}

void Conversation::askPhone(const QueueRecord &queue, const QString &lead)
{
    m_db.write([&](Transaction &tx) {
        DialogueStateRepository(tx).save(m_user.id, kAwaitingPhone, {{u"queue_id"_s, queue.id}}, m_clock.now());
    });
    // A reply keyboard cannot replace inline buttons in place, so this is always a new message.
    send(Screens::askPhone(m_user.language, queue, lead));
}

void Conversation::contact(const TgMessage &message)
{
    // Only the person's own number (Telegram fills contact.user_id for the contact button).
    if (message.contactUserId != message.from.id) {
        send(Screens::phoneRequest(m_user.language, t(QT_TRANSLATE_NOOP("Dialogues", "Please share your own phone number with the button below."))));
        return;
    }
    const Outcome<Done> saved = m_bookings.setUserPhone(m_user.id, message.contactPhone, actor());
    if (!saved.ok()) {
        send(Screens::phoneRequest(m_user.language, refusalText(saved.refusal())));
        return;
    }
    m_user.phone = message.contactPhone.trimmed();
    const std::optional<DialogueState> state = takeState();
    send(Screens::phoneSaved(m_user.language));
    const qint64 queueId =
        state && state->state == kAwaitingPhone ? state->data.value(u"queue_id"_s).toInteger() : 0;
    if (queueId > 0)
        showDays(PickTarget::queue(queueId), 0);
    else
        showMenu();
}

// ---- buttons --------------------------------------------------------------------------------

void Conversation::callback(const TgCallbackQuery &query)
{
    m_callbackId = query.id;
    m_messageId = query.messageId;
    const std::optional<CallbackData> data = CallbackData::parse(query.data);
    if (!data) {
        const QString outdated = t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, this button is out of date."));
        notice(outdated);
        showMenu(outdated);
        return;
    }
    switch (data->action) {
    case CallbackData::Action::Menu:
        showMenu();
        break;
    case CallbackData::Action::Help:
        show(Screens::help(m_user.language));
        break;
    case CallbackData::Action::Languages:
        show(Screens::languages(m_user.language));
        break;
    case CallbackData::Action::SetLanguage:
        switchLanguage(data->language);
        break;
    case CallbackData::Action::Queues:
        showQueues(data->page);
        break;
    case CallbackData::Action::Days:
        showDays(data->target, data->page);
        break;
    case CallbackData::Action::Times:
        showTimes(data->target, data->day, data->page);
        break;
    case CallbackData::Action::Review:
        review(data->target, data->id);
        break;
    case CallbackData::Action::Confirm:
        confirm(data->target, data->id);
        break;
    case CallbackData::Action::Bookings:
        showBookings(data->page);
        break;
    case CallbackData::Action::AskCancel:
        askCancel(data->id);
        break;
    case CallbackData::Action::Cancel:
        cancel(data->id);
        break;
    case CallbackData::Action::Reschedule:
        showDays(PickTarget::booking(data->id), 0);
        break;
    case CallbackData::Action::ConfirmBooking:
        confirmBooking(data->id);
        break;
    case CallbackData::Action::CheckIn:
        checkIn(data->id);
        break;
    case CallbackData::Action::WaitlistDays:
        showWaitlistDays(data->id, data->page);
        break;
    case CallbackData::Action::JoinWaitlist:
        joinWaitlist(data->id, data->day);
        break;
    case CallbackData::Action::AcceptOffer:
        acceptOffer(data->id);
        break;
    case CallbackData::Action::DeclineOffer:
        declineOffer(data->id);
        break;
    case CallbackData::Action::LeaveWaitlist:
        leaveWaitlist(data->id);
        break;
    case CallbackData::Action::LiveQueues:
        showLiveQueues(data->page);
        break;
    case CallbackData::Action::TakeTicket:
        takeTicket(data->id);
        break;
    case CallbackData::Action::TicketStatus:
        showTicket(data->id);
        break;
    case CallbackData::Action::LeaveLine:
        leaveLine(data->id);
        break;
    }
}

// ---- steps ----------------------------------------------------------------------------------

void Conversation::showMenu(const QString &lead)
{
    show(Screens::menu(m_user.language, lead));
}

void Conversation::switchLanguage(const QString &language)
{
    const Outcome<Done> outcome = m_bookings.setUserLanguage(m_user.id, language, actor());
    if (!outcome.ok()) {
        notice(refusalText(outcome.refusal()));
        show(Screens::languages(m_user.language, refusalText(outcome.refusal())));
        return;
    }
    m_user.language = language;
    // Said in the new language: each translation names its own language.
    const QString done = t(QT_TRANSLATE_NOOP("Dialogues", "Done! I will now answer in English."));
    notice(done);
    showMenu(done);
}

void Conversation::showQueues(int page, const QString &lead)
{
    const QList<QueueRecord> queues = m_queries.activeQueues();
    if (queues.isEmpty()) {
        showMenu(joined(lead, t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, no queue is open for booking right now."))));
        return;
    }
    // Nothing to choose between: straight to the days of the only queue.
    if (queues.size() == 1) {
        showDays(PickTarget::queue(queues.constFirst().id), 0, lead);
        return;
    }
    show(Screens::queues(m_user.language, queues, page, lead));
}

std::optional<Conversation::Pick> Conversation::resolve(const PickTarget &target)
{
    if (target.isBooking()) {
        const std::optional<BookingView> view = ownActiveBooking(target.id);
        if (!view)
            return std::nullopt;
        return Pick{target, view->queue, view};
    }
    const std::optional<QueueRecord> queue = m_queries.queue(target.id);
    if (!queue || !queue->active) {
        const QString reason = refusalText(Refusal::QueueNotFound);
        notice(reason);
        showMenu(reason);
        return std::nullopt;
    }
    return Pick{target, *queue, std::nullopt};
}

std::optional<Conversation::Pick> Conversation::resolveForBooking(const PickTarget &target, const QString &lead)
{
    std::optional<Pick> pick = resolve(target);
    if (pick && !target.isBooking() && pick->queue.phoneRequired && m_user.phone.isEmpty()) {
        askPhone(pick->queue, lead);
        return std::nullopt;
    }
    return pick;
}

std::optional<BookingView> Conversation::ownActiveBooking(qint64 bookingId)
{
    const Outcome<BookingView> view = m_queries.ownActiveBooking(m_user.id, bookingId);
    if (view.ok())
        return view.value();
    notice(refusalText(view.refusal()));
    showBookings(0, refusalText(view.refusal()));
    return std::nullopt;
}

void Conversation::showDays(const PickTarget &target, int page, const QString &lead)
{
    const std::optional<Pick> pick = resolveForBooking(target, lead);
    if (!pick)
        return;
    const QList<FreeDay> days = m_queries.freeDays(pick->queue, m_queries.heldSlots(m_user.id));
    const bool severalQueues = !target.isBooking() && m_queries.activeQueues().size() > 1;
    const bool canWait = !target.isBooking() && !m_queries.fullDays(pick->queue).isEmpty();
    show(Screens::days(m_user.language, *pick, days, page, severalQueues, lead, canWait));
}

void Conversation::showTimes(const PickTarget &target, const QDate &day, int page, const QString &lead)
{
    const std::optional<Pick> pick = resolveForBooking(target, lead);
    if (!pick)
        return;
    const QList<SlotRecord> times = m_queries.bookableSlots(pick->queue, day, m_queries.heldSlots(m_user.id));
    if (times.isEmpty()) {
        const QString none = t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, there are no free times left on this day."));
        notice(none);
        showDays(target, 0, joined(lead, none));
        return;
    }
    show(Screens::times(m_user.language, *pick, day, times, page, lead));
}

void Conversation::refused(const PickTarget &target, const QueueRecord &queue, const std::optional<SlotRecord> &slot,
                           Refusal refusal)
{
    const QString reason = refusalText(refusal);
    notice(reason);
    if (isAboutTheSlot(refusal)) {
        // Fresh choices: the same day's free times if it still has some, else the free days.
        if (slot)
            showTimes(target, BookingQueries::localDate(queue, slot->startsAt), 0, reason);
        else
            showDays(target, 0, reason);
    } else if (isAboutTheBooking(refusal)) {
        showBookings(0, reason);
    } else {
        showMenu(reason);
    }
}

void Conversation::review(const PickTarget &target, qint64 slotId)
{
    const std::optional<Pick> pick = resolveForBooking(target, {});
    if (!pick)
        return;
    const SlotCheck check = m_queries.bookingCheck(m_user.id, pick->queue, slotId);
    if (check.refusal) {
        refused(target, pick->queue, check.slot, *check.refusal);
        return;
    }
    show(Screens::review(m_user.language, *pick, *check.slot));
}

void Conversation::confirm(const PickTarget &target, qint64 slotId)
{
    const std::optional<Pick> pick = resolveForBooking(target, {});
    if (!pick)
        return;
    // The button names the queue: a slot of another queue is not what the person was shown.
    const std::optional<SlotRecord> slot = m_queries.queueSlot(pick->queue, slotId);
    if (!slot) {
        refused(target, pick->queue, std::nullopt, Refusal::SlotNotFound);
        return;
    }
    const Outcome<BookingRecord> outcome = target.isBooking()
        ? m_bookings.reschedule(target.id, slotId, actor())
        : m_bookings.book(m_user.id, slotId, BookingSource::Telegram, actor());
    if (!outcome.ok()) {
        refused(target, pick->queue, slot, outcome.refusal());
        return;
    }
    // What the confirmation shows (queue, times, code) is all known here: no need to read it back.
    const BookingView view{outcome.value(), *slot, pick->queue};
    notice(target.isBooking() ? t(QT_TRANSLATE_NOOP("Dialogues", "Your booking has been moved."))
                              : t(QT_TRANSLATE_NOOP("Dialogues", "You are booked.")));
    show(Screens::booked(m_user.language, view,
                         target.isBooking() ? t(QT_TRANSLATE_NOOP("Dialogues", "✅ Your booking has been moved."))
                                            : t(QT_TRANSLATE_NOOP("Dialogues", "✅ You are booked."))));
}

void Conversation::showBookings(int page, const QString &lead)
{
    Screens::MyItems items;
    items.bookings = m_queries.upcomingBookings(m_user.id);
    const QDateTime now = m_clock.now();
    for (const BookingView &view : std::as_const(items.bookings)) {
        if (!LiveQueueService::checkInRefusal(view.booking, view.queue, view.slot, now))
            items.canCheckIn.insert(view.booking.id);
    }
    for (const LiveTicket &ticket : m_domain.live.openForUser(m_user.id)) {
        items.canCheckIn.remove(ticket.bookingId); // already checked in
        if (const std::optional<QueueRecord> queue = m_queries.queue(ticket.queueId))
            items.tickets.append({ticket, *queue});
    }
    for (const WaitlistEntry &entry : m_domain.waitlist.openForUser(m_user.id)) {
        if (const std::optional<QueueRecord> queue = m_queries.queue(entry.queueId))
            items.waiting.append({entry, *queue});
    }
    show(Screens::bookings(m_user.language, items, page, lead));
}

void Conversation::refusedHere(Refusal refusal)
{
    const QString reason = refusalText(refusal);
    notice(reason);
    showBookings(0, reason);
}

void Conversation::confirmBooking(qint64 bookingId)
{
    const Outcome<BookingRecord> outcome = m_domain.reminders.confirm(bookingId, actor());
    const std::optional<BookingView> view = outcome.ok() ? m_queries.booking(bookingId) : std::nullopt;
    if (!view) {
        refusedHere(outcome.ok() ? Refusal::BookingNotFound : outcome.refusal());
        return;
    }
    const QString thanks = t(QT_TRANSLATE_NOOP("Dialogues", "✅ Thank you! Your visit is confirmed."));
    notice(thanks);
    show(Screens::booked(m_user.language, *view, thanks));
}

void Conversation::showWaitlistDays(qint64 queueId, int page, const QString &lead)
{
    const std::optional<Pick> pick = resolveForBooking(PickTarget::queue(queueId), lead);
    if (!pick)
        return;
    show(Screens::waitlistDays(m_user.language, pick->queue, m_queries.fullDays(pick->queue), page, lead));
}

void Conversation::joinWaitlist(qint64 queueId, const QDate &day)
{
    const std::optional<Pick> pick = resolveForBooking(PickTarget::queue(queueId), {});
    if (!pick)
        return;
    const Outcome<WaitlistEntry> outcome = m_domain.waitlist.join(m_user.id, queueId, day, 0, 1440, actor());
    if (!outcome.ok()) {
        const QString reason = refusalText(outcome.refusal());
        notice(reason);
        showWaitlistDays(queueId, 0, reason);
        return;
    }
    notice(t(QT_TRANSLATE_NOOP("Dialogues", "You are on the waiting list.")));
    show(Screens::waitlistJoined(m_user.language, pick->queue, outcome.value()));
}

void Conversation::acceptOffer(qint64 entryId)
{
    const Outcome<BookingRecord> outcome = m_domain.waitlist.accept(entryId, actor());
    const std::optional<BookingView> view = outcome.ok() ? m_queries.booking(outcome.value().id) : std::nullopt;
    if (!view) {
        refusedHere(outcome.ok() ? Refusal::BookingNotFound : outcome.refusal());
        return;
    }
    notice(t(QT_TRANSLATE_NOOP("Dialogues", "You are booked.")));
    show(Screens::booked(m_user.language, *view, t(QT_TRANSLATE_NOOP("Dialogues", "✅ You are booked."))));
}

void Conversation::declineOffer(qint64 entryId)
{
    const Outcome<WaitlistEntry> outcome = m_domain.waitlist.decline(entryId, actor());
    const std::optional<QueueRecord> queue = outcome.ok() ? m_queries.queue(outcome.value().queueId) : std::nullopt;
    if (!queue) {
        refusedHere(outcome.ok() ? Refusal::QueueNotFound : outcome.refusal());
        return;
    }
    const QString passed = t(QT_TRANSLATE_NOOP("Dialogues", "OK, the seat goes to the next person."));
    notice(passed);
    show(Screens::offerDeclined(m_user.language, *queue, outcome.value(), passed));
}

void Conversation::leaveWaitlist(qint64 entryId)
{
    const Outcome<WaitlistEntry> outcome = m_domain.waitlist.leave(entryId, actor());
    if (!outcome.ok()) {
        refusedHere(outcome.refusal());
        return;
    }
    const QString left = t(QT_TRANSLATE_NOOP("Dialogues", "You have left the waiting list."));
    notice(left);
    showBookings(0, left);
}

void Conversation::showLiveQueues(int page, const QString &lead)
{
    QList<Screens::LiveQueueChoice> choices;
    for (const QueueRecord &queue : m_queries.walkinQueuesOpenNow()) {
        Screens::LiveQueueChoice choice{queue, 0, 0};
        const Outcome<LiveBoard> board = m_domain.live.board(queue.id);
        if (board.ok() && !board.value().waiting.isEmpty()) {
            choice.waiting = int(board.value().waiting.size());
            choice.etaMinutes = board.value().waiting.constLast().etaMinutes;
        }
        choices.append(choice);
    }
    show(Screens::liveQueues(m_user.language, choices, page, lead));
}

void Conversation::takeTicket(qint64 queueId)
{
    const Outcome<LiveTicket> outcome = m_domain.live.takeTicket(m_user.id, queueId, actor());
    if (!outcome.ok()) {
        const QString reason = refusalText(outcome.refusal());
        notice(reason);
        // Already in line: their ticket; otherwise the queues that take walk-ins now.
        if (outcome.refusal() == Refusal::AlreadyInLine) {
            for (const LiveTicket &open : m_domain.live.openForUser(m_user.id)) {
                if (open.queueId == queueId) {
                    showTicket(open.id, reason);
                    return;
                }
            }
        }
        showLiveQueues(0, reason);
        return;
    }
    const QString taken = t(QT_TRANSLATE_NOOP("Dialogues", "✅ You are in the queue. I will keep your place up to date in a message of its own and call you when it is your turn."));
    notice(t(QT_TRANSLATE_NOOP("Dialogues", "You are in the queue.")));
    show(Screens::ticketStatus(m_user.language, ticketView(outcome.value()), taken));
}

void Conversation::checkIn(qint64 bookingId)
{
    const Outcome<LiveTicket> outcome = m_domain.live.checkIn(bookingId, actor());
    if (!outcome.ok()) {
        refusedHere(outcome.refusal());
        return;
    }
    const QString here = t(QT_TRANSLATE_NOOP("Dialogues", "📍 Thank you, you are checked in. Please wait to be called: I will tell you your counter."));
    notice(t(QT_TRANSLATE_NOOP("Dialogues", "You are checked in.")));
    show(Screens::ticketStatus(m_user.language, ticketView(outcome.value()), here));
}

Screens::TicketView Conversation::ticketView(const LiveTicket &ticket)
{
    Screens::TicketView view;
    view.ticketId = ticket.id;
    view.code = ticket.code;
    view.kind = ticket.kind;
    view.status = ticket.status;
    view.counter = ticket.counter;
    if (const std::optional<QueueRecord> queue = m_queries.queue(ticket.queueId))
        view.queueName = Screens::queueName(m_user.language, *queue);
    if (const std::optional<LinePlace> place = m_domain.live.place(ticket.id)) {
        view.ahead = place->ahead;
        view.etaMinutes = place->etaMinutes;
    }
    return view;
}

void Conversation::showTicket(qint64 ticketId, const QString &lead)
{
    const Outcome<LiveTicket> ticket = m_domain.live.ticket(ticketId);
    if (!ticket.ok() || ticket.value().userId != m_user.id) {
        refusedHere(Refusal::TicketNotFound);
        return;
    }
    show(Screens::ticketStatus(m_user.language, ticketView(ticket.value()), lead));
}

void Conversation::leaveLine(qint64 ticketId)
{
    const Outcome<LiveTicket> outcome = m_domain.live.leave(ticketId, actor());
    if (!outcome.ok()) {
        refusedHere(outcome.refusal());
        return;
    }
    notice(t(QT_TRANSLATE_NOOP("Dialogues", "You have left the queue.")));
    show(Screens::ticketStatus(m_user.language, ticketView(outcome.value())));
}

void Conversation::askCancel(qint64 bookingId)
{
    if (const std::optional<BookingView> view = ownActiveBooking(bookingId))
        show(Screens::askCancel(m_user.language, *view));
}

void Conversation::cancel(qint64 bookingId)
{
    const std::optional<BookingView> before = m_queries.booking(bookingId);
    const Outcome<BookingRecord> outcome = m_bookings.cancelBooking(bookingId, actor());
    if (!outcome.ok()) {
        QString reason = refusalText(outcome.refusal());
        notice(reason);
        if (outcome.refusal() == Refusal::CancelDeadlinePassed)
            reason += u' ' + t(QT_TRANSLATE_NOOP("Dialogues", "If you cannot come, please let the office know."));
        showBookings(0, reason);
        return;
    }
    notice(t(QT_TRANSLATE_NOOP("Dialogues", "Booking cancelled.")));
    show(Screens::cancelled(m_user.language, outcome.value(), before));
}
