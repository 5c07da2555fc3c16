// /api/v1/audit: who did what to which entity and when, newest first; for admins.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

void addAuditRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/audit"_s, Access::Admin, [api](RequestContext &request) {
        const Fields::Query query(request);
        AuditFilter filter;
        filter.entity = query.word(u"entity"_s, {u"queue"_s, u"slot"_s, u"booking"_s, u"user"_s, u"staff"_s,
                                                 u"outbox"_s, u"waitlist"_s, u"ticket"_s})
                            .value_or(QString());
        filter.entityId = query.id(u"entity_id"_s).value_or(0);
        filter.actorType = query.choice<ActorType>(u"actor_type"_s);
        filter.actorId = query.id(u"actor_id"_s).value_or(0);
        filter.action = query.text(u"action"_s, 64).value_or(QString());
        static const QRegularExpression actionShape(u"^[a-z_]+\\.[a-z_]+$"_s);
        if (!filter.action.isEmpty() && !actionShape.match(filter.action).hasMatch())
            throw ApiError::badField(u"action"_s, u"must look like entity.verb, e.g. booking.cancel"_s);
        filter.from = query.instant(u"from"_s).value_or(QDateTime());
        filter.to = query.instant(u"to"_s).value_or(QDateTime());
        if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
            throw ApiError::badField(u"to"_s, u"must be after from"_s);
        const PageRequest page = query.page();
        return pageReply(api->queries.audit(filter, page), page);
    });
}
