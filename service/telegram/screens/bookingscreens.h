// The screens of choosing a time: the queues, a queue's free days, a day's free times, the review
// before confirming, and the confirmation with the booking code. Used both for a new booking and
// for moving one.
#pragma once

#include "domain/bookingqueries.h"
#include "telegram/callbackdata.h"
#include "telegram/replies.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Screens {

// What the person is choosing a time for: a new booking in `queue`, or moving `moving` (a booking
// of `queue`). `target` goes into the buttons.
struct Pick
{
    PickTarget target;
    QueueRecord queue;
    std::optional<BookingView> moving;
};

// The queues to book in, a page of them.
Screen queues(const QString &language, const QList<QueueRecord> &queues, int page, const QString &lead = {});
// The days with free seats, a page of them; none: "no free times in the next n days".
// `severalQueues`: a new booking can go back to the choice of queue.
// `canWait`: some days are full, so a new booking may join a waiting list instead.
Screen days(const QString &language, const Pick &pick, const QList<FreeDay> &days, int page, bool severalQueues,
            const QString &lead = {}, bool canWait = false);
// The free times of `day` (not empty), a page of them.
Screen times(const QString &language, const Pick &pick, const QDate &day, const QList<SlotRecord> &times, int page,
             const QString &lead = {});
// What booking (or moving to) `slot` means, with Confirm and Back.
Screen review(const QString &language, const Pick &pick, const SlotRecord &slot);
// A booking made or moved: its details and code, to cancel or move it again.
Screen booked(const QString &language, const BookingView &view, const QString &lead);

} // namespace Screens
