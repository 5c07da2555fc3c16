// /api/v1/waitlist: who waits for a seat on which day, and what became of the seats offered to
// them. Operators can put someone on the list (a phone call) or take them off.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

void addWaitlistRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/waitlist"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        WaitlistFilter filter;
        filter.queueId = query.id(u"queue_id"_s).value_or(0);
        filter.userId = query.id(u"user_id"_s).value_or(0);
        if (const std::optional<QDate> day = query.day(u"day"_s))
            filter.day = day->toString(Qt::ISODate);
        filter.status = query.choice<WaitlistStatus>(u"status"_s);
        const PageRequest page = query.page();
        return pageReply(api->domain.waitlist.list(filter, page), page);
    });
    router.add(Method::Post, u"/api/v1/waitlist"_s, Access::Operator, [api](RequestContext &request) {
        const Fields::Body body(request, {u"queue_id"_s, u"user_id"_s, u"telegram_id"_s, u"day"_s, u"from"_s, u"to"_s});
        const qint64 queueId = Fields::required(u"queue_id"_s, body.integer(u"queue_id"_s, 1, Fields::kMaxId));
        const std::optional<qint64> userId = body.integer(u"user_id"_s, 1, Fields::kMaxId);
        const std::optional<qint64> telegramId = body.integer(u"telegram_id"_s, 1, Fields::kMaxId);
        if (userId.has_value() == telegramId.has_value())
            throw ApiError::badField(u"user_id"_s, u"give either user_id or telegram_id"_s);
        const qint64 person = userId ? *userId : unwrap(api->queries.userByTelegramId(*telegramId)).id;
        const QDate day = Fields::required(u"day"_s, body.day(u"day"_s));
        const int from = body.clock(u"from"_s, false).value_or(0);
        const int to = body.clock(u"to"_s, true).value_or(1440);
        if (to <= from)
            throw ApiError::badField(u"to"_s, u"must be after from"_s);
        const WaitlistEntry entry =
            unwrap(api->domain.waitlist.join(person, queueId, day, from, to, request.actor()));
        return HttpReply::json(entry.toJson(), 201);
    });
    router.add(Method::Delete, u"/api/v1/waitlist/{id}"_s, Access::Operator, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->domain.waitlist.leave(request.id(u"id"_s), request.actor())).toJson());
    });
}
