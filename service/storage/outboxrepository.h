// SQL for the outbox: every message to a user is a row before anything is sent.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

class OutboxRepository
{
public:
    explicit OutboxRepository(const SqlSession &session) : m_session(session) {}

    qint64 enqueue(const OutboxRecord &message, const QDateTime &now) const;
    QList<OutboxRecord> forUser(qint64 userId) const;
    int countByStatus(const QString &status) const;
    std::optional<OutboxRecord> find(qint64 id) const;
    // Newest first; an empty status or a zero user id does not filter.
    Page<OutboxRecord> search(const QString &status, qint64 userId, const PageRequest &page) const;
    // Makes a failed or dead message pending again, due now; false for any other status.
    bool retry(qint64 id, const QDateTime &now) const;

private:
    const SqlSession &m_session;
};
