// SQL for slots; seats are taken and released by conditional updates, never read-then-write.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

class SlotRepository
{
public:
    explicit SlotRepository(const SqlSession &session) : m_session(session) {}

    qint64 insert(const SlotRecord &slot, const QDateTime &now) const;
    std::optional<SlotRecord> find(qint64 id) const;
    QList<SlotRecord> listForQueue(qint64 queueId, const QDateTime &from, const QDateTime &to) const;
    // Takes one seat if the slot is open and has a seat neither booked nor held; false otherwise.
    bool tryTakeSeat(qint64 slotId, const QDateTime &now) const;
    // Holds one free seat for a person offered it by the waiting list; false when none is free.
    bool tryHoldSeat(qint64 slotId, const QDateTime &now) const;
    // Gives a held seat back; false if none was held.
    bool releaseHold(qint64 slotId, const QDateTime &now) const;
    // Turns a held seat into a booked one (the offer was accepted); false if none was held.
    bool takeHeldSeat(qint64 slotId, const QDateTime &now) const;
    // A template's slot it no longer wants: deleted if nothing ever referred to it, else
    // cancelled with kTemplateCancelReason; only while no seat is booked or held (checked in the
    // statement). False otherwise.
    bool removeUnused(qint64 slotId, const QDateTime &now) const;
    // Tells a slot the template gave up apart from one staff cancelled.
    static constexpr QStringView kTemplateCancelReason = u"schedule changed";
    // Open slots that have ended become closed, at most `limit` of them; returns how many.
    int closeEnded(const QDateTime &now, int limit) const;
    // When the earliest open slot ends.
    std::optional<QDateTime> nextOpenEnd() const;
    void releaseSeat(qint64 slotId, const QDateTime &now) const;
    // Marks the slot cancelled and empties it; false if it was already cancelled.
    bool cancel(qint64 slotId, const QString &reason, const QDateTime &now) const;
    // Slots of a queue starting in [from, to), optionally in one status, by start time.
    Page<SlotRecord> search(qint64 queueId, const QDateTime &from, const QDateTime &to,
                            std::optional<SlotStatus> status, const PageRequest &page) const;
    // Sets the capacity unless the slot is cancelled or more seats are booked or held than `capacity`
    // (checked in the same statement, so a concurrent booking cannot slip under it).
    bool setCapacity(qint64 slotId, int capacity, const QDateTime &now) const;

private:
    const SqlSession &m_session;
};
