#include "auditrepository.h"

#include "sqltime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

void AuditRepository::record(Transaction &tx, const Actor &actor, const QString &action, const QString &entity,
                             qint64 entityId, const QJsonObject &details, const QDateTime &now)
{
    tx.markUpdateProcessed(actor.telegramUpdateId, action, now.toSecsSinceEpoch());
    tx.exec(u"INSERT INTO audit_log (revision, at, actor_type, actor_id, action, entity, entity_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {tx.revision(), toDb(now), enumName(actor.type), actor.id == 0 ? QVariant() : QVariant(actor.id),
             action, entity, entityId, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

QList<AuditRecord> AuditRepository::forEntity(const QString &entity, qint64 entityId) const
{
    QList<AuditRecord> result;
    QSqlQuery q = m_session.exec(u"SELECT id, revision, at, actor_type, actor_id, action, entity, entity_id, details "
                                 "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"_s,
                                 {entity, entityId});
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.revision = q.value(1).toLongLong();
        r.at = fromDb(q.value(2));
        r.actor.type = enumFromString<ActorType>(q.value(3).toString()).value_or(ActorType::System);
        r.actor.id = q.value(4).toLongLong();
        r.action = q.value(5).toString();
        r.entity = q.value(6).toString();
        r.entityId = q.value(7).toLongLong();
        r.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        result << r;
    }
    return result;
}

qint64 AuditRepository::currentRevision() const
{
    return m_session.scalar(u"SELECT value FROM revision_counter WHERE id = 1"_s).toLongLong();
}
