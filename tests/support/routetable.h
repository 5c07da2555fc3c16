// Every route queue-service registers, read from a router built in-process over a temporary
// database: for tests that check the API's documentation and access rules against the code.
#pragma once

#include "http/router.h"

#include <QList>
#include <QString>

namespace TestSupport {

struct RouteInfo
{
    QString method; // GET, POST, …
    QString pattern; // /api/v1/queues/{id}
    Access access;
};

QList<RouteInfo> registeredRoutes();

} // namespace TestSupport
