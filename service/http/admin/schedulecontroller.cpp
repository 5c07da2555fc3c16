// /api/v1/queues/{id}/schedule: a queue's weekly template (admins) and its exceptions — holidays,
// shortened and extra days (operators). Every change regenerates the queue's future slots and
// answers with what generation did, conflicts with existing bookings included.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

#include "domain/weeklyschedule.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRules = 7 * 24;

ScheduleRule readRule(const Fields::Body &body, int index)
{
    const auto name = [&](const char *member) { return u"rules[%1].%2"_s.arg(index).arg(QLatin1String(member)); };
    ScheduleRule rule;
    rule.weekday = int(Fields::required(name("weekday"), body.integer(u"weekday"_s, 1, 7)));
    const QString kind = body.text(u"kind"_s, 1, 8).value_or(u"open"_s);
    if (kind != u"open"_s && kind != u"break"_s)
        throw ApiError::badField(name("kind"), u"must be open or break"_s);
    rule.isBreak = kind == u"break"_s;
    rule.startMinute = Fields::required(name("start"), body.clock(u"start"_s, false));
    rule.endMinute = Fields::required(name("end"), body.clock(u"end"_s, true));
    if (rule.endMinute <= rule.startMinute)
        throw ApiError::badField(name("end"), u"must be after start"_s);
    if (const auto minutes = body.integer(u"slot_minutes"_s, 1, 1440))
        rule.slotMinutes = int(*minutes);
    if (const auto capacity = body.integer(u"capacity"_s, 1, BookingService::kMaxCapacity))
        rule.capacity = int(*capacity);
    if (rule.isBreak && (rule.slotMinutes || rule.capacity))
        throw ApiError::badField(name("kind"), u"a break has no slot_minutes or capacity"_s);
    return rule;
}

HttpReply scheduleReply(const QueueSchedule &schedule)
{
    return HttpReply::json(QJsonObject{{u"rules"_s, toJsonArray(schedule.rules)},
                                       {u"exceptions"_s, toJsonArray(schedule.exceptions)}});
}

} // namespace

void addScheduleRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/queues/{id}/schedule"_s, Access::Viewer, [api](RequestContext &request) {
        return scheduleReply(unwrap(api->domain.schedule.schedule(request.id(u"id"_s))));
    });
    router.add(Method::Put, u"/api/v1/queues/{id}/schedule"_s, Access::Admin, [api](RequestContext &request) {
        const qint64 id = request.id(u"id"_s);
        const Fields::Body body(request, {u"rules"_s});
        const QList<Fields::Body> items = Fields::required(
            u"rules"_s, body.objects(u"rules"_s, kMaxRules,
                                     {u"weekday"_s, u"kind"_s, u"start"_s, u"end"_s, u"slot_minutes"_s, u"capacity"_s}));
        QList<ScheduleRule> rules;
        for (qsizetype i = 0; i < items.size(); ++i)
            rules.append(readRule(items.at(i), int(i)));
        if (const QString problem = WeeklySchedule::validate(rules); !problem.isEmpty())
            throw ApiError::badField(u"rules"_s, problem);
        return HttpReply::json(unwrap(api->domain.schedule.setRules(id, rules, request.actor())).toJson());
    });
    router.add(Method::Put, u"/api/v1/queues/{id}/schedule/exceptions/{day}"_s, Access::Operator,
               [api](RequestContext &request) {
                   const qint64 id = request.id(u"id"_s);
                   ScheduleException exception;
                   exception.day = Fields::parseDay(u"day"_s, request.params.value(u"day"_s));
                   const Fields::Body body(request, {u"closed"_s, u"start"_s, u"end"_s, u"note"_s});
                   exception.closed = body.boolean(u"closed"_s).value_or(!body.has(u"start"_s));
                   exception.note = body.text(u"note"_s, 0, 200).value_or(QString()).trimmed();
                   if (!exception.closed) {
                       exception.startMinute = Fields::required(u"start"_s, body.clock(u"start"_s, false));
                       exception.endMinute = Fields::required(u"end"_s, body.clock(u"end"_s, true));
                       if (exception.endMinute <= exception.startMinute)
                           throw ApiError::badField(u"end"_s, u"must be after start"_s);
                   } else if (body.has(u"start"_s) || body.has(u"end"_s)) {
                       throw ApiError::badField(u"closed"_s, u"a closed day has no start or end"_s);
                   }
                   return HttpReply::json(
                       unwrap(api->domain.schedule.putException(id, exception, request.actor())).toJson());
               });
    router.add(Method::Delete, u"/api/v1/queues/{id}/schedule/exceptions/{day}"_s, Access::Operator,
               [api](RequestContext &request) {
                   const qint64 id = request.id(u"id"_s);
                   const QDate day = Fields::parseDay(u"day"_s, request.params.value(u"day"_s));
                   return HttpReply::json(
                       unwrap(api->domain.schedule.removeException(id, day, request.actor())).toJson());
               });
    router.add(Method::Post, u"/api/v1/queues/{id}/schedule/generate"_s, Access::Operator,
               [api](RequestContext &request) {
                   const qint64 id = request.id(u"id"_s);
                   return HttpReply::json(unwrap(api->domain.schedule.generate(id, request.actor())).toJson());
               });
}
