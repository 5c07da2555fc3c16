// SQL for queues and their booking policy.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

class QueueRepository
{
public:
    explicit QueueRepository(const SqlSession &session) : m_session(session) {}

    qint64 insert(const QueueRecord &queue, const QDateTime &now) const;
    std::optional<QueueRecord> find(qint64 id) const;
    QList<QueueRecord> list() const;
    Page<QueueRecord> search(bool includeInactive, const PageRequest &page) const;
    // Writes every policy field of `queue` (found by its id); false if there is no such queue.
    bool update(const QueueRecord &queue, const QDateTime &now) const;

private:
    const SqlSession &m_session;
};
