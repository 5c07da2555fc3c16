// What the admin API's controllers share: the domain services they call, and one registration
// function per resource (each in its own <resource>controller.cpp).
#pragma once

#include "domain/adminqueries.h"
#include "domain/bookingservice.h"
#include "domain/outboxservice.h"
#include "domain/staffservice.h"
#include "http/apierror.h"
#include "http/router.h"
#include "http/servicecontext.h"

#include <memory>

struct AdminContext
{
    AdminContext(ServiceContext &context);

    ServiceContext &service;
    DomainServices &domain;
    BookingService &bookings;
    StaffService &staff;
    AdminQueries queries;
    OutboxService &outbox;
};

// Shared by every handler the controllers register, so it lives as long as the router.
using AdminApi = std::shared_ptr<AdminContext>;
using Method = QHttpServerRequest::Method;

// The value of a domain outcome, or its refusal as an ApiError (404, 400 or 409).
template<typename T>
T unwrap(const Outcome<T> &outcome)
{
    if (!outcome.ok())
        throw ApiError::fromRefusal(outcome.refusal());
    return outcome.value();
}

void addQueueRoutes(Router &router, const AdminApi &api);
void addSlotRoutes(Router &router, const AdminApi &api);
void addBookingRoutes(Router &router, const AdminApi &api);
void addUserRoutes(Router &router, const AdminApi &api);
void addAuditRoutes(Router &router, const AdminApi &api);
void addOutboxRoutes(Router &router, const AdminApi &api);
void addStatsRoutes(Router &router, const AdminApi &api);
void addChangesRoutes(Router &router, const AdminApi &api);
void addExportRoutes(Router &router, const AdminApi &api);
void addStaffRoutes(Router &router, const AdminApi &api);
void addScheduleRoutes(Router &router, const AdminApi &api);
void addWaitlistRoutes(Router &router, const AdminApi &api);
void addLiveQueueRoutes(Router &router, const AdminApi &api);
void addBroadcastRoutes(Router &router, const AdminApi &api);
