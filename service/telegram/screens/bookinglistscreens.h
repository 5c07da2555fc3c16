// The screens of the person's own bookings: the list of upcoming ones, the question before
// cancelling one, and what is left once it is cancelled.
#pragma once

#include "domain/bookingqueries.h"
#include "telegram/replies.h"

#include <QList>
#include <QString>

#include <optional>

namespace Screens {

// A page of the upcoming bookings (a way to book when there are none), each to cancel or move;
// cut to Telegram's message length.
Screen bookings(const QString &language, const QList<BookingView> &bookings, int page, const QString &lead = {});
Screen askCancel(const QString &language, const BookingView &view);
// `booking` has been cancelled; `before` (the booking as it was, when known) adds its details.
Screen cancelled(const QString &language, const BookingRecord &booking, const std::optional<BookingView> &before);

} // namespace Screens
