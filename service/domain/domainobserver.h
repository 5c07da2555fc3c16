// Told about every committed domain change; metrics and the scheduler implement it, the domain
// knows neither Prometheus nor timers.
#pragma once

#include "domain/refusal.h"
#include "storage/records.h"

#include <QList>

class DomainObserver
{
public:
    virtual ~DomainObserver() = default;
    virtual void userRegistered() {}
    virtual void slotCreated(const SlotRecord &) {}
    virtual void slotCancelled(const SlotRecord &, int cancelledBookings) { Q_UNUSED(cancelledBookings) }
    virtual void bookingCreated(const BookingRecord &) {}
    virtual void bookingRefused(Refusal) {}
    // A booking left the active state: cancelled by user or staff, attended, no-show, expired.
    virtual void bookingFinished(const BookingRecord &) {}
    // Something that happens at a moment of its own was added or moved (a booking's reminders,
    // a held seat, new slots): the scheduler looks again at what is due next.
    virtual void timedWorkChanged() {}
    virtual void reminderSent() {}
    virtual void bookingConfirmed() {}
    // An unconfirmed booking gave its seat back at the confirmation cut-off.
    virtual void seatReleased() {}
    virtual void waitlistJoined() {}
    // A free seat was held for someone on the waiting list.
    virtual void waitlistOffered() {}
    // What became of an offer: accepted | declined | expired | withdrawn.
    virtual void waitlistOfferEnded(const QString &outcome) { Q_UNUSED(outcome) }
    virtual void ticketIssued(TicketKind) {}
    // A ticket was called to a counter after waiting `waitSeconds`.
    virtual void ticketCalled(const LiveTicket &, qint64 waitSeconds) { Q_UNUSED(waitSeconds) }
    // A ticket left the line: served (after `serviceSeconds` at the counter), no-show, cancelled, expired.
    virtual void ticketFinished(const LiveTicket &, qint64 serviceSeconds) { Q_UNUSED(serviceSeconds) }
    virtual void broadcastQueued(int recipients) { Q_UNUSED(recipients) }
    // Messages still waiting when they stopped mattering expired, unsent.
    virtual void messagesExpired(int count) { Q_UNUSED(count) }
};

// Passes every call on to each observer added, in order; not owning them.
class DomainObservers : public DomainObserver
{
public:
    void add(DomainObserver *observer)
    {
        if (observer)
            m_observers.append(observer);
    }
    void remove(DomainObserver *observer) { m_observers.removeAll(observer); }

    void userRegistered() override { each([](DomainObserver *o) { o->userRegistered(); }); }
    void slotCreated(const SlotRecord &s) override { each([&](DomainObserver *o) { o->slotCreated(s); }); }
    void slotCancelled(const SlotRecord &s, int n) override { each([&](DomainObserver *o) { o->slotCancelled(s, n); }); }
    void bookingCreated(const BookingRecord &b) override { each([&](DomainObserver *o) { o->bookingCreated(b); }); }
    void bookingRefused(Refusal r) override { each([&](DomainObserver *o) { o->bookingRefused(r); }); }
    void bookingFinished(const BookingRecord &b) override { each([&](DomainObserver *o) { o->bookingFinished(b); }); }
    void timedWorkChanged() override { each([](DomainObserver *o) { o->timedWorkChanged(); }); }
    void reminderSent() override { each([](DomainObserver *o) { o->reminderSent(); }); }
    void bookingConfirmed() override { each([](DomainObserver *o) { o->bookingConfirmed(); }); }
    void seatReleased() override { each([](DomainObserver *o) { o->seatReleased(); }); }
    void waitlistJoined() override { each([](DomainObserver *o) { o->waitlistJoined(); }); }
    void waitlistOffered() override { each([](DomainObserver *o) { o->waitlistOffered(); }); }
    void waitlistOfferEnded(const QString &outcome) override
    {
        each([&](DomainObserver *o) { o->waitlistOfferEnded(outcome); });
    }
    void ticketIssued(TicketKind k) override { each([&](DomainObserver *o) { o->ticketIssued(k); }); }
    void ticketCalled(const LiveTicket &t, qint64 wait) override { each([&](DomainObserver *o) { o->ticketCalled(t, wait); }); }
    void ticketFinished(const LiveTicket &t, qint64 service) override
    {
        each([&](DomainObserver *o) { o->ticketFinished(t, service); });
    }
    void broadcastQueued(int n) override { each([&](DomainObserver *o) { o->broadcastQueued(n); }); }
    void messagesExpired(int n) override { each([&](DomainObserver *o) { o->messagesExpired(n); }); }

private:
    template<typename Call>
    void each(Call call)
    {
        for (DomainObserver *observer : std::as_const(m_observers))
            call(observer);
    }

    QList<DomainObserver *> m_observers;
};
