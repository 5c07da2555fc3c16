#include "auditrepository.h"

#include "sqltime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString kSelect =
    u"SELECT id, revision, at, actor_type, actor_id, action, entity, entity_id, details FROM audit_log "_s;

AuditRecord readAudit(const SqlRows &q)
{
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
    return r;
}

QList<AuditRecord> readAll(SqlRows q)
{
    QList<AuditRecord> result;
    while (q.next())
        result << readAudit(q);
    return result;
}

} // namespace

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
    return readAll(m_session.exec(kSelect + u"WHERE entity = ? AND entity_id = ? ORDER BY id"_s, {entity, entityId}));
}

qint64 AuditRepository::currentRevision() const
{
    return m_session.scalar(u"SELECT value FROM revision_counter WHERE id = 1"_s).toLongLong();
}

Page<AuditRecord> AuditRepository::search(const AuditFilter &f, const PageRequest &page) const
{
    SqlFilter filter;
    if (!f.entity.isEmpty())
        filter.add(u"entity = ?"_s, {f.entity});
    if (f.entityId > 0)
        filter.add(u"entity_id = ?"_s, {f.entityId});
    if (f.actorType)
        filter.add(u"actor_type = ?"_s, {enumName(*f.actorType)});
    if (f.actorId > 0)
        filter.add(u"actor_id = ?"_s, {f.actorId});
    if (!f.action.isEmpty())
        filter.add(u"action = ?"_s, {f.action});
    if (f.from.isValid())
        filter.add(u"at >= ?"_s, {toDb(f.from)});
    if (f.to.isValid())
        filter.add(u"at < ?"_s, {toDb(f.to)});
    return readPage<AuditRecord>(m_session, kSelect, u"audit_log"_s, filter, u"id DESC"_s, page, readAudit);
}

QList<AuditRecord> AuditRepository::afterRevision(qint64 since, int limit) const
{
    return readAll(m_session.exec(kSelect + u"WHERE revision > ? ORDER BY revision, id LIMIT ?"_s, {since, limit}));
}

QList<AuditRecord> AuditRepository::atRevision(qint64 revision) const
{
    return readAll(m_session.exec(kSelect + u"WHERE revision = ? ORDER BY id"_s, {revision}));
}
