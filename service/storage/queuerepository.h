// SQL for queues and their booking policy.
#pragma once

#include "records.h"
#include "sqlsession.h"

class QueueRepository
{
public:
    explicit QueueRepository(const SqlSession &session) : m_session(session) {}

    qint64 insert(const QueueRecord &queue, const QDateTime &now) const;
    std::optional<QueueRecord> find(qint64 id) const;
    QList<QueueRecord> list() const;

private:
    const SqlSession &m_session;
};
