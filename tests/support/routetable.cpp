#include "routetable.h"

#include "domain/domainservices.h"
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
    DomainServices domain(*tmp.db, clock);
    Metrics metrics;
    HealthChecker health(*tmp.db, clock, &metrics);
    ServiceContext context(domain, metrics, health);
    Router router;
    addOperatorRoutes(router, context);
    addAdminRoutes(router, context);
    QList<RouteInfo> routes;
    for (const Route &route : router.routes())
        routes.append({Router::methodName(route.method), route.pattern, route.access});
    return routes;
}

} // namespace TestSupport
