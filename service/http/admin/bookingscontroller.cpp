// /api/v1/bookings: lists by slot, by day or by person (optionally with each booking's person), booking on a person's behalf (source console), and
// the outcome of a visit: attended, no-show, or cancelled by staff.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

namespace {

// The statuses staff may set, by their API names.
enum class StaffOutcome { Attended, NoShow, Cancelled };

StaffOutcome staffOutcome(const Fields::Body &body)
{
    const QString value = Fields::required(u"status"_s, body.text(u"status"_s, 1, 32));
    if (value == u"attended"_s)
        return StaffOutcome::Attended;
    if (value == u"no_show"_s)
        return StaffOutcome::NoShow;
    if (value == u"cancelled"_s)
        return StaffOutcome::Cancelled;
    throw ApiError::badField(u"status"_s, u"must be one of: attended, no_show, cancelled"_s);
}

} // namespace

void addBookingRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/bookings"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        BookingFilter filter;
        filter.slotId = query.id(u"slot_id"_s).value_or(0);
        filter.queueId = query.id(u"queue_id"_s).value_or(0);
        filter.userId = query.id(u"user_id"_s).value_or(0);
        filter.status = query.choice<BookingStatus>(u"status"_s);
        std::optional<QDate> from = query.day(u"from"_s);
        std::optional<QDate> to = query.day(u"to"_s);
        if (const std::optional<QDate> date = query.day(u"date"_s)) {
            if (from || to)
                throw ApiError::badField(u"date"_s, u"give either date or from and to"_s);
            from = to = date;
        }
        if (from || to) {
            const QDate first = Fields::required(u"from"_s, from);
            const QDate last = Fields::required(u"to"_s, to);
            Fields::checkDayRange(first, last, u"to"_s);
            filter.fromDay = first.toString(Qt::ISODate);
            filter.toDay = last.toString(Qt::ISODate);
        } else if (filter.slotId == 0 && filter.userId == 0) {
            // A person's whole history needs no days; anything else would be every booking ever.
            throw ApiError::badField(u"date"_s, u"give slot_id, user_id, date, or from and to"_s);
        }
        const PageRequest page = query.page();
        // include=user: each booking with its person (a slot's list in one request, as the console shows it).
        if (query.word(u"include"_s, {u"user"_s}))
            return pageReply(api->queries.bookingsWithUsers(filter, page), page);
        return pageReply(api->queries.bookings(filter, page), page);
    });
    router.add(Method::Post, u"/api/v1/bookings"_s, Access::Operator, [api](RequestContext &request) {
        const Fields::Body body(request, {u"slot_id"_s, u"user_id"_s, u"telegram_id"_s});
        const qint64 slotId = Fields::required(u"slot_id"_s, body.integer(u"slot_id"_s, 1, Fields::kMaxId));
        const std::optional<qint64> userId = body.integer(u"user_id"_s, 1, Fields::kMaxId);
        const std::optional<qint64> telegramId = body.integer(u"telegram_id"_s, 1, Fields::kMaxId);
        if (userId.has_value() == telegramId.has_value())
            throw ApiError::badField(u"user_id"_s, u"give either user_id or telegram_id"_s);
        const qint64 person = userId ? *userId : unwrap(api->queries.userByTelegramId(*telegramId)).id;
        const BookingRecord booking =
            unwrap(api->bookings.book(person, slotId, BookingSource::Console, request.actor()));
        return HttpReply::json(booking.toJson(), 201);
    });
    router.add(Method::Get, u"/api/v1/bookings/{id}"_s, Access::Viewer, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->queries.booking(request.id(u"id"_s))).toJson());
    });
    router.add(Method::Patch, u"/api/v1/bookings/{id}"_s, Access::Operator, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const StaffOutcome outcome = staffOutcome(Fields::Body(request, {u"status"_s}));
        const Actor actor = request.actor();
        switch (outcome) {
        case StaffOutcome::Attended:
            return HttpReply::json(unwrap(api->bookings.setAttendance(id, BookingStatus::Attended, actor)).toJson());
        case StaffOutcome::NoShow:
            return HttpReply::json(unwrap(api->bookings.setAttendance(id, BookingStatus::NoShow, actor)).toJson());
        case StaffOutcome::Cancelled:
            break;
        }
        return HttpReply::json(unwrap(api->bookings.cancelBooking(id, actor)).toJson());
    });
}
