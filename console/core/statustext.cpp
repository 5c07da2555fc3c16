#include "statustext.h"

namespace {

// A wire name and its words (marked for translation in StatusText's context).
struct Named
{
    const char16_t *name;
    const char *text;
};

template<size_t N>
QString wordsFor(const Named (&names)[N], const QString &name)
{
    for (const Named &known : names) {
        if (name == QStringView(known.name))
            return StatusText::tr(known.text);
    }
    return name;
}

} // namespace

QString StatusText::booking(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Active: return tr("Booked");
    case BookingStatus::CancelledByUser: return tr("Cancelled by the person");
    case BookingStatus::CancelledByStaff: return tr("Cancelled by staff");
    case BookingStatus::Attended: return tr("Attended");
    case BookingStatus::NoShow: return tr("No-show");
    case BookingStatus::Expired: return tr("Expired unconfirmed");
    }
    return {};
}

QString StatusText::bookingSource(BookingSource source)
{
    return source == BookingSource::Console ? tr("Through staff") : tr("Telegram");
}

QString StatusText::waitlist(WaitlistStatus status)
{
    switch (status) {
    case WaitlistStatus::Waiting: return tr("Waiting");
    case WaitlistStatus::Offered: return tr("Seat offered");
    case WaitlistStatus::Accepted: return tr("Booked");
    case WaitlistStatus::Declined: return tr("Declined");
    case WaitlistStatus::Expired: return tr("Offer expired");
    case WaitlistStatus::Cancelled: return tr("Removed");
    }
    return {};
}

QString StatusText::role(StaffRole role)
{
    switch (role) {
    case StaffRole::Viewer: return tr("Viewer");
    case StaffRole::Operator: return tr("Operator");
    case StaffRole::Admin: return tr("Administrator");
    }
    return {};
}

QString StatusText::actorType(ActorType type)
{
    switch (type) {
    case ActorType::System: return tr("System");
    case ActorType::Staff: return tr("Staff member");
    case ActorType::User: return tr("Person");
    }
    return {};
}

QString StatusText::outbox(const QString &status)
{
    static const Named names[] = {
        {u"pending", QT_TR_NOOP("Waiting to send")},  {u"sent", QT_TR_NOOP("Sent")},
        {u"failed", QT_TR_NOOP("Failed, retrying")}, {u"dead", QT_TR_NOOP("Failed for good")},
    };
    return wordsFor(names, status);
}

QString StatusText::messageTemplate(const QString &name)
{
    static const Named names[] = {
        {u"booking_created", QT_TR_NOOP("Booking made")},
        {u"booking_cancelled", QT_TR_NOOP("Booking cancelled")},
        {u"booking_rescheduled", QT_TR_NOOP("Booking moved")},
        {u"booking_released", QT_TR_NOOP("Unconfirmed seat released")},
        {u"reminder", QT_TR_NOOP("Reminder")},
        {u"slot_cancelled", QT_TR_NOOP("Slot cancelled")},
        {u"waitlist_offer", QT_TR_NOOP("Seat offered from the waiting list")},
        {u"broadcast", QT_TR_NOOP("Note from the office")},
        {u"live_status", QT_TR_NOOP("Place in the live queue")},
        {u"live_soon", QT_TR_NOOP("Turn coming soon")},
        {u"live_called", QT_TR_NOOP("Called to a counter")},
    };
    return wordsFor(names, name);
}

QString StatusText::entity(const QString &entity)
{
    static const Named names[] = {
        {u"queue", QT_TR_NOOP("Queue")},       {u"slot", QT_TR_NOOP("Slot")},
        {u"booking", QT_TR_NOOP("Booking")},   {u"user", QT_TR_NOOP("Person")},
        {u"staff", QT_TR_NOOP("Staff account")}, {u"outbox", QT_TR_NOOP("Message")},
        {u"waitlist", QT_TR_NOOP("Waiting list")}, {u"ticket", QT_TR_NOOP("Live-queue ticket")},
    };
    return wordsFor(names, entity);
}

QString StatusText::health(const QString &status)
{
    static const Named names[] = {
        {u"healthy", QT_TR_NOOP("Healthy")}, {u"warning", QT_TR_NOOP("Warning")}, {u"unhealthy", QT_TR_NOOP("Unhealthy")},
    };
    return wordsFor(names, status);
}

QString StatusText::healthCheck(const QString &name)
{
    static const Named names[] = {
        {u"database", QT_TR_NOOP("Database")}, {u"outbox", QT_TR_NOOP("Message delivery")},
        {u"memory", QT_TR_NOOP("Memory")},     {u"threads", QT_TR_NOOP("Threads")},
        {u"disk", QT_TR_NOOP("Disk space")},   {u"telegram", QT_TR_NOOP("Telegram")},
    };
    return wordsFor(names, name);
}
