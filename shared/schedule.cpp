#include "schedule.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;
using namespace JsonFields;

QJsonObject ScheduleRule::toJson() const
{
    return {
        {u"weekday"_s, weekday},
        {u"kind"_s, isBreak ? u"break"_s : u"open"_s},
        {u"start"_s, clockText(startMinute)},
        {u"end"_s, clockText(endMinute)},
        {u"slot_minutes"_s, optionalInt(slotMinutes)},
        {u"capacity"_s, optionalInt(capacity)},
    };
}

ScheduleRule ScheduleRule::fromJson(const QJsonObject &json)
{
    ScheduleRule r;
    r.weekday = json.value(u"weekday"_s).toInt(r.weekday);
    r.isBreak = json.value(u"kind"_s).toString() == u"break"_s;
    r.startMinute = clockMinutes(json.value(u"start"_s).toString());
    r.endMinute = clockMinutes(json.value(u"end"_s).toString());
    r.slotMinutes = optionalIntFrom(json.value(u"slot_minutes"_s));
    r.capacity = optionalIntFrom(json.value(u"capacity"_s));
    return r;
}

QJsonObject ScheduleException::toJson() const
{
    return {
        {u"day"_s, day.toString(Qt::ISODate)},
        {u"closed"_s, closed},
        {u"start"_s, closed ? QJsonValue(QJsonValue::Null) : QJsonValue(clockText(startMinute))},
        {u"end"_s, closed ? QJsonValue(QJsonValue::Null) : QJsonValue(clockText(endMinute))},
        {u"note"_s, note},
    };
}

ScheduleException ScheduleException::fromJson(const QJsonObject &json)
{
    ScheduleException e;
    e.day = QDate::fromString(json.value(u"day"_s).toString(), Qt::ISODate);
    e.closed = json.value(u"closed"_s).toBool(e.closed);
    e.startMinute = qMax(0, clockMinutes(json.value(u"start"_s).toString()));
    e.endMinute = qMax(0, clockMinutes(json.value(u"end"_s).toString()));
    e.note = json.value(u"note"_s).toString();
    return e;
}

QJsonObject QueueSchedule::toJson() const
{
    return {{u"rules"_s, arrayOf(rules)}, {u"exceptions"_s, arrayOf(exceptions)}};
}

QueueSchedule QueueSchedule::fromJson(const QJsonObject &json)
{
    return {listFrom<ScheduleRule>(json.value(u"rules"_s)), listFrom<ScheduleException>(json.value(u"exceptions"_s))};
}

QJsonObject GenerationReport::toJson() const
{
    QJsonArray items;
    for (const ScheduleConflict &conflict : conflicts) {
        QJsonObject item = conflict.slot.toJson();
        item.insert(u"reason"_s, conflict.reason);
        items.append(item);
    }
    return {{u"queue_id"_s, queueId}, {u"from_day"_s, fromDay}, {u"to_day"_s, toDay},
            {u"created"_s, created}, {u"removed"_s, removed}, {u"updated"_s, updated},
            {u"kept"_s, kept},       {u"conflicts"_s, items}};
}

GenerationReport GenerationReport::fromJson(const QJsonObject &json)
{
    GenerationReport r;
    r.queueId = idFrom(json.value(u"queue_id"_s));
    r.fromDay = json.value(u"from_day"_s).toString();
    r.toDay = json.value(u"to_day"_s).toString();
    r.created = json.value(u"created"_s).toInt();
    r.removed = json.value(u"removed"_s).toInt();
    r.updated = json.value(u"updated"_s).toInt();
    r.kept = json.value(u"kept"_s).toInt();
    const QJsonArray conflicts = json.value(u"conflicts"_s).toArray();
    for (const QJsonValue &item : conflicts)
        r.conflicts.append({SlotRecord::fromJson(item.toObject()), item[u"reason"_s].toString()});
    return r;
}
