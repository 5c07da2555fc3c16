#include "outboxservice.h"

#include "domain/notifications.h"
#include "domain/seats.h"
#include "storage/auditrepository.h"
#include "storage/bookingrepository.h"
#include "storage/liveticketrepository.h"
#include "storage/outboxrepository.h"
#include "storage/queuerepository.h"

#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Seats::require;

QStringList OutboxService::statuses()
{
    return {u"pending"_s, u"sent"_s, u"failed"_s, u"dead"_s, u"expired"_s};
}

int OutboxService::expireStale(int limit)
{
    int expired = 0;
    m_db.write([&](Transaction &tx) { expired = OutboxRepository(tx).expire(m_clock.now(), limit); });
    if (expired > 0)
        observer().messagesExpired(expired);
    return expired;
}

std::optional<QDateTime> OutboxService::nextExpiry()
{
    return OutboxRepository(m_db.session()).nextExpiry();
}

Outcome<OutboxRecord> OutboxService::retry(qint64 messageId, const Actor &actor)
{
    return attempt<OutboxRecord>([&](Transaction &tx, const QDateTime &now) {
        const OutboxRepository outbox(tx);
        const OutboxRecord message = require(outbox.find(messageId), Refusal::MessageNotFound);
        if (!outbox.retry(messageId, now))
            throw Refused{Refusal::MessageNotRetryable};
        AuditRepository::record(tx, actor, u"outbox.retry"_s, u"outbox"_s, messageId,
                                {{u"previous_status"_s, message.status}, {u"attempts"_s, message.attempts}}, now);
        return *outbox.find(messageId);
    });
}

Outcome<int> OutboxService::broadcast(qint64 queueId, const QDate &day, const QString &text, const Actor &actor)
{
    const QString trimmed = text.trimmed();
    if (!day.isValid() || trimmed.isEmpty() || trimmed.size() > kMaxBroadcastLength)
        return Refusal::InvalidInput;
    const Outcome<int> outcome = attempt<int>([&](Transaction &tx, const QDateTime &now) {
        const QueueRecord queue = require(QueueRepository(tx).find(queueId), Refusal::QueueNotFound);
        const QString dayText = day.toString(Qt::ISODate);
        QSet<qint64> people;
        BookingFilter filter;
        filter.queueId = queueId;
        filter.fromDay = dayText;
        filter.toDay = dayText;
        filter.status = BookingStatus::Active;
        for (const BookingDetail &booking : BookingRepository(tx).details(filter))
            people.insert(booking.booking.userId);
        const LiveTicketRepository tickets(tx);
        for (TicketStatus status : {TicketStatus::Waiting, TicketStatus::Called}) {
            for (const LiveTicket &ticket : tickets.inStatus(queueId, dayText, status)) {
                if (ticket.userId > 0)
                    people.insert(ticket.userId);
            }
        }
        QJsonObject params = Notifications::queueParams(queue);
        params.insert(u"day"_s, dayText);
        params.insert(u"text"_s, trimmed);
        const QDateTime dayEnd = QDateTime(day.addDays(1), QTime(0, 0), QTimeZone(queue.timezone.toUtf8())).toUTC();
        if (dayEnd <= now)
            throw Refused{Refusal::InvalidInput}; // a day that is over: nobody to tell any more
        QList<qint64> sorted = people.values();
        std::sort(sorted.begin(), sorted.end());
        for (qint64 userId : std::as_const(sorted))
            Notifications::tell(tx, userId, u"broadcast"_s, params, now, Notifications::until(dayEnd));
        AuditRepository::record(tx, actor, u"queue.broadcast"_s, u"queue"_s, queueId,
                                {{u"day"_s, dayText}, {u"recipients"_s, int(sorted.size())}, {u"text"_s, trimmed}}, now);
        return int(sorted.size());
    });
    if (outcome.ok())
        observer().broadcastQueued(outcome.value());
    return outcome;
}
