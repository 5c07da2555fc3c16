#include "adminroutes.h"

#include "http/admin/admincontrollers.h"

using namespace Qt::StringLiterals;

AdminContext::AdminContext(ServiceContext &context)
    : service(context)
    , domain(context.domain)
    , bookings(context.bookings)
    , staff(context.staff)
    , queries(context.db)
    , outbox(context.domain.outbox)
{
}

void addAdminRoutes(Router &router, ServiceContext &context)
{
    router.add(Method::Get, u"/api/v1/me"_s, Access::Viewer, [](RequestContext &request) {
        // The bootstrap admin (ADMIN_TOKEN) has no account, hence no id.
        return HttpReply::json(StaffSession{request.staff->id, request.staff->name, request.staff->role}.toJson());
    });
    const AdminApi api = std::make_shared<AdminContext>(context);
    addQueueRoutes(router, api);
    addSlotRoutes(router, api);
    addBookingRoutes(router, api);
    addUserRoutes(router, api);
    addAuditRoutes(router, api);
    addOutboxRoutes(router, api);
    addStatsRoutes(router, api);
    addChangesRoutes(router, api);
    addExportRoutes(router, api);
    addStaffRoutes(router, api);
    addScheduleRoutes(router, api);
    addWaitlistRoutes(router, api);
    addLiveQueueRoutes(router, api);
    addBroadcastRoutes(router, api);
}
