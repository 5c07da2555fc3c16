// /api/v1/slots: a queue's time slots. Operators create them one by one or from a weekly
// pattern (previewed first with a dry run), change their capacity and cancel them (the people
// booked are told); everyone reads.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

void addSlotRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/slots"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const qint64 queueId = Fields::required(u"queue_id"_s, query.id(u"queue_id"_s));
        const QDate from = Fields::required(u"from"_s, query.day(u"from"_s));
        const QDate to = Fields::required(u"to"_s, query.day(u"to"_s));
        Fields::checkDayRange(from, to, u"to"_s);
        const auto status = query.choice<SlotStatus>(u"status"_s);
        const PageRequest page = query.page();
        return pageReply(unwrap(api->queries.queueSlots(queueId, from, to, status, page)), page);
    });
    router.add(Method::Post, u"/api/v1/slots"_s, Access::Operator, [api](RequestContext &request) {
        const Fields::Body body(request, {u"queue_id"_s, u"starts_at"_s, u"ends_at"_s, u"capacity"_s});
        const qint64 queueId = Fields::required(u"queue_id"_s, body.integer(u"queue_id"_s, 1, Fields::kMaxId));
        const QDateTime startsAt = Fields::required(u"starts_at"_s, body.instant(u"starts_at"_s));
        const std::optional<QDateTime> endsAt = body.instant(u"ends_at"_s);
        if (endsAt && (*endsAt <= startsAt || startsAt.secsTo(*endsAt) > 24 * 3600))
            throw ApiError::badField(u"ends_at"_s, u"must be after starts_at, at most 24 hours later"_s);
        const std::optional<qint64> capacity = body.integer(u"capacity"_s, 1, BookingService::kMaxCapacity);
        const QueueRecord queue = unwrap(api->queries.queue(queueId));
        const SlotRecord slot = unwrap(api->bookings.createSlot(
            queueId, startsAt, endsAt.value_or(startsAt.addSecs(qint64(queue.slotMinutes) * 60)),
            int(capacity.value_or(queue.defaultCapacity)),
            request.actor()));
        return HttpReply::json(slot.toJson(), 201);
    });
    // Registered before /slots/{id} so that "bulk" is never read as an id.
    router.add(Method::Post, u"/api/v1/slots/bulk"_s, Access::Operator, [api](RequestContext &request) {
        const Fields::Body body(request, {u"queue_id"_s, u"from_date"_s, u"to_date"_s, u"weekdays"_s, u"start_time"_s,
                                          u"end_time"_s, u"break_start"_s, u"break_end"_s, u"slot_minutes"_s,
                                          u"capacity"_s, u"dry_run"_s});
        const qint64 queueId = Fields::required(u"queue_id"_s, body.integer(u"queue_id"_s, 1, Fields::kMaxId));
        SlotPattern pattern;
        pattern.fromDate = Fields::required(u"from_date"_s, body.day(u"from_date"_s));
        pattern.toDate = Fields::required(u"to_date"_s, body.day(u"to_date"_s));
        Fields::checkDayRange(pattern.fromDate, pattern.toDate, u"to_date"_s);
        pattern.weekdays = body.integers(u"weekdays"_s, 7, 1, 7).value_or(QList<int>{1, 2, 3, 4, 5, 6, 7});
        pattern.startMinute = Fields::required(u"start_time"_s, body.clock(u"start_time"_s, false));
        pattern.endMinute = Fields::required(u"end_time"_s, body.clock(u"end_time"_s, true));
        if (pattern.endMinute <= pattern.startMinute)
            throw ApiError::badField(u"end_time"_s, u"must be after start_time"_s);
        if (body.has(u"break_start"_s) || body.has(u"break_end"_s)) {
            pattern.breakStartMinute = Fields::required(u"break_start"_s, body.clock(u"break_start"_s, false));
            pattern.breakEndMinute = Fields::required(u"break_end"_s, body.clock(u"break_end"_s, true));
            if (pattern.breakStartMinute <= pattern.startMinute || pattern.breakStartMinute >= pattern.endMinute)
                throw ApiError::badField(u"break_start"_s, u"must be between start_time and end_time"_s);
            if (pattern.breakEndMinute <= pattern.breakStartMinute || pattern.breakEndMinute >= pattern.endMinute)
                throw ApiError::badField(u"break_end"_s, u"must be after break_start and before end_time"_s);
        }
        const std::optional<qint64> slotMinutes = body.integer(u"slot_minutes"_s, 1, 1440);
        const std::optional<qint64> capacity = body.integer(u"capacity"_s, 1, BookingService::kMaxCapacity);
        const bool dryRun = body.boolean(u"dry_run"_s).value_or(false);
        const QueueRecord queue = unwrap(api->queries.queue(queueId));
        pattern.slotMinutes = int(slotMinutes.value_or(queue.slotMinutes));
        pattern.capacity = int(capacity.value_or(queue.defaultCapacity));
        const BookingService::CreatedSlots result =
            unwrap(api->bookings.createSlots(queueId, pattern, request.actor(), dryRun));
        return HttpReply::json(QJsonObject{{u"created"_s, int(result.created.size())},
                                           {u"skipped"_s, result.skipped},
                                           {u"dry_run"_s, dryRun},
                                           {u"items"_s, toJsonArray(result.created)}},
                               dryRun ? 200 : 201);
    });
    router.add(Method::Get, u"/api/v1/slots/{id}"_s, Access::Viewer, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->queries.slot(request.id(u"id"_s))).toJson());
    });
    router.add(Method::Patch, u"/api/v1/slots/{id}"_s, Access::Operator, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const Fields::Body body(request, {u"capacity"_s});
        const int capacity =
            int(Fields::required(u"capacity"_s, body.integer(u"capacity"_s, 1, BookingService::kMaxCapacity)));
        return HttpReply::json(unwrap(api->bookings.setSlotCapacity(id, capacity, request.actor())).toJson());
    });
    router.add(Method::Post, u"/api/v1/slots/{id}/cancel"_s, Access::Operator, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const Fields::Body body(request, {u"reason"_s});
        const QString reason = Fields::required(u"reason"_s, body.multilineText(u"reason"_s, 1, 500)).trimmed();
        const int cancelled = unwrap(api->bookings.cancelSlot(id, reason, request.actor()));
        return HttpReply::json(QJsonObject{{u"slot"_s, unwrap(api->queries.slot(id)).toJson()},
                                           {u"cancelled_bookings"_s, cancelled}});
    });
}
