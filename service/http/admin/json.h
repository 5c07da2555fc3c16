// The JSON form of every entity the admin API returns, one function per entity, and the list
// envelope. Queues, slots, bookings and users use the shared DTO codecs (shared/dto.h).
#pragma once

#include "domain/adminqueries.h"
#include "domain/livequeueservice.h"
#include "domain/scheduleservice.h"
#include "http/httpreply.h"
#include "storage/listing.h"
#include "storage/records.h"

#include <QJsonArray>
#include <QJsonObject>

inline QJsonObject toJson(const QueueRecord &queue) { return queue.toJson(); }
inline QJsonObject toJson(const SlotRecord &slot) { return slot.toJson(); }
inline QJsonObject toJson(const BookingRecord &booking) { return booking.toJson(); }
inline QJsonObject toJson(const UserRecord &user) { return user.toJson(); }
inline QJsonObject toJson(const WaitlistEntry &entry) { return entry.toJson(); }
inline QJsonObject toJson(const LiveTicket &ticket) { return ticket.toJson(); }
inline QJsonObject toJson(const ScheduleRule &rule) { return rule.toJson(); }
inline QJsonObject toJson(const ScheduleException &exception) { return exception.toJson(); }
inline QJsonObject toJson(const GenerationReport &report) { return report.toJson(); }
// Today's live queue of one queue: waiting tickets in calling order with their wait so far, the
// counters and who is at each, and the day's figures.
QJsonObject toJson(const LiveBoard &board);
QJsonObject toJson(const StaffRecord &staff);
QJsonObject toJson(const AuditRecord &entry);
QJsonObject toJson(const OutboxRecord &message);
QJsonObject toJson(const DayStats &stats);
// The change feed's short form of an audit entry: what changed, not how.
QJsonObject changeJson(const AuditRecord &entry);

template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

// {"items":[…],"total":N,"limit":L,"offset":O}
template<typename T>
HttpReply pageReply(const Page<T> &page, const PageRequest &request)
{
    return HttpReply::json(QJsonObject{{QStringLiteral("items"), toJsonArray(page.items)},
                                       {QStringLiteral("total"), page.total},
                                       {QStringLiteral("limit"), request.limit},
                                       {QStringLiteral("offset"), request.offset}});
}
