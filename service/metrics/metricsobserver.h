// Committed domain changes into Prometheus counters: users, slots, bookings by result and reason,
// reminders, the waiting list, the live queue and broadcasts.
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
    void reminderSent() override;
    void bookingConfirmed() override;
    void seatReleased() override;
    void waitlistJoined() override;
    void waitlistOffered() override;
    void waitlistOfferEnded(const QString &outcome) override;
    void ticketIssued(TicketKind kind) override;
    void ticketCalled(const LiveTicket &ticket, qint64 waitSeconds) override;
    void ticketFinished(const LiveTicket &ticket, qint64 serviceSeconds) override;
    void broadcastQueued(int recipients) override;
    void messagesExpired(int count) override;

private:
    Metrics &m_metrics;
};
