// One update's worth of conversation with one person: reads what they asked, calls the domain,
// keeps the dialogue state and chooses the screens (telegram/screens/) to answer with.
//
// A new step is a screen (data in, Screen out, tested without a database), an Action in
// CallbackData for its buttons, and a case in callback() that asks the domain and shows the screen;
// the compiler points at the switch until the new Action has its case.
#pragma once

#include "domain/bookingqueries.h"
#include "domain/refusal.h"
#include "telegram/replies.h"
#include "telegram/screens/bookingscreens.h"
#include "telegram/screens/livescreens.h"
#include "telegram/telegramtypes.h"

#include <QList>
#include <QString>

#include <optional>

class BookingService;
class Clock;
class Database;
class DomainServices;
struct DialogueState;

class Conversation
{
public:
    Conversation(DomainServices &domain, UserRecord user, qint64 chatId, qint64 updateId);

    void message(const TgMessage &message);
    void callback(const TgCallbackQuery &query);
    // The Bot API calls that answer the update, in order; a callback's answer comes first.
    QList<BotCall> calls() const;

private:
    using Pick = Screens::Pick;

    QString t(const char *source) const;
    QString refusalText(Refusal refusal) const;
    Actor actor() const { return Actor::telegram(m_user.id, m_updateId); }

    // Output: a pressed button's message is edited in place (once per turn), anything else is a
    // new message; the notice is the short text the callback's answer shows.
    void show(const Screen &screen);
    void send(const Screen &screen);
    void notice(const QString &text);

    // Commands and free text.
    void command(const QString &name, const QString &argument);
    void start(const QString &payload);
    void cancelInput();
    void contact(const TgMessage &message);
    void askPhone(const QueueRecord &queue, const QString &lead);
    std::optional<DialogueState> takeState();

    // Steps.
    void showMenu(const QString &lead = {});
    void switchLanguage(const QString &language);
    void showQueues(int page, const QString &lead = {});
    void showDays(const PickTarget &target, int page, const QString &lead = {});
    void showTimes(const PickTarget &target, const QDate &day, int page, const QString &lead = {});
    void review(const PickTarget &target, qint64 slotId);
    void confirm(const PickTarget &target, qint64 slotId);
    void showBookings(int page, const QString &lead = {});
    void askCancel(qint64 bookingId);
    void cancel(qint64 bookingId);
    void confirmBooking(qint64 bookingId);
    void showWaitlistDays(qint64 queueId, int page, const QString &lead = {});
    void joinWaitlist(qint64 queueId, const QDate &day);
    void acceptOffer(qint64 entryId);
    void declineOffer(qint64 entryId);
    void leaveWaitlist(qint64 entryId);
    void showLiveQueues(int page, const QString &lead = {});
    void takeTicket(qint64 queueId);
    void checkIn(qint64 bookingId);
    void showTicket(qint64 ticketId, const QString &lead = {});
    void leaveLine(qint64 ticketId);
    // A ticket as its screen shows it, with its place in line while waiting.
    Screens::TicketView ticketView(const LiveTicket &ticket);
    // Shows why the domain said no and what the person has now.
    void refusedHere(Refusal refusal);

    // What `target` is, or nothing when it is gone (the person is shown why).
    std::optional<Pick> resolve(const PickTarget &target);
    // resolve(), and for a new booking the phone the queue requires: asks for it and returns
    // nothing when it is missing.
    std::optional<Pick> resolveForBooking(const PickTarget &target, const QString &lead);
    // The person's booking they may still change, or nothing (they are shown their list).
    std::optional<BookingView> ownActiveBooking(qint64 bookingId);
    // Shows why the domain said no, with fresh choices where the refusal is about them.
    void refused(const PickTarget &target, const QueueRecord &queue, const std::optional<SlotRecord> &slot,
                 Refusal refusal);

    DomainServices &m_domain;
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
