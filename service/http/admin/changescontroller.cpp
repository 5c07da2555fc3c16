// /api/v1/changes?since=REV: what changed after a revision, so the console follows the service
// instead of reloading everything. Pages end on whole revisions; `next` is the next `since`.
#include "http/admin/admincontrollers.h"
#include "http/admin/fields.h"
#include "http/admin/json.h"

using namespace Qt::StringLiterals;

void addChangesRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/changes"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const qint64 since = query.integer(u"since"_s, 0, Fields::kMaxId).value_or(0);
        const int limit = int(query.integer(u"limit"_s, 1, Fields::kMaxLimit).value_or(Fields::kMaxLimit));
        const ChangeFeed feed = api->queries.changes(since, limit);
        if (since > feed.revision)
            throw ApiError::badField(u"since"_s, u"is ahead of the current revision %1; reload everything"_s.arg(
                                                     feed.revision));
        ChangePage page{{}, feed.revision, feed.next, feed.more};
        for (const AuditRecord &entry : feed.items)
            page.items.append(ChangeEntry::of(entry));
        return HttpReply::json(page.toJson());
    });
}
