#include "staffmodel.h"

#include "administration.h"
#include "apipaths.h"
#include "localtime.h"
#include "statustext.h"

using namespace Qt::StringLiterals;

StaffModel::StaffModel(ApiClient &client, QObject *parent)
    : ListModel(client, parent)
{
    const auto text = &textColumn<StaffRecord>;
    setColumns({
        text([] { return tr("Name"); }, [](const StaffRecord &s) { return s.name; }),
        text([] { return tr("Role"); }, [](const StaffRecord &s) { return StatusText::role(s.role); }),
        text([] { return tr("Created"); },
             [this](const StaffRecord &s) { return LocalTime::dateTime(s.createdAt, m_zone); }),
    });
    setOrder([](const QJsonObject &a, const QJsonObject &b) {
        const int byName = a[u"name"_s].toString().compare(b[u"name"_s].toString(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : idOf(a) < idOf(b);
    });
}

void StaffModel::reload()
{
    read(ApiPaths::staff(), {});
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
