// The JSON form of every entity the admin API returns — the shared wire types' own codecs
// (shared/), one toJson() overload per entity for the templates — and the list envelope.
#pragma once

#include "apienvelope.h"
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
inline QJsonObject toJson(const LiveBoard &board) { return board.toJson(); }
inline QJsonObject toJson(const StaffRecord &staff) { return staff.toJson(); }
inline QJsonObject toJson(const AuditRecord &entry) { return entry.toJson(); }
inline QJsonObject toJson(const OutboxRecord &message) { return message.toJson(); }
inline QJsonObject toJson(const DayStats &stats) { return stats.toJson(); }

template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

// {"items":[…],"total":N,"limit":L,"offset":O} (shared/apienvelope.h)
template<typename T>
HttpReply pageReply(const Page<T> &page, const PageRequest &request)
{
    return HttpReply::json(ListPage<T>{page.items, page.total, request.limit, request.offset}.toJson());
}
