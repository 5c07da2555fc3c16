#include "operatorroutes.h"

#include "health/healthchecker.h"
#include "metrics/metrics.h"

using namespace Qt::StringLiterals;

void addOperatorRoutes(Router &router, ServiceContext &context)
{
    using Method = QHttpServerRequest::Method;

    router.add(Method::Get, u"/health"_s, Access::Public, [&context](RequestContext &) {
        HealthStatus status = HealthStatus::Healthy;
        const QJsonObject document = context.health.check(&status);
        return HttpReply::json(document, status == HealthStatus::Unhealthy ? 503 : 200);
    });
    router.add(Method::Get, u"/health/live"_s, Access::Public, [](RequestContext &) {
        return HttpReply::json(QJsonObject{{u"status"_s, u"alive"_s}});
    });
    router.add(Method::Get, u"/health/ready"_s, Access::Public, [&context](RequestContext &) {
        QString reason;
        if (context.health.ready(&reason))
            return HttpReply::json(QJsonObject{{u"status"_s, u"ready"_s}});
        return HttpReply::json(QJsonObject{{u"status"_s, u"not_ready"_s}, {u"reason"_s, reason}}, 503);
    });
    router.add(Method::Get, u"/metrics"_s, Access::Public, [&context](RequestContext &) {
        return HttpReply::text(QByteArray::fromStdString(context.metrics.serialize()),
                               "text/plain; version=0.0.4; charset=utf-8");
    });
}
