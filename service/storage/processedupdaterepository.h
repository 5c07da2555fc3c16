// SQL for processed_updates: the Telegram updates already handled, so a redelivered one is a no-op.
#pragma once

#include "sqlsession.h"

#include <QDateTime>

class ProcessedUpdateRepository
{
public:
    explicit ProcessedUpdateRepository(const SqlSession &session) : m_session(session) {}

    bool contains(qint64 updateId) const;
    // Records an update whose effect was not a domain change (a reply, nothing at all); false if
    // it was already recorded, by its change or by another delivery of it.
    bool markIfNew(qint64 updateId, const QString &effect, const QDateTime &now) const;
    // Forgets updates recorded before `cutoff`: Telegram redelivers for at most a day.
    int pruneBefore(const QDateTime &cutoff) const;

private:
    const SqlSession &m_session;
};
