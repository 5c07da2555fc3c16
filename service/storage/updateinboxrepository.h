// SQL for the update inbox: raw Telegram updates held back for a person who floods, kept until
// they are processed (in update order per person).
#pragma once

#include "sqlsession.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

struct HeldUpdate
{
    qint64 updateId = 0;
    qint64 telegramUserId = 0;
    QJsonObject payload;
};

// Where an arriving update stands, read in one statement (it runs for every update).
struct UpdateStanding
{
    bool processed = false;   // its effect (or its drop) is recorded
    bool held = false;        // it waits in the inbox
    int heldForSender = 0;    // updates of its sender waiting in the inbox
};

class UpdateInboxRepository
{
public:
    explicit UpdateInboxRepository(const SqlSession &session) : m_session(session) {}

    // False if the update is held already.
    bool hold(qint64 updateId, qint64 telegramUserId, const QJsonObject &payload, const QDateTime &now) const;
    UpdateStanding standing(qint64 updateId, qint64 telegramUserId) const;
    // The oldest held updates, at most `limit`, in update order.
    QList<HeldUpdate> oldest(int limit) const;
    void remove(qint64 updateId) const;
    int size() const;

private:
    const SqlSession &m_session;
};
