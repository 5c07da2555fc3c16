// Maps method + path to a handler and its access level; route templates label metrics and docs.
#pragma once

#include "http/httpreply.h"
#include "storage/records.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

enum class Access { Public, Viewer, Operator, Admin };

// What a handler gets: the request (its own copy, so a handler may run on a worker thread), the
// path parameters and the authenticated staff member.
struct RequestContext
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHash<QString, QString> params;
    std::optional<StaffRecord> staff;

    static RequestContext of(const QHttpServerRequest &request, QHash<QString, QString> params);
    // A header's value (names compare case-insensitively); empty if absent.
    QByteArray header(QByteArrayView name) const;
    // A positive integer path parameter; throws ApiError (400) otherwise.
    qint64 id(const QString &name) const;
    // The body as a JSON object; throws ApiError (400) for anything else.
    QJsonObject jsonBody() const;
    QUrlQuery query() const { return QUrlQuery(url); }
    // Who is acting, for the audit log.
    Actor actor() const { return staff ? Actor::staff(staff->id) : Actor::system(); }
};

using Handler = std::function<HttpReply(RequestContext &)>;

struct Route
{
    QHttpServerRequest::Method method;
    QString pattern; // e.g. /api/v1/queues/{id}
    Access access;
    Handler handler;
    // Runs on a worker thread with its own database connection, so a long read (an export, the
    // stats, a big list) never stalls /health or /webhook: every authenticated GET.
    bool onWorker = false;
    QStringList segments; // the pattern split at '/', once
};

class Router
{
public:
    void add(QHttpServerRequest::Method method, const QString &pattern, Access access, Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // set when the path exists but not for this method
    };
    Match match(QHttpServerRequest::Method method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

    static QString methodName(QHttpServerRequest::Method method);

private:
    QList<Route> m_routes;
};
