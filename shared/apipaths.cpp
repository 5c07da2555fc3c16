#include "apipaths.h"

using namespace Qt::StringLiterals;

namespace ApiPaths {

namespace {

QString path(const QString &rest)
{
    return kPrefix + rest;
}

QString withId(const QString &collection, qint64 id, const QString &tail = {})
{
    return kPrefix + collection + u'/' + QString::number(id) + tail;
}

} // namespace

QString me() { return path(u"/me"_s); }
QString health() { return u"/health"_s; }
QString queues() { return path(u"/queues"_s); }
QString queue(qint64 id) { return withId(u"/queues"_s, id); }
QString slotList() { return path(u"/slots"_s); }
QString slotsBulk() { return path(u"/slots/bulk"_s); }
QString slot(qint64 id) { return withId(u"/slots"_s, id); }
QString cancelSlot(qint64 id) { return withId(u"/slots"_s, id, u"/cancel"_s); }
QString bookings() { return path(u"/bookings"_s); }
QString booking(qint64 id) { return withId(u"/bookings"_s, id); }
QString checkIn(qint64 bookingId) { return withId(u"/bookings"_s, bookingId, u"/check-in"_s); }
QString users() { return path(u"/users"_s); }
QString user(qint64 id) { return withId(u"/users"_s, id); }
QString ban(qint64 userId, bool banned) { return withId(u"/users"_s, userId, banned ? u"/ban"_s : u"/unban"_s); }
QString audit() { return path(u"/audit"_s); }
QString outbox() { return path(u"/outbox"_s); }
QString retryMessage(qint64 id) { return withId(u"/outbox"_s, id, u"/retry"_s); }
QString stats() { return path(u"/stats"_s); }
QString changes() { return path(u"/changes"_s); }
QString exportBookings() { return path(u"/export/bookings"_s); }
QString staff() { return path(u"/staff"_s); }
QString staffAccount(qint64 id) { return withId(u"/staff"_s, id); }
QString schedule(qint64 queueId) { return withId(u"/queues"_s, queueId, u"/schedule"_s); }
QString scheduleException(qint64 queueId, const QDate &day)
{
    return withId(u"/queues"_s, queueId, u"/schedule/exceptions/"_s + day.toString(Qt::ISODate));
}
QString generate(qint64 queueId) { return withId(u"/queues"_s, queueId, u"/schedule/generate"_s); }
QString waitlist() { return path(u"/waitlist"_s); }
QString waitlistEntry(qint64 id) { return withId(u"/waitlist"_s, id); }
QString live(qint64 queueId) { return withId(u"/queues"_s, queueId, u"/live"_s); }
QString callNext(qint64 queueId) { return withId(u"/queues"_s, queueId, u"/live/call-next"_s); }
QString issueTicket(qint64 queueId) { return withId(u"/queues"_s, queueId, u"/live/tickets"_s); }
QString ticket(qint64 id) { return withId(u"/live/tickets"_s, id); }
QString ticketAction(qint64 id, const QString &action) { return withId(u"/live/tickets"_s, id, u'/' + action); }
QString broadcast(qint64 queueId) { return withId(u"/queues"_s, queueId, u"/broadcast"_s); }

} // namespace ApiPaths
