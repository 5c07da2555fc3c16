#include "livequeue.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;
using namespace JsonFields;

QJsonObject LiveTicket::toJson() const
{
    return {
        {u"id"_s, id},
        {u"queue_id"_s, queueId},
        {u"day"_s, day},
        {u"number"_s, number},
        {u"code"_s, code},
        {u"kind"_s, enumName(kind)},
        {u"user_id"_s, optionalId(userId)},
        {u"booking_id"_s, optionalId(bookingId)},
        {u"due_at"_s, optionalTime(dueAt)},
        {u"status"_s, enumName(status)},
        {u"counter"_s, counter > 0 ? QJsonValue(counter) : QJsonValue(QJsonValue::Null)},
        {u"recalls"_s, recalls},
        {u"created_at"_s, isoUtc(createdAt)},
        {u"queued_at"_s, isoUtc(queuedAt)},
        {u"called_at"_s, optionalTime(calledAt)},
        {u"finished_at"_s, optionalTime(finishedAt)},
    };
}

LiveTicket LiveTicket::fromJson(const QJsonObject &json)
{
    LiveTicket t;
    t.id = idFrom(json.value(u"id"_s));
    t.queueId = idFrom(json.value(u"queue_id"_s));
    t.day = json.value(u"day"_s).toString();
    t.number = json.value(u"number"_s).toInt();
    t.code = json.value(u"code"_s).toString();
    t.kind = enumFromString<TicketKind>(json.value(u"kind"_s).toString()).value_or(TicketKind::Walkin);
    t.userId = idFrom(json.value(u"user_id"_s));
    t.bookingId = idFrom(json.value(u"booking_id"_s));
    t.dueAt = optionalTimeFrom(json.value(u"due_at"_s));
    t.status = enumFromString<TicketStatus>(json.value(u"status"_s).toString()).value_or(TicketStatus::Cancelled);
    t.counter = json.value(u"counter"_s).toInt();
    t.recalls = json.value(u"recalls"_s).toInt();
    t.createdAt = fromIsoUtc(json.value(u"created_at"_s).toString());
    t.queuedAt = fromIsoUtc(json.value(u"queued_at"_s).toString());
    t.calledAt = optionalTimeFrom(json.value(u"called_at"_s));
    t.finishedAt = optionalTimeFrom(json.value(u"finished_at"_s));
    return t;
}

QJsonObject LinePlace::toJson() const
{
    QJsonObject json = ticket.toJson();
    json.insert(u"position"_s, ahead + 1);
    json.insert(u"eta_minutes"_s, etaMinutes);
    json.insert(u"waited_seconds"_s, waitedSeconds);
    return json;
}

LinePlace LinePlace::fromJson(const QJsonObject &json)
{
    return {LiveTicket::fromJson(json), qMax(0, json.value(u"position"_s).toInt() - 1),
            json.value(u"eta_minutes"_s).toInt(), json.value(u"waited_seconds"_s).toInteger()};
}

std::optional<LiveTicket> LiveBoard::atCounter(int counter) const
{
    for (const LiveTicket &ticket : called) {
        if (ticket.counter == counter)
            return ticket;
    }
    return std::nullopt;
}

QJsonObject LiveBoard::toJson() const
{
    QJsonArray counters;
    for (int counter = 1; counter <= queue.counters; ++counter) {
        const std::optional<LiveTicket> serving = atCounter(counter);
        counters.append(QJsonObject{{u"counter"_s, counter},
                                    {u"ticket"_s, serving ? QJsonValue(serving->toJson()) : QJsonValue(QJsonValue::Null)}});
    }
    return {{u"queue_id"_s, queue.id},
            {u"day"_s, day},
            {u"waiting"_s, arrayOf(waiting)},
            {u"called"_s, arrayOf(called)},
            {u"counters"_s, counters},
            {u"served"_s, served},
            {u"no_shows"_s, noShows},
            {u"average_wait_seconds"_s, qRound(averageWaitSeconds)},
            {u"average_service_seconds"_s, qRound(averageServiceSeconds)}};
}

LiveBoard LiveBoard::fromJson(const QJsonObject &json)
{
    LiveBoard board;
    board.queue.id = idFrom(json.value(u"queue_id"_s));
    board.queue.counters = qMax(1, int(json.value(u"counters"_s).toArray().size()));
    board.day = json.value(u"day"_s).toString();
    board.waiting = listFrom<LinePlace>(json.value(u"waiting"_s));
    board.called = listFrom<LiveTicket>(json.value(u"called"_s));
    board.served = json.value(u"served"_s).toInt();
    board.noShows = json.value(u"no_shows"_s).toInt();
    board.averageWaitSeconds = json.value(u"average_wait_seconds"_s).toDouble();
    board.averageServiceSeconds = json.value(u"average_service_seconds"_s).toDouble();
    return board;
}
