// Told about every committed domain change; metrics implement it, the domain knows no Prometheus.
#pragma once

#include "domain/refusal.h"
#include "storage/records.h"

class DomainObserver
{
public:
    virtual ~DomainObserver() = default;
    virtual void userRegistered() {}
    virtual void slotCreated(const SlotRecord &) {}
    virtual void slotCancelled(const SlotRecord &, int cancelledBookings) { Q_UNUSED(cancelledBookings) }
    virtual void bookingCreated(const BookingRecord &) {}
    virtual void bookingRefused(Refusal) {}
    // A booking left the active state: cancelled by user or staff, attended, no-show.
    virtual void bookingFinished(const BookingRecord &) {}
};
