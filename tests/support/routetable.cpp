#include "routetable.h"

#include "domain/bookingservice.h"
#include "domain/staffservice.h"
#include "health/healthchecker.h"
#include "http/admin/adminroutes.h"
#include "http/operatorroutes.h"
#include "metrics/metrics.h"
#include "testsupport.h"

namespace TestSupport {

QList<RouteInfo> registeredRoutes()
{
    TempDatabase tmp;
    SystemClock clock;
    BookingService bookings(*tmp.db, clock);
    StaffService staff(*tmp.db, clock);
    Metrics metrics;
    HealthChecker health(*tmp.db, clock, &metrics);
    ServiceContext context{*tmp.db, clock, bookings, staff, metrics, health};
    Router router;
    addOperatorRoutes(router, context);
    addAdminRoutes(router, context);
    QList<RouteInfo> routes;
    for (const Route &route : router.routes())
        routes.append({Router::methodName(route.method), route.pattern, route.access});
    return routes;
}

} // namespace TestSupport
