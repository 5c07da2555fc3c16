// SQL for the bot's per-person dialogue state: the text input it is waiting for, if any.
#pragma once

#include "sqlsession.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct DialogueState
{
    QString state;    // e.g. "awaiting_phone"
    QJsonObject data; // what to continue with once the input arrives
    QDateTime updatedAt;
};

class DialogueStateRepository
{
public:
    explicit DialogueStateRepository(const SqlSession &session) : m_session(session) {}

    std::optional<DialogueState> find(qint64 userId) const;
    void save(qint64 userId, const QString &state, const QJsonObject &data, const QDateTime &now) const;
    // True if there was a state to clear.
    bool clear(qint64 userId) const;

private:
    const SqlSession &m_session;
};
