// Domain enumerations and their stable wire names, shared by the service and the console.
#pragma once

#include <QList>
#include <QString>

#include <optional>

enum class SlotStatus { Open, Closed, Cancelled };
enum class BookingStatus { Active, CancelledByUser, CancelledByStaff, Attended, NoShow, Expired };
enum class BookingSource { Telegram, Console };
enum class StaffRole { Viewer, Operator, Admin };
enum class ActorType { System, Staff, User };
enum class WaitlistStatus { Waiting, Offered, Accepted, Declined, Expired, Cancelled };
enum class TicketKind { Walkin, Booking };
enum class TicketStatus { Waiting, Called, Served, NoShow, Cancelled, Expired };

// Each enum has a stable lower-case name used in the database, the API and logs.
QString enumName(SlotStatus value);
QString enumName(BookingStatus value);
QString enumName(BookingSource value);
QString enumName(StaffRole value);
QString enumName(ActorType value);
QString enumName(WaitlistStatus value);
QString enumName(TicketKind value);
QString enumName(TicketStatus value);

template<typename Enum> std::optional<Enum> enumFromString(const QString &name);
template<> std::optional<SlotStatus> enumFromString<SlotStatus>(const QString &name);
template<> std::optional<BookingStatus> enumFromString<BookingStatus>(const QString &name);
template<> std::optional<BookingSource> enumFromString<BookingSource>(const QString &name);
template<> std::optional<StaffRole> enumFromString<StaffRole>(const QString &name);
template<> std::optional<ActorType> enumFromString<ActorType>(const QString &name);
template<> std::optional<WaitlistStatus> enumFromString<WaitlistStatus>(const QString &name);
template<> std::optional<TicketKind> enumFromString<TicketKind>(const QString &name);
template<> std::optional<TicketStatus> enumFromString<TicketStatus>(const QString &name);

// Every value of an enum, in declaration order.
template<typename Enum> QList<Enum> enumValues();
template<> QList<SlotStatus> enumValues<SlotStatus>();
template<> QList<BookingStatus> enumValues<BookingStatus>();
template<> QList<BookingSource> enumValues<BookingSource>();
template<> QList<StaffRole> enumValues<StaffRole>();
template<> QList<ActorType> enumValues<ActorType>();
template<> QList<WaitlistStatus> enumValues<WaitlistStatus>();
template<> QList<TicketKind> enumValues<TicketKind>();
template<> QList<TicketStatus> enumValues<TicketStatus>();
