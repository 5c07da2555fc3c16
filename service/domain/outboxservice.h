// Staff actions on the outbox: a message that could not be delivered can be sent again.
#pragma once

#include "clock.h"
#include "refusal.h"
#include "storage/database.h"
#include "storage/records.h"

#include <QStringList>

class OutboxService
{
public:
    OutboxService(Database &db, const Clock &clock);

    // Makes a failed or dead message pending again, due now; its attempts are kept.
    Outcome<OutboxRecord> retry(qint64 messageId, const Actor &actor);

    // Every status a message can have: pending, sent, failed, dead.
    static QStringList statuses();

private:
    Database &m_db;
    const Clock &m_clock;
};
