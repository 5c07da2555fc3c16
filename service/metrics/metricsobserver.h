// Committed domain changes into Prometheus counters: users, slots and bookings by result and reason.
#pragma once

#include "domain/domainobserver.h"

class Metrics;

class MetricsObserver : public DomainObserver
{
public:
    explicit MetricsObserver(Metrics &metrics);

    void userRegistered() override;
    void slotCreated(const SlotRecord &slot) override;
    void slotCancelled(const SlotRecord &slot, int cancelledBookings) override;
    void bookingCreated(const BookingRecord &booking) override;
    void bookingRefused(Refusal refusal) override;
    void bookingFinished(const BookingRecord &booking) override;

private:
    Metrics &m_metrics;
};
