// /api/v1/staff: staff accounts, for admins. A new account's token is in the creation response
// only; the service keeps its hash.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

void addStaffRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/staff"_s, Access::Admin, [api](RequestContext &request) {
        const PageRequest page = Fields::Query(request).page();
        return pageReply(api->queries.staff(page), page);
    });
    router.add(Method::Post, u"/api/v1/staff"_s, Access::Admin, [api](RequestContext &request) {
        const Fields::Body body(request, {u"name"_s, u"role"_s});
        const QString name = Fields::required(u"name"_s, body.text(u"name"_s, 1, 64));
        if (!StaffService::isValidName(name))
            throw ApiError::badField(u"name"_s, u"must be 1 to 64 letters, digits, '.', '_', '@' or '-'"_s);
        const StaffRole role = Fields::required(
            u"role"_s, body.choice<StaffRole>(u"role"_s));
        const StaffService::Issued issued = unwrap(api->staff.issue(name, role, request.actor()));
        return HttpReply::json(QJsonObject{{u"account"_s, toJson(issued.account)}, {u"token"_s, issued.token}}, 201);
    });
    router.add(Method::Delete, u"/api/v1/staff/{id}"_s, Access::Admin, [api](RequestContext &request) {
        unwrap(api->staff.revoke(request.id(u"id"_s), request.actor()));
        return HttpReply::noContent();
    });
}
