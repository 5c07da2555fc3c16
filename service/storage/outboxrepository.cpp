#include "outboxrepository.h"

#include "sqltime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

qint64 OutboxRepository::enqueue(const OutboxRecord &m, const QDateTime &now) const
{
    return m_session.insert(u"INSERT INTO outbox (user_id, chat_id, template, params, status, next_attempt_at, "
                            "created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)"_s,
                            {m.userId, m.chatId, m.templateName,
                             QString::fromUtf8(QJsonDocument(m.params).toJson(QJsonDocument::Compact)), toDb(now),
                             toDb(now)});
}

QList<OutboxRecord> OutboxRepository::forUser(qint64 userId) const
{
    QList<OutboxRecord> result;
    QSqlQuery q = m_session.exec(u"SELECT id, user_id, chat_id, template, params, status, attempts FROM outbox "
                                 "WHERE user_id = ? ORDER BY id"_s,
                                 {userId});
    while (q.next()) {
        OutboxRecord r;
        r.id = q.value(0).toLongLong();
        r.userId = q.value(1).toLongLong();
        r.chatId = q.value(2).toLongLong();
        r.templateName = q.value(3).toString();
        r.params = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        r.status = q.value(5).toString();
        r.attempts = q.value(6).toInt();
        result << r;
    }
    return result;
}

int OutboxRepository::countByStatus(const QString &status) const
{
    return m_session.scalar(u"SELECT count(*) FROM outbox WHERE status = ?"_s, {status}).toInt();
}
