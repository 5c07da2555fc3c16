#include "router.h"

#include "http/apierror.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

using namespace Qt::StringLiterals;

namespace {

bool matchSegments(const QStringList &want, const QStringList &have, QHash<QString, QString> *params)
{
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &segment = want[i];
        if (segment.startsWith(u'{') && segment.endsWith(u'}'))
            params->insert(segment.mid(1, segment.size() - 2), have[i]);
        else if (segment != have[i])
            return false;
    }
    return true;
}

} // namespace

RequestContext RequestContext::of(const QHttpServerRequest &request, QHash<QString, QString> params)
{
    RequestContext context;
    context.method = request.method();
    context.url = request.url();
    context.body = request.body();
    context.headers = request.headers();
    context.params = std::move(params);
    return context;
}

QByteArray RequestContext::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 RequestContext::id(const QString &name) const
{
    bool ok = false;
    const qint64 value = params.value(name).toLongLong(&ok);
    if (!ok || value <= 0)
        throw ApiError::badField(name, u"must be a positive integer"_s);
    return value;
}

QJsonObject RequestContext::jsonBody() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(ApiError::Kind::BadRequest, u"malformed_json"_s,
                       u"request body is not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        throw ApiError(ApiError::Kind::BadRequest, u"malformed_json"_s, u"request body must be a JSON object"_s);
    return document.object();
}

void Router::add(QHttpServerRequest::Method method, const QString &pattern, Access access, Handler handler)
{
    const bool onWorker = method == QHttpServerRequest::Method::Get && access != Access::Public;
    // A storage error that is not about availability says so: a constraint the change broke is
    // the client's to fix, a damaged file the operator's. Only the rest is "unavailable".
    Handler guarded = [pattern, handler = std::move(handler)](RequestContext &context) {
        try {
            return handler(context);
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Constraint && error.kind() != StorageError::Kind::Damaged)
                throw;
            qCWarning(lcHttp).noquote() << "refused by storage on" << pattern << error.message();
            throw ApiError::fromStorage(error);
        }
    };
    m_routes.append({method, pattern, access, std::move(guarded), onWorker, pattern.split(u'/', Qt::SkipEmptyParts)});
}

Router::Match Router::match(QHttpServerRequest::Method method, const QString &path) const
{
    Match result;
    const QStringList have = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, have, &params))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods.append(methodName(route.method));
    }
    return result;
}

QString Router::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    case QHttpServerRequest::Method::Options: return u"OPTIONS"_s;
    default: return u"OTHER"_s;
    }
}
