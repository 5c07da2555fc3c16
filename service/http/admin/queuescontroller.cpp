// /api/v1/queues: service points and their booking policy. Admins create, change and deactivate
// them (a queue is never deleted: its history stays); everyone reads.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using QueueChange = std::function<void(QueueRecord &)>;

struct IntPolicy
{
    QString name;
    int QueueRecord::*member;
    int min;
    int max;
};

struct BoolPolicy
{
    QString name;
    bool QueueRecord::*member;
};

const QList<IntPolicy> &intPolicies()
{
    static const QList<IntPolicy> policies{
        {u"counters"_s, &QueueRecord::counters, 1, 100},
        {u"slot_minutes"_s, &QueueRecord::slotMinutes, 1, 1440},
        {u"default_capacity"_s, &QueueRecord::defaultCapacity, 1, BookingService::kMaxCapacity},
        {u"min_notice_minutes"_s, &QueueRecord::minNoticeMinutes, 0, 525600},
        {u"horizon_days"_s, &QueueRecord::horizonDays, 1, 730},
        {u"cancel_deadline_minutes"_s, &QueueRecord::cancelDeadlineMinutes, 0, 525600},
        {u"max_active_bookings"_s, &QueueRecord::maxActiveBookings, 1, 100},
        {u"no_show_limit"_s, &QueueRecord::noShowLimit, 0, 1000},
        {u"waitlist_hold_minutes"_s, &QueueRecord::waitlistHoldMinutes, 1, 1440},
        {u"confirm_cutoff_minutes"_s, &QueueRecord::confirmCutoffMinutes, 0, 10080},
        {u"checkin_before_minutes"_s, &QueueRecord::checkinBeforeMinutes, 0, 1440},
        {u"checkin_after_minutes"_s, &QueueRecord::checkinAfterMinutes, 0, 1440},
        {u"position_alert_ahead"_s, &QueueRecord::positionAlertAhead, 0, 100},
    };
    return policies;
}

const QList<BoolPolicy> &boolPolicies()
{
    static const QList<BoolPolicy> policies{
        {u"confirmation_required"_s, &QueueRecord::confirmationRequired},
        {u"walkin_allowed"_s, &QueueRecord::walkinAllowed},
        {u"phone_required"_s, &QueueRecord::phoneRequired},
        {u"active"_s, &QueueRecord::active},
    };
    return policies;
}

QStringList queueFields()
{
    QStringList names{u"code_prefix"_s, u"name_ru"_s, u"name_en"_s, u"timezone"_s, u"reminder_offsets_minutes"_s};
    for (const IntPolicy &policy : intPolicies())
        names.append(policy.name);
    for (const BoolPolicy &policy : boolPolicies())
        names.append(policy.name);
    return names;
}

// Validates every queue field present in the body and returns the change that sets them.
QueueChange queueChange(const Fields::Body &body)
{
    QList<QueueChange> steps;
    if (const auto prefix = body.text(u"code_prefix"_s, 1, 3)) {
        static const QRegularExpression letters(u"^[A-Z]{1,3}$"_s);
        if (!letters.match(*prefix).hasMatch())
            throw ApiError::badField(u"code_prefix"_s, u"must be 1 to 3 capital Latin letters"_s);
        steps.append([value = *prefix](QueueRecord &q) { q.codePrefix = value; });
    }
    if (const auto name = body.text(u"name_ru"_s, 1, 200))
        steps.append([value = name->trimmed()](QueueRecord &q) { q.nameRu = value; });
    if (const auto name = body.text(u"name_en"_s, 1, 200))
        steps.append([value = name->trimmed()](QueueRecord &q) { q.nameEn = value; });
    if (const auto zone = body.text(u"timezone"_s, 1, 64)) {
        if (!QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
            throw ApiError::badField(u"timezone"_s, u"must be an IANA time zone, e.g. Europe/Moscow"_s);
        steps.append([value = *zone](QueueRecord &q) { q.timezone = value; });
    }
    if (const auto offsets = body.integers(u"reminder_offsets_minutes"_s, 5, 1, 43200))
        steps.append([value = *offsets](QueueRecord &q) { q.reminderOffsetsMinutes = value; });
    for (const IntPolicy &policy : intPolicies()) {
        if (const auto value = body.integer(policy.name, policy.min, policy.max))
            steps.append([member = policy.member, v = int(*value)](QueueRecord &q) { q.*member = v; });
    }
    for (const BoolPolicy &policy : boolPolicies()) {
        if (const auto value = body.boolean(policy.name))
            steps.append([member = policy.member, v = *value](QueueRecord &q) { q.*member = v; });
    }
    return [steps](QueueRecord &q) {
        for (const QueueChange &step : steps)
            step(q);
    };
}

} // namespace

void addQueueRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/queues"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const PageRequest page = query.page();
        return pageReply(api->queries.queues(query.boolean(u"include_inactive"_s).value_or(false), page), page);
    });
    router.add(Method::Post, u"/api/v1/queues"_s, Access::Admin, [api](RequestContext &request) {
        const Fields::Body body(request, queueFields());
        for (const QString &name : {u"name_ru"_s, u"name_en"_s, u"timezone"_s}) {
            if (!body.has(name))
                throw ApiError::badField(name, u"is required"_s);
        }
        QueueRecord queue;
        queueChange(body)(queue);
        return HttpReply::json(unwrap(api->bookings.createQueue(queue, request.actor())).toJson(), 201);
    });
    router.add(Method::Get, u"/api/v1/queues/{id}"_s, Access::Viewer, [api](RequestContext &request) {
        return HttpReply::json(unwrap(api->queries.queue(request.id(u"id"_s))).toJson());
    });
    router.add(Method::Patch, u"/api/v1/queues/{id}"_s, Access::Admin, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const QueueChange change = queueChange(Fields::Body(request, queueFields()));
        return HttpReply::json(unwrap(api->bookings.updateQueue(id, change, request.actor())).toJson());
    });
    // Soft delete: the queue stops taking bookings and leaves the default list; PATCH
    // {"active": true} brings it back.
    router.add(Method::Delete, u"/api/v1/queues/{id}"_s, Access::Admin, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const auto deactivate = [](QueueRecord &q) { q.active = false; };
        return HttpReply::json(unwrap(api->bookings.updateQueue(id, deactivate, request.actor())).toJson());
    });
}
