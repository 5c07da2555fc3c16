#include "administration.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;
using namespace JsonFields;

QJsonObject StaffRecord::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"role"_s, enumName(role)}, {u"created_at"_s, isoUtc(createdAt)}};
}

StaffRecord StaffRecord::fromJson(const QJsonObject &json)
{
    StaffRecord s;
    s.id = idFrom(json.value(u"id"_s));
    s.name = json.value(u"name"_s).toString();
    s.role = enumFromString<StaffRole>(json.value(u"role"_s).toString()).value_or(StaffRole::Viewer);
    s.createdAt = fromIsoUtc(json.value(u"created_at"_s).toString());
    return s;
}

QJsonObject StaffSession::toJson() const
{
    return {{u"id"_s, optionalId(id)}, {u"name"_s, name}, {u"role"_s, enumName(role)}};
}

StaffSession StaffSession::fromJson(const QJsonObject &json)
{
    StaffSession s;
    s.id = idFrom(json.value(u"id"_s));
    s.name = json.value(u"name"_s).toString();
    s.role = enumFromString<StaffRole>(json.value(u"role"_s).toString()).value_or(StaffRole::Viewer);
    return s;
}

QJsonObject AuditRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"revision"_s, revision},
            {u"at"_s, isoUtc(at)},
            {u"actor"_s, QJsonObject{{u"type"_s, enumName(actor.type)}, {u"id"_s, optionalId(actor.id)}}},
            {u"action"_s, action},
            {u"entity"_s, entity},
            {u"entity_id"_s, optionalId(entityId)},
            {u"details"_s, details}};
}

AuditRecord AuditRecord::fromJson(const QJsonObject &json)
{
    AuditRecord a;
    a.id = idFrom(json.value(u"id"_s));
    a.revision = json.value(u"revision"_s).toInteger();
    a.at = fromIsoUtc(json.value(u"at"_s).toString());
    const QJsonObject actor = json.value(u"actor"_s).toObject();
    a.actor.type = enumFromString<ActorType>(actor.value(u"type"_s).toString()).value_or(ActorType::System);
    a.actor.id = idFrom(actor.value(u"id"_s));
    a.action = json.value(u"action"_s).toString();
    a.entity = json.value(u"entity"_s).toString();
    a.entityId = idFrom(json.value(u"entity_id"_s));
    a.details = json.value(u"details"_s).toObject();
    return a;
}

ChangeEntry ChangeEntry::of(const AuditRecord &entry)
{
    return {entry.revision, entry.at, entry.entity, entry.entityId, entry.action};
}

QJsonObject ChangeEntry::toJson() const
{
    return {{u"revision"_s, revision},
            {u"at"_s, isoUtc(at)},
            {u"entity"_s, entity},
            {u"entity_id"_s, optionalId(entityId)},
            {u"action"_s, action}};
}

ChangeEntry ChangeEntry::fromJson(const QJsonObject &json)
{
    return {json.value(u"revision"_s).toInteger(), fromIsoUtc(json.value(u"at"_s).toString()),
            json.value(u"entity"_s).toString(), idFrom(json.value(u"entity_id"_s)), json.value(u"action"_s).toString()};
}

QJsonObject ChangePage::toJson() const
{
    return {{u"items"_s, arrayOf(items)}, {u"revision"_s, revision}, {u"next"_s, next}, {u"more"_s, more}};
}

ChangePage ChangePage::fromJson(const QJsonObject &json)
{
    return {listFrom<ChangeEntry>(json.value(u"items"_s)), json.value(u"revision"_s).toInteger(),
            json.value(u"next"_s).toInteger(), json.value(u"more"_s).toBool()};
}

QJsonObject OutboxRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"user_id"_s, userId},
            {u"chat_id"_s, chatId},
            {u"template"_s, templateName},
            {u"params"_s, params},
            {u"status"_s, status},
            {u"attempts"_s, attempts},
            {u"next_attempt_at"_s, isoUtc(nextAttemptAt)},
            {u"last_error"_s, lastError},
            {u"created_at"_s, isoUtc(createdAt)},
            {u"sent_at"_s, optionalTime(sentAt)},
            {u"expires_at"_s, optionalTime(expiresAt)}};
}

OutboxRecord OutboxRecord::fromJson(const QJsonObject &json)
{
    OutboxRecord m;
    m.id = idFrom(json.value(u"id"_s));
    m.userId = idFrom(json.value(u"user_id"_s));
    m.chatId = json.value(u"chat_id"_s).toInteger();
    m.templateName = json.value(u"template"_s).toString();
    m.params = json.value(u"params"_s).toObject();
    m.status = json.value(u"status"_s).toString();
    m.attempts = json.value(u"attempts"_s).toInt();
    m.nextAttemptAt = fromIsoUtc(json.value(u"next_attempt_at"_s).toString());
    m.lastError = json.value(u"last_error"_s).toString();
    m.createdAt = fromIsoUtc(json.value(u"created_at"_s).toString());
    m.sentAt = optionalTimeFrom(json.value(u"sent_at"_s));
    m.expiresAt = optionalTimeFrom(json.value(u"expires_at"_s));
    return m;
}

QJsonObject DayStats::toJson() const
{
    return {{u"queue_id"_s, queueId},
            {u"day"_s, day},
            {u"slots"_s, liveSlots},
            {u"cancelled_slots"_s, cancelledSlots},
            {u"capacity"_s, capacity},
            {u"booked"_s, booked},
            {u"free"_s, freeSeats},
            {u"attended"_s, attended},
            {u"no_show"_s, noShow},
            {u"cancelled"_s, cancelled}};
}

DayStats DayStats::fromJson(const QJsonObject &json)
{
    DayStats d;
    d.queueId = idFrom(json.value(u"queue_id"_s));
    d.day = json.value(u"day"_s).toString();
    d.liveSlots = json.value(u"slots"_s).toInt();
    d.cancelledSlots = json.value(u"cancelled_slots"_s).toInt();
    d.capacity = json.value(u"capacity"_s).toInt();
    d.booked = json.value(u"booked"_s).toInt();
    d.freeSeats = json.value(u"free"_s).toInt();
    d.attended = json.value(u"attended"_s).toInt();
    d.noShow = json.value(u"no_show"_s).toInt();
    d.cancelled = json.value(u"cancelled"_s).toInt();
    return d;
}
