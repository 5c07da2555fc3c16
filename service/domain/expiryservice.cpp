#include "expiryservice.h"

#include "domain/seats.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/liveticketrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"
#include "storage/waitlistrepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

ExpiryService::Run ExpiryService::run(int limit)
{
    Run run;
    QList<BookingRecord> finished;
    QList<LiveTicket> tickets;
    int offersExpired = 0;
    m_db.write([&](Transaction &tx) {
        run = {};
        offersExpired = 0;
        finished.clear();
        tickets.clear();
        const QDateTime now = m_clock.now();
        const SlotRepository slotRepo(tx);
        run.slotsClosed = slotRepo.closeEnded(now, limit);
        run.more = run.slotsClosed >= limit;
        const BookingRepository bookings(tx);
        const LiveTicketRepository ticketRepo(tx);
        const WaitlistRepository waitlist(tx);
        for (const QueueRecord &queue : QueueRepository(tx).list()) {
            const QString today = Seats::localDay(queue, now);
            // Tickets first: a checked-in booking that was never called is not the person's fault.
            for (const LiveTicket &ticket : ticketRepo.openBefore(queue.id, today, limit)) {
                if (!ticketRepo.finish(ticket.id, TicketStatus::Expired, now))
                    continue;
                LiveTicket expired = ticket;
                expired.status = TicketStatus::Expired;
                tickets << expired;
                ++run.ticketsExpired;
                if (ticket.bookingId > 0) {
                    // Called but never marked: they came. Still waiting: the office ran out of time.
                    const BookingStatus status =
                        ticket.status == TicketStatus::Called ? BookingStatus::Attended : BookingStatus::Expired;
                    if (bookings.finishActive(ticket.bookingId, status, now)) {
                        if (const auto booking = bookings.find(ticket.bookingId))
                            finished << *booking;
                        ++run.checkedInExpired;
                    }
                }
            }
            const QList<BookingRecord> missed = bookings.activeBefore(queue.id, today, limit);
            run.more = run.more || missed.size() >= limit;
            for (BookingRecord booking : missed) {
                if (!bookings.finishActive(booking.id, BookingStatus::NoShow, now))
                    continue;
                UserRepository(tx).incrementNoShows(booking.userId, now);
                AuditRepository::record(tx, Actor::system(), u"booking.no_show"_s, u"booking"_s, booking.id,
                                        {{u"code"_s, booking.code}, {u"day"_s, booking.day}}, now);
                booking.status = BookingStatus::NoShow;
                finished << booking;
                ++run.noShows;
            }
            for (const WaitlistEntry &entry : waitlist.openBefore(queue.id, today, limit)) {
                if (waitlist.finish(entry.id, WaitlistStatus::Expired, now)) {
                    if (entry.status == WaitlistStatus::Offered) {
                        slotRepo.releaseHold(entry.offeredSlotId, now);
                        ++offersExpired;
                    }
                    ++run.waitlistExpired;
                }
            }
        }
    });
    for (const BookingRecord &booking : std::as_const(finished))
        observer().bookingFinished(booking);
    for (int i = 0; i < offersExpired; ++i)
        observer().waitlistOfferEnded(u"expired"_s);
    for (const LiveTicket &ticket : std::as_const(tickets))
        observer().ticketFinished(ticket, 0);
    return run;
}

std::optional<QDateTime> ExpiryService::nextDue()
{
    const SqlSession session = m_db.session();
    const QDateTime now = m_clock.now();
    std::optional<QDateTime> next = SlotRepository(session).nextOpenEnd();
    for (const QueueRecord &queue : QueueRepository(session).list()) {
        const QTimeZone zone(queue.timezone.toUtf8());
        const QDateTime midnight = QDateTime(now.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone).toUTC();
        if (!next || midnight < *next)
            next = midnight;
    }
    return next;
}
