// SQL for the outbox: every message to a user is a row before anything is sent.
#pragma once

#include "records.h"
#include "sqlsession.h"

class OutboxRepository
{
public:
    explicit OutboxRepository(const SqlSession &session) : m_session(session) {}

    qint64 enqueue(const OutboxRecord &message, const QDateTime &now) const;
    QList<OutboxRecord> forUser(qint64 userId) const;
    int countByStatus(const QString &status) const;

private:
    const SqlSession &m_session;
};
