#include "dialogues.h"

#include "domain/bookingservice.h"
#include "storage/dialoguestaterepository.h"
#include "telegram/callbackdata.h"
#include "telegram/formatting.h"
#include "telegram/replies.h"
#include "translations.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;
using Formatting::html;

namespace {

const QString kAwaitingPhone = u"awaiting_phone"_s;

// Each language's own name: the same whatever language the bot speaks, so not translated.
QString languageName(const QString &language)
{
    return language == u"ru"_s ? u"🇷🇺 Русский"_s : u"🇬🇧 English"_s;
}

QString joined(const QString &lead, const QString &body)
{
    if (lead.isEmpty())
        return body;
    return body.isEmpty() ? lead : lead + u"\n\n"_s + body;
}

QString bold(const QString &text)
{
    return u"<b>"_s + html(text) + u"</b>"_s;
}

int pageCount(qsizetype items, int perPage)
{
    return qMax(1, int((items + perPage - 1) / perPage));
}

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

// One update's worth of conversation with one person: reads what they asked, calls the domain
// and collects the replies. A pressed button's message is edited in place.
class Conversation
{
public:
    Conversation(Database &db, BookingService &bookings, BookingQueries &queries, const Clock &clock,
                 UserRecord user, qint64 chatId, qint64 updateId)
        : m_db(db)
        , m_bookings(bookings)
        , m_queries(queries)
        , m_clock(clock)
        , m_user(std::move(user))
        , m_chatId(chatId)
        , m_updateId(updateId)
    {
    }

    void message(const TgMessage &message);
    void callback(const TgCallbackQuery &query);
    QList<BotCall> calls() const;

private:
    struct Pick
    {
        QueueRecord queue;
        std::optional<BookingView> moving; // when the target is a booking to move
    };

    QString t(const char *source, int n = -1) const { return Formatting::text(m_user.language, source, n); }
    QString refusalText(Refusal refusal) const
    {
        return Translations::text(m_user.language, "Refusal", refusalSourceText(refusal));
    }
    Actor actor() const { return Actor::telegram(m_user.id, m_updateId); }

    // Output.
    void show(const Screen &screen);
    void send(const Screen &screen);
    void notice(const QString &text);
    void addPaging(InlineKeyboard &keyboard, int page, int pages,
                   const std::function<CallbackData(int)> &pageData) const;
    QString pageLine(int page, int pages) const;

    // Commands and free text.
    void command(const QString &name, const QString &argument);
    void start(const QString &payload);
    void cancelInput();
    void contact(const TgMessage &message);
    void askPhone(const QueueRecord &queue, const QString &lead);
    void repeatPhoneRequest(const QString &text);
    bool isCancelLabel(const QString &text) const;
    std::optional<DialogueState> takeState();

    // Steps.
    void showMenu(const QString &lead = {});
    void showHelp();
    void showLanguages(const QString &lead = {});
    void switchLanguage(const QString &language);
    void showQueues(int page, const QString &lead = {});
    void showDays(const PickTarget &target, int page, const QString &lead = {});
    void showTimes(const PickTarget &target, const QDate &day, int page, const QString &lead = {});
    void review(const PickTarget &target, qint64 slotId);
    void confirm(const PickTarget &target, qint64 slotId);
    void showBookings(int page, const QString &lead = {});
    void askCancel(qint64 bookingId);
    void cancel(qint64 bookingId);

    // Shared parts.
    std::optional<Pick> resolve(const PickTarget &target);
    // resolve(), and for a new booking the phone the queue requires: asks for it and returns
    // nothing when it is missing.
    std::optional<Pick> resolveForBooking(const PickTarget &target, const QString &lead);
    std::optional<BookingView> ownActiveBooking(qint64 bookingId);
    void refused(const PickTarget &target, const QueueRecord &queue, const std::optional<SlotRecord> &slot,
                 Refusal refusal);
    bool needsPhone(const QueueRecord &queue) const { return queue.phoneRequired && m_user.phone.isEmpty(); }
    QSet<qint64> heldSlots();
    QString pickHeader(const Pick &pick) const;
    QString when(const QueueRecord &queue, const SlotRecord &slot) const;
    QString details(const QueueRecord &queue, const SlotRecord &slot) const;
    Screen confirmation(const BookingView &view, const QString &lead) const;
    CallbackData backFromDays(const PickTarget &target);

    Database &m_db;
    BookingService &m_bookings;
    BookingQueries &m_queries;
    const Clock &m_clock;
    UserRecord m_user;
    qint64 m_chatId = 0;
    qint64 m_updateId = 0;

    QString m_callbackId; // set while answering a pressed button
    qint64 m_messageId = 0; // the pressed button's message, edited in place
    bool m_edited = false;
    QString m_notice;
    QList<BotCall> m_calls;
};

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

QString Conversation::pageLine(int page, int pages) const
{
    if (pages <= 1)
        return {};
    return t(QT_TRANSLATE_NOOP("Dialogues", "Page %1 of %2")).arg(QString::number(page + 1), QString::number(pages));
}

void Conversation::addPaging(InlineKeyboard &keyboard, int page, int pages,
                             const std::function<CallbackData(int)> &pageData) const
{
    if (pages <= 1)
        return;
    keyboard.row();
    if (page > 0)
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "◀ Previous")), pageData(page - 1));
    if (page + 1 < pages)
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "Next ▶")), pageData(page + 1));
    keyboard.row();
}

// ---- messages -------------------------------------------------------------------------------

void Conversation::message(const TgMessage &message)
{
    if (!message.contactPhone.isEmpty()) {
        contact(message);
        return;
    }
    const QString text = message.text.trimmed();
    if (text.startsWith(u'/')) {
        const QString word = text.section(u' ', 0, 0, QString::SectionSkipEmpty);
        // "/start@QueueBot payload": the bot's name may follow the command in some clients.
        const QString name = word.mid(1).section(u'@', 0, 0).toLower();
        command(name, text.section(u' ', 1, -1, QString::SectionSkipEmpty).trimmed());
        return;
    }
    if (isCancelLabel(text)) {
        cancelInput();
        return;
    }
    if (const std::optional<DialogueState> state = DialogueStateRepository(m_db.session()).find(m_user.id);
        state && state->state == kAwaitingPhone) {
        repeatPhoneRequest(t(QT_TRANSLATE_NOOP("Dialogues", "Please use the button below to share your phone number, or send /cancel.")));
        return;
    }
    showMenu(t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, I did not understand that. Please use the buttons below or send /help.")));
}

void Conversation::command(const QString &name, const QString &argument)
{
    if (name == u"start"_s) {
        start(argument);
    } else if (name == u"help"_s) {
        showHelp();
    } else if (name == u"cancel"_s) {
        cancelInput();
    } else if (name == u"language"_s) {
        if (Translations::languages().contains(argument.toLower()))
            switchLanguage(argument.toLower());
        else
            showLanguages();
    } else if (name == u"book"_s) {
        showQueues(0);
    } else if (name == u"bookings"_s || name == u"my"_s) {
        showBookings(0);
    } else {
        showMenu(t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, I do not know this command. Please use the buttons below or send /help.")));
    }
}

void Conversation::start(const QString &payload)
{
    // A new start leaves whatever input the bot was waiting for.
    m_db.write([&](Transaction &tx) { DialogueStateRepository(tx).clear(m_user.id); });
    const QString name = !m_user.firstName.trimmed().isEmpty() ? m_user.firstName : m_user.username;
    const QString greeting =
        t(QT_TRANSLATE_NOOP("Dialogues", "Hello, %1! I can book you an appointment and remind you of it.")).arg(bold(name));
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

bool Conversation::isCancelLabel(const QString &text) const
{
    // The reply keyboard's "Cancel" sends its label as text, in whichever language it was shown.
    for (const QString &language : Translations::languages()) {
        if (text == Formatting::text(language, QT_TRANSLATE_NOOP("Dialogues", "Cancel")))
            return true;
    }
    return false;
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
    if (state && state->state == kAwaitingPhone) {
        send({t(QT_TRANSLATE_NOOP("Dialogues", "Cancelled.")), Replies::removeKeyboard()});
        showMenu();
        return;
    }
    showMenu(t(QT_TRANSLATE_NOOP("Dialogues", "Cancelled.")));
}

std::optional<Conversation::Pick> Conversation::resolveForBooking(const PickTarget &target, const QString &lead)
{
    std::optional<Pick> pick = resolve(target);
    if (pick && !target.isBooking() && needsPhone(pick->queue)) {
        askPhone(pick->queue, lead);
        return std::nullopt;
    }
    return pick;
}

void Conversation::askPhone(const QueueRecord &queue, const QString &lead)
{
    m_db.write([&](Transaction &tx) {
        DialogueStateRepository(tx).save(m_user.id, kAwaitingPhone, {{u"queue_id"_s, queue.id}}, m_clock.now());
    });
    // A reply keyboard cannot replace inline buttons in place, so this is always a new message.
    repeatPhoneRequest(joined(lead, t(QT_TRANSLATE_NOOP("Dialogues", "To book at %1, please share your phone number: tap the button below."))
                                        .arg(bold(Formatting::queueName(m_user.language, queue.nameRu, queue.nameEn)))));
}

void Conversation::repeatPhoneRequest(const QString &text)
{
    send({text, Replies::requestContactKeyboard(t(QT_TRANSLATE_NOOP("Dialogues", "📱 Share my phone number")),
                                                t(QT_TRANSLATE_NOOP("Dialogues", "Cancel")))});
}

void Conversation::contact(const TgMessage &message)
{
    // Only the person's own number (Telegram fills contact.user_id for the contact button).
    if (message.contactUserId != message.from.id) {
        repeatPhoneRequest(t(QT_TRANSLATE_NOOP("Dialogues", "Please share your own phone number with the button below.")));
        return;
    }
    const Outcome<Done> saved = m_bookings.setUserPhone(m_user.id, message.contactPhone, actor());
    if (!saved.ok()) {
        repeatPhoneRequest(refusalText(saved.refusal()));
        return;
    }
    m_user.phone = message.contactPhone.trimmed();
    const std::optional<DialogueState> state = takeState();
    send({t(QT_TRANSLATE_NOOP("Dialogues", "Thank you! Your phone number is saved.")), Replies::removeKeyboard()});
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
        showHelp();
        break;
    case CallbackData::Action::Languages:
        showLanguages();
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
    }
}

// ---- steps ----------------------------------------------------------------------------------

void Conversation::showMenu(const QString &lead)
{
    InlineKeyboard keyboard;
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "📅 Book an appointment")), CallbackData::queues()).row();
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "📋 My bookings")), CallbackData::bookings()).row();
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "🌐 Language")), CallbackData::languages());
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "❓ Help")), CallbackData::help());
    show({joined(lead, t(QT_TRANSLATE_NOOP("Dialogues", "What would you like to do?"))), keyboard.toJson()});
}

void Conversation::showHelp()
{
    InlineKeyboard keyboard;
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    show({t(QT_TRANSLATE_NOOP("Dialogues",
                              "<b>How to use this bot</b>\n\n"
                              "📅 <b>Book an appointment</b>: choose a date with free seats, then a time, and confirm. "
                              "You get a booking code: show it at the office.\n"
                              "📋 <b>My bookings</b>: your upcoming bookings; cancel one or move it to another time.\n\n"
                              "/start: the main menu\n"
                              "/book: book an appointment\n"
                              "/bookings: my bookings\n"
                              "/language: change the language\n"
                              "/cancel: leave the current step\n"
                              "/help: this help")),
          keyboard.toJson()});
}

void Conversation::showLanguages(const QString &lead)
{
    InlineKeyboard keyboard;
    for (const QString &language : Translations::languages())
        keyboard.button(languageName(language), CallbackData::setLanguage(language));
    keyboard.row().button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    show({joined(lead, t(QT_TRANSLATE_NOOP("Dialogues", "Choose your language:"))), keyboard.toJson()});
}

void Conversation::switchLanguage(const QString &language)
{
    const Outcome<Done> outcome = m_bookings.setUserLanguage(m_user.id, language, actor());
    if (!outcome.ok()) {
        notice(refusalText(outcome.refusal()));
        showLanguages(refusalText(outcome.refusal()));
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
    if (queues.size() == 1) {
        showDays(PickTarget::queue(queues.constFirst().id), 0, lead);
        return;
    }
    const int pages = pageCount(queues.size(), Dialogues::kQueuesPerPage);
    page = qBound(0, page, pages - 1);
    InlineKeyboard keyboard;
    for (const QueueRecord &queue : queues.mid(qsizetype(page) * Dialogues::kQueuesPerPage, Dialogues::kQueuesPerPage)) {
        keyboard.button(Formatting::queueName(m_user.language, queue.nameRu, queue.nameEn),
                        CallbackData::days(PickTarget::queue(queue.id)))
            .row();
    }
    addPaging(keyboard, page, pages, [](int p) { return CallbackData::queues(p); });
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    QString text = joined(lead, t(QT_TRANSLATE_NOOP("Dialogues", "Where would you like to book?")));
    if (pages > 1)
        text += u"\n"_s + pageLine(page, pages);
    show({text, keyboard.toJson()});
}

std::optional<Conversation::Pick> Conversation::resolve(const PickTarget &target)
{
    if (target.isBooking()) {
        const std::optional<BookingView> view = ownActiveBooking(target.id);
        if (!view)
            return std::nullopt;
        return Pick{view->queue, view};
    }
    const std::optional<QueueRecord> queue = m_queries.queue(target.id);
    if (!queue || !queue->active) {
        const QString reason = refusalText(Refusal::QueueNotFound);
        notice(reason);
        showMenu(reason);
        return std::nullopt;
    }
    return Pick{*queue, std::nullopt};
}

std::optional<BookingView> Conversation::ownActiveBooking(qint64 bookingId)
{
    const std::optional<BookingView> view = m_queries.booking(bookingId);
    std::optional<Refusal> refusal;
    if (!view || view->booking.userId != m_user.id)
        refusal = Refusal::BookingNotFound;
    else if (view->booking.status != BookingStatus::Active || view->slot.startsAt <= m_clock.now())
        refusal = Refusal::BookingNotActive;
    if (!refusal)
        return view;
    notice(refusalText(*refusal));
    showBookings(0, refusalText(*refusal));
    return std::nullopt;
}

QSet<qint64> Conversation::heldSlots()
{
    QSet<qint64> held;
    for (const BookingView &view : m_queries.upcomingBookings(m_user.id))
        held.insert(view.slot.id);
    return held;
}

QString Conversation::when(const QueueRecord &queue, const SlotRecord &slot) const
{
    return Formatting::shortDate(Formatting::localDate(slot.startsAt, queue.timezone), m_user.language) + u", "_s
        + Formatting::time(slot.startsAt, queue.timezone);
}

QString Conversation::details(const QueueRecord &queue, const SlotRecord &slot) const
{
    return Formatting::appointment(m_user.language,
                                   Formatting::queueName(m_user.language, queue.nameRu, queue.nameEn),
                                   slot.startsAt, slot.endsAt, queue.timezone);
}

QString Conversation::pickHeader(const Pick &pick) const
{
    if (pick.moving) {
        return t(QT_TRANSLATE_NOOP("Dialogues", "Moving booking %1 (%2)."))
            .arg(bold(pick.moving->booking.code), when(pick.queue, pick.moving->slot))
            + u'\n' + bold(Formatting::queueName(m_user.language, pick.queue.nameRu, pick.queue.nameEn));
    }
    return bold(Formatting::queueName(m_user.language, pick.queue.nameRu, pick.queue.nameEn));
}

CallbackData Conversation::backFromDays(const PickTarget &target)
{
    if (target.isBooking())
        return CallbackData::bookings();
    return m_queries.activeQueues().size() > 1 ? CallbackData::queues() : CallbackData::menu();
}

void Conversation::showDays(const PickTarget &target, int page, const QString &lead)
{
    const std::optional<Pick> pick = resolveForBooking(target, lead);
    if (!pick)
        return;
    const QList<FreeDay> days = m_queries.freeDays(pick->queue, heldSlots());
    InlineKeyboard keyboard;
    QString text = joined(lead, pickHeader(*pick));
    if (days.isEmpty()) {
        text = joined(text, t(QT_TRANSLATE_N_NOOP("Dialogues", "Sorry, there are no free times in the next %n day(s)."),
                              pick->queue.horizonDays));
    } else {
        const int pages = pageCount(days.size(), Dialogues::kDaysPerPage);
        page = qBound(0, page, pages - 1);
        text = joined(text, t(QT_TRANSLATE_NOOP("Dialogues", "Choose a date (free seats in brackets):")));
        if (pages > 1)
            text += u"\n"_s + pageLine(page, pages);
        int inRow = 0;
        for (const FreeDay &day : days.mid(qsizetype(page) * Dialogues::kDaysPerPage, Dialogues::kDaysPerPage)) {
            keyboard.button(Formatting::shortDate(day.day, m_user.language) + u" ("_s
                                + QString::number(day.freeSeats) + u')',
                            CallbackData::times(target, day.day));
            if (++inRow % 2 == 0)
                keyboard.row();
        }
        addPaging(keyboard, page, pages, [&](int p) { return CallbackData::days(target, p); });
    }
    keyboard.row();
    const CallbackData back = backFromDays(target);
    if (back.action != CallbackData::Action::Menu)
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "↩ Back")), back);
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    show({text, keyboard.toJson()});
}

void Conversation::showTimes(const PickTarget &target, const QDate &day, int page, const QString &lead)
{
    const std::optional<Pick> pick = resolveForBooking(target, lead);
    if (!pick)
        return;
    const QList<SlotRecord> times = m_queries.bookableSlots(pick->queue, day, heldSlots());
    if (times.isEmpty()) {
        const QString none = t(QT_TRANSLATE_NOOP("Dialogues", "Sorry, there are no free times left on this day."));
        notice(none);
        showDays(target, 0, joined(lead, none));
        return;
    }
    const int pages = pageCount(times.size(), Dialogues::kTimesPerPage);
    page = qBound(0, page, pages - 1);
    QString text = joined(lead, pickHeader(*pick));
    text += u"\n📅 "_s + Formatting::longDate(day, m_user.language) + u" ("_s + html(pick->queue.timezone) + u')';
    text = joined(text, t(QT_TRANSLATE_NOOP("Dialogues", "Choose a time:")));
    if (pages > 1)
        text += u"\n"_s + pageLine(page, pages);
    InlineKeyboard keyboard;
    int inRow = 0;
    for (const SlotRecord &slot : times.mid(qsizetype(page) * Dialogues::kTimesPerPage, Dialogues::kTimesPerPage)) {
        keyboard.button(Formatting::time(slot.startsAt, pick->queue.timezone), CallbackData::review(target, slot.id));
        if (++inRow % 3 == 0)
            keyboard.row();
    }
    addPaging(keyboard, page, pages, [&](int p) { return CallbackData::times(target, day, p); });
    keyboard.row();
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "↩ Back")), CallbackData::days(target));
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    show({text, keyboard.toJson()});
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
    std::optional<SlotRecord> slot = m_queries.slot(slotId);
    if (slot && slot->queueId != pick->queue.id)
        slot.reset();
    std::optional<Refusal> refusal;
    if (!slot)
        refusal = Refusal::SlotNotFound;
    else if (const std::optional<Refusal> closed = BookingService::slotRefusal(*slot, pick->queue, m_clock.now()))
        refusal = closed;
    else if (heldSlots().contains(slot->id))
        refusal = Refusal::AlreadyBooked;
    else if (slot->freeSeats() <= 0)
        refusal = Refusal::SlotFull;
    if (refusal) {
        refused(target, pick->queue, slot, *refusal);
        return;
    }
    InlineKeyboard keyboard;
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "✅ Confirm")), CallbackData::confirm(target, slot->id));
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "↩ Back")),
                    CallbackData::times(target, BookingQueries::localDate(pick->queue, slot->startsAt)));
    QString text;
    if (pick->moving) {
        text = t(QT_TRANSLATE_NOOP("Dialogues", "Move booking %1?")).arg(bold(pick->moving->booking.code)) + u"\n\n"_s
            + t(QT_TRANSLATE_NOOP("Dialogues", "From: %1")).arg(when(pick->queue, pick->moving->slot)) + u'\n'
            + t(QT_TRANSLATE_NOOP("Dialogues", "To: %1")).arg(when(pick->queue, *slot)) + u"\n\n"_s
            + details(pick->queue, *slot);
    } else {
        text = t(QT_TRANSLATE_NOOP("Dialogues", "Please check your booking:")) + u"\n\n"_s + details(pick->queue, *slot)
            + u"\n\n"_s + t(QT_TRANSLATE_NOOP("Dialogues", "Is everything correct?"));
    }
    show({text, keyboard.toJson()});
}

void Conversation::confirm(const PickTarget &target, qint64 slotId)
{
    const std::optional<Pick> pick = resolveForBooking(target, {});
    if (!pick)
        return;
    // The button names the queue: a slot of another queue is not what the person was shown.
    std::optional<SlotRecord> slot = m_queries.slot(slotId);
    if (!slot || slot->queueId != pick->queue.id) {
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
    const std::optional<BookingView> view = m_queries.booking(outcome.value().id);
    if (!view) {
        showBookings(0);
        return;
    }
    notice(target.isBooking() ? t(QT_TRANSLATE_NOOP("Dialogues", "Your booking has been moved."))
                              : t(QT_TRANSLATE_NOOP("Dialogues", "You are booked.")));
    show(confirmation(*view, target.isBooking() ? t(QT_TRANSLATE_NOOP("Dialogues", "✅ Your booking has been moved."))
                                                : t(QT_TRANSLATE_NOOP("Dialogues", "✅ You are booked."))));
}

Screen Conversation::confirmation(const BookingView &view, const QString &lead) const
{
    QString text = joined(lead, details(view.queue, view.slot));
    text += u"\n🎫 "_s + t(QT_TRANSLATE_NOOP("Dialogues", "Booking code: %1")).arg(bold(view.booking.code));
    text = joined(text, t(QT_TRANSLATE_NOOP("Dialogues", "Please show this code at the office.")));
    InlineKeyboard keyboard;
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "✖ Cancel booking")), CallbackData::askCancel(view.booking.id));
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "🔁 Reschedule")), CallbackData::reschedule(view.booking.id));
    keyboard.row().button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    return {text, keyboard.toJson()};
}

void Conversation::showBookings(int page, const QString &lead)
{
    const QList<BookingView> bookings = m_queries.upcomingBookings(m_user.id);
    InlineKeyboard keyboard;
    if (bookings.isEmpty()) {
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "📅 Book an appointment")), CallbackData::queues()).row();
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
        show({joined(lead, t(QT_TRANSLATE_NOOP("Dialogues", "You have no upcoming bookings."))), keyboard.toJson()});
        return;
    }
    const int pages = pageCount(bookings.size(), Dialogues::kBookingsPerPage);
    page = qBound(0, page, pages - 1);
    QStringList entries;
    for (const BookingView &view :
         bookings.mid(qsizetype(page) * Dialogues::kBookingsPerPage, Dialogues::kBookingsPerPage)) {
        entries.append(u"🎫 "_s + bold(view.booking.code) + u" · "_s + when(view.queue, view.slot) + u" ("_s
                       + html(view.queue.timezone) + u")\n"_s
                       + html(Formatting::queueName(m_user.language, view.queue.nameRu, view.queue.nameEn)));
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "✖ Cancel %1")).arg(view.booking.code),
                        CallbackData::askCancel(view.booking.id));
        keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "🔁 Move %1")).arg(view.booking.code),
                        CallbackData::reschedule(view.booking.id));
        keyboard.row();
    }
    addPaging(keyboard, page, pages, [](int p) { return CallbackData::bookings(p); });
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    const QString head = joined(lead, t(QT_TRANSLATE_N_NOOP("Dialogues", "You have %n upcoming booking(s):"),
                                        int(bookings.size())));
    show({Formatting::joinWithin(m_user.language, head + u'\n', entries, pageLine(page, pages)), keyboard.toJson()});
}

void Conversation::askCancel(qint64 bookingId)
{
    const std::optional<BookingView> view = ownActiveBooking(bookingId);
    if (!view)
        return;
    InlineKeyboard keyboard;
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "Yes, cancel it")), CallbackData::cancel(bookingId));
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "No, keep it")), CallbackData::bookings());
    show({t(QT_TRANSLATE_NOOP("Dialogues", "Cancel booking %1?")).arg(bold(view->booking.code)) + u"\n\n"_s
              + details(view->queue, view->slot),
          keyboard.toJson()});
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
    InlineKeyboard keyboard;
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "📅 Book another time")),
                    CallbackData::days(PickTarget::queue(outcome.value().queueId)))
        .row();
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "📋 My bookings")), CallbackData::bookings());
    keyboard.button(t(QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
    QString text = t(QT_TRANSLATE_NOOP("Dialogues", "Your booking %1 has been cancelled.")).arg(bold(outcome.value().code));
    if (before)
        text = joined(text, details(before->queue, before->slot));
    show({text, keyboard.toJson()});
}

} // namespace

Dialogues::Dialogues(Database &db, BookingService &bookings, const Clock &clock)
    : m_db(db)
    , m_bookings(bookings)
    , m_clock(clock)
    , m_queries(db, clock)
{
}

QList<BotCall> Dialogues::handle(const TgUpdate &update)
{
    const TgUser *from = update.sender();
    if (!from || from->isBot || from->id <= 0 || (!update.message && !update.callbackQuery))
        return {};
    // The bot serves people in private chats; it stays quiet in groups it was added to.
    if (update.message && !update.message->chatType.isEmpty() && update.message->chatType != u"private"_s)
        return {};

    UserRecord profile;
    profile.telegramId = from->id;
    profile.firstName = from->firstName;
    profile.lastName = from->lastName;
    profile.username = from->username;
    profile.language = Translations::languageFor(from->languageCode);
    const qint64 userId = m_bookings.registerUser(profile);
    const std::optional<UserRecord> user = m_queries.user(userId);
    if (!user)
        return {};

    const qint64 chatId = update.message ? update.message->chatId : update.callbackQuery->chatId;
    Conversation conversation(m_db, m_bookings, m_queries, m_clock, *user, chatId, update.updateId);
    if (update.callbackQuery)
        conversation.callback(*update.callbackQuery);
    else
        conversation.message(*update.message);
    return conversation.calls();
}

QList<BotCall> Dialogues::commandMenus()
{
    QList<BotCall> calls;
    for (const QString &language : Translations::languages()) {
        const auto describe = [&](const char *name, const char *description) {
            return QJsonObject{{u"command"_s, QString::fromLatin1(name)},
                               {u"description"_s, Formatting::text(language, description)}};
        };
        const QJsonArray commands{
            describe("start", QT_TRANSLATE_NOOP("Dialogues", "Main menu")),
            describe("book", QT_TRANSLATE_NOOP("Dialogues", "Book an appointment")),
            describe("bookings", QT_TRANSLATE_NOOP("Dialogues", "My bookings")),
            describe("language", QT_TRANSLATE_NOOP("Dialogues", "Change the language")),
            describe("cancel", QT_TRANSLATE_NOOP("Dialogues", "Leave the current step")),
            describe("help", QT_TRANSLATE_NOOP("Dialogues", "Help")),
        };
        QJsonObject params{{u"commands"_s, commands}};
        // English is the default for everyone whose Telegram is not set to a language of ours.
        if (language != u"en"_s)
            params.insert(u"language_code"_s, language);
        calls.append({u"setMyCommands"_s, params});
    }
    return calls;
}
