// What an inline button asks for, written compactly into its callback_data (Telegram allows 64
// bytes) and parsed back strictly: anything malformed is rejected, never guessed at.
//
//   m                         main menu              h             help
//   g                         choose a language      g:<ru|en>     switch to it
//   q[:<page>]                queues to book in      l[:<page>]    my bookings
//   p:<target>[:<page>]       days with free seats
//   d:<target>:<yyyymmdd>[:<page>]   free times of a day
//   s:<target>:<slot>         review the choice      k:<target>:<slot>   confirm it
//   c:<booking>               ask to cancel          x:<booking>   cancel
//   r:<booking>               reschedule (the days of its queue)
//   f:<booking>               confirm I will come   i:<booking>   I'm here (check in)
//   y:<queue>[:<page>]        full days to wait for w:<queue>:<yyyymmdd>   join the waiting list
//   a:<entry>                 take the offered seat n:<entry>     decline it
//   u:<entry>                 leave the waiting list
//   z[:<page>]                queues taking walk-ins now
//   t:<queue>                 take a ticket         o:<ticket>    where am I   v:<ticket>   leave the line
//
// <target> is q<queue> (a new booking) or b<booking> (moving that booking).
#pragma once

#include <QDate>
#include <QString>

#include <optional>

struct PickTarget
{
    enum class Kind { Queue, Booking };
    Kind kind = Kind::Queue;
    qint64 id = 0;

    static PickTarget queue(qint64 queueId) { return {Kind::Queue, queueId}; }
    static PickTarget booking(qint64 bookingId) { return {Kind::Booking, bookingId}; }
    bool isBooking() const { return kind == Kind::Booking; }
};

struct CallbackData
{
    enum class Action {
        Menu,
        Help,
        Languages,
        SetLanguage,
        Queues,
        Days,
        Times,
        Review,
        Confirm,
        Bookings,
        AskCancel,
        Cancel,
        Reschedule,
        ConfirmBooking,
        CheckIn,
        WaitlistDays,
        JoinWaitlist,
        AcceptOffer,
        DeclineOffer,
        LeaveWaitlist,
        LiveQueues,
        TakeTicket,
        TicketStatus,
        LeaveLine,
    };

    Action action = Action::Menu;
    PickTarget target; // Days, Times, Review, Confirm
    // The slot (Review, Confirm), the booking (AskCancel, Cancel, Reschedule, ConfirmBooking,
    // CheckIn), the queue (WaitlistDays, JoinWaitlist, TakeTicket), the waiting list entry
    // (AcceptOffer, DeclineOffer, LeaveWaitlist) or the ticket (TicketStatus, LeaveLine).
    qint64 id = 0;
    QDate day;         // Times, JoinWaitlist
    int page = 0;      // Queues, Days, Times, Bookings, WaitlistDays, LiveQueues
    QString language;  // SetLanguage

    static constexpr int kMaxBytes = 64;
    static constexpr int kMaxPage = 9999;

    static CallbackData menu() { return {}; }
    static CallbackData help() { return make(Action::Help); }
    static CallbackData languages() { return make(Action::Languages); }
    static CallbackData setLanguage(const QString &language);
    static CallbackData queues(int page = 0);
    static CallbackData days(PickTarget target, int page = 0);
    static CallbackData times(PickTarget target, const QDate &day, int page = 0);
    static CallbackData review(PickTarget target, qint64 slotId);
    static CallbackData confirm(PickTarget target, qint64 slotId);
    static CallbackData bookings(int page = 0);
    static CallbackData askCancel(qint64 bookingId);
    static CallbackData cancel(qint64 bookingId);
    static CallbackData reschedule(qint64 bookingId);
    static CallbackData confirmBooking(qint64 bookingId) { return withId(Action::ConfirmBooking, bookingId); }
    static CallbackData checkIn(qint64 bookingId) { return withId(Action::CheckIn, bookingId); }
    static CallbackData waitlistDays(qint64 queueId, int page = 0);
    static CallbackData joinWaitlist(qint64 queueId, const QDate &day);
    static CallbackData acceptOffer(qint64 entryId) { return withId(Action::AcceptOffer, entryId); }
    static CallbackData declineOffer(qint64 entryId) { return withId(Action::DeclineOffer, entryId); }
    static CallbackData leaveWaitlist(qint64 entryId) { return withId(Action::LeaveWaitlist, entryId); }
    static CallbackData liveQueues(int page = 0);
    static CallbackData takeTicket(qint64 queueId) { return withId(Action::TakeTicket, queueId); }
    static CallbackData ticketStatus(qint64 ticketId) { return withId(Action::TicketStatus, ticketId); }
    static CallbackData leaveLine(qint64 ticketId) { return withId(Action::LeaveLine, ticketId); }

    QString toString() const;
    // Nothing for data we did not write: unknown actions, bad numbers, impossible dates, too long.
    static std::optional<CallbackData> parse(const QString &data);

private:
    static CallbackData make(Action action);
    static CallbackData withId(Action action, qint64 id);
};
