// The screens of the person's own bookings: the list of upcoming ones (with the waiting lists they
// are on and their live-queue tickets), the question before cancelling one, and what is left once
// it is cancelled.
#pragma once

#include "domain/bookingqueries.h"
#include "telegram/replies.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace Screens {

// Everything the person has going on.
struct MyItems
{
    // Only bookings, nothing else going on.
    MyItems(QList<BookingView> upcoming = {}) : bookings(std::move(upcoming)) {}

    QList<BookingView> bookings;                      // upcoming, by start
    QSet<qint64> canCheckIn;                          // bookings whose check-in is open now
    QList<QPair<WaitlistEntry, QueueRecord>> waiting; // waiting lists they are on
    QList<QPair<LiveTicket, QueueRecord>> tickets;    // open live-queue tickets
};

// A page of the upcoming bookings (a way to book when there are none), each to cancel or move,
// or "I'm here" while its check-in is open; then the tickets and waiting lists. Cut to Telegram's
// message length.
Screen bookings(const QString &language, const MyItems &items, int page, const QString &lead = {});
Screen askCancel(const QString &language, const BookingView &view);
// `booking` has been cancelled; `before` (the booking as it was, when known) adds its details.
Screen cancelled(const QString &language, const BookingRecord &booking, const std::optional<BookingView> &before);

} // namespace Screens
