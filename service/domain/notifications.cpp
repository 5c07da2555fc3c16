#include "notifications.h"

#include "storage/outboxrepository.h"
#include "storage/userrepository.h"

using namespace Qt::StringLiterals;

namespace Notifications {

void tell(const Transaction &tx, const UserRecord &user, const QString &templateName, const QJsonObject &params,
          const QDateTime &now, const Delivery &delivery)
{
    if (user.id <= 0 || user.telegramId == 0)
        return;
    OutboxRecord message;
    message.userId = user.id;
    message.chatId = user.telegramId;
    message.templateName = templateName;
    message.params = params;
    message.editKey = delivery.editKey;
    const QDateTime latest = now.addSecs(kMaxAgeSecs);
    message.expiresAt = delivery.expiresAt.isValid() ? qMin(delivery.expiresAt, latest) : latest;
    OutboxRepository(tx).enqueue(message, now);
}

void tell(const Transaction &tx, qint64 userId, const QString &templateName, const QJsonObject &params,
          const QDateTime &now, const Delivery &delivery)
{
    if (userId <= 0)
        return;
    if (const std::optional<UserRecord> user = UserRepository(tx).find(userId))
        tell(tx, *user, templateName, params, now, delivery);
}

QJsonObject queueParams(const QueueRecord &queue)
{
    return {{u"queue_id"_s, queue.id},
            {u"queue_name_ru"_s, queue.nameRu},
            {u"queue_name_en"_s, queue.nameEn},
            {u"timezone"_s, queue.timezone}};
}

QJsonObject bookingParams(const BookingRecord &booking, const QueueRecord &queue, const SlotRecord &slot)
{
    QJsonObject params = queueParams(queue);
    params.insert(u"booking_id"_s, booking.id);
    params.insert(u"code"_s, booking.code);
    params.insert(u"starts_at"_s, isoUtc(slot.startsAt));
    return params;
}

} // namespace Notifications
