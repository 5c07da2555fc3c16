// /api/v1/users: the people who registered through the bot. Staff search them and ban or unban
// them (a banned person cannot book).
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

namespace {

Handler banHandler(const AdminApi &api, bool banned)
{
    return [api, banned](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        unwrap(api->bookings.setUserBanned(id, banned, request.actor()));
        return HttpReply::json(unwrap(api->queries.user(id)).toJson());
    };
}

} // namespace

void addUserRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/users"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const QString text = query.text(u"q"_s, 100).value_or(QString()).trimmed();
        const PageRequest page = query.page();
        return pageReply(api->queries.users(text, query.boolean(u"banned"_s), page), page);
    });
    router.add(Method::Get, u"/api/v1/users/{id}"_s, Access::Viewer, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->queries.user(request.id(u"id"_s))).toJson());
    });
    router.add(Method::Post, u"/api/v1/users/{id}/ban"_s, Access::Operator, banHandler(api, true));
    router.add(Method::Post, u"/api/v1/users/{id}/unban"_s, Access::Operator, banHandler(api, false));
}
