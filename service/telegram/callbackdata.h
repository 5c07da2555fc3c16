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
    };

    Action action = Action::Menu;
    PickTarget target; // Days, Times, Review, Confirm
    qint64 id = 0;     // the slot (Review, Confirm) or the booking (AskCancel, Cancel, Reschedule)
    QDate day;         // Times
    int page = 0;      // Queues, Days, Times, Bookings
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

    QString toString() const;
    // Nothing for data we did not write: unknown actions, bad numbers, impossible dates, too long.
    static std::optional<CallbackData> parse(const QString &data);

private:
    static CallbackData make(Action action);
};
