#include "staffmodel.h"

#include "administration.h"
#include "apipaths.h"
#include "localtime.h"
#include "statustext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

StaffModel::StaffModel(ApiClient &client, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
{
    auto text = [](std::function<QString(const StaffRecord &)> of) {
        return [of](const QJsonObject &row, int role) -> QVariant {
            return role == Qt::DisplayRole ? QVariant(of(StaffRecord::fromJson(row))) : QVariant();
        };
    };
    setColumns({
        {[] { return tr("Name"); }, text([](const StaffRecord &s) { return s.name; })},
        {[] { return tr("Role"); }, text([](const StaffRecord &s) { return StatusText::role(s.role); })},
        {[] { return tr("Created"); }, text([this](const StaffRecord &s) { return LocalTime::dateTime(s.createdAt, m_zone); })},
    });
    setOrder([](const QJsonObject &a, const QJsonObject &b) {
        const int byName = a[u"name"_s].toString().compare(b[u"name"_s].toString(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : idOf(a) < idOf(b);
    });
}

void StaffModel::reload()
{
    if (m_inFlight)
        m_inFlight->abort();
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    ApiReply *reply = m_client.get(ApiPaths::staff(), query);
    m_inFlight = reply;
    reply->onJson(this, [this](const QJsonDocument &json) {
        QList<QJsonObject> rows;
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items)
            rows.append(item.toObject());
        setRows(rows);
        emit loaded();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { emit failed(failure); });
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_inFlight == reply)
            m_inFlight = nullptr;
    });
}

void StaffModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    retranslate();
}

QHash<qint64, QString> StaffModel::names() const
{
    QHash<qint64, QString> names;
    for (const QJsonObject &row : rows())
        names.insert(idOf(row), row[u"name"_s].toString());
    return names;
}
