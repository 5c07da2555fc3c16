#include "metricsobserver.h"

#include "metrics.h"

using namespace Qt::StringLiterals;

MetricsObserver::MetricsObserver(Metrics &metrics)
    : m_metrics(metrics)
{
}

void MetricsObserver::userRegistered()
{
    m_metrics.usersRegistered.Add({}).Increment();
}

void MetricsObserver::slotCreated(const SlotRecord &)
{
    m_metrics.slotsCreated.Add({}).Increment();
}

void MetricsObserver::slotCancelled(const SlotRecord &, int cancelledBookings)
{
    m_metrics.slotsCancelled.Add({}).Increment();
    // Cancelling a slot cancels its bookings without a bookingFinished() for each.
    if (cancelledBookings > 0)
        m_metrics.countBooking(u"cancelled"_s, u"staff"_s, cancelledBookings);
}

void MetricsObserver::bookingCreated(const BookingRecord &)
{
    m_metrics.countBooking(u"booked"_s, QString());
}

void MetricsObserver::bookingRefused(Refusal refusal)
{
    m_metrics.countBooking(u"refused"_s, refusalCode(refusal));
}

void MetricsObserver::bookingFinished(const BookingRecord &booking)
{
    switch (booking.status) {
    case BookingStatus::CancelledByUser: m_metrics.countBooking(u"cancelled"_s, u"user"_s); break;
    case BookingStatus::CancelledByStaff: m_metrics.countBooking(u"cancelled"_s, u"staff"_s); break;
    case BookingStatus::Attended: m_metrics.countBooking(u"attended"_s, QString()); break;
    case BookingStatus::NoShow: m_metrics.countBooking(u"no_show"_s, QString()); break;
    case BookingStatus::Expired: m_metrics.countBooking(u"expired"_s, QString()); break;
    case BookingStatus::Active: break;
    }
}

void MetricsObserver::reminderSent()
{
    m_metrics.remindersSent.Add({}).Increment();
}

void MetricsObserver::bookingConfirmed()
{
    m_metrics.bookingConfirmations.Add({}).Increment();
}

void MetricsObserver::seatReleased()
{
    m_metrics.bookingsReleased.Add({}).Increment();
}

void MetricsObserver::waitlistJoined()
{
    m_metrics.waitlistJoined.Add({}).Increment();
}

void MetricsObserver::waitlistOffered()
{
    m_metrics.waitlistOffers.Add({}).Increment();
}

void MetricsObserver::waitlistOfferEnded(const QString &outcome)
{
    m_metrics.waitlistOfferOutcomes.Add({{"outcome", outcome.toStdString()}}).Increment();
}

void MetricsObserver::ticketIssued(TicketKind kind)
{
    m_metrics.liveQueueTickets.Add({{"kind", enumName(kind).toStdString()}}).Increment();
}

void MetricsObserver::ticketCalled(const LiveTicket &, qint64 waitSeconds)
{
    m_metrics.liveQueueWaitSeconds.Add({}, Metrics::waitBuckets()).Observe(double(qMax<qint64>(0, waitSeconds)));
}

void MetricsObserver::ticketFinished(const LiveTicket &ticket, qint64 serviceSeconds)
{
    m_metrics.liveQueueFinished.Add({{"status", enumName(ticket.status).toStdString()}}).Increment();
    if (ticket.status == TicketStatus::Served)
        m_metrics.liveQueueServiceSeconds.Add({}, Metrics::waitBuckets()).Observe(double(qMax<qint64>(0, serviceSeconds)));
}

void MetricsObserver::broadcastQueued(int recipients)
{
    m_metrics.broadcastMessages.Add({}).Increment(recipients);
}

void MetricsObserver::messagesExpired(int count)
{
    m_metrics.notificationsExpired.Add({}).Increment(count);
}
