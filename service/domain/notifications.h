// Messages to people, written as outbox rows inside the transaction that caused them, with the
// parameters a message needs to be rendered later without reading the database again.
#pragma once

#include "storage/database.h"
#include "storage/records.h"

#include <QJsonObject>

namespace Notifications {

// After this long a message is noise even when nothing else makes it pointless sooner.
constexpr qint64 kMaxAgeSecs = 7 * 24 * 3600;

// How a message is delivered besides its text.
struct Delivery
{
    QString editKey;     // rows with the same key edit one message (OutboxRecord)
    QDateTime expiresAt; // pointless after this (the appointment, the hold's end); capped at kMaxAgeSecs
};
// A message that stops mattering at `moment`.
inline Delivery until(const QDateTime &moment)
{
    return {QString(), moment};
}

// Queues `templateName` with `params` for `user` (nothing for someone without Telegram). Every
// message has an expiry: a message still waiting then is never sent (OutboxService::expireStale).
void tell(const Transaction &tx, const UserRecord &user, const QString &templateName, const QJsonObject &params,
          const QDateTime &now, const Delivery &delivery);
// The same for a user known by id; nothing when there is no such user.
void tell(const Transaction &tx, qint64 userId, const QString &templateName, const QJsonObject &params,
          const QDateTime &now, const Delivery &delivery);

// The queue's names and time zone (for local dates), the parameters every message about a queue has.
QJsonObject queueParams(const QueueRecord &queue);
// A booking's message: its id, code, queue and slot start.
QJsonObject bookingParams(const BookingRecord &booking, const QueueRecord &queue, const SlotRecord &slot);

} // namespace Notifications
