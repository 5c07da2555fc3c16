// /api/v1/stats: per queue and local day, the slots, seats and what became of the bookings.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

void addStatsRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/stats"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const QDate from = Fields::required(u"from"_s, query.day(u"from"_s));
        const QDate to = Fields::required(u"to"_s, query.day(u"to"_s));
        Fields::checkDayRange(from, to, u"to"_s);
        const qint64 queueId = query.id(u"queue_id"_s).value_or(0);
        const PageRequest page = query.page();
        const QList<DayStats> days = unwrap(api->queries.stats(queueId, from, to));
        Page<DayStats> result;
        result.total = days.size();
        result.items = days.mid(qMin<qint64>(page.offset, days.size()), page.limit);
        return pageReply(result, page);
    });
}
