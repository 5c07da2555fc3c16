// The outbox over time and staff actions on it: messages still waiting when they stop mattering
// expire, a message that could not be delivered can be sent again, and a note can go to
// everyone who has a booking or a ticket on a queue's day.
#pragma once

#include "domainservice.h"
#include "storage/records.h"

#include <QDate>
#include <QStringList>

class OutboxService : public DomainService
{
public:
    OutboxService(Database &db, const Clock &clock) : DomainService(db, clock) {}

    // Makes a failed or dead message pending again, due now; its attempts are kept.
    Outcome<OutboxRecord> retry(qint64 messageId, const Actor &actor);
    // Queues `text` (1..kMaxBroadcastLength characters) for every person with an active booking
    // or an open live-queue ticket on the queue's local `day`; pointless after that day. Returns
    // how many people it goes to.
    Outcome<int> broadcast(qint64 queueId, const QDate &day, const QString &text, const Actor &actor);
    static constexpr int kMaxBroadcastLength = 2000;

    // Waiting messages past their expiry become expired (never sent), at most `limit`; returns how
    // many. Runs whether the bot is on or not, so the outbox does not grow while it is off.
    int expireStale(int limit);
    // The next moment a waiting message expires, if any.
    std::optional<QDateTime> nextExpiry();

    // Every status a message can have: pending, sent, failed, dead, expired.
    static QStringList statuses();
};
