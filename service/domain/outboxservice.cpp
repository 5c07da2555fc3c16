#include "outboxservice.h"

#include "storage/auditrepository.h"
#include "storage/outboxrepository.h"

using namespace Qt::StringLiterals;

OutboxService::OutboxService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QStringList OutboxService::statuses()
{
    return {u"pending"_s, u"sent"_s, u"failed"_s, u"dead"_s};
}

Outcome<OutboxRecord> OutboxService::retry(qint64 messageId, const Actor &actor)
{
    std::optional<OutboxRecord> result;
    try {
        m_db.write([&](Transaction &tx) {
            const QDateTime now = m_clock.now();
            const OutboxRepository outbox(tx);
            const std::optional<OutboxRecord> message = outbox.find(messageId);
            if (!message)
                throw Refused{Refusal::MessageNotFound};
            if (!outbox.retry(messageId, now))
                throw Refused{Refusal::MessageNotRetryable};
            AuditRepository::record(tx, actor, u"outbox.retry"_s, u"outbox"_s, messageId,
                                    {{u"previous_status"_s, message->status}, {u"attempts"_s, message->attempts}},
                                    now);
            result = outbox.find(messageId);
        });
    } catch (const Refused &refused) {
        return refused.reason;
    }
    return *result;
}
