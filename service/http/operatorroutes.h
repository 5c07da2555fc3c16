// Routes for operators and orchestrators: /health, /health/live, /health/ready, /metrics.
#pragma once

#include "http/router.h"
#include "http/servicecontext.h"

void addOperatorRoutes(Router &router, ServiceContext &context);
