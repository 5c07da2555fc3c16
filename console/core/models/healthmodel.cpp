#include "healthmodel.h"

#include "apipaths.h"
#include "models/tone.h"
#include "statustext.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// The checks in the order people read them; unknown ones after these.
const QStringList kOrder{u"database"_s, u"outbox"_s, u"telegram"_s, u"memory"_s, u"threads"_s, u"disk"_s};

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return HealthModel::tr("%n s", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return HealthModel::tr("%n min", nullptr, int(seconds / 60));
    return HealthModel::tr("%n h", nullptr, int(seconds / 3600));
}

} // namespace

HealthModel::HealthModel(ApiClient &client, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
{
    setColumns({
        {[] { return tr("Check"); },
         [](const QJsonObject &row, int role) -> QVariant {
             return role == Qt::DisplayRole ? QVariant(StatusText::healthCheck(row[u"name"_s].toString())) : QVariant();
         }},
        {[] { return tr("State"); },
         [](const QJsonObject &row, int role) -> QVariant {
             const QString status = row[u"status"_s].toString();
             if (role == Qt::DisplayRole)
                 return StatusText::health(status);
             if (role == Tone::Role)
                 return tone(status);
             return {};
         }},
        {[] { return tr("Figures"); },
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return figures(row[u"name"_s].toString(), row);
             if (role == Qt::ToolTipRole)
                 return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Indented)).trimmed();
             return {};
         }},
    });
}

void HealthModel::reload()
{
    if (m_inFlight)
        return;
    ApiReply *reply = m_client.get(ApiPaths::health());
    m_inFlight = reply;
    reply->onJson(this, [this](const QJsonDocument &json) { take(json.object()); });
    reply->onFailure(this, [this](const ApiFailure &failure) {
        // Unhealthy is a 503 that still carries every check.
        const QJsonObject report = QJsonDocument::fromJson(failure.body).object();
        if (failure.httpStatus == 503 && report.contains(u"checks"_s))
            take(report);
        else
            emit failed(failure);
    });
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_inFlight == reply)
            m_inFlight = nullptr;
    });
}

void HealthModel::take(const QJsonObject &report)
{
    m_overall = report[u"status"_s].toString();
    m_version = report[u"version"_s].toString();
    m_uptime = report[u"uptime_seconds"_s].toInteger();
    const QJsonObject checks = report[u"checks"_s].toObject();
    QList<QJsonObject> rows;
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        QJsonObject row = it.value().toObject();
        const qsizetype known = kOrder.indexOf(it.key());
        // Ids give the rows a stable place: the known order first, others after by name.
        row.insert(u"id"_s, known >= 0 ? qint64(known + 1) : qint64(kOrder.size() + 1 + rows.size()));
        row.insert(u"name"_s, it.key());
        rows.append(row);
    }
    setRows(rows);
    emit loaded();
}

QString HealthModel::figures(const QString &check, const QJsonObject &d)
{
    const QLocale locale;
    if (d.contains(u"error"_s))
        return d[u"error"_s].toString();
    if (check == u"database"_s)
        return tr("answers in %1 ms (%2)").arg(locale.toString(d[u"latency_ms"_s].toDouble(), 'f', 1),
                                               d[u"dialect"_s].toString());
    if (check == u"outbox"_s) {
        const int pending = d[u"pending"_s].toInt();
        if (pending == 0)
            return tr("nothing waiting to be sent");
        return tr("%n waiting to be sent", nullptr, pending) + u", "_s
            + tr("the oldest for %1").arg(duration(d[u"oldest_pending_age_seconds"_s].toInteger()));
    }
    if (check == u"memory"_s)
        return tr("%1 in use (warning at %2)")
            .arg(locale.formattedDataSize(d[u"rss_bytes"_s].toInteger()),
                 locale.formattedDataSize(d[u"warning_bytes"_s].toInteger()));
    if (check == u"threads"_s)
        return tr("%1 (warning at %2)").arg(d[u"count"_s].toInt()).arg(d[u"warning"_s].toInt());
    if (check == u"disk"_s)
        return tr("%1 free").arg(locale.formattedDataSize(d[u"free_bytes"_s].toInteger()));
    if (check == u"telegram"_s)
        return d[u"ever_succeeded"_s].toBool()
            ? tr("last answer %1 ago").arg(duration(d[u"last_success_age_seconds"_s].toInteger()))
            : tr("no answer yet (%1 since start)").arg(duration(d[u"last_success_age_seconds"_s].toInteger()));
    return {};
}

int HealthModel::tone(const QString &status)
{
    if (status == u"healthy"_s)
        return Tone::Good;
    return status == u"warning"_s ? Tone::Warning : Tone::Bad;
}
