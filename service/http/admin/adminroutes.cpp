#include "adminroutes.h"

using namespace Qt::StringLiterals;

void addAdminRoutes(Router &router, ServiceContext &)
{
    router.add(QHttpServerRequest::Method::Get, u"/api/v1/me"_s, Access::Viewer, [](RequestContext &request) {
        return HttpReply::json(QJsonObject{{u"name"_s, request.staff->name},
                                           {u"role"_s, enumName(request.staff->role)}});
    });
}
