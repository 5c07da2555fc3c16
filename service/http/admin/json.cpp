#include "json.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullableId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const StaffRecord &staff)
{
    return {{u"id"_s, staff.id},
            {u"name"_s, staff.name},
            {u"role"_s, enumName(staff.role)},
            {u"created_at"_s, isoUtc(staff.createdAt)}};
}

QJsonObject toJson(const AuditRecord &entry)
{
    return {{u"id"_s, entry.id},
            {u"revision"_s, entry.revision},
            {u"at"_s, isoUtc(entry.at)},
            {u"actor"_s, QJsonObject{{u"type"_s, enumName(entry.actor.type)}, {u"id"_s, nullableId(entry.actor.id)}}},
            {u"action"_s, entry.action},
            {u"entity"_s, entry.entity},
            {u"entity_id"_s, nullableId(entry.entityId)},
            {u"details"_s, entry.details}};
}

QJsonObject toJson(const OutboxRecord &message)
{
    return {{u"id"_s, message.id},
            {u"user_id"_s, message.userId},
            {u"chat_id"_s, message.chatId},
            {u"template"_s, message.templateName},
            {u"params"_s, message.params},
            {u"status"_s, message.status},
            {u"attempts"_s, message.attempts},
            {u"next_attempt_at"_s, isoUtc(message.nextAttemptAt)},
            {u"last_error"_s, message.lastError},
            {u"created_at"_s, isoUtc(message.createdAt)},
            {u"sent_at"_s, message.sentAt ? QJsonValue(isoUtc(*message.sentAt)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject toJson(const DayStats &stats)
{
    return {{u"queue_id"_s, stats.queueId},
            {u"day"_s, stats.day},
            {u"slots"_s, stats.liveSlots},
            {u"cancelled_slots"_s, stats.cancelledSlots},
            {u"capacity"_s, stats.capacity},
            {u"booked"_s, stats.booked},
            {u"free"_s, stats.freeSeats},
            {u"attended"_s, stats.attended},
            {u"no_show"_s, stats.noShow},
            {u"cancelled"_s, stats.cancelled}};
}

QJsonObject changeJson(const AuditRecord &entry)
{
    return {{u"revision"_s, entry.revision},
            {u"at"_s, isoUtc(entry.at)},
            {u"entity"_s, entry.entity},
            {u"entity_id"_s, nullableId(entry.entityId)},
            {u"action"_s, entry.action}};
}

QJsonObject toJson(const LiveBoard &board)
{
    QJsonArray waiting;
    for (const LinePlace &place : board.waiting) {
        QJsonObject item = place.ticket.toJson();
        item.insert(u"position"_s, place.ahead + 1);
        item.insert(u"eta_minutes"_s, place.etaMinutes);
        item.insert(u"waited_seconds"_s, place.waitedSeconds);
        waiting.append(item);
    }
    QJsonArray counters;
    for (int counter = 1; counter <= board.queue.counters; ++counter) {
        QJsonValue serving = QJsonValue::Null;
        for (const LiveTicket &ticket : board.called) {
            if (ticket.counter == counter)
                serving = ticket.toJson();
        }
        counters.append(QJsonObject{{u"counter"_s, counter}, {u"ticket"_s, serving}});
    }
    return {{u"queue_id"_s, board.queue.id},
            {u"day"_s, board.day},
            {u"waiting"_s, waiting},
            {u"called"_s, toJsonArray(board.called)},
            {u"counters"_s, counters},
            {u"served"_s, board.served},
            {u"no_shows"_s, board.noShows},
            {u"average_wait_seconds"_s, qRound(board.averageWaitSeconds)},
            {u"average_service_seconds"_s, qRound(board.averageServiceSeconds)}};
}
