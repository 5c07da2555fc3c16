// The live queue: today's board per queue, and what operators do at the counters — call the next
// person, call again, served, no-show, back into the line, another counter — plus walk-in tickets
// for people without Telegram and check-in at the desk for a booking.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

namespace {

int counterOf(const RequestContext &request)
{
    const Fields::Body body(request, {u"counter"_s});
    return int(Fields::required(u"counter"_s, body.integer(u"counter"_s, 1, 100)));
}

// The counter exists only in the queue (1 … its counters): the domain refuses with InvalidInput
// for nothing else, so that refusal is the counter's fault and is named as such.
LiveTicket atCounter(const Outcome<LiveTicket> &outcome)
{
    if (!outcome.ok() && outcome.refusal() == Refusal::InvalidInput)
        throw ApiError::badField(u"counter"_s, u"must be one of the queue's counters"_s);
    return unwrap(outcome);
}

// Actions that take no input accept no body or an empty object, nothing else.
void expectNoMembers(const RequestContext &request)
{
    if (!request.body.trimmed().isEmpty())
        Fields::Body(request, {});
}

using TicketAction = Outcome<LiveTicket> (LiveQueueService::*)(qint64, const Actor &);

} // namespace

void addLiveQueueRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/queues/{id}/live"_s, Access::Viewer, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->domain.live.board(request.id(u"id"_s))).toJson());
    });
    router.add(Method::Post, u"/api/v1/queues/{id}/live/call-next"_s, Access::Operator,
               [api](RequestContext &request) {
                   const qint64 id = request.id(u"id"_s);
                   const int counter = counterOf(request);
                   return HttpReply::json(atCounter(api->domain.live.callNext(id, counter, request.actor())).toJson());
               });
    router.add(Method::Post, u"/api/v1/queues/{id}/live/tickets"_s, Access::Operator,
               [api](RequestContext &request) {
                   const qint64 id = request.id(u"id"_s);
                   expectNoMembers(request);
                   return HttpReply::json(unwrap(api->domain.live.issueTicket(id, request.actor())).toJson(), 201);
               });
    router.add(Method::Post, u"/api/v1/bookings/{id}/check-in"_s, Access::Operator, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->domain.live.checkIn(request.id(u"id"_s), request.actor())).toJson());
    });
    router.add(Method::Get, u"/api/v1/live/tickets/{id}"_s, Access::Viewer, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        if (const std::optional<LinePlace> place = api->domain.live.place(id)) {
            QJsonObject json = place->ticket.toJson();
            json.insert(u"position"_s, place->ahead + 1);
            json.insert(u"eta_minutes"_s, place->etaMinutes);
            return HttpReply::json(json);
        }
        return HttpReply::json(unwrap(api->domain.live.ticket(id)).toJson());
    });
    const QList<QPair<QString, TicketAction>> actions{
        {u"recall"_s, &LiveQueueService::recall},
        {u"served"_s, &LiveQueueService::serve},
        {u"no-show"_s, &LiveQueueService::noShow},
        {u"return"_s, &LiveQueueService::requeue},
    };
    for (const auto &[name, action] : actions) {
        router.add(Method::Post, u"/api/v1/live/tickets/{id}/"_s + name, Access::Operator,
                   [api, action = action](RequestContext &request) {
                       const qint64 id = request.id(u"id"_s);
                       expectNoMembers(request);
                       return HttpReply::json(unwrap((api->domain.live.*action)(id, request.actor())).toJson());
                   });
    }
    router.add(Method::Post, u"/api/v1/live/tickets/{id}/transfer"_s, Access::Operator,
               [api](RequestContext &request) {
                   const qint64 id = request.id(u"id"_s);
                   const int counter = counterOf(request);
                   return HttpReply::json(atCounter(api->domain.live.transfer(id, counter, request.actor())).toJson());
               });
}
