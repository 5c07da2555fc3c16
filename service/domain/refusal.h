// Why the domain said no: a stable code for the API and a sentence for people, in RU or EN.
#pragma once

#include <QString>

#include <utility>
#include <variant>

enum class Refusal {
    QueueNotFound,
    SlotNotFound,
    BookingNotFound,
    UserNotFound,
    StaffNotFound,
    InvalidInput,
    SlotFull,
    SlotNotOpen,
    SlotStarted,
    TooLate,
    BeyondHorizon,
    AlreadyBooked,
    TooManyActiveBookings,
    UserBanned,
    NoShowLimitReached,
    CancelDeadlinePassed,
    BookingNotActive,
    NotYourBooking,
    DuplicateSlot,
    StaffNameTaken,
    CapacityBelowBooked,
    TooManySlots,
    MessageNotFound,
    MessageNotRetryable,
    AlreadyWaiting,
    WaitlistEntryNotFound,
    OfferNotHeld,
    WaitlistDayNotOpen,
    WalkinNotAllowed,
    QueueClosedNow,
    AlreadyInLine,
    CheckinNotOpen,
    TicketNotFound,
    TicketNotInState,
    LineEmpty,
    BookingNotConfirmable,
    ScheduleExceptionNotFound,
};

// The last refusal, so tests can walk them all.
constexpr Refusal kLastRefusal = Refusal::ScheduleExceptionNotFound;

// Stable snake_case code, e.g. "slot_full".
QString refusalCode(Refusal refusal);
// Untranslated English source text, marked for translation in the "Refusal" context.
const char *refusalSourceText(Refusal refusal);
// The sentence in the application's current language.
QString refusalMessage(Refusal refusal);

// Either a value or the reason it could not be produced.
template<typename T>
class Outcome
{
public:
    Outcome(T value) : m_state(std::move(value)) {}
    Outcome(Refusal refusal) : m_state(refusal) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    Refusal refusal() const { return std::get<Refusal>(m_state); }

private:
    std::variant<T, Refusal> m_state;
};

struct Done
{
};

// Thrown inside a write transaction to roll it back and report a refusal.
struct Refused
{
    Refusal reason;
};
