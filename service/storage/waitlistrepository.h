// SQL for the waiting list: people waiting for a seat on a queue's day, and the seats held for them.
#pragma once

#include "listing.h"
#include "records.h"
#include "sqlsession.h"

// Which entries to list; zero or empty members do not filter.
struct WaitlistFilter
{
    qint64 queueId = 0;
    qint64 userId = 0;
    QString day;
    std::optional<WaitlistStatus> status;
};

class WaitlistRepository
{
public:
    explicit WaitlistRepository(const SqlSession &session) : m_session(session) {}

    // Throws StorageError (a unique violation) when the person already waits for that day.
    qint64 insert(const WaitlistEntry &entry, const QDateTime &now) const;
    std::optional<WaitlistEntry> find(qint64 id) const;
    // The person's entries still waiting or offered, by day.
    QList<WaitlistEntry> openForUser(qint64 userId) const;
    // Waiting entries of a queue's day whose window holds `minute`, first come first, whose person
    // can be reached and has no booking in `slotId`; at most `limit`.
    QList<WaitlistEntry> candidates(qint64 queueId, const QString &day, int minute, qint64 slotId, int limit) const;
    // waiting → offered with the held slot; false if it was no longer waiting.
    bool markOffered(qint64 id, qint64 slotId, const QDateTime &holdUntil, const QDateTime &now) const;
    // An open entry (waiting or offered) ends as `status`; false if it was no longer open.
    bool finish(qint64 id, WaitlistStatus status, const QDateTime &now, qint64 bookingId = 0) const;
    // Offers of a slot that was cancelled go back to waiting; returns how many.
    int withdrawOffers(qint64 slotId, const QDateTime &now) const;
    // Offered entries whose hold ran out, oldest first.
    QList<WaitlistEntry> expiredHolds(const QDateTime &now, int limit) const;
    std::optional<QDateTime> nextHoldExpiry() const;
    // (queue, day) pairs with someone waiting on a day from `fromDay` on.
    QList<QPair<qint64, QString>> waitingDays(const QString &fromDay) const;
    // Open entries of a queue for days before `day`.
    QList<WaitlistEntry> openBefore(qint64 queueId, const QString &day, int limit) const;
    // Oldest first.
    Page<WaitlistEntry> search(const WaitlistFilter &filter, const PageRequest &page) const;

private:
    const SqlSession &m_session;
};
