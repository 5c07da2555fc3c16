// /api/v1/outbox: messages to people and their delivery state; a failed or dead one can be sent
// again.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

void addOutboxRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/outbox"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const QString status = query.word(u"status"_s, OutboxService::statuses()).value_or(QString());
        const PageRequest page = query.page();
        return pageReply(api->queries.outbox(status, query.id(u"user_id"_s).value_or(0), page), page);
    });
    router.add(Method::Post, u"/api/v1/outbox/{id}/retry"_s, Access::Operator, [api](RequestContext &request) {
        return HttpReply::json(toJson(unwrap(api->outbox.retry(request.id(u"id"_s), request.actor()))));
    });
}
