#include "dialoguestaterepository.h"

#include "sqltime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

std::optional<DialogueState> DialogueStateRepository::find(qint64 userId) const
{
    SqlRows q = m_session.exec(u"SELECT state, data, updated_at FROM dialogue_state WHERE user_id = ?"_s, {userId});
    if (!q.next())
        return std::nullopt;
    DialogueState state;
    state.state = q.value(0).toString();
    state.data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    state.updatedAt = fromDb(q.value(2));
    return state;
}

void DialogueStateRepository::save(qint64 userId, const QString &state, const QJsonObject &data,
                                   const QDateTime &now) const
{
    m_session.exec(u"INSERT INTO dialogue_state (user_id, state, data, updated_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, data = excluded.data, "
                   "updated_at = excluded.updated_at"_s,
                   {userId, state, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), toDb(now)});
}

bool DialogueStateRepository::clear(qint64 userId) const
{
    return m_session.exec(u"DELETE FROM dialogue_state WHERE user_id = ?"_s, {userId}).numRowsAffected() > 0;
}
