#include "updateinboxrepository.h"

#include "sqltime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

bool UpdateInboxRepository::hold(qint64 updateId, qint64 telegramUserId, const QJsonObject &payload,
                                 const QDateTime &now) const
{
    return m_session
               .exec(u"INSERT INTO update_inbox (update_id, telegram_user_id, payload, received_at) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING"_s,
                     {updateId, telegramUserId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                      toDb(now)})
               .numRowsAffected()
        == 1;
}

UpdateStanding UpdateInboxRepository::standing(qint64 updateId, qint64 telegramUserId) const
{
    SqlRows q = m_session.exec(u"SELECT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?), "
                               "EXISTS (SELECT 1 FROM update_inbox WHERE update_id = ?), "
                               "(SELECT count(*) FROM update_inbox WHERE telegram_user_id = ?)"_s,
                               {updateId, updateId, telegramUserId});
    UpdateStanding result;
    if (q.next()) {
        result.processed = q.value(0).toBool();
        result.held = q.value(1).toBool();
        result.heldForSender = q.value(2).toInt();
    }
    return result;
}

QList<HeldUpdate> UpdateInboxRepository::oldest(int limit) const
{
    QList<HeldUpdate> result;
    SqlRows q = m_session.exec(u"SELECT update_id, telegram_user_id, payload FROM update_inbox "
                                 "ORDER BY update_id LIMIT ?"_s,
                                 {limit});
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                       QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    return result;
}

void UpdateInboxRepository::remove(qint64 updateId) const
{
    m_session.exec(u"DELETE FROM update_inbox WHERE update_id = ?"_s, {updateId});
}

int UpdateInboxRepository::size() const
{
    return m_session.scalar(u"SELECT count(*) FROM update_inbox"_s).toInt();
}
