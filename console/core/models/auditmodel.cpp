#include "auditmodel.h"

#include "apipaths.h"
#include "localtime.h"
#include "statustext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

AuditModel::AuditModel(ApiClient &client, UserDirectory &people, QObject *parent)
    : PagedModel(client, ApiPaths::audit(), parent)
    , m_people(people)
{
    const auto text = &textColumn<AuditRecord>;
    setColumns({
        text([] { return tr("Time"); }, [this](const AuditRecord &e) { return LocalTime::dateTime(e.at, m_zone); }),
        text([] { return tr("Who"); }, [this](const AuditRecord &e) { return actorText(e); }),
        text([] { return tr("Action"); }, [](const AuditRecord &e) { return e.action; }),
        text([] { return tr("What"); },
             [](const AuditRecord &e) {
                 return e.entityId > 0 ? u"%1 #%2"_s.arg(StatusText::entity(e.entity)).arg(e.entityId)
                                       : StatusText::entity(e.entity);
             }),
        {[] { return tr("Details"); },
         [](const QJsonObject &row, int role) -> QVariant {
             if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                 return {};
             const QJsonObject details = row[u"details"_s].toObject();
             if (details.isEmpty())
                 return {};
             const QJsonDocument::JsonFormat format = role == Qt::ToolTipRole ? QJsonDocument::Indented
                                                                               : QJsonDocument::Compact;
             return QString::fromUtf8(QJsonDocument(details).toJson(format)).trimmed();
         }},
    });
    setOrder([](const QJsonObject &a, const QJsonObject &b) { return idOf(a) > idOf(b); });
    connect(&m_people, &UserDirectory::changed, this, [this] { columnChanged(Who); });
}

void AuditModel::show(const Filter &filter)
{
    QUrlQuery query;
    if (!filter.entity.isEmpty())
        query.addQueryItem(u"entity"_s, filter.entity);
    if (!filter.action.isEmpty())
        query.addQueryItem(u"action"_s, filter.action);
    if (filter.actorType)
        query.addQueryItem(u"actor_type"_s, enumName(*filter.actorType));
    if (filter.actorId > 0)
        query.addQueryItem(u"actor_id"_s, QString::number(filter.actorId));
    if (filter.from.isValid())
        query.addQueryItem(u"from"_s, isoUtc(filter.from));
    if (filter.to.isValid())
        query.addQueryItem(u"to"_s, isoUtc(filter.to));
    setQuery(query);
    reload();
}

void AuditModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    retranslate();
}

void AuditModel::setStaffNames(const QHash<qint64, QString> &names)
{
    m_staffNames = names;
    columnChanged(Who);
}

QString AuditModel::actorText(const AuditRecord &entry) const
{
    switch (entry.actor.type) {
    case ActorType::System: return StatusText::actorType(ActorType::System);
    case ActorType::Staff:
        if (entry.actor.id <= 0)
            return tr("Bootstrap admin");
        return m_staffNames.contains(entry.actor.id) ? m_staffNames.value(entry.actor.id)
                                                     : tr("Staff #%1").arg(entry.actor.id);
    case ActorType::User: return m_people.displayName(entry.actor.id);
    }
    return {};
}
