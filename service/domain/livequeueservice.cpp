#include "livequeueservice.h"

#include "domain/notifications.h"
#include "domain/scheduleservice.h"
#include "domain/seats.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/liveticketrepository.h"
#include "storage/queuerepository.h"
#include "storage/slotrepository.h"
#include "storage/userrepository.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Seats::require;

namespace {

// Service times the estimate averages over.
constexpr int kServiceSamples = 20;
// Beyond this many ahead a person's message is refreshed only at every fifth place, so a long
// line does not flood Telegram with edits nobody needs.
constexpr int kCloseAhead = 10;

// Calling order: checked-in bookings whose time has come (by their time), then walk-ins and
// tickets returned to the line (by the moment they (re)joined it), then bookings that checked in
// early.
QList<LiveTicket> callingOrder(QList<LiveTicket> waiting, const QDateTime &now)
{
    const auto group = [&](const LiveTicket &t) {
        // A booking returned to the line goes behind those waiting then, not back to the front.
        const bool returned = t.queuedAt > t.createdAt;
        if (t.kind == TicketKind::Walkin || returned)
            return 1;
        return t.dueAt && *t.dueAt <= now ? 0 : 2;
    };
    std::stable_sort(waiting.begin(), waiting.end(), [&](const LiveTicket &a, const LiveTicket &b) {
        const int ga = group(a);
        const int gb = group(b);
        if (ga != gb)
            return ga < gb;
        if (ga != 1 && a.dueAt != b.dueAt)
            return a.dueAt.value_or(QDateTime()) < b.dueAt.value_or(QDateTime());
        if (a.queuedAt != b.queuedAt)
            return a.queuedAt < b.queuedAt;
        return a.number < b.number;
    });
    return waiting;
}

double averageServiceSeconds(const LiveTicketRepository &tickets, const QueueRecord &queue)
{
    const QList<qint64> samples = tickets.recentServiceSeconds(queue.id, kServiceSamples);
    if (samples.isEmpty())
        return queue.slotMinutes * 60.0;
    qint64 total = 0;
    for (qint64 seconds : samples)
        total += qMax<qint64>(0, seconds);
    return double(total) / double(samples.size());
}

int etaMinutes(int ahead, double serviceSeconds, const QueueRecord &queue)
{
    return int(std::ceil(ahead * serviceSeconds / qMax(1, queue.counters) / 60.0));
}

QJsonObject ticketParams(const LiveTicket &ticket, const QueueRecord &queue)
{
    QJsonObject params = Notifications::queueParams(queue);
    params.insert(u"ticket_id"_s, ticket.id);
    params.insert(u"code"_s, ticket.code);
    params.insert(u"status"_s, enumName(ticket.status));
    params.insert(u"kind"_s, enumName(ticket.kind));
    if (ticket.counter > 0)
        params.insert(u"counter"_s, ticket.counter);
    return params;
}

Notifications::Delivery statusDelivery(const LiveTicket &ticket, const QDateTime &now)
{
    // Edited in place; a day-old position is not worth sending.
    return {u"ticket:%1"_s.arg(ticket.id), now.addSecs(12 * 3600)};
}

// The ticket's own message, edited in place: its status, and while waiting its place and wait.
void tellStatus(const Transaction &tx, const LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now,
                int ahead = -1, int eta = 0)
{
    QJsonObject params = ticketParams(ticket, queue);
    if (ahead >= 0) {
        params.insert(u"ahead"_s, ahead);
        params.insert(u"eta_minutes"_s, eta);
    }
    Notifications::tell(tx, ticket.userId, u"live_status"_s, params, now, statusDelivery(ticket, now));
}

// "Your turn": a message of its own, so the phone rings.
void tellCalled(const Transaction &tx, const LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now,
                const QString &why)
{
    QJsonObject params = ticketParams(ticket, queue);
    params.insert(u"why"_s, why); // call | recall | transfer
    Notifications::tell(tx, ticket.userId, u"live_called"_s, params, now, Notifications::until(now.addSecs(3600)));
    tellStatus(tx, ticket, queue, now);
}

// Tells everyone waiting where they now stand, as far as it changed enough to be worth a message.
void refreshLine(const Transaction &tx, const QueueRecord &queue, const QString &day, const QDateTime &now)
{
    const LiveTicketRepository tickets(tx);
    const QList<LiveTicket> line = callingOrder(tickets.inStatus(queue.id, day, TicketStatus::Waiting), now);
    const double service = averageServiceSeconds(tickets, queue);
    for (int ahead = 0; ahead < line.size(); ++ahead) {
        const LiveTicket &ticket = line.at(ahead);
        if (ticket.userId <= 0)
            continue;
        bool alerted = false;
        const int told = tickets.notifiedAhead(ticket.id, &alerted);
        const bool worthIt = told < 0 || (told != ahead && (ahead < kCloseAhead || ahead % 5 == 0));
        const bool alertNow = !alerted && queue.positionAlertAhead > 0 && ahead <= queue.positionAlertAhead
            && told > ahead;
        if (worthIt)
            tellStatus(tx, ticket, queue, now, ahead, etaMinutes(ahead, service, queue));
        if (alertNow) {
            QJsonObject params = ticketParams(ticket, queue);
            params.insert(u"ahead"_s, ahead);
            Notifications::tell(tx, ticket.userId, u"live_soon"_s, params, now, Notifications::until(now.addSecs(3600)));
        }
        if (worthIt || alertNow)
            tickets.setNotified(ticket.id, worthIt ? ahead : told, alerted || alertNow);
    }
}

// A called ticket is served: its booking (if any) attended, the person told. False when it was no
// longer at a counter.
bool markServed(const Transaction &tx, LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now,
                std::optional<BookingRecord> *attended)
{
    if (ticket.status != TicketStatus::Called || !LiveTicketRepository(tx).finish(ticket.id, TicketStatus::Served, now))
        return false;
    ticket.status = TicketStatus::Served;
    ticket.finishedAt = now;
    const BookingRepository bookings(tx);
    if (ticket.bookingId > 0 && bookings.finishActive(ticket.bookingId, BookingStatus::Attended, now))
        *attended = bookings.find(ticket.bookingId);
    tellStatus(tx, ticket, queue, now);
    return true;
}

QJsonObject ticketDetails(const LiveTicket &t)
{
    return {{u"code"_s, t.code}, {u"queue_id"_s, t.queueId}, {u"day"_s, t.day}, {u"status"_s, enumName(t.status)},
            {u"counter"_s, t.counter}};
}

} // namespace

QString LiveQueueService::walkinCode(int number)
{
    return Seats::formatCode(u"W"_s, number);
}

std::optional<Refusal> LiveQueueService::checkInRefusal(const BookingRecord &booking, const QueueRecord &queue,
                                                        const SlotRecord &slot, const QDateTime &now)
{
    if (booking.status != BookingStatus::Active)
        return Refusal::BookingNotActive;
    if (!queue.active)
        return Refusal::QueueNotFound;
    const QDateTime opens = slot.startsAt.addSecs(-qint64(queue.checkinBeforeMinutes) * 60);
    const QDateTime closes = slot.startsAt.addSecs(qint64(queue.checkinAfterMinutes) * 60);
    if (now < opens || now > closes || Seats::localDay(queue, now) != booking.day)
        return Refusal::CheckinNotOpen;
    return std::nullopt;
}

Outcome<LiveTicket> LiveQueueService::takeTicket(qint64 userId, qint64 queueId, const Actor &actor)
{
    return issue(userId, queueId, actor);
}

Outcome<LiveTicket> LiveQueueService::issueTicket(qint64 queueId, const Actor &actor)
{
    return issue(0, queueId, actor);
}

Outcome<LiveTicket> LiveQueueService::issue(qint64 userId, qint64 queueId, const Actor &actor)
{
    const Outcome<LiveTicket> outcome = attempt<LiveTicket>([&](Transaction &tx, const QDateTime &now) {
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        if (!queue.active)
            throw Refused{Refusal::QueueNotFound};
        if (!queue.walkinAllowed)
            throw Refused{Refusal::WalkinNotAllowed};
        if (!ScheduleService::isOpenAt(tx, queue, now))
            throw Refused{Refusal::QueueClosedNow};
        const QString day = Seats::localDay(queue, now);
        const LiveTicketRepository tickets(tx);
        if (userId > 0) {
            const UserRecord person = require(UserRepository(tx).find(userId), Refusal::UserNotFound);
            if (person.banned)
                throw Refused{Refusal::UserBanned};
            for (const LiveTicket &open : tickets.openForUser(userId)) {
                if (open.queueId == queueId && open.day == day)
                    throw Refused{Refusal::AlreadyInLine};
            }
        }
        LiveTicket ticket;
        ticket.queueId = queueId;
        ticket.day = day;
        ticket.number = tickets.nextNumber(queueId, day);
        ticket.code = walkinCode(ticket.number);
        ticket.kind = TicketKind::Walkin;
        ticket.userId = userId;
        ticket.id = tickets.insert(ticket, now);
        AuditRepository::record(tx, actor, u"ticket.issue"_s, u"ticket"_s, ticket.id, ticketDetails(ticket), now);
        refreshLine(tx, queue, day, now);
        return *tickets.find(ticket.id);
    });
    if (outcome.ok())
        observer().ticketIssued(TicketKind::Walkin);
    return outcome;
}

Outcome<LiveTicket> LiveQueueService::checkIn(qint64 bookingId, const Actor &actor)
{
    bool created = false;
    const Outcome<LiveTicket> outcome = attempt<LiveTicket>([&](Transaction &tx, const QDateTime &now) {
        const BookingRepository bookings(tx);
        const BookingRecord booking = require(bookings.find(bookingId), Refusal::BookingNotFound);
        if (actor.type == ActorType::User && booking.userId != actor.id)
            throw Refused{Refusal::NotYourBooking};
        const LiveTicketRepository tickets(tx);
        if (const std::optional<LiveTicket> existing = tickets.forBooking(bookingId)) {
            // Pressing "I'm here" twice keeps the place in the line.
            if (existing->status == TicketStatus::Waiting || existing->status == TicketStatus::Called)
                return *existing;
            throw Refused{Refusal::CheckinNotOpen};
        }
        const SlotRecord slot = require(SlotRepository(tx).find(booking.slotId), Refusal::SlotNotFound);
        const QueueRecord queue = require(QueueRepository(tx).find(booking.queueId), Refusal::QueueNotFound);
        if (const std::optional<Refusal> refusal = checkInRefusal(booking, queue, slot, now))
            throw Refused{*refusal};
        // One place in the day's line per person (a walk-in ticket taken already, say).
        for (const LiveTicket &open : tickets.openForUser(booking.userId)) {
            if (open.queueId == queue.id && open.day == booking.day)
                throw Refused{Refusal::AlreadyInLine};
        }
        bookings.confirm(bookingId, now); // being here is the strongest confirmation
        LiveTicket ticket;
        ticket.queueId = queue.id;
        ticket.day = booking.day;
        ticket.number = tickets.nextNumber(queue.id, booking.day);
        ticket.code = booking.code;
        ticket.kind = TicketKind::Booking;
        ticket.userId = booking.userId;
        ticket.bookingId = bookingId;
        ticket.dueAt = slot.startsAt;
        ticket.id = tickets.insert(ticket, now);
        AuditRepository::record(tx, actor, u"ticket.checkin"_s, u"ticket"_s, ticket.id, ticketDetails(ticket), now);
        refreshLine(tx, queue, booking.day, now);
        created = true;
        return *tickets.find(ticket.id);
    });
    if (outcome.ok() && created)
        observer().ticketIssued(TicketKind::Booking);
    return outcome;
}

Outcome<LiveTicket> LiveQueueService::change(
    qint64 ticketId, const Actor &actor, const QString &action,
    const std::function<void(Transaction &, LiveTicket &, const QueueRecord &, const QDateTime &)> &apply)
{
    return attempt<LiveTicket>([&](Transaction &tx, const QDateTime &now) {
        const LiveTicketRepository tickets(tx);
        LiveTicket ticket = require(tickets.find(ticketId), Refusal::TicketNotFound);
        if (actor.type == ActorType::User && ticket.userId != actor.id)
            throw Refused{Refusal::TicketNotFound};
        const QueueRecord queue = require(QueueRepository(tx).find(ticket.queueId), Refusal::QueueNotFound);
        apply(tx, ticket, queue, now);
        ticket = *tickets.find(ticketId);
        AuditRepository::record(tx, actor, action, u"ticket"_s, ticketId, ticketDetails(ticket), now);
        refreshLine(tx, queue, ticket.day, now);
        return ticket;
    });
}

Outcome<LiveTicket> LiveQueueService::leave(qint64 ticketId, const Actor &actor)
{
    const Outcome<LiveTicket> outcome =
        change(ticketId, actor, u"ticket.leave"_s, [&](Transaction &tx, LiveTicket &ticket, const QueueRecord &queue,
                                                       const QDateTime &now) {
            // A checked-in booking leaves by cancelling the booking, which keeps its rules.
            if (ticket.kind != TicketKind::Walkin || !LiveTicketRepository(tx).finish(ticket.id, TicketStatus::Cancelled, now))
                throw Refused{Refusal::TicketNotInState};
            ticket.status = TicketStatus::Cancelled;
            tellStatus(tx, ticket, queue, now);
        });
    if (outcome.ok())
        notifyFinished(outcome.value());
    return outcome;
}

Outcome<LiveTicket> LiveQueueService::callNext(qint64 queueId, int counter, const Actor &actor)
{
    qint64 waited = 0;
    QList<QPair<LiveTicket, std::optional<BookingRecord>>> done;
    const Outcome<LiveTicket> outcome = attempt<LiveTicket>([&](Transaction &tx, const QDateTime &now) {
        done.clear();
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        if (counter < 1 || counter > queue.counters)
            throw Refused{Refusal::InvalidInput};
        const QString day = Seats::localDay(queue, now);
        const LiveTicketRepository tickets(tx);
        // "Next!" at a counter means the person there is done: served, as staff would mark them.
        for (LiveTicket previous : tickets.inStatus(queueId, day, TicketStatus::Called)) {
            std::optional<BookingRecord> attended;
            if (previous.counter == counter && markServed(tx, previous, queue, now, &attended)) {
                AuditRepository::record(tx, actor, u"ticket.serve"_s, u"ticket"_s, previous.id,
                                        ticketDetails(previous), now);
                done.append({previous, attended});
            }
        }
        const QList<LiveTicket> line = callingOrder(tickets.inStatus(queueId, day, TicketStatus::Waiting), now);
        for (const LiveTicket &next : line) {
            if (!tickets.call(next.id, counter, now))
                continue;
            LiveTicket called = *tickets.find(next.id);
            waited = called.createdAt.secsTo(now);
            tellCalled(tx, called, queue, now, u"call"_s);
            AuditRepository::record(tx, actor, u"ticket.call"_s, u"ticket"_s, called.id, ticketDetails(called), now);
            refreshLine(tx, queue, day, now);
            return called;
        }
        throw Refused{Refusal::LineEmpty};
    });
    if (outcome.ok()) {
        for (const auto &[ticket, attended] : std::as_const(done)) {
            notifyFinished(ticket);
            if (attended)
                observer().bookingFinished(*attended);
        }
        observer().ticketCalled(outcome.value(), waited);
    }
    return outcome;
}

Outcome<LiveTicket> LiveQueueService::recall(qint64 ticketId, const Actor &actor)
{
    return change(ticketId, actor, u"ticket.recall"_s,
                  [&](Transaction &tx, LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now) {
                      if (!LiveTicketRepository(tx).recall(ticket.id, now))
                          throw Refused{Refusal::TicketNotInState};
                      tellCalled(tx, ticket, queue, now, u"recall"_s);
                  });
}

Outcome<LiveTicket> LiveQueueService::transfer(qint64 ticketId, int counter, const Actor &actor)
{
    return change(ticketId, actor, u"ticket.transfer"_s,
                  [&](Transaction &tx, LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now) {
                      if (counter < 1 || counter > queue.counters)
                          throw Refused{Refusal::InvalidInput};
                      if (!LiveTicketRepository(tx).transfer(ticket.id, counter))
                          throw Refused{Refusal::TicketNotInState};
                      ticket.counter = counter;
                      tellCalled(tx, ticket, queue, now, u"transfer"_s);
                  });
}

Outcome<LiveTicket> LiveQueueService::requeue(qint64 ticketId, const Actor &actor)
{
    return change(ticketId, actor, u"ticket.requeue"_s,
                  [&](Transaction &tx, LiveTicket &ticket, const QueueRecord &, const QDateTime &now) {
                      if (!LiveTicketRepository(tx).requeue(ticket.id, now))
                          throw Refused{Refusal::TicketNotInState};
                  });
}

Outcome<LiveTicket> LiveQueueService::serve(qint64 ticketId, const Actor &actor)
{
    std::optional<BookingRecord> attended;
    const Outcome<LiveTicket> outcome =
        change(ticketId, actor, u"ticket.serve"_s,
               [&](Transaction &tx, LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now) {
                   if (!markServed(tx, ticket, queue, now, &attended))
                       throw Refused{Refusal::TicketNotInState};
               });
    if (outcome.ok()) {
        notifyFinished(outcome.value());
        if (attended)
            observer().bookingFinished(*attended);
    }
    return outcome;
}

Outcome<LiveTicket> LiveQueueService::noShow(qint64 ticketId, const Actor &actor)
{
    std::optional<BookingRecord> missed;
    const Outcome<LiveTicket> outcome =
        change(ticketId, actor, u"ticket.no_show"_s,
               [&](Transaction &tx, LiveTicket &ticket, const QueueRecord &queue, const QDateTime &now) {
                   if (!LiveTicketRepository(tx).finish(ticket.id, TicketStatus::NoShow, now))
                       throw Refused{Refusal::TicketNotInState};
                   ticket.status = TicketStatus::NoShow;
                   const BookingRepository bookings(tx);
                   if (ticket.bookingId > 0 && bookings.finishActive(ticket.bookingId, BookingStatus::NoShow, now)) {
                       missed = bookings.find(ticket.bookingId);
                       UserRepository(tx).incrementNoShows(ticket.userId, now);
                   }
                   tellStatus(tx, ticket, queue, now);
               });
    if (outcome.ok()) {
        notifyFinished(outcome.value());
        if (missed)
            observer().bookingFinished(*missed);
    }
    return outcome;
}

void LiveQueueService::notifyFinished(const LiveTicket &ticket)
{
    const qint64 service =
        ticket.calledAt && ticket.finishedAt ? ticket.calledAt->secsTo(*ticket.finishedAt) : 0;
    observer().ticketFinished(ticket, service);
}

Outcome<LiveBoard> LiveQueueService::board(qint64 queueId)
{
    const SqlSession session = m_db.session();
    const std::optional<QueueRecord> queue = QueueRepository(session).find(queueId);
    if (!queue)
        return Refusal::QueueNotFound;
    const QDateTime now = m_clock.now();
    LiveBoard board;
    board.queue = *queue;
    board.day = Seats::localDay(*queue, now);
    const LiveTicketRepository tickets(session);
    board.averageServiceSeconds = averageServiceSeconds(tickets, *queue);
    const QList<LiveTicket> line = callingOrder(tickets.inStatus(queueId, board.day, TicketStatus::Waiting), now);
    for (int ahead = 0; ahead < line.size(); ++ahead) {
        const LiveTicket &ticket = line.at(ahead);
        board.waiting.append({ticket, ahead, etaMinutes(ahead, board.averageServiceSeconds, *queue),
                              ticket.createdAt.secsTo(now)});
    }
    board.called = tickets.inStatus(queueId, board.day, TicketStatus::Called);
    const QList<LiveTicket> served = tickets.inStatus(queueId, board.day, TicketStatus::Served);
    board.served = int(served.size());
    board.noShows = int(tickets.countInStatus(queueId, board.day, TicketStatus::NoShow));
    qint64 waitTotal = 0;
    int waitCount = 0;
    for (const QList<LiveTicket> &group : {board.called, served}) {
        for (const LiveTicket &ticket : group) {
            if (ticket.calledAt) {
                waitTotal += ticket.createdAt.secsTo(*ticket.calledAt);
                ++waitCount;
            }
        }
    }
    board.averageWaitSeconds = waitCount > 0 ? double(waitTotal) / waitCount : 0;
    return board;
}

Outcome<LiveTicket> LiveQueueService::ticket(qint64 ticketId)
{
    if (const std::optional<LiveTicket> found = LiveTicketRepository(m_db.session()).find(ticketId))
        return *found;
    return Refusal::TicketNotFound;
}

std::optional<LinePlace> LiveQueueService::place(qint64 ticketId)
{
    const SqlSession session = m_db.session();
    const LiveTicketRepository tickets(session);
    const std::optional<LiveTicket> ticket = tickets.find(ticketId);
    if (!ticket || ticket->status != TicketStatus::Waiting)
        return std::nullopt;
    const std::optional<QueueRecord> queue = QueueRepository(session).find(ticket->queueId);
    if (!queue)
        return std::nullopt;
    const QDateTime now = m_clock.now();
    const QList<LiveTicket> line = callingOrder(tickets.inStatus(queue->id, ticket->day, TicketStatus::Waiting), now);
    for (int ahead = 0; ahead < line.size(); ++ahead) {
        if (line.at(ahead).id == ticketId) {
            return LinePlace{*ticket, ahead, etaMinutes(ahead, averageServiceSeconds(tickets, *queue), *queue),
                             ticket->createdAt.secsTo(now)};
        }
    }
    return std::nullopt;
}

QList<LiveTicket> LiveQueueService::openForUser(qint64 userId)
{
    return LiveTicketRepository(m_db.session()).openForUser(userId);
}
