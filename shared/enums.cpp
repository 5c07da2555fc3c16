#include "enums.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

constexpr NameTable<SlotStatus, 3> slotStatusNames{{
    {SlotStatus::Open, "open"},
    {SlotStatus::Closed, "closed"},
    {SlotStatus::Cancelled, "cancelled"},
}};
constexpr NameTable<BookingStatus, 6> bookingStatusNames{{
    {BookingStatus::Active, "active"},
    {BookingStatus::CancelledByUser, "cancelled_by_user"},
    {BookingStatus::CancelledByStaff, "cancelled_by_staff"},
    {BookingStatus::Attended, "attended"},
    {BookingStatus::NoShow, "no_show"},
    {BookingStatus::Expired, "expired"},
}};
constexpr NameTable<BookingSource, 2> bookingSourceNames{{
    {BookingSource::Telegram, "telegram"},
    {BookingSource::Console, "console"},
}};
constexpr NameTable<StaffRole, 3> staffRoleNames{{
    {StaffRole::Viewer, "viewer"},
    {StaffRole::Operator, "operator"},
    {StaffRole::Admin, "admin"},
}};
constexpr NameTable<ActorType, 3> actorTypeNames{{
    {ActorType::System, "system"},
    {ActorType::Staff, "staff"},
    {ActorType::User, "user"},
}};
constexpr NameTable<WaitlistStatus, 6> waitlistStatusNames{{
    {WaitlistStatus::Waiting, "waiting"},
    {WaitlistStatus::Offered, "offered"},
    {WaitlistStatus::Accepted, "accepted"},
    {WaitlistStatus::Declined, "declined"},
    {WaitlistStatus::Expired, "expired"},
    {WaitlistStatus::Cancelled, "cancelled"},
}};
constexpr NameTable<TicketKind, 2> ticketKindNames{{
    {TicketKind::Walkin, "walkin"},
    {TicketKind::Booking, "booking"},
}};
constexpr NameTable<TicketStatus, 6> ticketStatusNames{{
    {TicketStatus::Waiting, "waiting"},
    {TicketStatus::Called, "called"},
    {TicketStatus::Served, "served"},
    {TicketStatus::NoShow, "no_show"},
    {TicketStatus::Cancelled, "cancelled"},
    {TicketStatus::Expired, "expired"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name)
{
    for (const auto &[key, text] : table) {
        if (name == QLatin1String(text))
            return key;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const NameTable<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

} // namespace

QString enumName(SlotStatus value) { return nameOf(slotStatusNames, value); }
QString enumName(BookingStatus value) { return nameOf(bookingStatusNames, value); }
QString enumName(BookingSource value) { return nameOf(bookingSourceNames, value); }
QString enumName(StaffRole value) { return nameOf(staffRoleNames, value); }
QString enumName(ActorType value) { return nameOf(actorTypeNames, value); }
QString enumName(WaitlistStatus value) { return nameOf(waitlistStatusNames, value); }
QString enumName(TicketKind value) { return nameOf(ticketKindNames, value); }
QString enumName(TicketStatus value) { return nameOf(ticketStatusNames, value); }

template<> std::optional<SlotStatus> enumFromString<SlotStatus>(const QString &name) { return valueOf(slotStatusNames, name); }
template<> std::optional<BookingStatus> enumFromString<BookingStatus>(const QString &name) { return valueOf(bookingStatusNames, name); }
template<> std::optional<BookingSource> enumFromString<BookingSource>(const QString &name) { return valueOf(bookingSourceNames, name); }
template<> std::optional<StaffRole> enumFromString<StaffRole>(const QString &name) { return valueOf(staffRoleNames, name); }
template<> std::optional<ActorType> enumFromString<ActorType>(const QString &name) { return valueOf(actorTypeNames, name); }
template<> std::optional<WaitlistStatus> enumFromString<WaitlistStatus>(const QString &name) { return valueOf(waitlistStatusNames, name); }
template<> std::optional<TicketKind> enumFromString<TicketKind>(const QString &name) { return valueOf(ticketKindNames, name); }
template<> std::optional<TicketStatus> enumFromString<TicketStatus>(const QString &name) { return valueOf(ticketStatusNames, name); }

template<> QList<SlotStatus> enumValues<SlotStatus>() { return valuesOf(slotStatusNames); }
template<> QList<BookingStatus> enumValues<BookingStatus>() { return valuesOf(bookingStatusNames); }
template<> QList<BookingSource> enumValues<BookingSource>() { return valuesOf(bookingSourceNames); }
template<> QList<StaffRole> enumValues<StaffRole>() { return valuesOf(staffRoleNames); }
template<> QList<ActorType> enumValues<ActorType>() { return valuesOf(actorTypeNames); }
template<> QList<WaitlistStatus> enumValues<WaitlistStatus>() { return valuesOf(waitlistStatusNames); }
template<> QList<TicketKind> enumValues<TicketKind>() { return valuesOf(ticketKindNames); }
template<> QList<TicketStatus> enumValues<TicketStatus>() { return valuesOf(ticketStatusNames); }
