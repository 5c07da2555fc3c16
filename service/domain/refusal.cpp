#include "refusal.h"

#include <QCoreApplication>

#include <array>

namespace {

struct RefusalText
{
    Refusal refusal;
    const char *code;
    const char *text;
};

constexpr std::array kRefusals{
    RefusalText{Refusal::QueueNotFound, "queue_not_found", QT_TRANSLATE_NOOP("Refusal", "This queue does not exist.")},
    RefusalText{Refusal::SlotNotFound, "slot_not_found", QT_TRANSLATE_NOOP("Refusal", "This time slot does not exist.")},
    RefusalText{Refusal::BookingNotFound, "booking_not_found", QT_TRANSLATE_NOOP("Refusal", "This booking does not exist.")},
    RefusalText{Refusal::UserNotFound, "user_not_found", QT_TRANSLATE_NOOP("Refusal", "This person is not registered.")},
    RefusalText{Refusal::StaffNotFound, "staff_not_found", QT_TRANSLATE_NOOP("Refusal", "There is no active staff account with this name.")},
    RefusalText{Refusal::InvalidInput, "invalid_input", QT_TRANSLATE_NOOP("Refusal", "Some of the data is invalid.")},
    RefusalText{Refusal::SlotFull, "slot_full", QT_TRANSLATE_NOOP("Refusal", "Sorry, this time slot is already full.")},
    RefusalText{Refusal::SlotNotOpen, "slot_not_open", QT_TRANSLATE_NOOP("Refusal", "This time slot is closed for booking.")},
    RefusalText{Refusal::SlotStarted, "slot_started", QT_TRANSLATE_NOOP("Refusal", "This time slot has already started.")},
    RefusalText{Refusal::TooLate, "too_late", QT_TRANSLATE_NOOP("Refusal", "It is too late to book this time slot.")},
    RefusalText{Refusal::BeyondHorizon, "beyond_horizon", QT_TRANSLATE_NOOP("Refusal", "Booking for this date is not open yet.")},
    RefusalText{Refusal::AlreadyBooked, "already_booked", QT_TRANSLATE_NOOP("Refusal", "You have already booked this time slot.")},
    RefusalText{Refusal::TooManyActiveBookings, "too_many_active_bookings", QT_TRANSLATE_NOOP("Refusal", "You already have the maximum number of active bookings in this queue.")},
    RefusalText{Refusal::UserBanned, "user_banned", QT_TRANSLATE_NOOP("Refusal", "Booking is not available for your account. Please contact the office.")},
    RefusalText{Refusal::NoShowLimitReached, "no_show_limit_reached", QT_TRANSLATE_NOOP("Refusal", "Booking is restricted because of missed appointments. Please contact the office.")},
    RefusalText{Refusal::CancelDeadlinePassed, "cancel_deadline_passed", QT_TRANSLATE_NOOP("Refusal", "It is too late to cancel this booking.")},
    RefusalText{Refusal::BookingNotActive, "booking_not_active", QT_TRANSLATE_NOOP("Refusal", "This booking is no longer active.")},
    RefusalText{Refusal::NotYourBooking, "not_your_booking", QT_TRANSLATE_NOOP("Refusal", "This booking belongs to someone else.")},
    RefusalText{Refusal::DuplicateSlot, "duplicate_slot", QT_TRANSLATE_NOOP("Refusal", "A time slot already starts at this time.")},
    RefusalText{Refusal::StaffNameTaken, "staff_name_taken", QT_TRANSLATE_NOOP("Refusal", "A staff account with this name already exists.")},
    RefusalText{Refusal::CapacityBelowBooked, "capacity_below_booked", QT_TRANSLATE_NOOP("Refusal", "The capacity cannot be lower than the number of seats already booked.")},
    RefusalText{Refusal::TooManySlots, "too_many_slots", QT_TRANSLATE_NOOP("Refusal", "Too many time slots at once; choose a shorter period.")},
    RefusalText{Refusal::MessageNotFound, "message_not_found", QT_TRANSLATE_NOOP("Refusal", "This message does not exist.")},
    RefusalText{Refusal::MessageNotRetryable, "message_not_retryable", QT_TRANSLATE_NOOP("Refusal", "Only a message that could not be delivered can be sent again.")},
    RefusalText{Refusal::AlreadyWaiting, "already_waiting", QT_TRANSLATE_NOOP("Refusal", "You are already on the waiting list for this day.")},
    RefusalText{Refusal::WaitlistEntryNotFound, "waitlist_entry_not_found", QT_TRANSLATE_NOOP("Refusal", "This waiting list entry does not exist.")},
    RefusalText{Refusal::OfferNotHeld, "offer_not_held", QT_TRANSLATE_NOOP("Refusal", "Sorry, this offer is no longer available.")},
    RefusalText{Refusal::WaitlistDayNotOpen, "waitlist_day_not_open", QT_TRANSLATE_NOOP("Refusal", "The waiting list is not open for this day.")},
    RefusalText{Refusal::WalkinNotAllowed, "walkin_not_allowed", QT_TRANSLATE_NOOP("Refusal", "This queue does not take walk-in visitors.")},
    RefusalText{Refusal::QueueClosedNow, "queue_closed_now", QT_TRANSLATE_NOOP("Refusal", "The office is closed right now.")},
    RefusalText{Refusal::AlreadyInLine, "already_in_line", QT_TRANSLATE_NOOP("Refusal", "You are already in this queue today.")},
    RefusalText{Refusal::CheckinNotOpen, "checkin_not_open", QT_TRANSLATE_NOOP("Refusal", "Check-in for this booking is not open now.")},
    RefusalText{Refusal::TicketNotFound, "ticket_not_found", QT_TRANSLATE_NOOP("Refusal", "This ticket does not exist.")},
    RefusalText{Refusal::TicketNotInState, "ticket_not_in_state", QT_TRANSLATE_NOOP("Refusal", "This ticket is not in a state that allows this.")},
    RefusalText{Refusal::LineEmpty, "line_empty", QT_TRANSLATE_NOOP("Refusal", "Nobody is waiting.")},
    RefusalText{Refusal::BookingNotConfirmable, "booking_not_confirmable", QT_TRANSLATE_NOOP("Refusal", "This booking cannot be confirmed any more.")},
    RefusalText{Refusal::ScheduleExceptionNotFound, "schedule_exception_not_found", QT_TRANSLATE_NOOP("Refusal", "This day has no exception to the schedule.")},
};

const RefusalText &entry(Refusal refusal)
{
    for (const RefusalText &item : kRefusals) {
        if (item.refusal == refusal)
            return item;
    }
    return kRefusals[static_cast<std::size_t>(Refusal::InvalidInput)];
}

} // namespace

QString refusalCode(Refusal refusal)
{
    return QString::fromLatin1(entry(refusal).code);
}

const char *refusalSourceText(Refusal refusal)
{
    return entry(refusal).text;
}

QString refusalMessage(Refusal refusal)
{
    return QCoreApplication::translate("Refusal", refusalSourceText(refusal));
}
