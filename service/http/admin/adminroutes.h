// The staff admin API under /api/v1: one controller per resource, all through the domain layer.
#pragma once

#include "http/router.h"
#include "http/servicecontext.h"

void addAdminRoutes(Router &router, ServiceContext &context);
