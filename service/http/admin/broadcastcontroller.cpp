// /api/v1/queues/{id}/broadcast: a note from the office to everyone with a booking or a live-queue
// ticket on a day ("the office closes at 15:00 today").
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"

using namespace Qt::StringLiterals;

void addBroadcastRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Post, u"/api/v1/queues/{id}/broadcast"_s, Access::Operator, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const Fields::Body body(request, {u"day"_s, u"text"_s});
        const QDate day = Fields::required(u"day"_s, body.day(u"day"_s));
        const QString text =
            Fields::required(u"text"_s, body.multilineText(u"text"_s, 1, OutboxService::kMaxBroadcastLength)).trimmed();
        const Outcome<int> queued = api->outbox.broadcast(id, day, text, request.actor());
        // The text is checked above; the domain's only other invalid input is a day that is over.
        if (!queued.ok() && queued.refusal() == Refusal::InvalidInput)
            throw ApiError::badField(u"day"_s, u"is over: nobody is left to tell"_s);
        const int recipients = unwrap(queued);
        return HttpReply::json(QJsonObject{{u"queue_id"_s, id}, {u"day"_s, day.toString(Qt::ISODate)},
                                           {u"recipients"_s, recipients}},
                               202);
    });
}
