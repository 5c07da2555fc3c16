// SQL for slots; seats are taken and released by conditional updates, never read-then-write.
#pragma once

#include "records.h"
#include "sqlsession.h"

class SlotRepository
{
public:
    explicit SlotRepository(const SqlSession &session) : m_session(session) {}

    qint64 insert(const SlotRecord &slot, const QDateTime &now) const;
    std::optional<SlotRecord> find(qint64 id) const;
    QList<SlotRecord> listForQueue(qint64 queueId, const QDateTime &from, const QDateTime &to) const;
    // Takes one seat if the slot is open and not full; false otherwise.
    bool tryTakeSeat(qint64 slotId, const QDateTime &now) const;
    void releaseSeat(qint64 slotId, const QDateTime &now) const;
    // Marks the slot cancelled and empties it; false if it was already cancelled.
    bool cancel(qint64 slotId, const QString &reason, const QDateTime &now) const;

private:
    const SqlSession &m_session;
};
